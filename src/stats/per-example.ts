import type { EvalData } from '../metrics/eval-data.js';

/**
 * Per-example values of the metrics that are plain means over examples, so their deltas get a z-test on the
 * per-example differences (cheap at any N) instead of a bootstrap. Definitions match src/metrics exactly,
 * including scikit-learn's clipping and renormalising in log loss.
 */
export function perExample(metric: string, data: EvalData): Float64Array | undefined {
  const n = data.n;
  if (data.task === 'regression') {
    const { yTrue, yPred } = data;
    if (metric === 'mae') return Float64Array.from({ length: n }, (_, i) => Math.abs(yTrue[i]! - yPred[i]!));
    if (metric === 'mse') return Float64Array.from({ length: n }, (_, i) => (yTrue[i]! - yPred[i]!) ** 2);
    if (metric === 'mape') {
      return Float64Array.from({ length: n }, (_, i) => Math.abs(yPred[i]! - yTrue[i]!) / Math.max(Math.abs(yTrue[i]!), Number.EPSILON));
    }
    return undefined;
  }
  const clip = (p: number) => Math.min(Math.max(p, Number.EPSILON), 1 - Number.EPSILON);
  if (data.task === 'binary') {
    const score = data.score;
    if (!score || !data.scoresAreProbabilities) return undefined;
    const positive = (i: number) => data.yTrue[i] === data.positive;
    if (metric === 'brier_score') return Float64Array.from({ length: n }, (_, i) => ((positive(i) ? 1 : 0) - score[i]!) ** 2);
    if (metric === 'log_loss') {
      return Float64Array.from({ length: n }, (_, i) => {
        const p = clip(score[i]!);
        return -Math.log((positive(i) ? p : 1 - p) / (1 - p + p));
      });
    }
    return undefined;
  }
  const proba = data.proba;
  if (!proba) return undefined;
  if (metric === 'top2_accuracy') {
    return Float64Array.from({ length: n }, (_, i) => {
      const t = data.yTrue[i]!;
      const own = proba[t]![i]!;
      let ahead = 0;
      for (let c = 0; c < proba.length; c++) {
        const s = proba[c]![i]!;
        if (s > own || (s === own && c > t)) ahead++;
      }
      return ahead < 2 ? 1 : 0;
    });
  }
  if (metric === 'log_loss' && data.scoresAreProbabilities) {
    return Float64Array.from({ length: n }, (_, i) => {
      let sum = 0;
      for (const column of proba) sum += clip(column[i]!);
      return -Math.log(clip(proba[data.yTrue[i]!]![i]!) / sum);
    });
  }
  return undefined;
}
