import { argsortDescending } from './sort.js';

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

/** `isPositive[i]` is 1 for rows of the positive class; `order` is the rows sorted by descending score. */
export function thresholdCurve(
  score: Float64Array,
  isPositive: Uint8Array,
  weights: Float64Array | undefined,
  order: Uint32Array = argsortDescending(score),
): ThresholdCurve {
  const n = order.length;
  const tps: number[] = [];
  const fps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  let fp = 0;
  let positiveRows = 0;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const w = weights ? weights[i]! : 1;
    if (isPositive[i]) {
      tp += w;
      positiveRows++;
    } else {
      fp += w;
    }
    if (j === n - 1 || score[order[j + 1]!]! !== score[i]!) {
      tps.push(tp);
      fps.push(fp);
      thresholds.push(score[i]!);
    }
  }
  return {
    tps: Float64Array.from(tps),
    fps: Float64Array.from(fps),
    thresholds: Float64Array.from(thresholds),
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
