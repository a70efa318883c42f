import type { MetricCollector } from './metric-collector.js';
import type { MetricObject } from './tree.js';

/**
 * Hugging Face `Trainer.save_metrics` files (`eval_results.json`, `all_results.json`, `train_results.json`):
 * one flat object whose keys carry the split as a prefix (`eval_`, `train_`, `predict_`), usually with `epoch`.
 * Recognised by that content, whatever the file is called.
 */
export function isHfTrainerResults(root: MetricObject): boolean {
  let prefixed = false;
  for (const [key, value] of root) {
    if (value !== null && typeof value === 'object') return false;
    if (SPLIT_PREFIX.test(key)) prefixed = true;
  }
  return prefixed;
}

const SPLIT_PREFIX = /^(?:eval|train|predict)_/;
const EVAL_PREFIX = 'eval_';

/**
 * `eval_accuracy` → `accuracy`, `eval_loss` → `loss` (docs/formats.md#metric-files): the eval split is what a gate compares, and
 * the bare names match the ids model-gate computes from predictions. `train_*`, `predict_*`, `epoch`,
 * `total_flos` and un-prefixed keys (run_mlm's `perplexity`) stay as written: `all_results.json` holds all
 * splits at once, and stripping `predict_` as well would make two different numbers claim `accuracy`. If the
 * file also has the bare name (`accuracy` next to `eval_accuracy`), the `eval_` key keeps its prefix.
 */
export function readHfTrainerResults(root: MetricObject, out: MetricCollector): void {
  for (const [key, value] of root) {
    if (typeof value !== 'number') continue;
    let id = key;
    if (key.startsWith(EVAL_PREFIX) && key.length > EVAL_PREFIX.length) {
      const bare = key.slice(EVAL_PREFIX.length);
      if (root.has(bare)) {
        out.addNote(`${key} keeps its eval_ prefix because the file also has ${bare}`);
      } else {
        id = bare;
      }
    }
    out.addMetric(id, value);
  }
}
