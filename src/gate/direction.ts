import type { Direction } from './rules.js';

/** Built-in metrics where lower is better; every other built-in is higher-is-better (SPEC §5.1). */
const LOWER_IS_BETTER = new Set(['log_loss', 'brier_score', 'mae', 'mse', 'rmse', 'mape', 'median_ae', 'max_error']);
const HIGHER_IS_BETTER = new Set([
  'n', 'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'mcc', 'cohen_kappa', 'roc_auc',
  'average_precision', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro',
  'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc_ovr', 'top2_accuracy', 'r2', 'explained_variance',
]);
/** Words that mark an unknown metric as lower-is-better. */
const LOWER_HINTS = ['loss', 'error', 'mae', 'mse', 'rmse', 'latency', 'time', 'perplexity'];

/** Strips a slice suffix: `accuracy[region=eu]` → `accuracy`. */
export function baseMetricId(id: string): string {
  const bracket = id.indexOf('[');
  return bracket > 0 && id.endsWith(']') ? id.slice(0, bracket) : id;
}

/** Whether higher or lower values of a metric are better; an explicit rule direction wins. */
export function directionOf(id: string, explicit?: Direction): Direction {
  if (explicit) return explicit;
  const base = baseMetricId(id);
  if (LOWER_IS_BETTER.has(base)) return 'lower';
  if (HIGHER_IS_BETTER.has(base)) return 'higher';
  const lowered = base.toLowerCase();
  return LOWER_HINTS.some((hint) => lowered.includes(hint)) ? 'lower' : 'higher';
}
