import type { Codes } from './codes.js';
import { argsortDescending, sortByClass, startSortByClass, type SortedByClass } from './sort.js';

/**
 * Threshold curves of a binary score: scikit-learn's `_binary_clf_curve`. Rows are visited from the highest
 * score down; tied scores form one threshold, so ties get the diagonal segment scikit-learn gives them.
 */
export interface ThresholdCurve {
  /** Cumulative (weighted) positives and negatives at each distinct threshold, highest threshold first. */
  readonly tps: Float64Array;
  readonly fps: Float64Array;
  readonly thresholds: Float64Array;
  /** Number of positive and negative rows (unweighted), to tell "one class present". */
  readonly positiveRows: number;
  readonly negativeRows: number;
}

/** The ranking metrics of one score column, from one sort and one walk down its thresholds. */
export interface RankingMetrics {
  readonly rocAuc: number;
  readonly averagePrecision: number;
}

/**
 * Receives the curve's points (cumulative positives and negatives, and the threshold), highest threshold first,
 * in batches: passing numbers one call at a time would allocate a heap number per threshold.
 */
interface CurveSink {
  points(batch: PointBatch): void;
}

/** A batch of consecutive curve points. */
class PointBatch {
  static readonly SIZE = 4096;
  readonly tps = new Float64Array(PointBatch.SIZE);
  readonly fps = new Float64Array(PointBatch.SIZE);
  readonly thresholds = new Float64Array(PointBatch.SIZE);
  count = 0;
}

/**
 * Walks the thresholds of a score. Without weights, the scores of each class are sorted on their own (no row
 * index to carry) and merged, since counts do not depend on the order within a tie. With weights, the rows are
 * sorted together and visited in that order, so sums of weights add up exactly as they always did.
 */
function walkThresholds(score: Float64Array, isPositive: Uint8Array, weights: Float64Array | undefined, order: Uint32Array | undefined, sink: CurveSink): void {
  const batch = new PointBatch();
  if (weights) walkWeighted(score, isPositive, weights, order ?? argsortDescending(score), batch, sink);
  else walkByClass(sortByClass(score, isPositive), batch, sink);
  if (batch.count > 0) sink.points(batch);
}

function walkByClass({ positives, negatives }: SortedByClass, batch: PointBatch, sink: CurveSink): void {
  const { tps, fps, thresholds } = batch;
  const p = positives.length;
  const q = negatives.length;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < p || j < q) {
    const threshold = j === q || (i < p && positives[i]! >= negatives[j]!) ? positives[i]! : negatives[j]!;
    while (i < p && positives[i] === threshold) i++;
    while (j < q && negatives[j] === threshold) j++;
    tps[k] = i;
    fps[k] = j;
    thresholds[k++] = threshold;
    if (k === PointBatch.SIZE) {
      batch.count = k;
      sink.points(batch);
      k = 0;
    }
  }
  batch.count = k;
}

function walkWeighted(score: Float64Array, isPositive: Uint8Array, weights: Float64Array, order: Uint32Array, batch: PointBatch, sink: CurveSink): void {
  const { tps, fps, thresholds } = batch;
  const n = order.length;
  let tp = 0;
  let fp = 0;
  let k = 0;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    if (isPositive[i]) tp += weights[i]!;
    else fp += weights[i]!;
    if (j === n - 1 || score[order[j + 1]!]! !== score[i]!) {
      tps[k] = tp;
      fps[k] = fp;
      thresholds[k++] = score[i]!;
      if (k === PointBatch.SIZE) {
        batch.count = k;
        sink.points(batch);
        k = 0;
      }
    }
  }
  batch.count = k;
}

/**
 * The sums of `rocAuc` and `averagePrecision`, taken point by point as the curve is walked: the same
 * operations in the same order as on the full curve, without materialising it.
 */
class RankingSums implements CurveSink {
  area = 0;
  precisionSum = 0;
  lastTp = 0;
  lastFp = 0;
  private prevRecall = 0;

  constructor(private readonly totalPositive: number) {}

  points({ tps, fps, count }: PointBatch): void {
    const totalPositive = this.totalPositive;
    let { area, precisionSum, lastTp, lastFp, prevRecall } = this;
    for (let t = 0; t < count; t++) {
      const tp = tps[t]!;
      const fp = fps[t]!;
      area += (fp - lastFp) * (tp + lastTp);
      lastTp = tp;
      lastFp = fp;
      const predicted = tp + fp;
      const precision = predicted === 0 ? 0 : tp / predicted;
      const recall = tp / totalPositive;
      precisionSum += (recall - prevRecall) * precision;
      prevRecall = recall;
    }
    Object.assign(this, { area, precisionSum, lastTp, lastFp, prevRecall });
  }
}

