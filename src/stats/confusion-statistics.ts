import type { Confusion } from '../metrics/confusion.js';
import { accuracy, averagedRates, balancedAccuracy, classRates, cohenKappa, matthews } from '../metrics/confusion-metrics.js';

/**
 * The metrics that are functions of a confusion matrix, by id, so a bootstrap over cell counts can recompute
 * them: the same functions the metric report uses, so interval and point estimate agree on definitions.
 */
export const CONFUSION_METRICS: Readonly<Record<string, (m: Confusion, positive: number) => number>> = {
  accuracy: (m) => accuracy(m),
  balanced_accuracy: (m) => balancedAccuracy(m),
  mcc: (m) => matthews(m),
  cohen_kappa: (m) => cohenKappa(m),
  precision: (m, p) => classRates(m, p).precision,
  recall: (m, p) => classRates(m, p).recall,
  f1: (m, p) => classRates(m, p).f1,
  specificity: (m, p) => classRates(m, 1 - p).recall,
  precision_macro: (m) => averagedRates(m, 'macro').precision,
  recall_macro: (m) => averagedRates(m, 'macro').recall,
  f1_macro: (m) => averagedRates(m, 'macro').f1,
  precision_micro: (m) => averagedRates(m, 'micro').precision,
  recall_micro: (m) => averagedRates(m, 'micro').recall,
  f1_micro: (m) => averagedRates(m, 'micro').f1,
  precision_weighted: (m) => averagedRates(m, 'weighted').precision,
  recall_weighted: (m) => averagedRates(m, 'weighted').recall,
  f1_weighted: (m) => averagedRates(m, 'weighted').f1,
};

/** A Confusion over k classes from row-major counts; a class is present when any count touches it. */
export function confusionFromCounts(cells: Float64Array, k: number): Confusion {
  const present = new Uint8Array(k);
  let total = 0;
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      const n = cells[t * k + p]!;
      if (n === 0) continue;
      present[t] = 1;
      present[p] = 1;
      total += n;
    }
  }
  return { k, cells, present, total };
}
