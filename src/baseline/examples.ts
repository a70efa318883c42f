import type { Codes } from '../metrics/codes.js';
import { gzipSync } from 'fflate';
import { gunzipBounded } from './gunzip-bounded.js';
import { InputError } from '../errors.js';
import type { EvalData } from '../metrics/eval-data.js';

/**
 * The per-example data a baseline keeps for paired tests (docs/baseline.md#the-baseline-bundle): ids, labels, predictions and scores, in a
 * compact binary file. Layout, gzipped: a magic line, one JSON header line, then the ids (UTF-8, one per line)
 * and the typed arrays as little-endian bytes, each column whole.
 */
export interface ExampleData {
  readonly data: EvalData;
  readonly ids: readonly string[] | undefined;
}

const MAGIC = 'model-gate-examples/1\n';

interface Header {
  task: EvalData['task'];
  n: number;
  classes: string[];
  positive: number;
  scoresAreProbabilities: boolean;
  columns: { name: string; type: 'f64' | 'i32'; offset: number }[];
  ids: { offset: number; length: number } | null;
}

/** Encodes the examples, or returns undefined when the compressed file would exceed `maxBytes`. */
export function encodeExamples({ data, ids }: ExampleData, maxBytes: number): Uint8Array | undefined {
  const columns: [string, Float64Array | Int32Array][] = [];
  if (data.task === 'regression') {
    columns.push(['yTrue', data.yTrue], ['yPred', data.yPred]);
  } else {
    // The file keeps 32-bit codes whatever width they have in memory, so bundles read the same either way.
    const wide = (codes: Codes) => (codes instanceof Int32Array ? codes : Int32Array.from(codes));
    columns.push(['yTrue', wide(data.yTrue)], ['yPred', wide(data.yPred)]);
    if (data.score) columns.push(['score', data.score]);
    data.proba?.forEach((column, k) => columns.push([`proba${k}`, column]));
  }
  if (data.weights) columns.push(['weights', data.weights]);
  const idBytes = ids ? new TextEncoder().encode(ids.join('\n')) : undefined;

  const header: Header = {
    task: data.task,
    n: data.n,
    classes: data.task === 'regression' ? [] : [...data.classes],
    positive: data.task === 'regression' ? -1 : data.positive,
    scoresAreProbabilities: data.task === 'regression' ? false : data.scoresAreProbabilities,
    columns: [],
    ids: null,
  };
  let offset = 0;
  for (const [name, column] of columns) {
    header.columns.push({ name, type: column instanceof Float64Array ? 'f64' : 'i32', offset });
    offset += column.byteLength;
  }
  if (idBytes) header.ids = { offset, length: idBytes.length };
  const head = new TextEncoder().encode(`${MAGIC}${JSON.stringify(header)}\n`);
  const body = new Uint8Array(head.length + offset + (idBytes?.length ?? 0));
  body.set(head, 0);
  for (const [i, [, column]] of columns.entries()) {
    body.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), head.length + header.columns[i]!.offset);
  }
  if (idBytes) body.set(idBytes, head.length + offset);
  const packed = gzipSync(body, { level: 6, mtime: 0 });
  return packed.length > maxBytes ? undefined : packed;
}

/**
 * The most the per-example file may inflate to: 10 million binary predictions with scores, weights and ids take
 * about 300 MB; a tampered file must not make a 1.5 MB download cost gigabytes of memory.
 */
export const MAX_INFLATED_EXAMPLES = 512 * 1024 ** 2;

