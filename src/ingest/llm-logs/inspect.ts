import { InputError } from '../../errors.js';
import { ScoredBuilder, scoredReading, type ScoredReading } from './scored.js';
import { arrayAt, finiteAt, isObject, keyOf, objectAt, stringAt, type JsonObject } from './json-values.js';

/**
 * Inspect (UKGovernmentBEIS/inspect_ai) eval logs: the `.json` log (`eval`, `results`, `samples[]`,
 * `reductions[]`) and the `.eval` zip, whose members are the same pieces (`header.json`, `samples/*.json`,
 * `reductions.json`); see inspect-eval-zip.ts for the archive. Ids are `<task>/<scorer>`, and
 * `<task>/<scorer>/<key>` for a scorer that returns a dict of values. Every epoch of a sample is one repeat of
 * the item keyed by the sample id; values go through Inspect's own `value_to_float` mapping. The headline is
 * the log's own `results` (what Inspect printed); the items behind it are the samples.
 */

/** True for the top level of an Inspect log or of its `header.json`. */
export function isInspectLog(root: unknown): root is JsonObject {
  const evalSpec = objectAt(root, 'eval');
  return evalSpec !== undefined && typeof evalSpec.task === 'string' && typeof evalSpec.run_id === 'string' && finiteAt(root, 'version') !== undefined;
}

/** Inspect's `value_to_float`: C = 1, P = 0.5, I = N = 0, yes/true = 1, no/false = 0, numbers as they are. */
export function inspectValueToFloat(value: unknown): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (value === 'C') return 1;
  if (value === 'P') return 0.5;
  if (value === 'I' || value === 'N') return 0;
  const lowered = value.toLowerCase();
  if (lowered === 'yes' || lowered === 'true') return 1;
  if (lowered === 'no' || lowered === 'false') return 0;
  return /^\d*\.?\d+$/.test(value) ? Number(value) : undefined;
}

/** The pieces of a log, whichever container they came in. */
export interface InspectParts {
  readonly header: JsonObject;
  readonly samples: readonly unknown[];
}

export function readInspectJson(name: string, root: unknown): ScoredReading {
  if (!isInspectLog(root)) throw new InputError('not an Inspect log (no eval.task)', { file: name });
  return readInspectParts(name, { header: root, samples: arrayAt(root, 'samples') ?? [] });
}

export function readInspectParts(name: string, { header, samples }: InspectParts): ScoredReading {
  const task = stringAt(objectAt(header, 'eval'), 'task')!;
  const builder = new ScoredBuilder();
  const notes: string[] = [];
  let skipped = 0;
  for (const sample of samples) {
    const key = keyOf(isObject(sample) ? sample.id : undefined);
    const scores = objectAt(sample, 'scores');
    if (key === undefined || !scores) {
      skipped++;
      continue;
    }
    // Each epoch of a sample is one more repeat of its item; the item mean is Inspect's default reducer.
    const text = inputText(isObject(sample) ? sample.input : undefined);
    for (const [scorer, score] of Object.entries(scores)) {
      const value = isObject(score) ? score.value : undefined;
      if (isObject(value)) {
        for (const [part, v] of Object.entries(value)) addValue(builder, `${task}/${scorer}/${part}`, task, key, v, text, () => skipped++);
      } else {
        addValue(builder, `${task}/${scorer}`, task, key, value, text, () => skipped++);
      }
    }
  }
  if (skipped > 0) notes.push(`${name}: ${skipped} sample scores without an id or a numeric value were left out`);
  const { metrics, stderr } = ownResults(task, header);
  const scored = builder.finish();
  if (scored.length === 0 && metrics.size === 0) throw new InputError('an Inspect log without samples or results', { file: name });
  if (status(header) !== 'success') notes.push(`${name}: the eval's status is "${status(header)}", not success`);
  return scoredReading(scored, { metrics, stderr, notes });
}

function addValue(builder: ScoredBuilder, id: string, task: string, key: string, value: unknown, text: string | undefined, skip: () => void): void {
  const number = inspectValueToFloat(value);
  if (number === undefined) skip();
  else builder.add(id, task, key, number, { text });
}

/** A sample's input: a string, or the first message's text content. */
function inputText(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return undefined;
  const content: unknown = isObject(input[0]) ? input[0].content : undefined;
  return typeof content === 'string' ? content : undefined;
}

function status(header: JsonObject): string {
  return stringAt(header, 'status') ?? 'unknown';
}

/**
 * The headline Inspect computed (`results.scores[]`): per score its first metric other than a standard error
 * (accuracy, mean, …), and the `stderr` metric as the standard error.
 */
function ownResults(task: string, header: JsonObject): { metrics: Map<string, number>; stderr: Map<string, number> } {
  const metrics = new Map<string, number>();
  const stderr = new Map<string, number>();
  for (const score of arrayAt(objectAt(header, 'results'), 'scores') ?? []) {
    const scorer = stringAt(score, 'scorer');
    const scoreName = stringAt(score, 'name');
    const values = objectAt(score, 'metrics');
    if (!scorer || !scoreName || !values) continue;
    const id = scoreName === scorer ? `${task}/${scorer}` : `${task}/${scorer}/${scoreName}`;
    for (const [metricName, metric] of Object.entries(values)) {
      const value = finiteAt(metric, 'value');
      if (value === undefined) continue;
      if (metricName === 'stderr') stderr.set(id, value);
      else if (!metrics.has(id) && !/std|var/.test(metricName)) metrics.set(id, value);
    }
  }
  return { metrics, stderr };
}
