import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';
import { realWorld } from '../helpers/real-world.js';

interface JsonReport {
  status: string;
  passed: boolean;
  regressions: string[];
  metrics: { id: string; baseline: number | null; current: number | null; status: string; reasons: string[] }[];
}

describe('model-gate compare', () => {
  it('fails (exit 1) on the example regression, naming only the confidently broken rules', async () => {
    const run = await cli([
      'compare', '--baseline', 'examples/baseline-predictions.csv', '--current', 'examples/predictions.csv',
      '--config', 'examples/model-gate.yml', '--format', 'json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport & { comparison: { paired: boolean; pairedRows: number; churn: { rightToWrong: number } } };
    expect(report.status).toBe('fail');
    // accuracy (−2.0 points, 95% CI −3.2 to −0.8) and roc_auc overlap their allowances: warnings, not failures.
    expect(report.regressions).toEqual(['f1', 'roc_auc[region=apac]']);
    expect(report.metrics.find((m) => m.id === 'accuracy')?.status).toBe('warn');
    expect(report.comparison).toMatchObject({ paired: true, pairedRows: 2000 });
    expect(report.comparison.churn.rightToWrong).toBeGreaterThan(0);
    const off = await cli([
      'compare', '--baseline', 'examples/baseline-predictions.csv', '--current', 'examples/predictions.csv',
      '--config', 'examples/model-gate.yml', '--format', 'json', '--significance', 'off',
    ]);
    expect((JSON.parse(off.stdout) as JsonReport).regressions).toEqual(['accuracy', 'f1', 'roc_auc', 'roc_auc[region=apac]']);
    const accuracy = report.metrics.find((m) => m.id === 'accuracy')!;
    expect(accuracy.baseline).toBeCloseTo(0.888, 12);
    expect(accuracy.current).toBeCloseTo(0.868, 12);
  });

  it('passes (exit 0) when the current run is the baseline, and with warnings only', async () => {
    const same = await cli(['compare', '--baseline', 'examples/predictions.csv', '--current', 'examples/predictions.csv', '--config', 'examples/model-gate.yml']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('✅ model-gate: passed');
    const warned = await cli([
      'compare', '--baseline', 'examples/baseline-predictions.csv', '--current', 'examples/predictions.csv',
      '--rules', 'f1: { max-regression: 1%, severity: warning }',
    ]);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('⚠️ model-gate: passed with warnings');
  });

  it('honours fail-on: never', async () => {
    const run = await cli([
      'compare', '--baseline', 'examples/baseline-predictions.csv', '--current', 'examples/predictions.csv',
      '--rules', 'f1: { max-regression: 1% }', '--fail-on', 'never',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('rules failed (f1), but fail-on is never');
  });

  it('gates metric files against metric files (Hugging Face Trainer)', async () => {
    const dir = tempFiles({
      'base.json': JSON.stringify({ eval_accuracy: 0.91, eval_loss: 0.3, epoch: 3 }),
      'cur.json': JSON.stringify({ eval_accuracy: 0.9, eval_loss: 0.35, epoch: 3 }),
    });
    const run = await cli(['compare', '--baseline', 'base.json', '--current', 'cur.json', '--rules', 'loss: { max-regression: 10% }', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.regressions).toEqual(['loss']);
  });

  it('mixes predictions and metric files in one run', async () => {
    const dir = tempFiles({
      'p.csv': 'y_true,y_pred\n1,1\n0,0\n1,0\n0,0\n',
      'latency.json': JSON.stringify({ latency_ms: 120 }),
      'base.json': JSON.stringify({ accuracy: 0.75, latency_ms: 100 }),
    });
    const run = await cli(['compare', '--baseline', 'base.json', '--current', 'p.csv', 'latency.json', '--rules', 'latency_ms: { max-regression: 10% }', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.metrics.find((m) => m.id === 'accuracy')?.current).toBe(0.75);
    expect(report.regressions).toEqual(['latency_ms']);
    expect(run.code).toBe(1);
  });

  it('compares lm-evaluation-harness results with a glob rule', async () => {
    const file = realWorld('lm-eval', 'EleutherAI__lm-evaluation-harness__results_2025-03-03T00-05-12.300060.json');
    const run = await cli(['compare', '--baseline', file, '--current', file, '--rules', '"mmlu*": { max-regression: 0.5% }', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.metrics.filter((m) => m.id.startsWith('mmlu') && m.status === 'pass').length).toBeGreaterThan(10);
  });

  it('without a baseline, absolute rules still gate', async () => {
    const run = await cli(['compare', '--baseline', 'none', '--current', 'examples/predictions.csv', '--rules', 'accuracy: { min: 0.9 }']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('accuracy ↑ 0.868 is below the minimum 0.9');
  });

  it('refuses baselines of another task, a rule matching nothing, and missing flags (exit 2)', async () => {
    const dir = tempFiles({ 'reg.csv': 'y_true,y_pred\n1.5,1.2\n2.5,2.7\n', 'bin.csv': 'y_true,y_pred\n1,1\n0,1\n' });
    const task = await cli(['compare', '--baseline', 'reg.csv', '--current', 'bin.csv'], dir);
    expect(task.code).toBe(2);
    expect(task.stderr).toMatch(/^model-gate: the baseline is a regression eval and the current run a binary one/);
    const typo = await cli(['compare', '--baseline', 'bin.csv', '--current', 'bin.csv', '--rules', 'acuracy: { min: 0.5 }'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/rules: "acuracy" matches no metric/);
    const missing = await cli(['compare', '--current', 'bin.csv'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/compare needs --baseline PATH/);
  });
});

describe('the report of a paired comparison (golden file)', () => {
  it('shows intervals, the pairing, churn and the reasons', async () => {
    const run = await cli([
      'compare', '--baseline', 'examples/baseline-predictions.csv', '--current', 'examples/predictions.csv',
      '--config', 'examples/model-gate.yml', '--format', 'markdown',
    ]);
    expect(run.stdout).toContain('paired on 2,000 shared examples');
    expect(run.stdout).toContain('| ❌ | f1 ↑ | 0.676 | 0.608 | **−6.8 pts** worse (−12.3 … −1.5) |');
    expect(run.stdout).toContain('Prediction churn');
    await expect(run.stdout).toMatchFileSnapshot('../report/__snapshots__/paired-example.md');
  });
});
