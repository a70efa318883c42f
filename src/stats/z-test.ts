import { normalQuantile, twoSidedPValue } from './normal.js';

/** An unpaired z-test of a difference, with its confidence interval. */
export interface ZTestResult {
  /** b − a. */
  readonly delta: number;
  /** √(seA² + seB²). */
  readonly se: number;
  readonly z: number;
  readonly pValue: number;
  readonly interval: [low: number, high: number];
}

/**
 * Compares two independent estimates that carry standard errors (lm-evaluation-harness `_stderr` values):
 * delta = b − a, se = √(seA² + seB²), two-sided normal p-value and a `level` confidence interval.
 * When both standard errors are zero nothing is known about the spread: z = 0 and p = 1, and the interval is
 * the point [delta, delta], so callers should treat the comparison as a point estimate.
 */
export function zTestDifference(a: number, seA: number, b: number, seB: number, level = 0.95): ZTestResult {
  for (const se of [seA, seB]) {
    if (!(se >= 0 && se < Infinity)) throw new RangeError(`standard errors must be finite and ≥ 0, got ${se}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`the confidence level must lie in (0, 1), got ${level}`);
  const delta = b - a;
  const se = Math.hypot(seA, seB);
  if (se === 0) return { delta, se, z: 0, pValue: 1, interval: [delta, delta] };
  const z = delta / se;
  const half = normalQuantile(1 - (1 - level) / 2) * se;
  return { delta, se, z, pValue: twoSidedPValue(z), interval: [delta - half, delta + half] };
}
