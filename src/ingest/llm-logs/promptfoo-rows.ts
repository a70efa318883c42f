import { createHash } from 'node:crypto';
import { truncate } from '../table/cells.js';
import { readJsonMetrics } from '../metric-files/read-document.js';
import { arrayAt, finiteAt, isObject, objectAt, stringAt, type JsonObject } from './json-values.js';
import { ScoredBuilder, scoredReading, type ScoredReading } from './scored.js';

/**
 * promptfoo `promptfoo eval -o results.json`, read row by row: each row is one test case under one prompt and
 * provider. Ids: `pass_rate` (the test passed), `score` (its score) and `score/<name>` (its named scores), and
 * with several prompts or providers the same per prompt as slices, `pass_rate[prompt=P]`. The item key is the
 * test's `metadata.testCaseId`, else a hash of its description, vars and asserts: never `testIdx`, because rows
 * are not written in test order and an added test shifts every index. Rows that errored (`failureReason` 2) are
 * counted apart (`errors`) and left out of the means: an API outage is not a regression of the prompt.
 * The run's own totals (`successes`, `failures`, `errors`, `latency_ms`, `cost`, `tokens/*`) come along, with
 * the directions the totals reader declares for them (failures, cost, latency and tokens are lower-is-better).
 */

const ERROR = 2;

export function isPromptfooRoot(root: unknown): root is JsonObject {
  const results = objectAt(root, 'results');
  return results !== undefined && Array.isArray(results.results) && objectAt(results, 'stats') !== undefined;
}

/** The stable key of a test case. */
export function promptfooTestKey(row: unknown): string {
  const testCase = objectAt(row, 'testCase');
  const id = stringAt(objectAt(testCase, 'metadata'), 'testCaseId');
  if (id) return id;
  const hashed = canonicalJson({ description: testCase?.description ?? null, vars: testCase?.vars ?? objectAt(row, 'vars') ?? null, assert: testCase?.assert ?? null });
  return `sha256:${createHash('sha256').update(hashed).digest('hex').slice(0, 16)}`;
}

/** JSON with object keys sorted, so the same test hashes the same whatever order its file listed fields in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function readPromptfooRows(name: string, text: string, root: JsonObject): ScoredReading {
  const totals = readJsonMetrics(name, text);
  const rows = arrayAt(objectAt(root, 'results'), 'results')!.filter(isObject);
  const sliceOf = promptSlices(rows);
  const builder = new ScoredBuilder();
  let errors = 0;
  const add = (id: string, key: string, value: number, slice: string | undefined, text: string | undefined) => {
    // Across prompts, an item is the test under one prompt: the same test under two prompts is two items.
    builder.add(id, 'promptfoo', slice === undefined ? key : `${key} @ ${slice}`, value, { text });
    if (slice !== undefined) builder.add(`${id}[prompt=${slice}]`, 'promptfoo', key, value, { text });
  };
  for (const row of rows) {
    if (finiteAt(row, 'failureReason') === ERROR) {
      errors++;
      continue;
    }
    const key = promptfooTestKey(row);
    const slice = sliceOf(row);
    const testCase = objectAt(row, 'testCase');
    const text = stringAt(testCase, 'description') ?? (objectAt(testCase, 'vars') ? JSON.stringify(testCase!.vars) : undefined);
    if (typeof row.success === 'boolean') add('pass_rate', key, row.success ? 1 : 0, slice, text);
    const score = finiteAt(row, 'score');
    if (score !== undefined) add('score', key, score, slice, text);
    for (const [scoreName, value] of Object.entries(objectAt(row, 'namedScores') ?? {})) {
      if (typeof value === 'number' && Number.isFinite(value)) add(`score/${scoreName}`, key, value, slice, text);
    }
  }
  const notes = errors > 0 ? [`${name}: ${errors} test run(s) errored (failureReason 2); counted under "errors", not as failures`] : [];
  const reading = scoredReading(builder.finish(), { notes: [...totals.notes, ...notes], higherIsBetter: totals.higherIsBetter });
  const metrics = new Map(totals.metrics);
  for (const id of [...metrics.keys()]) if (id.includes('[prompt=')) metrics.delete(id);
  for (const [id, value] of reading.metrics) metrics.set(id, value);
  return { ...reading, metrics };
}

/** Rows' prompt × provider, named as the aggregate reader names them; undefined when there is only one. */
function promptSlices(rows: readonly JsonObject[]): (row: JsonObject) => string | undefined {
  const label = (row: JsonObject) => {
    const prompt = objectAt(row, 'prompt');
    const own = stringAt(prompt, 'label');
    return own && own !== '' ? own : truncate(stringAt(prompt, 'raw') ?? `#${finiteAt(row, 'promptIdx') ?? 0}`);
  };
  const provider = (row: JsonObject) => stringAt(objectAt(row, 'provider'), 'id') ?? stringAt(row, 'provider') ?? '';
  const providers = new Set(rows.map(provider));
  const combos = new Set(rows.map((row) => `${provider(row)}\u0000${label(row)}`));
  if (combos.size < 2) return () => undefined;
  return (row) => (providers.size > 1 ? `${provider(row)} ${label(row)}` : label(row));
}