/** ROC AUC and average precision from one sort and one walk down the thresholds. */
export function rankingMetrics(score: Float64Array, isPositive: Uint8Array, weights: Float64Array | undefined): RankingMetrics {
  let positiveRows = 0;
  for (let i = 0; i < isPositive.length; i++) positiveRows += isPositive[i]!;
  const negativeRows = isPositive.length - positiveRows;
  let totalPositive = positiveRows;
  let order: Uint32Array | undefined;
  if (weights) {
    // Average precision divides by the curve's last point; summed in the walk's order, it is equal bit for bit.
    order = argsortDescending(score);
    totalPositive = 0;
    for (let j = 0; j < order.length; j++) if (isPositive[order[j]!]) totalPositive += weights[order[j]!]!;
  }
  const sums = new RankingSums(totalPositive);
  walkThresholds(score, isPositive, weights, order, sums);
  const norm = sums.lastTp * sums.lastFp;
  return {
    rocAuc: positiveRows === 0 || negativeRows === 0 || norm === 0 ? Number.NaN : sums.area / 2 / norm,
    averagePrecision: positiveRows === 0 || totalPositive === 0 ? 0 : sums.precisionSum,
  };
}

/**
 * The unweighted ROC AUC of each class against the rest (one score column per class), NaN for a class with no
 * rows or all of them. Pipelined: while the sort worker sorts one column's buckets, this thread splits the next
 * column, then walks the first; each class is computed exactly as `rankingMetrics` computes it.
 */
export function rocAucOneVsRest(columns: readonly Float64Array[], yTrue: Codes): Float64Array {
  const n = yTrue.length;
  const aucs = new Float64Array(columns.length);
  const isPositive = new Uint8Array(n); // read only while a column is split, so one buffer serves every class
  const counts = new Float64Array(columns.length);
  for (let i = 0; i < n; i++) counts[yTrue[i]!]!++;
  const start = (c: number) => {
    for (let i = 0; i < n; i++) isPositive[i] = yTrue[i] === c ? 1 : 0;
    return startSortByClass(columns[c]!, isPositive);
  };
  let current = columns.length > 0 ? start(0) : undefined;
  for (let c = 0; c < columns.length; c++) {
    const sorting = current!;
    current = c + 1 < columns.length ? start(c + 1) : undefined;
    sorting.finish();
    const positiveRows = counts[c]!;
    const sums = new RankingSums(positiveRows);
    const batch = new PointBatch();
    walkByClass(sorting, batch, sums);
    if (batch.count > 0) sums.points(batch);
    const norm = sums.lastTp * sums.lastFp;
    aucs[c] = positiveRows === 0 || positiveRows === n || norm === 0 ? Number.NaN : sums.area / 2 / norm;
  }
  return aucs;
}

/** Collects the curve's points into typed arrays (of the row count: a curve has at most one point per row). */
class CurvePoints implements CurveSink {
  count = 0;
  constructor(
    readonly tps: Float64Array,
    readonly fps: Float64Array,
    readonly thresholds: Float64Array,
  ) {}

  points(batch: PointBatch): void {
    const n = batch.count;
    this.tps.set(batch.tps.subarray(0, n), this.count);
    this.fps.set(batch.fps.subarray(0, n), this.count);
    this.thresholds.set(batch.thresholds.subarray(0, n), this.count);
    this.count += n;
  }
}

/** The full curve, in typed arrays (for plotting; the metrics above do not need it). */
export function thresholdCurve(score: Float64Array, isPositive: Uint8Array, weights: Float64Array | undefined): ThresholdCurve {
  const n = score.length;
  const points = new CurvePoints(new Float64Array(n), new Float64Array(n), new Float64Array(n));
  walkThresholds(score, isPositive, weights, undefined, points);
  let positiveRows = 0;
  for (let i = 0; i < n; i++) positiveRows += isPositive[i]!;
  const t = points.count;
  return {
    tps: points.tps.slice(0, t),
    fps: points.fps.slice(0, t),
    thresholds: points.thresholds.slice(0, t),
    positiveRows,
    negativeRows: n - positiveRows,
  };
}

/** Area under the ROC curve by the trapezoid rule; NaN when only one class is present (scikit-learn raises). */
export function rocAuc(curve: ThresholdCurve): number {
  if (curve.positiveRows === 0 || curve.negativeRows === 0) return Number.NaN;
  const { tps, fps } = curve;
  const last = tps.length - 1;
  const totalPositive = tps[last]!;
  const totalNegative = fps[last]!;
  let area = 0;
  let prevTp = 0;
  let prevFp = 0;
  for (let t = 0; t <= last; t++) {
    area += (fps[t]! - prevFp) * (tps[t]! + prevTp);
    prevTp = tps[t]!;
    prevFp = fps[t]!;
  }
  const norm = totalPositive * totalNegative;
  return norm === 0 ? Number.NaN : area / 2 / norm;
}

/**
 * Average precision as scikit-learn defines it: the step-wise sum of precision × recall increments, without
 * interpolation. With no positive rows scikit-learn sets recall to one everywhere, which makes it 0.
 */
export function averagePrecision(curve: ThresholdCurve): number {
  const { tps, fps } = curve;
  const last = tps.length - 1;
  const totalPositive = tps[last]!;
  if (curve.positiveRows === 0 || totalPositive === 0) return 0;
  let sum = 0;
  let prevRecall = 0;
  for (let t = 0; t <= last; t++) {
    const predicted = tps[t]! + fps[t]!;
    const precision = predicted === 0 ? 0 : tps[t]! / predicted;
    const recall = tps[t]! / totalPositive;
    sum += (recall - prevRecall) * precision;
    prevRecall = recall;
  }
  return sum;
}
