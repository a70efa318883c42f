import { truncate } from '../table/cells.js';
import type { MetricCollector } from './metric-collector.js';
import { isMetricArray, isMetricObject, type MetricObject, type MetricTree } from './tree.js';

/**
 * promptfoo's `promptfoo eval -o results.json`: `{evalId, results: {version, prompts, results, stats}, config}`.
 * Flattening it would give hundreds of ids out of the echoed config and per-test latencies, so only what a
 * gate compares between runs is read:
 * - `successes`, `failures`, `errors` — test counts from `results.stats`;
 * - `pass_rate` — successes / (successes + failures + errors);
 * - `score` — the mean test score; `score/<name>` — the mean of each named score (`metric:` on assertions);
 * - `latency_ms` — the mean latency per test; `cost` — the total cost of the run;
 * - `tokens/total`, `tokens/prompt`, `tokens/completion`, `tokens/cached` — token usage of the run;
 * - with several prompts or providers, `pass_rate[prompt=P]` and `score[prompt=P]` per prompt, P being the
 *   prompt's label (prefixed by the provider when there are several), in model-gate's per-slice syntax.
 * The reader declares directions the names alone would not give: `failures`, `errors`, `latency_ms`, `cost` and
 * `tokens/total`, `tokens/prompt`, `tokens/completion` are lower-is-better (more tokens for the same answers is
 * a cost), `successes` is higher-is-better. `tokens/cached` is left undeclared: more of the prompt served from a
 * cache makes a run cheaper, not dearer.
 */

const LOWER_IS_BETTER = ['failures', 'errors', 'latency_ms', 'cost', 'tokens/total', 'tokens/prompt', 'tokens/completion'];

const TOKEN_FIELDS = ['total', 'prompt', 'completion', 'cached'];

/** True for promptfoo output: a `results` object with `stats.successes` next to the per-test list. */
export function isPromptfooOutput(root: MetricObject): boolean {
  const results = root.get('results');
  if (!isMetricObject(results)) return false;
  const stats = results.get('stats');
  return isMetricObject(stats) && typeof stats.get('successes') === 'number' && isMetricArray(results.get('results'));
}

export function readPromptfooOutput(root: MetricObject, out: MetricCollector): void {
  const results = root.get('results') as MetricObject;
  const stats = results.get('stats') as MetricObject;

  const counts = ['successes', 'failures', 'errors'].map((key) => numberAt(stats, key));
  ['successes', 'failures', 'errors'].forEach((key, i) => {
    const count = counts[i];
    if (count !== undefined) out.addMetric(key, count);
  });
  const [successes = 0, failures = 0, errors = 0] = counts;
  const tests = successes + failures + errors;
  out.addMetric('pass_rate', tests > 0 ? successes / tests : Number.NaN);

  const rows = (results.get('results') as readonly MetricTree[]).filter(isMetricObject);
  addMean(out, 'score', rows.map((row) => numberAt(row, 'score')));
  for (const [name, values] of namedScores(rows)) addMean(out, `score/${name}`, values);
  addMean(out, 'latency_ms', rows.map((row) => numberAt(row, 'latencyMs')));
  const costs = present(rows.map((row) => numberAt(row, 'cost')));
  if (costs.length > 0) out.addMetric('cost', costs.reduce((a, b) => a + b, 0));

  const tokens = stats.get('tokenUsage');
  if (isMetricObject(tokens)) {
    for (const field of TOKEN_FIELDS) {
      const value = numberAt(tokens, field);
      if (value !== undefined) out.addMetric(`tokens/${field}`, value);
    }
  }
  readPerPrompt(results.get('prompts'), out);
  out.declareHigherIsBetter('successes', true);
  for (const id of LOWER_IS_BETTER) out.declareHigherIsBetter(id, false);
}

/** Per-prompt pass rate and mean score, from each prompt's own `metrics` block; only worth ids with 2+ prompts. */
function readPerPrompt(prompts: MetricTree | undefined, out: MetricCollector): void {
  if (!isMetricArray(prompts) || prompts.length < 2) return;
  const entries = prompts.filter(isMetricObject);
  const providers = new Set(entries.map((p) => p.get('provider')));
  const seen = new Set<string>();
  entries.forEach((prompt, index) => {
    const metrics = prompt.get('metrics');
    if (!isMetricObject(metrics)) return;
    const label = prompt.get('label');
    const raw = prompt.get('raw');
    let key = typeof label === 'string' && label !== '' ? label : truncate(typeof raw === 'string' ? raw : `#${index}`);
    const provider = prompt.get('provider');
    if (providers.size > 1 && typeof provider === 'string') key = `${provider} ${key}`;
    if (seen.has(key)) key = `${key} #${index}`;
    seen.add(key);
    const pass = numberAt(metrics, 'testPassCount') ?? 0;
    const total = pass + (numberAt(metrics, 'testFailCount') ?? 0) + (numberAt(metrics, 'testErrorCount') ?? 0);
    out.addMetric(`pass_rate[prompt=${key}]`, total > 0 ? pass / total : Number.NaN);
    const score = numberAt(metrics, 'score');
    if (score !== undefined) out.addMetric(`score[prompt=${key}]`, total > 0 ? score / total : Number.NaN);
  });
}

function namedScores(rows: readonly MetricObject[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  for (const row of rows) {
    const named = row.get('namedScores');
    if (!isMetricObject(named)) continue;
    for (const [name, value] of named) {
      if (typeof value !== 'number') continue;
      const list = byName.get(name) ?? [];
      list.push(value);
      byName.set(name, list);
    }
  }
  return byName;
}

function numberAt(object: MetricObject, key: string): number | undefined {
  const value = object.get(key);
  return typeof value === 'number' ? value : undefined;
}

/** Adds the mean of the numbers present; no id at all when no test carries the field. */
function addMean(out: MetricCollector, id: string, values: readonly (number | undefined)[]): void {
  const numbers = present(values);
  if (numbers.length > 0) out.addMetric(id, numbers.reduce((a, b) => a + b, 0) / numbers.length);
}

function present(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined);
}
