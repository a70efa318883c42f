import type { Codes } from './codes.js';

/** scikit-learn 1.2 clips probabilities to [eps, 1 - eps] with float64's machine epsilon before the log. */
const EPS = Number.EPSILON;

const clip = (p: number): number => Math.min(Math.max(p, EPS), 1 - EPS);

/**
 * Binary cross-entropy of the positive-class probability; rows renormalised as scikit-learn does. The per-row
 * metrics here are plain loops: through a shared helper taking a closure per row they cost three times as much.
 */
export function binaryLogLoss(score: Float64Array, isPositive: Uint8Array, weights: Float64Array | undefined): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < score.length; i++) {
    const p = clip(score[i]!);
    const q = 1 - p;
    // scikit-learn clips p, builds the row [1 - p, p] from it, then divides by the row sum.
    const rowSum = q + p;
    const w = weights ? weights[i]! : 1;
    sum += w * -Math.log((isPositive[i] ? p : q) / rowSum);
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/** Multiclass cross-entropy; each row is clipped and renormalised to sum to one, as scikit-learn does. */
export function multiclassLogLoss(
  proba: readonly Float64Array[],
  yTrue: Codes,
  weights: Float64Array | undefined,
): number {
  const classes = proba.length;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    let rowSum = 0;
    for (let c = 0; c < classes; c++) rowSum += clip(proba[c]![i]!);
    const w = weights ? weights[i]! : 1;
    sum += w * -Math.log(clip(proba[yTrue[i]!]![i]!) / rowSum);
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/** Mean squared difference between the positive-class probability and the 0/1 outcome. */
export function brierScore(score: Float64Array, isPositive: Uint8Array, weights: Float64Array | undefined): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < score.length; i++) {
    const d = isPositive[i]! - score[i]!;
    const w = weights ? weights[i]! : 1;
    sum += w * (d * d);
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/**
 * Share of rows whose true class is among the k highest scores. Ties rank the higher class index first:
 * scikit-learn reverses a stable ascending argsort.
 */
export function topKAccuracy(
  proba: readonly Float64Array[],
  yTrue: Codes,
  k: number,
  weights: Float64Array | undefined,
): number {
  const classes = proba.length;
  let sum = 0;
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    const own = proba[t]![i]!;
    let ahead = 0;
    for (let c = 0; c < classes; c++) {
      const s = proba[c]![i]!;
      if (s > own || (s === own && c > t)) ahead++;
    }
    const w = weights ? weights[i]! : 1;
    if (ahead < k) sum += w;
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/** True when every row sums to one within NumPy's `allclose` tolerance, which roc_auc_ovr requires. */
export function rowsSumToOne(proba: readonly Float64Array[], n: number): boolean {
  const classes = proba.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += proba[c]![i]!;
    if (!(Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum))) return false;
  }
  return true;
}
