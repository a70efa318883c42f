import type { MetricCollector } from './metric-collector.js';
import { isMetricArray, isMetricObject, type MetricObject, type MetricTree } from './tree.js';

/**
 * EleutherAI lm-evaluation-harness results files, in the three layouts found in the wild:
 * - 0.4.x: `results.<task>["<metric>,<filter>"]` with `"<metric>_stderr,<filter>"`, plus `groups`,
 *   `group_subtasks`, `configs`, `n-shot`, `higher_is_better`, `n-samples`, …
 * - 0.3 and earlier (Pythia, BLOOM evals): `results.<task>.<metric>` with `<metric>_stderr`, `versions`, `config`.
 * - the BigScience fork (`bigscience-workshop/lm-evaluation-harness`): `results` is a list with one entry per
 *   task × prompt × metric (`task_name`, `prompt_name`, the metric, `<metric>_stderr`, and prompt metadata).
 * Only `results` and `groups` hold scores; every other section is configuration and is ignored.
 */

/** Top-level keys that only lm-eval writes next to `results`. */
const MARKERS = ['versions', 'configs', 'n-shot', 'group_subtasks', 'higher_is_better', 'n-samples'];

/** Prompt metadata the BigScience fork copies into every result entry; none of it is a score. */
const BIGSCIENCE_METADATA = new Set([
  'task_name',
  'prompt_name',
  'prompt_id',
  'prompt_jinja',
  'prompt_original_task',
  'fixed_answer_choice_list',
  'dataset_path',
  'dataset_name',
  'subset',
  'comment',
]);

const STDERR_SUFFIX = '_stderr';

/**
 * True for a results file. `results` alone is too common a key to decide on (a DVC file may well nest its
 * scores under it), so it must also hold per-task objects with lm-eval's own markers: a marker section next to
 * it, `,filter` metric keys, or `_stderr` companions.
 */
export function isLmEvalResults(root: MetricObject): boolean {
  const results = root.get('results');
  if (isMetricArray(results)) {
    return results.length > 0 && results.every((e) => isMetricObject(e) && typeof e.get('task_name') === 'string');
  }
  if (!isMetricObject(results) || results.size === 0) return false;
  const tasks = [...results.values()];
  if (!tasks.every(isMetricObject)) return false;
  if (MARKERS.some((key) => root.has(key))) return true;
  return tasks.some((task) => [...task.keys()].some((key) => key.includes(',') || key.includes(STDERR_SUFFIX)));
}

/**
 * `results.<task>.<metric>,<filter>` → `<task>/<metric>`, with the filter kept after a comma unless it is
 * `none` (`gsm8k/exact_match,flexible-extract`). `_stderr` companions go to `stderr` under the same id;
 * non-numeric ones (lm-eval writes "N/A" when it cannot bootstrap) are skipped, as are text entries such as
 * `alias`. `results` is read before `groups`; 0.4 repeats group scores in both, and the first one wins.
 */
export function readLmEvalResults(root: MetricObject, out: MetricCollector): void {
  const results = root.get('results');
  if (isMetricArray(results)) {
    readBigScienceResults(results, out);
    return;
  }
  const declared = root.get('higher_is_better');
  for (const section of ['results', 'groups']) {
    const tasks = root.get(section);
    if (!isMetricObject(tasks)) continue;
    for (const [task, entries] of tasks) {
      if (!isMetricObject(entries)) continue;
      const directions = isMetricObject(declared) ? declared.get(task) : undefined;
      readTaskEntries(task, entries, isMetricObject(directions) ? directions : undefined, out);
    }
  }
}

/**
 * One task's scores. `directions` is the task's entry of the file's `higher_is_better` section
 * (`{"perplexity": false, "acc": true}`, by metric name), which decides the gate's direction for those ids.
 */
function readTaskEntries(task: string, entries: MetricObject, directions: MetricObject | undefined, out: MetricCollector): void {
  for (const [key, value] of entries) {
    if (typeof value !== 'number') continue;
    const comma = key.indexOf(',');
    const name = comma < 0 ? key : key.slice(0, comma);
    const filter = comma < 0 ? 'none' : key.slice(comma + 1);
    const suffix = filter === 'none' ? '' : `,${filter}`;
    addScore(`${task}/`, name, suffix, value, out);
    const higher = directions?.get(name);
    if (typeof higher === 'boolean') out.declareHigherIsBetter(`${task}/${name}${suffix}`, higher);
  }
}

/** One entry per task × prompt × metric; the id is `<task>/<prompt>/<metric>` (`<task>/<metric>` without a prompt). */
function readBigScienceResults(results: readonly MetricTree[], out: MetricCollector): void {
  for (const entry of results) {
    if (!isMetricObject(entry)) continue;
    const task = entry.get('task_name');
    const prompt = entry.get('prompt_name');
    if (typeof task !== 'string') continue;
    const base = typeof prompt === 'string' && prompt !== '' ? `${task}/${prompt}/` : `${task}/`;
    for (const [key, value] of entry) {
      if (BIGSCIENCE_METADATA.has(key) || typeof value !== 'number') continue;
      addScore(base, key, '', value, out);
    }
  }
}

function addScore(base: string, name: string, suffix: string, value: number, out: MetricCollector): void {
  if (name.endsWith(STDERR_SUFFIX) && name.length > STDERR_SUFFIX.length) {
    out.addStderr(`${base}${name.slice(0, -STDERR_SUFFIX.length)}${suffix}`, value);
  } else {
    out.addMetric(`${base}${name}${suffix}`, value);
  }
}
