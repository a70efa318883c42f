import { describe, expect, it } from 'vitest';
import { describeBound, describeRegressionCheck, type RegressionFacts, type RegressionOutcome } from '../../src/gate/reasons.js';
import type { Regression } from '../../src/gate/rules.js';

const abs = (value: number): Regression => ({ kind: 'absolute', value });
const rel = (percent: number): Regression => ({ kind: 'relative', percent });
const allowedOf = (r: Regression, baseline: number) => (r.kind === 'absolute' ? r.value : (r.percent / 100) * Math.abs(baseline));

function facts(id: string, direction: 'higher' | 'lower', baseline: number, current: number, regression: Regression, interval?: [number, number, number, string?]): RegressionFacts {
  return {
    id,
    direction,
    baseline,
    current,
    regression,
    allowed: allowedOf(regression, baseline),
    ...(interval ? { interval: { bounds: [interval[0], interval[1]] as const, level: interval[2], adjustment: interval[3] } } : { noInterval: 'no per-example data or standard error' }),
  };
}

describe('max-regression reasons speak in the metric’s direction and unit', () => {
  const cases: { name: string; facts: RegressionFacts; outcome?: RegressionOutcome; reason: string }[] = [
    {
      name: 'a rate falling, absolute rule: points, singular "pt", no interval known',
      facts: facts('accuracy', 'higher', 0.888, 0.868, abs(0.01)),
      reason: 'fell 2.0 pts (−2.3%), worse; allowed worsening 1 pt; judged on the point estimate: no per-example data or standard error',
    },
    {
      name: 'a loss rising, relative rule: its own unit, never points',
      facts: facts('log_loss', 'lower', 0.2992, 0.3274, rel(2)),
      reason: 'rose 0.028 (+9.4%), worse; allowed worsening 2% (0.006); judged on the point estimate: no per-example data or standard error',
    },
    {
      name: 'an error falling is better, said in words',
      facts: facts('mae', 'lower', 3.351, 2.742, rel(5)),
      reason: 'fell 0.61 (−18%), better; allowed worsening 5% (0.17); judged on the point estimate: no per-example data or standard error',
    },
    {
      name: 'r2 is not a rate: no points, even between 0 and 1',
      facts: facts('r2', 'higher', 0.9762, 0.9647, abs(0.005), [-0.0128, -0.0104, 0.95, 'Holm over 3 checks']),
      reason: 'fell 0.0115 (−1.2%), worse; allowed worsening 0.005; the 95% interval (Holm over 3 checks) −0.0128 … −0.0104 lies wholly beyond it',
    },
    {
      name: 'MAPE reads as a percentage: its changes in points',
      facts: facts('mape', 'lower', 0.05244, 0.06417, abs(0.005), [0.0107, 0.0128, 0.975, 'Holm over 3 checks']),
      reason: 'rose 1.17 pts (+22%), worse; allowed worsening 0.5 pts; the 97.5% interval (Holm over 3 checks) +1.07 … +1.28 pts lies wholly beyond it',
    },
    {
      name: 'beyond on the point estimate only: a warning, with the adjusted interval that reaches back',
      facts: facts('accuracy', 'higher', 0.888, 0.868, abs(0.01), [-0.036, -0.004, 0.99, 'Holm over 7 checks']),
      outcome: 'not-confident',
      reason: 'fell 2.0 pts (−2.3%), worse; allowed worsening 1 pt; beyond it on the point estimate, but the 99% interval (Holm over 7 checks) −3.6 … −0.4 pts reaches back within it: a warning, not a failure',
    },
    {
      name: 'a lower-is-better latency, relative rule, a single check (no adjustment)',
      facts: facts('latency_ms', 'lower', 100, 115, rel(10), [11, 19, 0.95]),
      reason: 'rose 15.0 (+15%), worse; allowed worsening 10% (10.0); the 95% interval +11.0 … +19.0 lies wholly beyond it',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const reason = describeRegressionCheck(c.facts, c.outcome ?? 'beyond');
      expect(reason).toBe(c.reason);
      expect(reason).not.toMatch(/−0(?![.,\d])|−0\.0+(?!\d)|\de[+-]\d/);
    });
  }
});

describe('min and max reasons', () => {
  const cases: { name: string; args: Parameters<typeof describeBound>; reason: string }[] = [
    { name: 'below a min', args: ['accuracy', 'min', 0.9, 0.868, 0.912], reason: '0.868 is below the minimum 0.9' },
    { name: 'a value just past the limit keeps the digits that show it', args: ['accuracy', 'min', 0.9, 0.8999, undefined], reason: '0.8999 is below the minimum 0.9' },
    { name: 'above a max, plain unit', args: ['rmse', 'max', 5, 5.31, 4.8], reason: '5.31 is above the maximum 5' },
    { name: 'a min the baseline broke already', args: ['accuracy', 'min', 0.85, 0.8302, 0.8267], reason: 'already below the minimum 0.85 on the baseline (0.8267), now 0.8302: not caused by this change' },
    { name: 'a max the baseline broke already', args: ['log_loss', 'max', 0.3, 0.33, 0.35], reason: 'already above the maximum 0.3 on the baseline (0.35), now 0.33: not caused by this change' },
    { name: 'a percentage metric against its max', args: ['mape', 'max', 0.05, 0.0642, 0.0524], reason: 'already above the maximum 5% on the baseline (5.24%), now 6.42%: not caused by this change' },
  ];
  for (const c of cases) it(c.name, () => expect(describeBound(...c.args)).toBe(c.reason));
});
