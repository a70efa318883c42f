import type { DeltaEstimate } from '../gate/verdict.js';
import { isBinary, itemMean, minRepeats, type ScoredMetric } from '../ingest/llm-logs/scored.js';
import { binomialLowerTail } from './binomial-pmf.js';
import type { ItemPairing } from './item-pairing.js';
import { mcnemarExact } from './mcnemar.js';
import { normalQuantile } from './normal.js';
import { fromStudentT } from './delta-estimate.js';
import { changedSetEstimate } from './item-set-change.js';

export { fromStudentT };

/**
 * The uncertainty of current − baseline for one scored metric, from the paired differences of item means
 * (repeats averaged per item first). Pass/fail items scored once each: McNemar's exact test, as for predictions.
 * Otherwise the paired t-interval on the mean difference (df n − 1) at every n ≥ 2: a percentile bootstrap of
 * the mean is too narrow below a few dozen items (test/stats/item-small-n.test.ts). When every paired
 * difference is the same the t-interval has zero width: pass/fail items scored once then get the exact sign
 * test, other scores no estimate (the gate warns on the point estimate). Items in clusters (several questions on
 * one passage) get a cluster-robust (CR1) standard error with clusters − 1 degrees of freedom: Miller 2024,
 * "Adding Error Bars to Evals", shows naive intervals several times too narrow when items share context.
 * See docs/llm-evals.md.
 */

export interface ItemEstimate {
  readonly estimate: DeltaEstimate | undefined;
  /** The test in words, for the report. */
  readonly test: string;
  readonly paired: number;
  readonly clusters: number | undefined;
  /** Pearson correlation of the paired item means; undefined when either side is constant. */
  readonly correlation: number | undefined;
  /** Standard deviation of one item's difference, inflated by the clustering's design effect: for sample sizes. */
  readonly effectiveSd: number;
}

export interface ItemEstimateOptions {
  readonly level: number;
}

export function estimateItems(b: ScoredMetric, c: ScoredMetric, pairing: ItemPairing, options: ItemEstimateOptions): ItemEstimate {
  const n = pairing.current.length;
  const meansB = Float64Array.from(pairing.baseline, (i) => itemMean(b, i));
  const meansC = Float64Array.from(pairing.current, (i) => itemMean(c, i));
  const d = meansC.map((v, k) => v - meansB[k]!);
  const correlation = pearson(meansB, meansC);
  const base = { paired: n, correlation, clusters: undefined };
  if (n < 2) return { ...base, estimate: undefined, test: 'too few paired items to test', effectiveSd: Number.NaN };
  const mean = d.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  if (pairing.added.length + pairing.removed.length + pairing.changed.length > 0) {
    // The gate's delta is the headline over all items: test that, not the paired items' difference.
    return { ...base, ...changedSetEstimate(b, c, pairing, options.level), effectiveSd: sd };
  }

  const clusterOf = c.clusters ?? b.clusters;
  if (clusterOf) {
    const byCluster = new Map<string, number>();
    pairing.current.forEach((ci, k) => {
      const cluster = c.clusters ? c.clusters[ci]! : b.clusters![pairing.baseline[k]!]!;
      byCluster.set(cluster, (byCluster.get(cluster) ?? 0) + d[k]! - mean);
    });
    const g = byCluster.size;
    if (g >= 2) {
      let sum = 0;
      for (const s of byCluster.values()) sum += s * s;
      const se = Math.sqrt(((g / (g - 1)) * sum) / (n * n));
      const test = `cluster-robust t-interval (${g} clusters)`;
      return { ...base, clusters: g, test, estimate: fromStudentT(test, mean, se, g - 1, options.level), effectiveSd: se * Math.sqrt(n) };
    }
  }
  const scoredOnce = isBinary(b) && isBinary(c) && maxRepeats(b) === 1 && maxRepeats(c) === 1 && minRepeats(b) === 1 && minRepeats(c) === 1;
  if (sd === 0) {
    // Every paired difference is the same: the t-interval would have zero width and claim certainty.
    if (!scoredOnce) return { ...base, estimate: undefined, test: 'every paired difference is the same: no spread to test with', effectiveSd: 0 };
    const test = 'exact sign test (every paired item changed the same way)';
    return { ...base, test, estimate: signTest(test, mean, n, options.level), effectiveSd: 0 };
  }
  let test = 'paired t-interval';
  let estimate = fromStudentT(test, mean, sd / Math.sqrt(n), n - 1, options.level);
  if (estimate && scoredOnce) {
    let rightToWrong = 0;
    let wrongToRight = 0;
    for (const v of d) {
      if (v < 0) rightToWrong++;
      else if (v > 0) wrongToRight++;
    }
    test = `McNemar exact test; ${test} for allowances`;
    estimate = withMcNemar(estimate, test, rightToWrong, wrongToRight);
  }
  return { ...base, test, estimate, effectiveSd: sd };
}

