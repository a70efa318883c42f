import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { tempFiles } from '../helpers/cli.js';

const CSV = 'id,y_true,y_pred,y_score\na,1,1,0.9\nb,0,0,0.2\nc,1,0,0.4\nd,0,1,0.6\n';

describe('the bundled action (dist/index.js) in evaluate mode', () => {
  it('writes the metrics, the JSON report and the job summary', async () => {
    const workspace = tempFiles({ 'predictions.csv': CSV });
    const run = await runAction({ predictions: 'predictions.csv', mode: 'evaluate' }, workspace);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs.passed).toBe('true');
    const metrics = JSON.parse(run.outputs.metrics!) as Record<string, number>;
    expect(metrics.n).toBe(4);
    expect(metrics.accuracy).toBe(0.5);
    expect(metrics.roc_auc).toBe(0.75);
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as {
      status: string;
      current: { task: string };
      metrics: { id: string; current: number }[];
    };
    expect(report.status).toBe('no-baseline');
    expect(report.current.task).toBe('binary');
    expect(report.metrics.find((m) => m.id === 'average_precision')?.current).toBeCloseTo(5 / 6, 12);
    expect(run.summary).toContain('### ✅ model-gate: passed');
    expect(run.summary).toContain('| · | accuracy ↑ | 0.5 | |');
    expect(run.summary).not.toContain('No baseline was found');
  });

  it('fails the step with one line naming the file and line on bad input', async () => {
    const workspace = tempFiles({ 'predictions.csv': 'y_true,y_pred,y_score\n1,1,0.5\n0,0,oops\n' });
    const run = await runAction({ predictions: 'predictions.csv', mode: 'evaluate' }, workspace);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::predictions.csv:3 (column "y_score"): "oops" is not a number');
    expect(run.outputs.metrics).toBeUndefined();
  });

  it('fails with a clear message when no predictions are given', async () => {
    const run = await runAction({ mode: 'evaluate' }, tempFiles({}));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::predictions / metrics: no files given");
  });
});
