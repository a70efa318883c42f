import { argsortDescending } from '../metrics/sort.js';
import { twoSidedPValue } from './normal.js';

/**
 * DeLong's test for ROC AUC (DeLong, DeLong & Clarke-Pearson 1988) in the O(n log n) form of Sun & Xu
 * ("Fast implementation of DeLong's algorithm for comparing the areas under correlated ROC curves",
 * IEEE Signal Processing Letters, 2014). With m positives and n negatives, the structural components are
 *   V10(x_i) = (Tz_i − Tx_i) / n        (the share of negatives below positive i, ties counting ½)
 *   V01(y_j) = 1 − (Tz_j − Ty_j) / m    (the share of positives above negative j, ties counting ½)
 * where T are midranks within the pooled, positive and negative scores. Tz − Tx is exactly "rows of the other
 * class below, plus half the tied ones", so one argsort per curve (the linear-time radix argsort the ranking
 * metrics use) and one pass over tie groups give every component: typed arrays only, no per-row objects.
 * The AUC's variance is S10/m + S01/n, the S being the sample (co)variances of the components (denominators
 * m − 1 and n − 1).
 */

/** One curve: its AUC and DeLong's estimate of the AUC's variance. */
export interface AucVariance {
  readonly auc: number;
  readonly variance: number;
}

/** Two curves scored on the same rows: the paired difference B − A and its two-sided z-test. */
export interface DelongComparison {
  readonly aucA: number;
  readonly aucB: number;
  /** aucB − aucA. */
  readonly delta: number;
  /** Standard error of the difference. */
  readonly se: number;
  readonly z: number;
  readonly pValue: number;
}

/** Each row's placement among the other class, and the AUC they add up to. */
interface Placements {
  /**
   * For a positive row: #(negatives below it) + ½·#(tied negatives) = Tz − Tx. For a negative row:
   * #(positives below it) + ½·#(tied positives) = Tz − Ty.
   */
  readonly placements: Float64Array;
  readonly auc: number;
}

function countPositives(isPositive: Uint8Array): number {
  let m = 0;
  for (let i = 0; i < isPositive.length; i++) if (isPositive[i] !== 0) m++;
  return m;
}

/**
 * One pass over the rows from the lowest score up, a group of tied scores at a time, after one linear-time
 * radix argsort. Counts are integers and half-integers, so the AUC's numerator is exact.
 */
function placeRows(isPositive: Uint8Array, score: Float64Array, m: number, n: number): Placements {
  for (let i = 0; i < score.length; i++) {
    if (Number.isNaN(score[i])) throw new RangeError(`DeLong needs numeric scores; row ${i} is NaN`);
  }
  const order = argsortDescending(score);
  const placements = new Float64Array(score.length);
  let negativesBelow = 0;
  let positivesBelow = 0;
  let sum = 0;
  for (let end = order.length; end > 0; ) {
    const value = score[order[end - 1]!]!;
    let start = end - 1;
    while (start > 0 && score[order[start - 1]!] === value) start--;
    let tiedPositives = 0;
    for (let j = start; j < end; j++) if (isPositive[order[j]!] !== 0) tiedPositives++;
    const tiedNegatives = end - start - tiedPositives;
    const positivePlacement = negativesBelow + 0.5 * tiedNegatives;
    const negativePlacement = positivesBelow + 0.5 * tiedPositives;
    for (let j = start; j < end; j++) {
      const i = order[j]!;
      placements[i] = isPositive[i] !== 0 ? positivePlacement : negativePlacement;
    }
    sum += tiedPositives * positivePlacement;
    negativesBelow += tiedNegatives;
    positivesBelow += tiedPositives;
    end = start;
  }
  return { placements, auc: sum / (m * n) };
}

/** Sample variance from sums of (x − center) and (x − center)² over `count` values; 0 below two values. */
function sampleVariance(shiftedSum: number, shiftedSquares: number, count: number): number {
  if (count < 2) return 0;
  return Math.max(0, (shiftedSquares - (shiftedSum * shiftedSum) / count) / (count - 1));
}

function checkLengths(isPositive: Uint8Array, ...scores: Float64Array[]): void {
  for (const s of scores) {
    if (s.length !== isPositive.length) {
      throw new RangeError(`DeLong needs one score per row: ${isPositive.length} labels, ${s.length} scores`);
    }
  }
}

/**
 * The AUC of one score and DeLong's variance estimate. With one class absent the AUC is undefined: both values
 * are NaN (never a throw). A class with a single row contributes no variance term of its own.
 */
export function delongVariance(isPositive: Uint8Array, score: Float64Array): AucVariance {
  checkLengths(isPositive, score);
  const m = countPositives(isPositive);
  const n = isPositive.length - m;
  if (m === 0 || n === 0) return { auc: NaN, variance: NaN };
  const { placements, auc } = placeRows(isPositive, score, m, n);
  let sum10 = 0;
  let squares10 = 0;
  let sum01 = 0;
  let squares01 = 0;
  for (let i = 0; i < score.length; i++) {
    if (isPositive[i] !== 0) {
      const d = placements[i]! / n - auc;
      sum10 += d;
      squares10 += d * d;
    } else {
      const d = 1 - placements[i]! / m - auc;
      sum01 += d;
      squares01 += d * d;
    }
  }
  return { auc, variance: sampleVariance(sum10, squares10, m) / m + sampleVariance(sum01, squares01, n) / n };
}

/**
 * DeLong's paired test of two scores on the same rows (B − A), two-sided. Degenerate inputs never throw or
 * give a NaN p-value: with one class absent the AUCs and delta are NaN and se = 0, z = 0, p = 1; when the
 * estimated variance of the difference is zero (e.g. B a monotone transform of A, or tiny samples where every
 * component is equal) there is no evidence to weigh: se = 0, z = 0, p = 1.
 */
export function delongPaired(isPositive: Uint8Array, scoreA: Float64Array, scoreB: Float64Array): DelongComparison {
  checkLengths(isPositive, scoreA, scoreB);
  const m = countPositives(isPositive);
  const n = isPositive.length - m;
  if (m === 0 || n === 0) return { aucA: NaN, aucB: NaN, delta: NaN, se: 0, z: 0, pValue: 1 };
  const { placements: placeA, auc: aucA } = placeRows(isPositive, scoreA, m, n);
  const { placements: placeB, auc: aucB } = placeRows(isPositive, scoreB, m, n);
  const delta = aucB - aucA;
  // The components of the difference, V(B) − V(A), row by row: their spread is the variance of delta.
  let sum10 = 0;
  let squares10 = 0;
  let sum01 = 0;
  let squares01 = 0;
  for (let i = 0; i < scoreA.length; i++) {
    if (isPositive[i] !== 0) {
      const d = (placeB[i]! - placeA[i]!) / n - delta;
      sum10 += d;
      squares10 += d * d;
    } else {
      const d = (placeA[i]! - placeB[i]!) / m - delta;
      sum01 += d;
      squares01 += d * d;
    }
  }
  const variance = sampleVariance(sum10, squares10, m) / m + sampleVariance(sum01, squares01, n) / n;
  const se = Math.sqrt(variance);
  if (!(se > 0) || !Number.isFinite(se)) return { aucA, aucB, delta, se: 0, z: 0, pValue: 1 };
  const z = delta / se;
  return { aucA, aucB, delta, se, z, pValue: twoSidedPValue(z) };
}
