import type { Rng } from './random.js';

/**
 * Paired and unpaired bootstrap, always with exact multinomial resampling (never the Poisson(1) shortcut).
 *
 * Metrics that are functions of a confusion matrix resample the cell counts rather than the rows: for a
 * paired comparison the cells are the joint (baseline cell × current cell) counts, one multinomial draw per
 * resample costs O(cells) whatever N is, and the statistic maps the joint counts to metric(current) −
 * metric(baseline). Metrics of per-row values (regression errors) resample row multiplicities instead.
 *
 * Every statistic receives a buffer that is reused across resamples: read it, do not keep it.
 */

/** Maps resampled counts (same layout as the input cells) to the statistic. */
export type CellStatistic = (counts: Float64Array) => number;
/** Maps per-row multiplicities (summing to n) to the statistic. */
export type RowStatistic = (weights: Float64Array) => number;

function checkResamples(resamples: number): void {
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`the number of resamples must be a positive integer, got ${resamples}`);
  }
}

/** Σ cells, checking that every cell is a non-negative integer count. */
function totalCount(cells: Float64Array): number {
  let total = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (!(Number.isInteger(c) && c >= 0)) throw new RangeError(`cell ${i} must be a non-negative integer count, got ${c}`);
    total += c;
  }
  return total;
}

/**
 * Bootstrap of a statistic of cell counts: each resample draws Multinomial(N, cells / N) and evaluates the
 * statistic on it. Returns one value per resample, in draw order (seeded: the same rng seed gives the same
 * values).
 */
export function bootstrapCells(cells: Float64Array, statistic: CellStatistic, resamples: number, rng: Rng): Float64Array {
  checkResamples(resamples);
  const total = totalCount(cells);
  const counts = new Float64Array(cells.length);
  const values = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    if (total === 0) counts.fill(0);
    else rng.multinomial(total, cells, counts);
    values[r] = statistic(counts);
  }
  return values;
}

/**
 * Unpaired bootstrap of two independent samples summarised as cell counts (e.g. the baseline's and the
 * current run's confusion matrices when their rows cannot be paired): each side is resampled with its own
 * total, and the statistic sees both.
 */
export function bootstrapIndependentCells(
  cellsA: Float64Array,
  cellsB: Float64Array,
  statistic: (countsA: Float64Array, countsB: Float64Array) => number,
  resamples: number,
  rng: Rng,
): Float64Array {
  checkResamples(resamples);
  const totalA = totalCount(cellsA);
  const totalB = totalCount(cellsB);
  const countsA = new Float64Array(cellsA.length);
  const countsB = new Float64Array(cellsB.length);
  const values = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    if (totalA > 0) rng.multinomial(totalA, cellsA, countsA);
    if (totalB > 0) rng.multinomial(totalB, cellsB, countsB);
    values[r] = statistic(countsA, countsB);
  }
  return values;
}

/** Multinomial(n, uniform) row multiplicities: n uniform draws of a row, counted; exact, O(n). */
function drawRowWeights(weights: Float64Array, rng: Rng): void {
  const n = weights.length;
  weights.fill(0);
  for (let i = 0; i < n; i++) weights[rng.nextInt(n)]!++;
}

/**
 * Example-level bootstrap of n rows: each resample gives every row its multiplicity (how often it was drawn;
 * the multiplicities follow Multinomial(n, 1/n) and sum to n), and the statistic computes the weighted
 * metric. For a paired comparison the statistic uses the same weights on both runs' per-row values.
 */
export function bootstrapRows(n: number, statistic: RowStatistic, resamples: number, rng: Rng): Float64Array {
  checkResamples(resamples);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`bootstrapRows needs at least one row, got ${n}`);
  const weights = new Float64Array(n);
  const values = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    drawRowWeights(weights, rng);
    values[r] = statistic(weights);
  }
  return values;
}

/** Unpaired example-level bootstrap: the two samples (sizes nA, nB) are resampled independently. */
export function bootstrapIndependentRows(
  nA: number,
  nB: number,
  statistic: (weightsA: Float64Array, weightsB: Float64Array) => number,
  resamples: number,
  rng: Rng,
): Float64Array {
  checkResamples(resamples);
  for (const n of [nA, nB]) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`bootstrapIndependentRows needs rows on both sides, got ${n}`);
  }
  const weightsA = new Float64Array(nA);
  const weightsB = new Float64Array(nB);
  const values = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    drawRowWeights(weightsA, rng);
    drawRowWeights(weightsB, rng);
    values[r] = statistic(weightsA, weightsB);
  }
  return values;
}

/** The q-quantile of ascending values, NumPy's default ('linear') definition, including its lerp rounding. */
function quantileOfSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = h - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * The percentile interval of bootstrap values at a confidence level: the (1 − level)/2 and (1 + level)/2
 * quantiles, as `numpy.percentile` computes them. NaN among the values (an undefined statistic in some
 * resample) makes the interval [NaN, NaN], as in NumPy: it is never silently narrowed.
 */
export function percentileInterval(samples: Float64Array, level = 0.95): [low: number, high: number] {
  if (!(level > 0 && level < 1)) throw new RangeError(`the confidence level must lie in (0, 1), got ${level}`);
  if (samples.length === 0) throw new RangeError('percentileInterval needs at least one value');
  const sorted = Float64Array.from(samples).sort();
  if (Number.isNaN(sorted[sorted.length - 1])) return [NaN, NaN];
  const tail = (1 - level) / 2;
  return [quantileOfSorted(sorted, tail), quantileOfSorted(sorted, 1 - tail)];
}

/**
 * Two-sided bootstrap p-value against a null value (usually 0 for "no change"): twice the share of resamples
 * on the far side of the null from the bulk, values equal to the null counting half to each side, clamped to
 * [1/(R + 1), 1] because R resamples cannot show a p-value below that. NaN among the values gives NaN.
 */
export function bootstrapPValue(samples: Float64Array, nullValue = 0): number {
  const total = samples.length;
  if (total === 0) throw new RangeError('bootstrapPValue needs at least one value');
  let below = 0;
  for (let i = 0; i < total; i++) {
    const s = samples[i]!;
    if (Number.isNaN(s)) return NaN;
    if (s < nullValue) below++;
    else if (s === nullValue) below += 0.5;
  }
  const p = (2 * Math.min(below, total - below)) / total;
  return Math.min(1, Math.max(1 / (total + 1), p));
}
