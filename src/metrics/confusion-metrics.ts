import { columnSum, diagonal, rowSum, type Confusion } from './confusion.js';

/**
 * Metrics that are functions of the confusion matrix, with scikit-learn's definitions and its defaults:
 * `zero_division=0`, averages over the labels present in y_true ∪ y_pred, NaN where scikit-learn gives NaN.
 */

/** 0/0 → 0, as scikit-learn's `zero_division=0`. */
function divide(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function f1Of(precision: number, recall: number): number {
  const denominator = precision + recall;
  return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
}

export function accuracy(m: Confusion): number {
  let correct = 0;
  for (let c = 0; c < m.k; c++) correct += diagonal(m, c);
  return m.total === 0 ? Number.NaN : correct / m.total;
}

/** Mean recall over the classes that have true examples (scikit-learn drops the others with a warning). */
export function balancedAccuracy(m: Confusion): number {
  let sum = 0;
  let count = 0;
  for (let c = 0; c < m.k; c++) {
    if (!m.present[c]) continue;
    const support = rowSum(m, c);
    if (support === 0) continue;
    sum += diagonal(m, c) / support;
    count++;
  }
  return count === 0 ? Number.NaN : sum / count;
}

export interface BinaryRates {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1 of one class against the rest (scikit-learn's `average='binary'`). */
export function classRates(m: Confusion, c: number): BinaryRates {
  const tp = diagonal(m, c);
  const precision = divide(tp, columnSum(m, c));
  const recall = divide(tp, rowSum(m, c));
  return { precision, recall, f1: f1Of(precision, recall) };
}

export type Average = 'macro' | 'micro' | 'weighted';

/** Averaged precision, recall and F1 over the present labels. */
export function averagedRates(m: Confusion, average: Average): BinaryRates {
  if (average === 'micro') {
    let tp = 0;
    let predicted = 0;
    let actual = 0;
    for (let c = 0; c < m.k; c++) {
      if (!m.present[c]) continue;
      tp += diagonal(m, c);
      predicted += columnSum(m, c);
      actual += rowSum(m, c);
    }
    const precision = divide(tp, predicted);
    const recall = divide(tp, actual);
    return { precision, recall, f1: f1Of(precision, recall) };
  }
  let precision = 0;
  let recall = 0;
  let f1 = 0;
  let norm = 0;
  for (let c = 0; c < m.k; c++) {
    if (!m.present[c]) continue;
    const rates = classRates(m, c);
    const weight = average === 'weighted' ? rowSum(m, c) : 1;
    precision += weight * rates.precision;
    recall += weight * rates.recall;
    f1 += weight * rates.f1;
    norm += weight;
  }
  // scikit-learn returns zero_division (0) when the weights sum to zero.
  return { precision: divide(precision, norm), recall: divide(recall, norm), f1: divide(f1, norm) };
}

/** Matthews correlation coefficient, multiclass form; 0 when a marginal is constant, as scikit-learn. */
export function matthews(m: Confusion): number {
  let correct = 0;
  let tDotP = 0;
  let pDotP = 0;
  let tDotT = 0;
  for (let c = 0; c < m.k; c++) {
    const t = rowSum(m, c);
    const p = columnSum(m, c);
    correct += diagonal(m, c);
    tDotP += t * p;
    pDotP += p * p;
    tDotT += t * t;
  }
  const n = m.total;
  const covTP = correct * n - tDotP;
  const covPP = n * n - pDotP;
  const covTT = n * n - tDotT;
  if (covPP * covTT === 0) return 0;
  return covTP / Math.sqrt(covTT * covPP);
}

/** Cohen's kappa (unweighted); NaN when agreement by chance is certain, as scikit-learn. */
export function cohenKappa(m: Confusion): number {
  let observed = 0;
  let agreeByChance = 0;
  for (let c = 0; c < m.k; c++) {
    agreeByChance += columnSum(m, c) * rowSum(m, c);
    observed += diagonal(m, c);
  }
  const disagreement = m.total - observed;
  const expectedDisagreement = m.total - agreeByChance / m.total;
  return 1 - disagreement / expectedDisagreement;
}
