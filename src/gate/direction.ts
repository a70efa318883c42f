import type { Direction } from './rules.js';

/** Built-in metrics where lower is better; every other built-in is higher-is-better (docs/input-safety.md). */
const LOWER_IS_BETTER = new Set(['log_loss', 'brier_score', 'mae', 'mse', 'rmse', 'mape', 'median_ae', 'max_error']);
const HIGHER_IS_BETTER = new Set([
  'n', 'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'mcc', 'cohen_kappa', 'roc_auc',
  'average_precision', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro',
  'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc_ovr', 'top2_accuracy', 'r2', 'explained_variance',
]);

/**
 * Whole words that mark an unknown metric as lower-is-better: losses, errors, distances and durations.
 * Matched as tokens of the id, never as substrings, so `sentiment_accuracy` (…ti-me…), `glossary_f1` (…loss…) and
 * `uptime` stay higher-is-better.
 */
const LOWER_TOKENS = new Set([
  'loss', 'losses', 'logloss', 'nll', 'error', 'errors', 'err', 'mae', 'mse', 'rmse', 'msle', 'rmsle', 'mape', 'smape',
  'wer', 'cer', 'ter', 'perplexity', 'ppl', 'bpb', 'bpc', 'brier', 'latency', 'runtime', 'duration', 'time', 'ms',
  'sec', 'secs', 'second', 'seconds', 'fpr', 'fnr', 'eer',
]);

/**
 * Metric names, as the last part of an id, that some tool declares lower-is-better though their words do not say
 * so (lm-evaluation-harness's crows_pairs metrics, which its 0.3 result files carry without a declaration).
 */
const LOWER_NAMES = new Set(['likelihood_difference', 'pct_stereotype']);

/** Rates written as `<thing>_per_<unit>` (`samples_per_second`): the unit after `per` says nothing about direction. */
const PER = 'per';

/**
 * Strips a slice suffix: `accuracy[region=eu]` → `accuracy`. Only `[name=value]` is a slice: brackets without
 * `=` belong to the id itself (`y_score[0]`, `acc[5-shot]`), which stays whole.
 */
export function baseMetricId(id: string): string {
  const bracket = id.indexOf('[');
  if (bracket <= 0 || !id.endsWith(']')) return id;
  const equals = id.indexOf('=', bracket);
  return equals > bracket + 1 ? id.slice(0, bracket) : id;
}

/** The words of an id: split on `/ _ - . [ ] ( ) , : =` and spaces, and between a lower-case letter and a capital. */
export function metricTokens(id: string): string[] {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[/_\-.[\](),:=\s]+/)
    .filter((token) => token !== '');
}

/**
 * Split names that TensorBoard-style tags put after the metric (`Loss/train`, `accuracy/val`): when the last part
 * of an id is one of these, the part before it names the metric.
 */
const SPLIT_NAMES = new Set(['train', 'training', 'val', 'valid', 'validation', 'test', 'eval', 'dev']);

/**
 * The metric name an id ends with, the only part that says anything about direction: the slice suffix, the task
 * prefix (`time_qa/accuracy` → `accuracy`, so a task named for time or seconds does not flip its metrics) and
 * lm-eval's `,filter` suffix are dropped (`gsm8k/exact_match,strict-match` → `exact_match`).
 */
export function metricName(id: string): string {
  const parts = baseMetricId(id).split('/').filter((part) => part !== '');
  let last = parts.length - 1;
  if (last > 0 && SPLIT_NAMES.has(parts[last]!.split(',')[0]!.toLowerCase())) last -= 1;
  const name = (parts[last] ?? id).split(',')[0]!;
  return name === '' ? id : name;
}

/** True when the name's words name a loss, an error or a duration (`val_loss`, `wer`, `p95_latency_ms`). */
function soundsLowerIsBetter(name: string): boolean {
  if (LOWER_NAMES.has(name)) return true;
  const tokens = metricTokens(name);
  if (tokens.join('_').includes('bits_per_byte') || tokens.join('_').includes('bits_per_char')) return true;
  return tokens.some((token, i) => LOWER_TOKENS.has(token) && tokens[i - 1] !== PER);
}

/**
 * Whether higher or lower values of a metric are better. In order: the rule's own `direction`, the direction
 * the metric file declares (lm-eval's `higher_is_better`), the built-in metrics, and last the words of the
 * metric name. Built-ins and words are judged on the name alone (see `metricName`), never on the task prefix.
 */
export function directionOf(id: string, explicit?: Direction, declared?: Direction): Direction {
  if (explicit) return explicit;
  if (declared) return declared;
  const name = metricName(id);
  if (LOWER_IS_BETTER.has(name)) return 'lower';
  if (HIGHER_IS_BETTER.has(name)) return 'higher';
  return soundsLowerIsBetter(name) ? 'lower' : 'higher';
}
