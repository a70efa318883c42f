import { InputError } from '../../errors.js';
import { readJsonMetrics } from '../metric-files/read-document.js';
import { isObject, keyOf, objectAt, stringAt, tryParse, type JsonObject } from './json-values.js';
import { ScoredBuilder, scoredReading, type ScoredReading } from './scored.js';

/**
 * lm-evaluation-harness `--log_samples` output: `samples_<task>_<date>.jsonl`, one line per document and filter
 * (`doc_id`, `filter`, `metrics`, each metric's per-document value, `doc_hash`, `prompt_hash`, `target_hash`),
 * beside `results_<date>.json`. Ids are those of the results file: `<task>/<metric>`, with `,<filter>` kept when
 * the filter is not `none`. The item key is the `doc_id` (task and filter are part of the id); `doc_hash` and
 * `target_hash` make the item's version, so a document whose text or answer changed is not paired.
 */

const SAMPLES_NAME = /(?:^|[/\\])samples_(.+)_(\d{4}-\d{2}-\d{2}T[\d.-]+)\.jsonl(?:\.gz)?$/i;
const RESULTS_NAME = /(?:^|[/\\])results_(\d{4}-\d{2}-\d{2}T[\d.-]+)\.json(?:\.gz)?$/i;

/** The task and date stamp in a samples file's name, when it follows lm-eval's pattern. */
export function samplesFileName(name: string): { task: string; date: string } | undefined {
  const match = SAMPLES_NAME.exec(name);
  return match ? { task: match[1]!, date: match[2]! } : undefined;
}

export function resultsFileDate(name: string): string | undefined {
  return RESULTS_NAME.exec(name)?.[1];
}

/** A first line with `doc_id` and lm-eval's own per-sample fields. */
export function isLmEvalSampleLine(first: unknown): boolean {
  return isObject(first) && keyOf(first.doc_id) !== undefined && Array.isArray(first.metrics) && ('doc_hash' in first || 'filter' in first);
}

/** A results file's top level: `results` plus one of the sections only lm-eval writes. */
export function isLmEvalResultsRoot(root: unknown): root is JsonObject {
  return isObject(root) && isObject(root.results) && ['higher_is_better', 'n-samples', 'configs', 'versions', 'lm_eval_version'].some((k) => k in root);
}

export interface TextInput {
  readonly name: string;
  readonly text: string;
}

/**
 * One lm-eval run: samples files and, when present, the results file written with them (its metrics and
 * `_stderr` for what the samples cannot give, its `higher_is_better` for directions, its `configs` to know
 * which metrics are means of per-document values: only those are paired item by item).
 */
export function readLmEvalRun(samples: readonly TextInput[], results: TextInput | undefined): ScoredReading {
  const root = results ? tryParse(results.text) : undefined;
  const fromResults = results ? readJsonMetrics(results.name, results.text) : undefined;
  const directions = new Map<string, boolean>();
  const higher = objectAt(root, 'higher_is_better');
  const builder = new ScoredBuilder();
  const notes: string[] = [...(fromResults?.notes ?? [])];
  for (const file of samples) {
    const task = samplesFileName(file.name)?.task ?? 'lm-eval';
    const notMean = nonMeanMetrics(objectAt(objectAt(root, 'configs'), task));
    readSamplesText(file, task, notMean, builder, notes);
    for (const [metric, isHigher] of Object.entries(objectAt(higher, task) ?? {})) {
      if (typeof isHigher === 'boolean') directions.set(`${task}/${metric}`, isHigher);
    }
  }
  // Filters share their metric's direction: `gsm8k/exact_match,strict-match` is `exact_match`.
  const scored = builder.finish();
  const withFilters = new Map([...directions, ...(fromResults?.higherIsBetter ?? [])]);
  for (const id of [...scored.map((m) => m.id), ...(fromResults?.metrics.keys() ?? [])]) {
    const comma = id.indexOf(',');
    const base = comma < 0 ? id : id.slice(0, comma);
    const direction = directions.get(base);
    if (direction !== undefined && !withFilters.has(id)) withFilters.set(id, direction);
  }
  const reading = scoredReading(scored, { stderr: fromResults?.stderr, notes, higherIsBetter: withFilters });
  // The results file's own numbers for whatever the samples do not score (corpus-level metrics, groups).
  const metrics = new Map(reading.metrics);
  for (const [id, value] of fromResults?.metrics ?? []) if (!metrics.has(id)) metrics.set(id, value);
  return { ...reading, metrics };
}

/** Metrics a task's config aggregates by something other than the mean (`bleu`, corpus `f1`): not itemised. */
function nonMeanMetrics(config: JsonObject | undefined): Set<string> {
  const out = new Set<string>();
  const list = config?.metric_list;
  if (!Array.isArray(list)) return out;
  for (const entry of list) {
    const metric = stringAt(entry, 'metric');
    const aggregation = isObject(entry) ? entry.aggregation : undefined;
    if (metric && aggregation !== undefined && aggregation !== 'mean') out.add(metric);
  }
  return out;
}

function readSamplesText(file: TextInput, task: string, notMean: ReadonlySet<string>, builder: ScoredBuilder, notes: string[]): void {
  const lines = file.text.split('\n');
  const unscored = new Set<string>();
  let records = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const record = tryParse(line);
    if (!isObject(record)) throw new InputError('not a JSON object', { file: file.name, line: i + 1 });
    const docId = keyOf(record.doc_id);
    if (docId === undefined) throw new InputError('no doc_id', { file: file.name, line: i + 1, field: 'doc_id' });
    if (!Array.isArray(record.metrics)) throw new InputError('no metrics list', { file: file.name, line: i + 1, field: 'metrics' });
    records++;
    const filter = typeof record.filter === 'string' ? record.filter : 'none';
    const suffix = filter === 'none' ? '' : `,${filter}`;
    const version = typeof record.doc_hash === 'string' ? `${record.doc_hash}:${typeof record.target_hash === 'string' ? record.target_hash : ''}` : undefined;
    const prompt = typeof record.prompt_hash === 'string' ? record.prompt_hash : undefined;
    const text = documentText(record.doc);
    for (const metric of record.metrics) {
      if (typeof metric !== 'string') continue;
      const value = record[metric];
      const number = typeof value === 'boolean' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number) || notMean.has(metric)) {
        unscored.add(metric);
        continue;
      }
      builder.add(`${task}/${metric}${suffix}`, task, docId, number, { version, prompt, text });
    }
  }
  if (records === 0) throw new InputError('no samples in this lm-eval samples file', { file: file.name });
  if (unscored.size > 0) {
    notes.push(`${file.name}: ${[...unscored].join(', ')} per document are not means of numbers; their values come from the results file, not paired item by item`);
  }
}

/** The document's question, under the field names lm-eval tasks use most. */
function documentText(doc: unknown): string | undefined {
  if (typeof doc === 'string') return doc;
  for (const field of ['question', 'query', 'prompt', 'input', 'text', 'sentence', 'premise', 'ctx']) {
    const value = stringAt(doc, field);
    if (value) return value;
  }
  return undefined;
}
