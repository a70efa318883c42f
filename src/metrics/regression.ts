import type { RegressionData } from './eval-data.js';
import { quickselect } from './select.js';

/**
 * Regression metrics with scikit-learn 1.2's definitions, weights and `force_finite` conventions. Two passes
 * over the rows: sums of the errors first, then the spreads around the means they give.
 */
export function regressionMetrics(data: RegressionData): Record<string, number> {
  const { yTrue, yPred, weights, n } = data;
  const absErrors = new Float64Array(n);
  let total = 0;
  let absSum = 0;
  let squareSum = 0;
  let percentSum = 0;
  let trueSum = 0;
  let diffSum = 0;
  let maxError = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    const y = yTrue[i]!;
    const diff = y - yPred[i]!;
    const abs = Math.abs(diff);
    absErrors[i] = abs;
    total += w;
    absSum += w * abs;
    squareSum += w * (diff * diff);
    percentSum += w * (abs / Math.max(Math.abs(y), Number.EPSILON));
    trueSum += w * y;
    diffSum += w * diff;
    if (abs > maxError) maxError = abs;
  }
  const mean = (sum: number) => (total === 0 ? Number.NaN : sum / total);
  const trueMean = mean(trueSum);
  const diffMean = mean(diffSum);
  let trueSpread = 0;
  let diffSpread = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    const y = yTrue[i]!;
    trueSpread += w * (y - trueMean) ** 2;
    diffSpread += w * (y - yPred[i]! - diffMean) ** 2;
  }
  const mse = mean(squareSum);
  return {
    mae: mean(absSum),
    mse,
    rmse: Math.sqrt(mse),
    r2: n < 2 ? Number.NaN : assemble(squareSum, trueSpread),
    mape: mean(percentSum),
    median_ae: medianAbsoluteError(absErrors, weights),
    explained_variance: assemble(mean(diffSpread), mean(trueSpread)),
    max_error: maxError,
  };
}

/** scikit-learn's `force_finite`: a constant target scores 1 when predicted exactly, else 0. */
function assemble(numerator: number, denominator: number): number {
  if (denominator === 0) return numerator === 0 ? 1 : 0;
  return 1 - numerator / denominator;
}

/**
 * The median absolute error. Unweighted it is NumPy's median (mean of the two middle values), found by
 * selection in linear time; weighted it is scikit-learn's `_weighted_percentile`, the first value whose
 * cumulative weight reaches half the total. Reorders `errors`.
 */
function medianAbsoluteError(errors: Float64Array, weights: Float64Array | undefined): number {
  const n = errors.length;
  if (n === 0) return Number.NaN;
  if (!weights) {
    const mid = n >> 1;
    const upper = quickselect(errors, mid);
    if (n % 2 === 1) return upper;
    // After selection everything left of `mid` is at most errors[mid]: the lower middle is their maximum.
    let lower = errors[0]!;
    for (let i = 1; i < mid; i++) if (errors[i]! > lower) lower = errors[i]!;
    return (lower + upper) / 2;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => errors[a]! - errors[b]!);
  const cdf = new Float64Array(n);
  let running = 0;
  for (let j = 0; j < n; j++) {
    running += weights[order[j]!]!;
    cdf[j] = running;
  }
  let target = 0.5 * cdf[n - 1]!;
  if (target === 0) target = Number.MIN_VALUE;
  let index = 0;
  while (index < n - 1 && cdf[index]! < target) index++;
  return errors[order[index]!]!;
}
