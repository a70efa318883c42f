import { describe, expect, it } from 'vitest';
import { nextHistory, type BaselineBundle } from '../../src/baseline/bundle.js';
import { baseMetricId } from '../../src/gate/direction.js';
import { cli, tempFiles } from '../helpers/cli.js';

const files = (content: Record<string, string>) => {
  const dir = tempFiles(content);
  return dir;
};

const csv = 'y_true,y_pred\n1,1\n0,1\n';

describe('the minor messages', () => {
  it('names .nan and .inf in a rule as YAML wrote them', async () => {
    const dir = files({ 'p.csv': csv });
    const compare = (rule: string) => cli(['compare', '--baseline', 'p.csv', '--current', 'p.csv', '--rules', rule], dir);
    expect((await compare('accuracy: {min: .nan}')).stderr).toBe('model-gate: rules.accuracy.min: expected a finite number, found .nan (not a number)\n');
    expect((await compare('accuracy: {max: -.inf}')).stderr).toBe('model-gate: rules.accuracy.max: expected a finite number, found -.inf (infinity)\n');
    expect((await compare('accuracy: {max-regression: .inf}')).stderr).toMatch(/^model-gate: rules\.accuracy\.max-regression: \.inf \(infinity\) is not an allowed regression/);
  });

  it('refuses a list where a config file needs one value (task: [binary]), instead of using the default', async () => {
    const dir = files({ 'p.csv': csv, 'model-gate.yml': 'task: [binary]\n' });
    const run = await cli(['evaluate', 'p.csv', '--config', 'model-gate.yml'], dir);
    expect(run.stderr).toMatch(/^model-gate: .*model-gate\.yml: task: expected a single value, found a list\n$/);
  });

  it('refuses a key written twice in a JSON metric file', async () => {
    const dir = files({ 'm.json': '{"accuracy": 0.5,\n "accuracy": 0.9}' });
    const run = await cli(['evaluate', 'm.json'], dir);
    expect(run.stderr).toMatch(/^model-gate: m\.json:2: .*the key "accuracy" appears twice in one object/);
  });

  it('does not read 0x10, 0o17 or 0b11 as numbers, as pandas does not', async () => {
    const dir = files({ 'p.csv': 'y_true,y_pred\n0x10,1\n1,1\n', 's.csv': 'y_true,y_score\n1,0b1\n0,0.2\n' });
    expect((await cli(['evaluate', 'p.csv', '--task', 'regression'], dir)).stderr).toBe('model-gate: p.csv:2 (column "y_true"): "0x10" is not a number; regression needs numeric values\n');
    expect((await cli(['evaluate', 's.csv'], dir)).stderr).toMatch(/^model-gate: s\.csv:2 \(column "y_score"\): "0b1" is not a number/);
  });

  it('keeps metric ids with brackets that are not slices in the history', () => {
    expect(baseMetricId('acc[5-shot]')).toBe('acc[5-shot]');
    expect(baseMetricId('y_score[0]')).toBe('y_score[0]');
    expect(baseMetricId('f1[region=eu]')).toBe('f1');
    const previous = {
      provenance: { sha: 'abc', date: '2026-11-01T00:00:00Z', runId: 1, runNumber: 1 },
      metrics: { 'acc[5-shot]': 0.5, 'f1[region=eu]': 0.4, f1: 0.6 },
      history: [],
    } as unknown as BaselineBundle;
    expect(nextHistory(previous, 10)[0]!.metrics).toEqual({ 'acc[5-shot]': 0.5, f1: 0.6 });
  });

  it('keeps the table of a comment whose failing id is 70,000 characters long', async () => {
    const id = 'a'.repeat(70_000);
    const dir = files({ 'b.json': JSON.stringify({ [id]: 0.9, acc: 0.9 }), 'c.json': JSON.stringify({ [id]: 0.5, acc: 0.5 }) });
    const run = await cli(['compare', '--baseline', 'b.json', '--current', 'c.json', '--rules', 'default: {min: 0.8}', '--format', 'markdown'], dir);
    expect(run.stdout).toContain(`| ❌ | ${'a'.repeat(700)}…${'a'.repeat(250)} ↑ | 0.90 | 0.50 |`);
    expect(run.stdout).toContain('| ❌ | acc ↑ | 0.90 | 0.50 |');
    expect(run.stdout).not.toContain('Trimmed');
  });
});