/** Decodes what `encodeExamples` wrote; anything malformed is an InputError naming the file. */
export function decodeExamples(packed: Uint8Array, file: string, maxInflated = MAX_INFLATED_EXAMPLES): ExampleData {
  const fail = (problem: string): never => {
    throw new InputError(`per-example data: ${problem}`, { file });
  };
  const inflated = gunzipBounded(packed, maxInflated);
  if ('problem' in inflated) return fail(inflated.problem);
  const body = inflated.bytes;
  const magic = new TextDecoder().decode(body.subarray(0, MAGIC.length));
  if (magic !== MAGIC) fail('unknown format');
  const newline = body.indexOf(0x0a, MAGIC.length);
  if (newline < 0) fail('no header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(body.subarray(MAGIC.length, newline))) as Header;
  } catch {
    return fail('unreadable header');
  }
  const start = newline + 1;
  const n = header.n;
  if (!Number.isInteger(n) || n < 0) fail('bad row count');
  checkHeader(header, fail);
  const column = (name: string): Float64Array | Int32Array | undefined => {
    const spec = header.columns.find((c) => c.name === name);
    if (!spec) return undefined;
    const width = spec.type === 'f64' ? 8 : 4;
    const from = start + spec.offset;
    if (from + n * width > body.length) fail(`column ${name} is truncated`);
    const copy = body.slice(from, from + n * width);
    return spec.type === 'f64' ? new Float64Array(copy.buffer) : new Int32Array(copy.buffer);
  };
  const f64 = (name: string) => {
    const c = column(name);
    if (c !== undefined && !(c instanceof Float64Array)) fail(`column ${name} has the wrong type`);
    return c as Float64Array | undefined;
  };
  const i32 = (name: string) => {
    const c = column(name);
    if (!(c instanceof Int32Array)) return fail(`column ${name} is missing`);
    return c;
  };
  let ids: string[] | undefined;
  if (header.ids) {
    const from = start + header.ids.offset;
    ids = new TextDecoder().decode(body.subarray(from, from + header.ids.length)).split('\n');
    if (ids.length !== n) fail(`${ids.length} ids for ${n} rows`);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) fail(`id "${id.slice(0, 100)}" appears twice`);
      seen.add(id);
    }
  }
  const weights = f64('weights');
  checkValues(weights, 'weights', fail, (w) => w >= 0, 'a negative weight');
  if (header.task === 'regression') {
    const yTrue = f64('yTrue');
    const yPred = f64('yPred');
    if (!yTrue || !yPred) return fail('labels or predictions are missing');
    checkValues(yTrue, 'yTrue', fail);
    checkValues(yPred, 'yPred', fail);
    return { data: { task: 'regression', n, yTrue, yPred, weights }, ids };
  }
  const proba: Float64Array[] = [];
  for (let k = 0; header.columns.some((c) => c.name === `proba${k}`); k++) proba.push(f64(`proba${k}`)!);
  if (proba.length > 0 && proba.length !== header.classes.length) fail(`${proba.length} score columns for ${header.classes.length} classes`);
  const unit = (v: number) => !header.scoresAreProbabilities || (v >= 0 && v <= 1);
  checkValues(f64('score'), 'score', fail, unit, 'a probability outside [0, 1]');
  proba.forEach((column, k) => checkValues(column, `proba${k}`, fail, unit, 'a probability outside [0, 1]'));
  const data: EvalData = {
    task: header.task,
    n,
    classes: header.classes,
    yTrue: i32('yTrue'),
    yPred: i32('yPred'),
    positive: header.positive,
    score: f64('score'),
    proba: proba.length > 0 ? proba : undefined,
    scoresAreProbabilities: header.scoresAreProbabilities,
    weights,
  };
  for (const labels of [data.yTrue, data.yPred]) {
    for (const c of labels) if (c < 0 || c >= data.classes.length) fail('a class index is out of range');
  }
  return { data, ids };
}

/** The header's own fields: a known task, distinct class names, and a positive class that exists. */
function checkHeader(header: Header, fail: (problem: string) => never): void {
  if (!['binary', 'multiclass', 'regression'].includes(header.task)) fail(`unknown task ${JSON.stringify(header.task).slice(0, 50)}`);
  if (!Array.isArray(header.columns)) fail('no column list');
  if (header.task === 'regression') return;
  if (!Array.isArray(header.classes) || !header.classes.every((c) => typeof c === 'string')) fail('classes are not a list of names');
  if (new Set(header.classes).size !== header.classes.length) fail('a class appears twice');
  const positiveOk = header.task === 'binary' ? Number.isInteger(header.positive) && header.positive >= 0 && header.positive < header.classes.length : header.positive === -1;
  if (!positiveOk) fail(`positive class ${String(header.positive)} is not one of the ${header.classes.length} classes`);
  if (typeof header.scoresAreProbabilities !== 'boolean') fail('scoresAreProbabilities is not true or false');
}

/** Every value finite and, when `ok` is given, passing it (`what` says what failed). */
function checkValues(
  values: Float64Array | undefined,
  name: string,
  fail: (problem: string) => never,
  ok: (value: number) => boolean = () => true,
  what = '',
): void {
  if (!values) return;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) fail(`column ${name} row ${i + 1} is ${String(v)}, not a finite number`);
    if (!ok(v)) fail(`column ${name} row ${i + 1} is ${v}: ${what}`);
  }
}
