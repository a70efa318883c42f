import type { RegressionData } from './eval-data.js';
import { weightedMean } from './weights.js';

/** Regression metrics with scikit-learn 1.2's definitions, weights and `force_finite` conventions. */
export function regressionMetrics(data: RegressionData): Record<string, number> {
  const { yTrue, yPred, weights, n } = data;
  const mse = weightedMean(n, weights, (i) => (yTrue[i]! - yPred[i]!) ** 2);
  return {
    mae: weightedMean(n, weights, (i) => Math.abs(yTrue[i]! - yPred[i]!)),
    mse,
    rmse: Math.sqrt(mse),
    r2: n < 2 ? Number.NaN : r2(data),
    mape: weightedMean(n, weights, (i) => Math.abs(yPred[i]! - yTrue[i]!) / Math.max(Math.abs(yTrue[i]!), Number.EPSILON)),
    median_ae: medianAbsoluteError(data),
    explained_variance: explainedVariance(data),
    max_error: maxError(data),
  };
}

/** scikit-learn's `force_finite`: a constant target scores 1 when predicted exactly, else 0. */
function assemble(numerator: number, denominator: number): number {
  if (denominator === 0) return numerator === 0 ? 1 : 0;
  return 1 - numerator / denominator;
}

function r2({ yTrue, yPred, weights, n }: RegressionData): number {
  const mean = weightedMean(n, weights, (i) => yTrue[i]!);
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    numerator += w * (yTrue[i]! - yPred[i]!) ** 2;
    denominator += w * (yTrue[i]! - mean) ** 2;
  }
  return assemble(numerator, denominator);
}

function explainedVariance({ yTrue, yPred, weights, n }: RegressionData): number {
  const diffMean = weightedMean(n, weights, (i) => yTrue[i]! - yPred[i]!);
  const numerator = weightedMean(n, weights, (i) => (yTrue[i]! - yPred[i]! - diffMean) ** 2);
  const mean = weightedMean(n, weights, (i) => yTrue[i]!);
  const denominator = weightedMean(n, weights, (i) => (yTrue[i]! - mean) ** 2);
  return assemble(numerator, denominator);
}

function maxError({ yTrue, yPred, n }: RegressionData): number {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(yTrue[i]! - yPred[i]!));
  return max;
}

/**
 * The median absolute error. Unweighted it is NumPy's median (mean of the two middle values); weighted it is
 * scikit-learn's `_weighted_percentile`, the first value whose cumulative weight reaches half the total.
 */
function medianAbsoluteError({ yTrue, yPred, weights, n }: RegressionData): number {
  const errors = new Float64Array(n);
  for (let i = 0; i < n; i++) errors[i] = Math.abs(yPred[i]! - yTrue[i]!);
  if (n === 0) return Number.NaN;
  if (!weights) {
    errors.sort();
    const mid = n >> 1;
    return n % 2 === 1 ? errors[mid]! : (errors[mid - 1]! + errors[mid]!) / 2;
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
