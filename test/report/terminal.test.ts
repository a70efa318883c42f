import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { displayWidth, renderText } from '../../src/report/text.js';
import { buildScenario } from './scenarios.js';

async function compare(args: readonly string[], color: boolean): Promise<string> {
  let out = '';
  await runCli(['compare', '--baseline', 'examples/baseline-predictions.csv', '--current', 'examples/predictions.csv', '--config', 'examples/model-gate.yml', ...args], {
    cwd: process.cwd(),
    write: (text) => (out += text),
    error: (text) => (out += text),
    color,
  });
  return out;
}

describe('the terminal report', () => {
  it('counts emoji as two columns, so rows with ❌, ⚠️ and ✅ line up', () => {
    expect(displayWidth('❌')).toBe(2);
    expect(displayWidth('⚠️')).toBe(2);
    expect(displayWidth('✅')).toBe(2);
    expect(displayWidth('·')).toBe(1);
    expect(displayWidth('roc_auc ↑')).toBe(9);
  });

  it('aligns the metric column across statuses and fits 100 columns', async () => {
    const text = renderText(await buildScenario('fail'));
    const rows = text.split('\n').filter((line) => /^(❌|⚠️|✅) {2}\S/.test(line));
    expect(rows.length).toBe(5);
    const metricColumn = rows.map((row) => displayWidth(row.slice(0, row.search(/[a-z]/))));
    expect(new Set(metricColumn)).toEqual(new Set([4]));
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it('cuts a long metric id rather than overflow 100 columns', async () => {
    const report = await buildScenario('metric-files');
    const long = { ...report, gate: { ...report.gate, verdicts: report.gate.verdicts.map((v) => (v.id === 'accuracy' ? { ...v, id: `accuracy_${'x'.repeat(150)}` } : v)) } };
    const text = renderText(long);
    const row = text.split('\n').find((line) => line.startsWith('❌  accuracy_'))!;
    expect(row).toContain('…');
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it('colours a TTY, and --no-color (or no TTY, or NO_COLOR, which the binary folds into `color`) turns it off', async () => {
    const coloured = await compare([], true);
    expect(coloured).toContain('\u001b[1;31m❌ model-gate: failed\u001b[0m');
    expect(await compare(['--no-color'], true)).not.toContain('\u001b[');
    expect(await compare([], false)).not.toContain('\u001b[');
  }, 60_000);
});