/**
 * Pass/fail items scored once whose paired differences are all the same s (−1, 0 or +1). Conditional on the
 * n discordant items, the number that got worse is Binomial(n, θ) and the mean worsening is 2θ − 1, so
 * "worsening ≤ a" is θ ≤ (1 + a) / 2 and its exact p-value when all n got worse is ((1 + a) / 2)ⁿ: McNemar's
 * one-sided tail 0.5ⁿ at a = 0 (0.125 for 3 items); the interval is Clopper–Pearson's for θ, whose inner end is
 * where that p-value equals the tail, so the interval excludes an allowance exactly when the test rejects it.
 */
function signTest(method: string, delta: number, n: number, level: number): DeltaEstimate {
  const within = (allowed: number, direction: 'higher' | 'lower'): number => {
    const worsening = direction === 'higher' ? -delta : delta;
    if (worsening === 0) return allowed >= 0 ? 1 : 0;
    const a = Math.min(1, Math.max(-1, allowed));
    // All worse: P(every one of n worse | θ₀); all better: the mirror image.
    return worsening > 0 ? ((1 + a) / 2) ** n : 1 - ((1 - a) / 2) ** n;
  };
  // Clopper–Pearson for θ: with all n worse, θ ≥ tail^(1/n) and at most 1, so the worsening 2θ − 1 lies in
  // [2·tail^(1/n) − 1, 1]; the lower end is where within() equals tail, the upper one the boundary.
  const bounds = (tail: number): [number, number] => {
    const edge = 1 - 2 * tail ** (1 / n);
    return delta < 0 ? [-1, edge] : delta > 0 ? [-edge, 1] : [0, 0];
  };
  const interval = bounds((1 - level) / 2);
  return { method, interval, level, pValue: delta === 0 ? 1 : Math.min(1, 2 * 0.5 ** n), probabilityWithin: within, distribution: within, bounds };
}

function maxRepeats(metric: ScoredMetric): number {
  let max = 0;
  for (let i = 0; i < metric.keys.length; i++) max = Math.max(max, metric.offsets[i + 1]! - metric.offsets[i]!);
  return max;
}

/** McNemar's exact p-value, and its one-sided tail deciding a zero allowance; other allowances use the t distribution. */
function withMcNemar(estimate: DeltaEstimate, method: string, rightToWrong: number, wrongToRight: number): DeltaEstimate {
  const discordant = rightToWrong + wrongToRight;
  return {
    ...estimate,
    method,
    // The verdict interval inverts the continuous t distribution, never McNemar's step at zero.
    distribution: estimate.probabilityWithin,
    pValue: mcnemarExact(rightToWrong, wrongToRight),
    probabilityWithin(allowed, direction) {
      if (allowed !== 0) return estimate.probabilityWithin(allowed, direction);
      if (discordant === 0) return 1;
      // P(at most this many improvements) when either direction is equally likely: small = confidently worse.
      return binomialLowerTail(direction === 'higher' ? wrongToRight : rightToWrong, discordant, 0.5);
    },
  };
}

function pearson(x: Float64Array, y: Float64Array): number | undefined {
  const n = x.length;
  if (n < 2) return undefined;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : undefined;
}

/**
 * Paired items an eval needs so that a worsening of `allowed` beyond the allowance is detected with 80% power at
 * `alpha` (two-sided interval): n = ((z₁₋α/₂ + z₀.₈) · sd / allowed)². And the smallest such worsening the
 * eval can detect with the items it has.
 */
export function sampleSize(effectiveSd: number, paired: number, allowed: number, alpha: number): { detectable: number; itemsNeeded: number } {
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(0.8);
  return { detectable: (z * effectiveSd) / Math.sqrt(paired), itemsNeeded: Math.ceil(((z * effectiveSd) / allowed) ** 2) };
}
