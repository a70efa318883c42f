import type { DeltaEstimate } from '../gate/verdict.js';
import { isBinary, itemMean, minRepeats, type ScoredMetric } from '../ingest/llm-logs/scored.js';
import { binomialLowerTail } from './binomial-pmf.js';
import { bootstrapRows } from './bootstrap.js';
import { fromResamples } from './delta-estimate.js';
import type { ItemPairing } from './item-pairing.js';
import { mcnemarExact } from './mcnemar.js';
import { normalQuantile } from './normal.js';
import type { Rng } from './random.js';
import { studentTCdf, studentTQuantile } from './student-t.js';

/**
 * The uncertainty of current − baseline for one scored metric, from the paired differences of item means
 * (repeats averaged per item first). Pass/fail items scored once each: McNemar's exact test, as for predictions.
 * Otherwise a t-interval on the mean difference from SMALL_SAMPLE items up, a paired bootstrap below that
 * (Bowyer et al. 2025: normal intervals are too narrow on small evals). Items in clusters (several questions on
 * one passage) get a cluster-robust (CR1) standard error with clusters − 1 degrees of freedom: Miller 2024,
 * "Adding Error Bars to Evals", shows naive intervals several times too narrow when items share context.
 * See docs/llm-evals.md.
 */
export const SMALL_SAMPLE = 300;

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
  readonly resamples: number;
  readonly rng: Rng;
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
  const se = sd / Math.sqrt(n);
  let test: string;
  let estimate: DeltaEstimate | undefined;
  if (n >= SMALL_SAMPLE) {
    test = 'paired t-interval';
    estimate = fromStudentT(test, mean, se, n - 1, options.level);
  } else {
    test = `paired bootstrap (${options.resamples} resamples)`;
    const samples = bootstrapRows(n, (w) => {
      let s = 0;
      for (let k = 0; k < n; k++) s += w[k]! * d[k]!;
      return s / n;
    }, options.resamples, options.rng);
    estimate = fromResamples(test, samples, options.level);
  }
  if (estimate && isBinary(b) && isBinary(c) && minRepeats(b) === 1 && minRepeats(c) === 1 && maxRepeats(b) === 1 && maxRepeats(c) === 1) {
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

function maxRepeats(metric: ScoredMetric): number {
  let max = 0;
  for (let i = 0; i < metric.keys.length; i++) max = Math.max(max, metric.offsets[i + 1]! - metric.offsets[i]!);
  return max;
}

/** McNemar's exact p-value, and its one-sided tail deciding a zero allowance; other allowances use the interval. */
function withMcNemar(estimate: DeltaEstimate, method: string, rightToWrong: number, wrongToRight: number): DeltaEstimate {
  const discordant = rightToWrong + wrongToRight;
  return {
    ...estimate,
    method,
    pValue: mcnemarExact(rightToWrong, wrongToRight),
    probabilityWithin(allowed, direction) {
      if (allowed !== 0) return estimate.probabilityWithin(allowed, direction);
      if (discordant === 0) return 1;
      // P(at most this many improvements) when either direction is equally likely: small = confidently worse.
      return binomialLowerTail(direction === 'higher' ? wrongToRight : rightToWrong, discordant, 0.5);
    },
  };
}

/** A delta estimate from a t distribution (mean ± t·se). */
export function fromStudentT(method: string, delta: number, se: number, df: number, level: number, pValue?: number): DeltaEstimate | undefined {
  if (!Number.isFinite(delta) || !Number.isFinite(se) || se < 0 || !(df > 0)) return undefined;
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  const p = pValue ?? (se > 0 ? 2 * studentTCdf(-Math.abs(delta / se), df) : delta === 0 ? 1 : 0);
  return {
    method,
    interval: [delta - t * se, delta + t * se],
    level,
    pValue: p,
    probabilityWithin(allowed, direction) {
      const worsening = direction === 'higher' ? -delta : delta;
      if (se === 0) return worsening <= allowed ? 1 : 0;
      return studentTCdf((allowed - worsening) / se, df);
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
