import { describe, expect, it } from 'vitest';
import { resampleCost } from '../../src/stats/estimate-deltas.js';
import { cli, tempFiles } from '../helpers/cli.js';


/** A seeded generator, so the files are the same on every run. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** `n` rows over `k` classes; the prediction is right with probability `accuracy`. */
function predictions(n: number, k: number, accuracy: number, seed: number, extra: (i: number) => string = () => ''): string {
  const random = lcg(seed);
  const rows = [`id,y_true,y_pred${extra(-1)}`];
  for (let i = 0; i < n; i++) {
    const truth = Math.floor(random() * k);
    const pred = random() < accuracy ? truth : Math.floor(random() * k);
    rows.push(`r${i},c${truth},c${pred}${extra(i)}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('resampling cost is bounded by work, not rows', () => {
  it('gates f1_macro over 1,000 classes on its point estimate instead of resampling a 1,000 × 1,000 matrix for minutes', async () => {
    const dir = tempFiles({ 'b.csv': predictions(3000, 1000, 0.8, 1), 'c.csv': predictions(3000, 1000, 0.6, 1) });
    const run = await cli(['compare', '--baseline', 'b.csv', '--current', 'c.csv', '--rules', 'f1_macro: {max-regression: 1%}', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { metrics: { id: string; status: string; interval: unknown }[] };
    const f1 = report.metrics.find((m) => m.id === 'f1_macro')!;
    // No interval: not affordable, so the point estimate gates (a drop of about a quarter: beyond 1%).
    expect(f1).toMatchObject({ status: 'fail', interval: null });
  });

  it('counts a resample as rows plus the confusion matrix plus the sorts', () => {
    const binary = { task: 'binary', n: 1024, classes: ['a', 'b'], score: new Float64Array(1024) } as const;
    expect(resampleCost(binary as never)).toBe(1024 + 4 + 1024 * 10);
    const wide = { task: 'multiclass', n: 3000, classes: Array.from({ length: 1000 }, String) } as const;
    expect(resampleCost(wide as never)).toBe(3000 + 1_000_000);
  });

  it('does not resample slices below min-slice-size, which are not gated', async () => {
    const region = (i: number) => (i < 0 ? ',region' : `,${i % 400 === 0 ? 'tiny' : 'big'}${i % 400 === 0 ? i : ''}`);
    const dir = tempFiles({ 'b.csv': predictions(4000, 2, 0.8, 3, region), 'c.csv': predictions(4000, 2, 0.7, 3, region) });
    const run = await cli(
      ['compare', '--baseline', 'b.csv', '--current', 'c.csv', '--rules', 'default: {max-regression: 1%}', '--columns', '{slices: [region]}', '--format', 'json'],
      dir,
    );
    const report = JSON.parse(run.stdout) as { metrics: { id: string; status: string; interval: unknown }[] };
    const tiny = report.metrics.filter((m) => m.id.includes('region=tiny') && !m.id.startsWith('n['));
    expect(tiny.length).toBeGreaterThan(0);
    expect(tiny.filter((m) => m.status !== 'skipped' || m.interval !== null)).toEqual([]);
  });
});
