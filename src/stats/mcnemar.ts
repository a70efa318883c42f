import { binomialLowerTail } from './binomial-pmf.js';

/**
 * The exact (binomial) McNemar test for paired accuracy: of the b + c discordant pairs, b went right→wrong and
 * c wrong→right; under "no change" each is equally likely. Two-sided p-value, identical to
 * `scipy.stats.binomtest(b, b + c, 0.5, alternative='two-sided').pvalue`: for p = ½ the distribution is
 * symmetric, so SciPy's rule (sum every outcome no more likely than the observed one) is
 * min(1, 2·P(X ≤ min(b, c))). Exact and stable up to b + c = 10^7 and beyond (Loader's pmf, summed in the
 * tail; no factorials). No discordant pairs is no evidence: p = 1; so is |b − c| ≤ 1, where the tail sum
 * is exactly ½ and the p-value exactly 1.
 */
export function mcnemarExact(b: number, c: number): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`McNemar counts must be non-negative integers, got b=${b}, c=${c}`);
  }
  if (Math.abs(b - c) <= 1) return 1;
  return Math.min(1, 2 * binomialLowerTail(Math.min(b, c), b + c, 0.5));
}
