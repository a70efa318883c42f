import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { describeJson } from '../../../src/ingest/table/cells.js';
import { firstArrayRecord } from '../../../src/ingest/formats/json-array.js';
import { readJsonDocument } from '../../../src/ingest/formats/json-records.js';
import { readPredictionSources } from '../../../src/ingest/read-predictions.js';
import type { PredictionSource } from '../../../src/ingest/sources.js';
import { PredictionTableBuilder } from '../../../src/ingest/table/table-builder.js';
import { cli, tempFiles } from '../../helpers/cli.js';
import { chunked, comparable } from '../../helpers/tables.js';

/**
 * The streamed reader of JSON arrays of records against the whole-document reader it replaced: `JSON.parse`
 * of all the text, then each record by the first one's keys. Valid documents give the same table whatever the
 * chunks; a document is refused exactly when that reader refused it.
 */
function viaWholeDocument(text: string): unknown {
  try {
    const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    if (!Array.isArray(doc)) throw new Error('test documents are arrays');
    if (doc.length === 0) throw new InputError('empty JSON array: no records', { file: 'p.json' });
    const builder = new PredictionTableBuilder({});
    let keys: string[] | undefined;
    let sink: ((cells: unknown[], record: number) => void) | undefined;
    doc.forEach((record: unknown, index) => {
      const where = { file: 'p.json', line: index + 1, unit: 'record' as const };
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        throw new InputError(index === 0 ? `expected an array of objects, found ${describeJson(record)}` : `expected an object, found ${describeJson(record)}`, where);
      }
      const object = record as Record<string, unknown>;
      if (!keys) {
        keys = Object.keys(object);
        sink = builder.beginFile('p.json', keys, keys.map((k) => object[k]), 'record');
      }
      sink!(keys.map((k) => object[k]), index + 1);
    });
    return { table: comparable(builder.finish()) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The bytes cut at `cuts`, each piece in one reused buffer that is scribbled over once the reader had its turn. */
async function* reusedBuffer(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(bytes.length + 1);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    const view = buffer.subarray(0, cut - from);
    view.set(bytes.subarray(from, cut));
    yield view;
    view.fill(0x7b); // '{'
    from = cut;
  }
}

async function viaStream(bytes: Uint8Array, cuts: readonly number[], reuse = false): Promise<unknown> {
  const chunks = reuse ? reusedBuffer(bytes, cuts) : chunked(bytes, cuts);
  const sources: PredictionSource[] = [{ kind: 'json-array', stream: { name: 'p.json', chunks, expectedBytes: bytes.length } }];
  try {
    return { table: comparable(await readPredictionSources(sources, {})) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const encode = (text: string) => new TextEncoder().encode(text);
const cutsOf = (length: number, picks: readonly number[]) => [...new Set(picks.map((p) => p % (length + 1)))].sort((a, b) => a - b);

const text = fc.oneof(fc.string(), fc.constantFrom('a"b', 'x\\y', '{[', ']}', 'é€😀', '\n', ',', ''));
const label = fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constantFrom('cat', 'dog', 'a"b'));
const record = fc.record({
  y_true: label,
  y_pred: label,
  y_score: fc.double({ min: 0, max: 1, noNaN: true }),
  note: fc.oneof(text, fc.constant(null), fc.array(fc.oneof(text, fc.integer())), fc.dictionary(fc.string({ maxLength: 3 }), text, { maxKeys: 2 })),
});
const space = fc.constantFrom('', ' ', '\n', '\r\n', '\t', '  \n ');

/** A document of these records, laid out with the given white space (and maybe byte-order marks). */
const documentOf = (records: readonly unknown[], spaces: readonly string[], boms: number) => {
  const at = (i: number) => spaces[i % spaces.length] ?? '';
  return '\uFEFF'.repeat(boms) + at(0) + '[' + records.map((r, i) => at(i + 1) + JSON.stringify(r) + at(i + 2)).join(',') + ']' + at(3);
};

/** `readJsonDocument` on decoded text, as for a file read whole. */
function viaText(text: string): unknown {
  try {
    const builder = new PredictionTableBuilder({});
    readJsonDocument({ name: 'p.json', text }, builder);
    return { table: comparable(builder.finish()) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('streamed JSON arrays of records', () => {
  it('give the table of the whole-document reader, in any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 30 }), fc.array(space, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 2 }), fc.array(fc.nat(), { maxLength: 6 }), async (records, spaces, boms, picks) => {
        // File bytes: the decoder dropped one byte-order mark before the whole-document reader dropped another.
        const doc = documentOf(records, spaces, boms);
        const bytes = encode(doc);
        const expected = viaWholeDocument(doc.replace(/^\uFEFF/, ''));
        expect(await viaStream(bytes, cutsOf(bytes.length, picks), true)).toEqual(expected);
        expect(await viaStream(bytes, Array.from({ length: bytes.length }, (_, i) => i), true)).toEqual(expected);
        // The text path (a document read whole, then as its bytes) gives the same table.
        expect(viaText(doc.replace(/^\uFEFF/, ''))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('refuse a document exactly when the whole-document reader does, and read the same table when it does not', async () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 3 }), insert: fc.constantFrom('', ',', ']', '[', '{', '}', '"', '\\', 'x', '1', ' ', 'null', '"a"') });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 8 }), fc.array(edit, { minLength: 1, maxLength: 2 }), fc.array(fc.nat(), { maxLength: 4 }), async (records, edits, picks) => {
        let doc = documentOf(records, [''], 0);
        for (const { at, remove, insert } of edits) {
          const i = at % (doc.length + 1);
          doc = doc.slice(0, i) + insert + doc.slice(i + remove);
        }
        if (!/^[ \t\r\n]*\[/.test(doc)) return; // documents that are not arrays are read whole, not streamed
        const bytes = encode(doc);
        const whole = viaWholeDocument(doc) as { table?: unknown };
        const streamed = (await viaStream(bytes, cutsOf(bytes.length, picks))) as { table?: unknown; error?: string };
        if (whole.table !== undefined) expect(streamed).toEqual(whole);
        else expect(streamed.error).toBeDefined();
      }),
      { numRuns: 1500 },
    );
  });

  it('name the record, or what is wrong between records', async () => {
    const row = '{"y_true":1,"y_pred":1}';
    const error = async (doc: string) => ((await viaStream(encode(doc), [3])) as { error?: string }).error;
    expect(await error(`[${row},${row}`)).toBe('p.json: not valid JSON (the document ends after record 2 without the closing "]"; the file looks truncated)');
    expect(await error(`[${row} ${row}]`)).toBe('p.json: not valid JSON (unexpected "{" after record 1, where "," or "]" should follow)');
    expect(await error(`[${row},{"y_true":1,,}]`)).toMatch(/^p\.json record 2: not valid JSON \(/);
    expect(await error(`[${row},]`)).toBe('p.json: not valid JSON (unexpected "]" where record 2 should start)');
    expect(await error(`[${row}] x`)).toBe('p.json: not valid JSON (unexpected "x" after the closing "]")');
    expect(await error(`[1, ${row}]`)).toBe('p.json record 1: expected an array of objects, found number');
    expect(await error(`[${row}, [1]]`)).toBe('p.json record 2: expected an object, found an array');
    expect(await error('[]')).toBe('p.json: empty JSON array: no records');
    expect(await error(' \n')).toBe('p.json: empty file');
    expect(await error(`\uFEFF\uFEFF\uFEFF[${row}]`)).toMatch(/^p\.json: not valid JSON \(unexpected byte 0xef where the document should start/);
    expect(await error(`[${row},{"y_true":null,"y_pred":1}]`)).toMatch(/^p\.json record 2 \(column "y_true"\): /);
  });

  it('take a JSON array whose label column --columns names for predictions, not for a metrics file', async () => {
    const dir = tempFiles({ 'c.json': '[{"truth": 1, "guess": 1}, {"truth": 0, "guess": 1}, {"truth": 1, "guess": 1}]' });
    const run = await cli(['evaluate', 'c.json', '--columns', '{label: truth, prediction: guess}', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ task: 'binary', n: 3, metrics: { accuracy: 2 / 3 } });
  });

  it('read records whatever they nest where no column looks (deeper than the metric reader would go)', async () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    const doc = `[{"y_true":1,"y_pred":1},{"y_true":0,"y_pred":0,"extra":${deep}}]`;
    const dir = tempFiles({ 'deep.json': doc });
    const run = await cli(['evaluate', 'deep.json', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { metrics: Record<string, unknown> }).metrics).toMatchObject({ n: 2, accuracy: 1 });
  });

  it('tell a predictions document from its first record', () => {
    expect(firstArrayRecord(encode('\uFEFF [ {"label": 1, "x": [1, "]"]}, {'))).toEqual({ label: 1, x: [1, ']'] });
    expect(firstArrayRecord(encode('[ {"label": 1, "x": [1, "]"'))).toBeUndefined();
    expect(firstArrayRecord(encode('{"label": [1]}'))).toBeUndefined();
    expect(firstArrayRecord(encode('[3, {"label": 1}]'))).toBeUndefined();
  });

  it('stream through the CLI: the metrics of the same rows as JSON Lines, a metrics array still read as metrics', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ y_true: i % 3 === 0 ? 1 : 0, y_pred: i % 5 === 0 ? 1 : 0, y_score: ((i * 7919) % 1000) / 1000, note: i % 7 === 0 ? 'a "q", [b]' : 'x' }));
    const json = `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`;
    expect(json.length).toBeGreaterThan(1.5 * 2 ** 20);
    const dir = tempFiles({ 'p.json': json, 'p.jsonl': rows.map((r) => JSON.stringify(r)).join('\n'), 'm.json': '[{"name": "accuracy", "value": 0.9}]' });
    const metrics = async (file: string) => {
      const run = await cli(['evaluate', file, '--format', 'json'], dir);
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as { metrics: unknown }).metrics;
    };
    expect(await metrics('p.json')).toEqual(await metrics('p.jsonl'));
    // pandas' to_json(orient="records") writes one line: past the 4 MiB a file's start is read to sort it out.
    const many = [...rows, ...rows, ...rows];
    const oneLine = JSON.stringify(many);
    expect(oneLine.length).toBeGreaterThan(4 * 2 ** 20);
    const twice = tempFiles({ 'one.json': oneLine, 'twice.jsonl': many.map((r) => JSON.stringify(r)).join('\n') });
    const twiceMetrics = async (file: string) => (JSON.parse((await cli(['evaluate', file, '--format', 'json'], twice)).stdout) as { metrics: unknown }).metrics;
    expect(await twiceMetrics('one.json')).toEqual(await twiceMetrics('twice.jsonl'));
    const metricsFile = await cli(['evaluate', 'm.json', '--format', 'json'], dir);
    expect(metricsFile.stderr).not.toMatch(/record|label column/);
  });
});
