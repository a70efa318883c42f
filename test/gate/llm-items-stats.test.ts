import { beforeAll, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/config/parse-rules.js';
import { loadYaml } from '../../src/config/yaml.js';
import { compareRuns } from '../../src/gate/compare.js';
import type { RunMetrics } from '../../src/ingest/combine-run.js';
import { headline, ScoredBuilder } from '../../src/ingest/llm-logs/scored.js';
import { toJsonReport } from '../../src/report/json.js';

/** A run of scored records: each metric id maps item keys to a score (one repeat). */
function run(metrics: Record<string, Record<string, number>>): RunMetrics {
  const builder = new ScoredBuilder();
  for (const [id, items] of Object.entries(metrics)) for (const [key, score] of Object.entries(items)) builder.add(id, 'qa', key, score);
  const scored = builder.finish();
  return {
    task: undefined,
    n: undefined,
    metrics: new Map(scored.map((m) => [m.id, headline(m)])),
    stderr: new Map(),
    evaluation: undefined,
    examples: undefined,
    sources: [],
    notes: [],
    items: new Map(scored.map((m) => [m.id, m])),
  };
}

const items = (from: number, to: number, score: number) => Object.fromEntries(Array.from({ length: to - from }, (_, k) => [`q${from + k}`, score]));
const settings = (rules: string, minSliceSize = 0) => ({ rules: parseRules(rules), minSliceSize, failOn: 'error' as const, ifNoBaseline: 'pass' as const });

beforeAll(loadYaml);

describe('a tiny slice whose items all changed the same way', () => {
  // 3 items, all pass → fail: McNemar's one-sided p is 0.5³ = 0.125, nowhere near confident.
  const baseline = run({ 'qa/acc': items(0, 3, 1) });
  const current = run({ 'qa/acc': items(0, 3, 0) });

  it('is not confidently worse, and its p-values and intervals agree with each other', () => {
    for (const rule of ['qa/acc: { max-regression: 0.02 }', 'qa/acc: { max-regression: 0 }']) {
      const report = compareRuns(current, baseline, settings(rule));
      const verdict = report.gate.verdicts[0]!;
      expect(verdict.status).toBe('warn');
      expect(report.passed).toBe(true);
      const json = toJsonReport(report) as { metrics: { p_value: number; adjusted_p: number; interval: { low: number; high: number }; verdict_interval: { low: number; high: number } }[] };
      const m = json.metrics[0]!;
      // The exact sign test: P(all 3 worse | θ = (1 + allowance) / 2).
      const allowed = rule.includes('0.02') ? 0.02 : 0;
      expect(m.adjusted_p).toBeCloseTo(((1 + allowed) / 2) ** 3, 12);
      expect(m.p_value).toBe(m.adjusted_p);
      // Clopper–Pearson: the point estimate −1 is inside, the upper end where the test's p equals 0.025.
      expect(m.interval.low).toBe(-1);
      expect(m.interval.high).toBeCloseTo(1 - 2 * 0.025 ** (1 / 3), 9);
      expect(m.interval.high).toBeGreaterThan(0);
      expect(m.verdict_interval.low).toBeCloseTo(m.interval.low, 6);
      expect(m.verdict_interval.high).toBeCloseTo(m.interval.high, 6);
    }
  });
});

describe('McNemar decides a zero allowance, the t distribution gives the verdict interval', () => {
  it('never reports a p-value of another test than the one that decided', () => {
    // 40 items, 8 pass → fail and 1 fail → pass.
    const b = { ...items(0, 30, 1), ...items(30, 40, 0) };
    const c = { ...b, ...items(0, 8, 0), q30: 1 };
    const report = compareRuns(run({ 'qa/acc': c }), run({ 'qa/acc': b }), settings('qa/acc: { max-regression: 0 }'));
    const json = toJsonReport(report) as { metrics: { p_value: number; adjusted_p: number; verdict_interval: { low: number; high: number } }[] };
    const m = json.metrics[0]!;
    // McNemar one-sided: P(X ≤ 1 | 9, 0.5) = 10 / 512.
    expect(m.p_value).toBeCloseTo(10 / 512, 12);
    expect(m.adjusted_p).toBeGreaterThanOrEqual(m.p_value);
    // A continuous interval, not the step of McNemar's tail at exactly 0.
    expect(m.verdict_interval.high).toBeLessThan(0);
    expect(m.verdict_interval.high).toBeGreaterThan(-0.1);
  });
});

describe('when the item set changed, the delta, the interval and the verdict describe the same thing', () => {
  const rule = 'qa/acc: { max-regression: 0.02 }';

  it('passes a PR that drops 80 failing items and flips 60 shared ones, with the interval around the +1 point it shows', () => {
    // Baseline: 400 passing, 100 failing (0.800). PR: drops 80 failing ones, 60 shared ones flip → 340/420 = 0.810.
    const b = { ...items(0, 400, 1), ...items(400, 500, 0) };
    const c = { ...items(0, 340, 1), ...items(340, 400, 0), ...items(400, 420, 0) };
    const report = compareRuns(run({ 'qa/acc': c }), run({ 'qa/acc': b }), settings(rule));
    const v = report.gate.verdicts[0]!;
    expect(v.delta).toBeCloseTo(340 / 420 - 0.8, 12);
    const [low, high] = v.estimate!.interval;
    // Centred on the shown delta, not on the paired items' −60/420.
    expect((low + high) / 2).toBeCloseTo(v.delta!, 9);
    expect(low).toBeLessThan(v.delta!);
    expect(high).toBeGreaterThan(v.delta!);
    expect(v.status).toBe('pass');
    expect(v.estimate!.method).toContain('420');
  });

  it('fails, with an interval of real width, when the PR adds 100 failing items', () => {
    const b = items(0, 400, 1);
    const c = { ...items(0, 400, 1), ...items(400, 500, 0) };
    const report = compareRuns(run({ 'qa/acc': c }), run({ 'qa/acc': b }), settings(rule));
    const v = report.gate.verdicts[0]!;
    expect(v.delta).toBeCloseTo(-0.2, 12);
    const [low, high] = v.estimate!.interval;
    expect(low).toBeLessThan(-0.2);
    expect(high).toBeGreaterThan(-0.2);
    expect(high - low).toBeGreaterThan(0.02); // ±1.96 · √(100 · 0.16) / 500
    // The whole −20-point drop is confidently beyond the 2-point allowance.
    expect(v.status).toBe('fail');
    expect(v.estimate!.method).toContain('100 only in this run');
  });
});

describe('min-slice-size on slices of scored records', () => {
  it('does not gate a 3-item slice, and still gates the large one', () => {
    const b = { 'qa/acc[category=rare]': items(0, 3, 1), 'qa/acc[category=common]': items(3, 403, 1) };
    const c = { 'qa/acc[category=rare]': items(0, 3, 0), 'qa/acc[category=common]': { ...items(3, 403, 1), ...items(3, 63, 0) } };
    const report = compareRuns(run(c), run(b), settings("qa/acc[category=rare]: { max-regression: 0 }\nqa/acc[category=common]: { max-regression: 0 }", 30));
    const rare = report.gate.verdicts.find((v) => v.id === 'qa/acc[category=rare]')!;
    expect(rare.status).toBe('skipped');
    expect(rare.reasons[0]).toBe('slice of 3 examples, below min-slice-size 30: not gated');
    expect(report.gate.verdicts.find((v) => v.id === 'qa/acc[category=common]')!.status).toBe('fail');
  });
});

describe('a tool that reports its own value beside the samples (Inspect results)', () => {
  it('centres the item estimate on the delta the table shows', () => {
    const b = { ...items(0, 30, 1), ...items(30, 40, 0) };
    const c = { ...b, q0: 0, q1: 0, q30: 1 };
    const current = run({ 'qa/acc': c });
    const reported = { ...current, metrics: new Map([['qa/acc', 0.6]]) };
    const v = compareRuns(reported, run({ 'qa/acc': b }), settings('qa/acc: { max-regression: 0.02 }')).gate.verdicts[0]!;
    expect(v.delta).toBeCloseTo(-0.15, 12);
    const [low, high] = v.estimate!.interval;
    expect((low + high) / 2).toBeCloseTo(-0.15, 9);
    expect(v.estimate!.method).toContain('centred on the reported values');
    expect(v.verdictInterval!.bounds[1]).toBeLessThan(0);
  });
});
