import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { BatchColumn } from '../../../src/ingest/table/column-sink.js';
import type { ColumnOverrides } from '../../../src/ingest/table/columns.js';
import { ChunkFetcher, flatColumns, presentRun } from '../../../src/ingest/formats/parquet-columns.js';
import { isParquet, readParquetInto, type ParquetReadStats, type ParquetSource } from '../../../src/ingest/formats/parquet.js';
import { readPredictions } from '../../../src/ingest/read-predictions.js';
import { resolveEvalSet, type ResolveOptions } from '../../../src/ingest/resolve.js';
import type { PredictionTable } from '../../../src/ingest/table/table.js';
import { PredictionTableBuilder } from '../../../src/ingest/table/table-builder.js';
import { evaluate, type Evaluation } from '../../../src/metrics/evaluate.js';
import { writeV1Parquet, type V1Column, type V1Value } from './parquet-v1-writer.js';

// Fixtures and their CSV/JSONL twins come from scripts/generate-parquet-fixtures.mjs.
const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/parquet/${name}`, import.meta.url));
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(fixture(name)));

const OPTIONS: ResolveOptions = { task: 'auto', positiveLabel: undefined, decisionThreshold: undefined };

async function readParquet(name: string, overrides: ColumnOverrides = {}, bytes = bytesOf(name)): Promise<PredictionTable> {
  const builder = new PredictionTableBuilder(overrides);
  await readParquetInto({ name, bytes }, builder, overrides);
  return builder.finish();
}

function readText(name: string, overrides: ColumnOverrides = {}): PredictionTable {
  return readPredictions([{ name, text: readFileSync(fixture(name), 'utf8') }], overrides);
}

const evaluateTable = (table: PredictionTable): Evaluation => evaluate(resolveEvalSet(table, OPTIONS));

async function expectInputError(promise: Promise<unknown>): Promise<InputError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('isParquet', () => {
  it('recognises the PAR1 magic and Parquet file names, not text', () => {
    expect(isParquet(bytesOf('binary.parquet'))).toBe(true);
    expect(isParquet(bytesOf('binary.parquet').subarray(0, 4))).toBe(true);
    expect(isParquet(bytesOf('binary.csv'))).toBe(false);
    expect(isParquet(new Uint8Array())).toBe(false);
    expect(isParquet(new Uint8Array(), 'preds.PARQUET')).toBe(true);
    expect(isParquet(new TextEncoder().encode('PAR'), 'preds.csv')).toBe(false);
  });
});

describe('Parquet predictions give the same metrics as the same data as CSV', () => {
  const twins: [parquet: string, twin: string, task: string, n: number][] = [
    ['binary.parquet', 'binary.csv', 'binary', 300],
    ['binary-snappy.parquet', 'binary-snappy.csv', 'binary', 300],
    ['binary-gzip.parquet', 'binary-gzip.csv', 'binary', 300],
    ['multiclass.parquet', 'multiclass.csv', 'multiclass', 240],
    ['regression.parquet', 'regression.csv', 'regression', 200],
    ['row-groups.parquet', 'row-groups.csv', 'binary', 330],
    ['big-ids.parquet', 'big-ids.csv', 'binary', 64],
    ['bool-float32.parquet', 'bool-float32.csv', 'binary', 150],
    ['list-scores.parquet', 'list-scores.jsonl', 'multiclass', 90],
  ];

  for (const [parquet, twin, task, n] of twins) {
    it(`${parquet} matches ${twin}`, async () => {
      const fromParquet = evaluateTable(await readParquet(parquet));
      const fromText = evaluateTable(readText(twin));
      expect(fromParquet.task).toBe(task);
      expect(fromParquet.n).toBe(n);
      expect(fromParquet.classes).toEqual(fromText.classes);
      expect([...fromParquet.metrics.keys()]).toEqual([...fromText.metrics.keys()]);
      for (const [id, value] of fromText.metrics) expect(fromParquet.metrics.get(id), id).toBe(value);
      expect(fromParquet.notes).toEqual(fromText.notes);
      expect(fromParquet.ids).toEqual(fromText.ids);
    });
  }

  it('reads slices and per-class probabilities as the CSV path does', async () => {
    const overrides = { slices: ['split'] };
    const fromParquet = evaluateTable(await readParquet('multiclass.parquet', overrides));
    const fromText = evaluateTable(readText('multiclass.csv', overrides));
    expect(fromParquet.metrics.get('accuracy[split=night]')).toBeTypeOf('number');
    expect(fromParquet.metrics).toEqual(fromText.metrics);
    expect(fromParquet.metrics.get('roc_auc_ovr')).toBeTypeOf('number');
  });

  it('reads every column when the overrides are not given, with the same result', async () => {
    const builder = new PredictionTableBuilder({});
    await readParquetInto({ name: 'multiclass.parquet', bytes: bytesOf('multiclass.parquet') }, builder);
    expect(evaluateTable(builder.finish()).metrics).toEqual(evaluateTable(await readParquet('multiclass.parquet')).metrics);
  });

  it('keeps the hints about unused columns that the header gives, and reads weights when named', async () => {
    const table = await readParquet('regression.parquet');
    expect(table.notes.some((note) => note.includes('sample_weight'))).toBe(true);
    expect(table.notes).toEqual(readText('regression.csv').notes);
    expect(table.weights).toBeUndefined();

    const overrides = { weight: 'sample_weight' };
    const weighted = evaluateTable(await readParquet('regression.parquet', overrides));
    expect(weighted.metrics).toEqual(evaluateTable(readText('regression.csv', overrides)).metrics);
    expect(weighted.metrics.get('mae')).not.toBe(evaluateTable(table).metrics.get('mae'));
  });
});

describe('Parquet values', () => {
  it('keeps INT64 ids above 2^53 exact and distinct', async () => {
    const table = await readParquet('big-ids.parquet');
    const base = 2n ** 53n;
    const expected = Array.from({ length: 64 }, (_, i) => (base + BigInt(i) + (i % 2 === 0 ? 0n : 9_000_000_000_000_000n)).toString());
    expect(table.ids).toEqual(expected);
    expect(new Set(table.ids).size).toBe(64);
    expect(table.ids).toEqual(readText('big-ids.csv').ids);
  });

  it('concatenates several row groups in order', async () => {
    const table = await readParquet('row-groups.parquet');
    expect(table.n).toBe(330);
    expect(table.ids).toEqual(Array.from({ length: 330 }, (_, i) => String(1000 + i)));
    expect(Array.from(table.score!.values)).toEqual(Array.from(readText('row-groups.csv').score!.values));
  });

  it('reads from a random-access source a range at a time, never the whole file', async () => {
    const bytes = bytesOf('row-groups.parquet');
    const reads: number[] = [];
    const source: ParquetSource = {
      byteLength: bytes.byteLength,
      slice: (start, end = bytes.byteLength) => {
        reads.push(end - start);
        return Promise.resolve(bytes.slice(start, end).buffer);
      },
    };
    const builder = new PredictionTableBuilder({});
    await readParquetInto({ name: 'row-groups.parquet', bytes: source }, builder, {});
    expect(builder.finish().ids).toEqual((await readParquet('row-groups.parquet')).ids);
    expect(reads.length).toBeGreaterThan(7);
  });

  it('appends to a builder after another shard, checking shards against each other', async () => {
    const builder = new PredictionTableBuilder({});
    await readParquetInto({ name: 'binary.parquet', bytes: bytesOf('binary.parquet') }, builder, {});
    const error = await expectInputError(
      readParquetInto({ name: 'binary-snappy.parquet', bytes: bytesOf('binary-snappy.parquet') }, builder, {}),
    );
    expect(error.message).toMatch(/binary-snappy\.parquet record 1 .*duplicate id "1000"/);
  });
});

describe('bad Parquet input', () => {
  it('names the record of a null label', async () => {
    const error = await expectInputError(readParquet('null-label.parquet'));
    expect(error.message).toBe('null-label.parquet record 8 (column "y_true"): missing value; every row needs one here');
    expect(error.location).toMatchObject({ file: 'null-label.parquet', line: 8, unit: 'record', field: 'y_true' });
  });

  it('rejects a truncated file, naming it', async () => {
    const bytes = bytesOf('binary-snappy.parquet');
    for (const length of [bytes.length - 1, bytes.length - 100, Math.floor(bytes.length / 2), 11, 3]) {
      const error = await expectInputError(readParquet('cut.parquet', {}, bytes.subarray(0, length)));
      expect(error.message).toMatch(/^cut\.parquet: (truncated or corrupt Parquet file|not a Parquet file)/);
    }
  });

  it('rejects an empty file and a file that is not Parquet', async () => {
    expect((await expectInputError(readParquet('empty.parquet', {}, new Uint8Array()))).message).toBe('empty.parquet: empty file');
    const csv = bytesOf('binary.csv');
    expect((await expectInputError(readParquet('binary.csv', {}, csv))).message).toMatch(/^binary\.csv: not a Parquet file/);
  });

  it('rejects a corrupt footer and corrupt column data, naming the file', async () => {
    const bytes = bytesOf('binary-snappy.parquet');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const footerLength = view.getUint32(bytes.length - 8, true);

    const badLength = bytes.slice();
    new DataView(badLength.buffer).setUint32(bytes.length - 8, bytes.length * 2, true);
    expect((await expectInputError(readParquet('bad.parquet', {}, badLength))).message).toMatch(/^bad\.parquet: /);

    const badFooter = bytes.slice();
    badFooter.fill(0xff, bytes.length - 8 - footerLength, bytes.length - 8);
    expect((await expectInputError(readParquet('bad.parquet', {}, badFooter))).message).toMatch(/^bad\.parquet: /);

    const badPages = bytes.slice();
    badPages.fill(0xff, 4, 4 + 200);
    expect((await expectInputError(readParquet('bad.parquet', {}, badPages))).message).toMatch(/^bad\.parquet: cannot read Parquet column "id" \(records 1–300\)/);
  });

  it('rejects a missing label column like the text readers do', async () => {
    const error = await expectInputError(readParquet('regression.parquet', { label: 'y_true' }));
    expect(error.message).toMatch(/^regression\.parquet:1: no column "y_true"/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The columnar fast path (src/ingest/formats/parquet-columns.ts, src/ingest/table/column-sink.ts) against the row path.

type Outcome =
  | { readonly table: PredictionTable; readonly stats: ParquetReadStats }
  | { readonly error: string; readonly location: unknown; readonly stats?: undefined };

async function readWith(name: string, bytes: Uint8Array, overrides: ColumnOverrides, rowPath: boolean): Promise<Outcome> {
  const builder = new PredictionTableBuilder(overrides);
  try {
    const stats = await readParquetInto({ name, bytes }, builder, overrides, { rowPath });
    return { table: builder.finish(), stats };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message, location: error.location };
  }
}

/**
 * Reads a file both ways and checks they agree: the same table, or the same error. Returns the fast path's
 * outcome; `columnar` says whether every row group must have been read column-wise.
 */
async function sameAsRowPath(name: string, bytes: Uint8Array, overrides: ColumnOverrides = {}, columnar = true): Promise<Outcome> {
  const fast = await readWith(name, bytes, overrides, false);
  const rows = await readWith(name, bytes, overrides, true);
  if ('error' in rows) {
    expect(fast).toEqual(rows);
  } else {
    expect('table' in fast && fast.table).toEqual(rows.table);
    if (columnar && fast.stats) expect(fast.stats.columnar).toBe(fast.stats.rowGroups);
  }
  return fast;
}

const tableOf = (outcome: Outcome): PredictionTable => {
  if (!('table' in outcome)) throw new Error(`expected a table, got: ${outcome.error}`);
  return outcome.table;
};
const errorOf = (outcome: Outcome): string => {
  if (!('error' in outcome)) throw new Error('expected an error');
  return outcome.error;
};

const v2 = (options: Parameters<typeof parquetWriteBuffer>[0]): Uint8Array => new Uint8Array(parquetWriteBuffer(options));

/** A binary frame as pandas writes it (every column OPTIONAL): 0/1 labels, scores with ties, ids, a slice. */
function frame(n: number, seed: number): { id: bigint[]; yTrue: bigint[]; yPred: bigint[]; yScore: number[]; split: string[] } {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const out = { id: [] as bigint[], yTrue: [] as bigint[], yPred: [] as bigint[], yScore: [] as number[], split: [] as string[] };
  for (let i = 0; i < n; i++) {
    const label = next() < 0.35 ? 1 : 0;
    const score = Math.round(Math.min(1, Math.max(0, next() * 0.6 + label * 0.3)) * 1000) / 1000;
    out.id.push(BigInt(10_000 + i));
    out.yTrue.push(BigInt(label));
    out.yPred.push(score >= 0.5 ? 1n : 0n);
    out.yScore.push(score);
    out.split.push(['day', 'night', 'dusk'][i % 3]!);
  }
  return out;
}

describe('Parquet columnar fast path', () => {
  const fixtures: [string, ColumnOverrides][] = [
    ['binary.parquet', {}],
    ['binary-snappy.parquet', {}],
    ['binary-gzip.parquet', {}],
    ['multiclass.parquet', { slices: ['split'] }],
    ['regression.parquet', { weight: 'sample_weight' }],
    ['row-groups.parquet', {}],
    ['big-ids.parquet', {}],
    ['bool-float32.parquet', {}],
  ];
  for (const [name, overrides] of fixtures) {
    it(`reads ${name} column-wise into the same table as the row path`, async () => {
      await sameAsRowPath(name, bytesOf(name), overrides);
    });
  }

  it('leaves a list<double> score column to the row path', async () => {
    const fast = await sameAsRowPath('list-scores.parquet', bytesOf('list-scores.parquet'), {}, false);
    expect(fast.stats).toEqual({ rowGroups: 1, columnar: 0 });
  });

  it('rejects a dictionary index past the dictionary, even where the bit width could hold it', async () => {
    // Four classes at bit width 2, but a dictionary of three: the decoder's bound (4) does not cover the
    // dictionary (3), so the fast path checks every index, gives up on the row group, and the row path reports it.
    const corrupt = (type: 'INT32' | 'DOUBLE') =>
      writeV1Parquet([
        { name: 'y_true', type, required: true, values: Array.from({ length: 16 }, (_, i) => i % 4), dictionaryPages: true, dictionaryShortBy: 1 },
        { name: 'y_score', type: 'DOUBLE', required: true, values: Array.from({ length: 16 }, (_, i) => i / 16) },
      ]);
    for (const type of ['INT32', 'DOUBLE'] as const) {
      const fast = await sameAsRowPath('short-dictionary.parquet', corrupt(type));
      expect(errorOf(fast)).toBe('short-dictionary.parquet record 4 (column "y_true"): missing value; every row needs one here');
    }
  });

  it('keeps INT64 ids above 2^53 as exact text on the fast path', async () => {
    const fast = await sameAsRowPath('big-ids.parquet', bytesOf('big-ids.parquet'));
    expect(fast.stats).toEqual({ rowGroups: 1, columnar: 1 });
    expect(tableOf(fast).ids?.[1]).toBe((2n ** 53n + 1n + 9_000_000_000_000_000n).toString());
  });

  it('reads version-1 pages (pyarrow): dictionary, PLAIN, a dictionary that falls back to PLAIN, nulls, snappy', async () => {
    const d = frame(1000, 1);
    const withNulls = d.split.map((v, i) => (i % 7 === 3 ? null : v));
    for (const codec of ['UNCOMPRESSED', 'SNAPPY'] as const) {
      for (const pageRows of [1000, 128, 37]) {
        const bytes = writeV1Parquet(
          [
            { name: 'id', type: 'INT64', values: d.id },
            { name: 'y_true', type: 'INT64', values: d.yTrue, dictionaryPages: true },
            { name: 'y_pred', type: 'INT32', values: d.yPred.map(Number), dictionaryPages: 2 },
            { name: 'y_score', type: 'DOUBLE', values: d.yScore, dictionaryPages: 3 },
            { name: 'split', type: 'BYTE_ARRAY', element: { converted_type: 'UTF8' }, values: withNulls, dictionaryPages: 1 },
            { name: 'weight', type: 'FLOAT', values: d.yScore.map((v) => Math.fround(v + 0.5)), required: true },
          ],
          { rowGroupRows: 400, pageRows, codec },
        );
        const fast = await sameAsRowPath('v1.parquet', bytes, { slices: ['split'], weight: 'weight' });
        const table = tableOf(fast);
        expect(fast.stats).toEqual({ rowGroups: 3, columnar: 3 });
        expect(table.n).toBe(1000);
        expect(Array.from(table.score!.values)).toEqual(d.yScore);
        expect(table.slices[0]!.values).toEqual(['day', 'night', 'dusk', '']);
      }
    }
  });

  it('reads definition levels written as one run or bit-packed alike', async () => {
    const d = frame(300, 2);
    for (const bitPackedLevels of [false, true]) {
      const bytes = writeV1Parquet(
        [
          { name: 'y_true', type: 'INT64', values: d.yTrue, dictionaryPages: true, bitPackedLevels },
          { name: 'y_score', type: 'DOUBLE', values: d.yScore, bitPackedLevels },
        ],
        { pageRows: 50 },
      );
      expect(tableOf(await sameAsRowPath('levels.parquet', bytes)).n).toBe(300);
    }
  });

  it('reads version-2 pages (hyparquet-writer): forced dictionaries, small pages, several row groups, nulls in a slice', async () => {
    const d = frame(2000, 3);
    for (const encoding of ['RLE_DICTIONARY', 'PLAIN'] as const) {
      const bytes = v2({
        columnData: [
          { name: 'example_id', data: d.id, type: 'INT64' },
          { name: 'label', data: d.yTrue.map((v) => (v === 1n ? 'cat' : 'dog')), type: 'STRING', encoding: encoding === 'PLAIN' ? 'PLAIN' : undefined },
          { name: 'prob_cat', data: d.yScore, type: 'DOUBLE', encoding },
          { name: 'prob_dog', data: d.yScore.map((v) => 1 - v), type: 'DOUBLE', encoding },
          { name: 'group', data: d.split.map((v, i) => (i % 11 === 0 ? null : v)), type: 'STRING', encoding },
          { name: 'flag', data: d.yPred.map((v, i) => (i % 13 === 0 ? null : v === 1n)), type: 'BOOLEAN' },
        ],
        rowGroupSize: 700,
        pageSize: 512,
        codec: 'SNAPPY',
      });
      const fast = await sameAsRowPath('v2.parquet', bytes, { slices: ['group', 'flag'] });
      expect(fast.stats).toEqual({ rowGroups: 3, columnar: 3 });
      expect(tableOf(fast).slices[1]!.values).toEqual(['', 'false', 'true']);
    }
  });

  it('reads numeric, boolean and text labels, and regression targets past the class limit, as the row path does', async () => {
    const n = 70_000;
    const target = Array.from({ length: n }, (_, i) => (i * 7919) % 100_003 / 8);
    const bytes = v2({
      columnData: [
        { name: 'y_true', data: target, type: 'DOUBLE' },
        { name: 'y_pred', data: target.map((v) => v + 0.5), type: 'DOUBLE' },
      ],
      rowGroupSize: 30_000,
    });
    const table = tableOf(await sameAsRowPath('regression-big.parquet', bytes));
    expect(table.label.kind).toBe('numeric');

    const mixed = writeV1Parquet([
      { name: 'y_true', type: 'BOOLEAN', values: [true, false, true, true] },
      { name: 'y_pred', type: 'BYTE_ARRAY', values: ['true', 'false', 'false', 'true'] },
      { name: 'score', type: 'BYTE_ARRAY', values: ['0.5', '1e-1', ' 0.25 ', '1'] },
    ]);
    const mixedTable = tableOf(await sameAsRowPath('mixed.parquet', mixed));
    expect(Array.from(mixedTable.score!.values)).toEqual([0.5, 0.1, 0.25, 1]);
  });

  it('rejects too many distinct text labels at the record the row path names', async () => {
    const n = 70_000;
    const bytes = v2({
      columnData: [
        { name: 'y_true', data: Array.from({ length: n }, (_, i) => `class ${i}`), type: 'STRING' },
        { name: 'y_pred', data: Array.from({ length: n }, () => 'class 0'), type: 'STRING' },
      ],
      rowGroupSize: 50_000,
    });
    expect(errorOf(await sameAsRowPath('classes.parquet', bytes))).toMatch(/^classes\.parquet record 65537 \(column "y_true"\): more than 65536 distinct values/);
  });

  it('decodes row groups of growing and shrinking sizes into arrays it reuses, every group column-wise', async () => {
    const d = frame(180, 9);
    const bytes = v2({
      columnData: [
        { name: 'y_true', data: d.yTrue, type: 'INT64' },
        { name: 'y_pred', data: d.yPred, type: 'INT64' },
        { name: 'y_score', data: d.yScore, type: 'DOUBLE' },
        { name: 'weight', data: d.yScore.map((v, i) => (i % 3) + v), type: 'DOUBLE', encoding: 'PLAIN' },
        { name: 'split', data: d.split.map((v, i) => (i % 17 === 5 ? null : v)), type: 'STRING' },
        { name: 'flag', data: d.yPred.map((v) => v === 1n), type: 'BOOLEAN' },
      ],
      rowGroupSize: [3, 120, 7, 50],
    });
    const fast = await sameAsRowPath('groups.parquet', bytes, { weight: 'weight', slices: ['split', 'flag'] });
    expect(fast.stats).toEqual({ rowGroups: 4, columnar: 4 });
    const table = tableOf(fast);
    expect(table.n).toBe(180);
    expect(Array.from(table.weights!)).toEqual(d.yScore.map((v, i) => (i % 3) + v));
  });

  it('is used for the benchmark-like file (OPTIONAL INT64 labels, DOUBLE scores, snappy, V2 pages)', async () => {
    const d = frame(5000, 4);
    const schema = [
      { name: 'schema', num_children: 3 },
      { name: 'y_true', type: 'INT64' as const, repetition_type: 'OPTIONAL' as const },
      { name: 'y_pred', type: 'INT64' as const, repetition_type: 'OPTIONAL' as const },
      { name: 'y_score', type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const },
    ];
    const bytes = v2({
      columnData: [
        { name: 'y_true', data: d.yTrue },
        { name: 'y_pred', data: d.yPred },
        { name: 'y_score', data: d.yScore },
      ],
      schema,
      rowGroupSize: 2000,
    });
    const fast = await sameAsRowPath('bench.parquet', bytes);
    expect(fast.stats).toEqual({ rowGroups: 3, columnar: 3 });
    const csv = ['y_true,y_pred,y_score', ...d.yScore.map((s, i) => `${d.yTrue[i]},${d.yPred[i]},${s}`)].join('\n');
    expect(evaluateTable(tableOf(fast)).metrics).toEqual(evaluateTable(readPredictions([{ name: 'bench.parquet', text: csv }], {})).metrics);
  });
});

describe('bad Parquet input on the columnar fast path', () => {
  /** A V1 file (and its V2 twin) of 30 rows in 3 row groups with the given columns. */
  async function bothFormats(columns: V1Column[], overrides: ColumnOverrides = {}): Promise<string> {
    const v1 = errorOf(await sameAsRowPath('bad.parquet', writeV1Parquet(columns, { rowGroupRows: 10, pageRows: 4 }), overrides));
    const v2Bytes = v2({
      columnData: columns.map((c) => ({ name: c.name, data: c.values as never, type: c.type === 'BYTE_ARRAY' ? ('STRING' as const) : c.type, nullable: true })),
      rowGroupSize: 10,
      pageSize: 40,
    });
    expect(errorOf(await sameAsRowPath('bad.parquet', v2Bytes, overrides))).toBe(v1);
    return v1;
  }
  const labels = (n = 30): bigint[] => Array.from({ length: n }, (_, i) => BigInt(i % 2));
  const scores = (n = 30): number[] => Array.from({ length: n }, (_, i) => (i % 10) / 10);
  const at = (values: unknown[], index: number, value: unknown): never => values.map((v, i) => (i === index ? value : v)) as never;

  it('names the record and column of a null label, in a later row group', async () => {
    const message = await bothFormats([
      { name: 'y_true', type: 'INT64', values: at(labels(), 16, null), dictionaryPages: true },
      { name: 'y_score', type: 'DOUBLE', values: scores() },
    ]);
    expect(message).toBe('bad.parquet record 17 (column "y_true"): missing value; every row needs one here');
  });

  it('names an empty text label', async () => {
    const message = await bothFormats([
      { name: 'y_true', type: 'BYTE_ARRAY', values: at(labels().map((v) => `c${v}`), 21, '') },
      { name: 'y_pred', type: 'BYTE_ARRAY', values: labels().map((v) => `c${v}`) },
    ]);
    expect(message).toBe('bad.parquet record 22 (column "y_true"): empty cell; every row needs a value here');
  });

  it('rejects a probability outside [0, 1] in a `probability` or `prob_*` column, not in `y_score`', async () => {
    expect(
      await bothFormats([
        { name: 'label', type: 'INT64', values: labels() },
        { name: 'probability', type: 'DOUBLE', values: at(scores(), 12, 1.5) },
      ]),
    ).toBe('bad.parquet record 13 (column "probability"): probability 1.5 is outside [0, 1]');
    expect(
      await bothFormats([
        { name: 'label', type: 'BYTE_ARRAY', values: labels().map((v) => (v ? 'a' : 'b')) },
        { name: 'prob_a', type: 'DOUBLE', values: scores() },
        { name: 'prob_b', type: 'DOUBLE', values: at(scores(), 28, -0.25) },
      ]),
    ).toBe('bad.parquet record 29 (column "prob_b"): probability -0.25 is outside [0, 1]');
    const decision = writeV1Parquet([
      { name: 'y_true', type: 'INT64', values: labels() },
      { name: 'y_score', type: 'DOUBLE', values: at(scores(), 12, 3.5) },
    ]);
    expect(tableOf(await sameAsRowPath('decision.parquet', decision)).score!.inUnitInterval).toBe(false);
  });

  it('rejects NaN scores and negative weights', async () => {
    expect(
      await bothFormats([
        { name: 'y_true', type: 'INT64', values: labels() },
        { name: 'y_score', type: 'DOUBLE', values: at(scores(), 3, Number.NaN) },
      ]),
    ).toBe('bad.parquet record 4 (column "y_score"): NaN is not allowed here; expected a finite number');
    expect(
      await bothFormats(
        [
          { name: 'y_true', type: 'INT64', values: labels() },
          { name: 'w', type: 'DOUBLE', values: at(scores(), 25, -1) },
        ],
        { weight: 'w' },
      ),
    ).toBe('bad.parquet record 26 (column "w"): negative sample weight -1');
  });

  it('rejects duplicate ids within a row group, across row groups and across shards', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => BigInt(i));
    expect(
      await bothFormats([
        { name: 'id', type: 'INT64', values: at(ids, 7, 3n) },
        { name: 'y_true', type: 'INT64', values: labels() },
      ]),
    ).toBe('bad.parquet record 8 (column "id"): duplicate id "3"; ids must be unique across all files');
    expect(
      await bothFormats([
        { name: 'id', type: 'INT64', values: at(ids, 24, 3n) },
        { name: 'y_true', type: 'INT64', values: labels() },
      ]),
    ).toBe('bad.parquet record 25 (column "id"): duplicate id "3"; ids must be unique across all files');

    const shard = (): Uint8Array =>
      writeV1Parquet([
        { name: 'id', type: 'INT64', values: ids },
        { name: 'y_true', type: 'INT64', values: labels() },
      ]);
    const builder = new PredictionTableBuilder({});
    await readParquetInto({ name: 'a.parquet', bytes: shard() }, builder, {});
    const error = await expectInputError(readParquetInto({ name: 'b.parquet', bytes: shard() }, builder, {}));
    expect(error.message).toBe('b.parquet record 1 (column "id"): duplicate id "0"; ids must be unique across all files');
  });

  it('reports the earliest bad record in row-major order when several cells are bad', async () => {
    // Record 15: a bad score and a null label (the label comes first); record 12: a negative weight (earlier).
    const columns = (weightAt: number): V1Column[] => [
      { name: 'y_true', type: 'INT64', values: at(labels(), 14, null) },
      { name: 'probability', type: 'DOUBLE', values: at(scores(), 14, 7) },
      { name: 'w', type: 'DOUBLE', values: at(scores(), weightAt, -2) },
      { name: 'split', type: 'BYTE_ARRAY', values: at(labels().map(String), 11, null) },
    ];
    const overrides = { weight: 'w', slices: ['split'] };
    expect(await bothFormats(columns(11), overrides)).toBe('bad.parquet record 12 (column "w"): negative sample weight -2');
    expect(await bothFormats(columns(14), overrides)).toBe('bad.parquet record 15 (column "y_true"): missing value; every row needs one here');
    expect(await bothFormats(columns(20), overrides)).toBe('bad.parquet record 15 (column "y_true"): missing value; every row needs one here');
  });
});

describe('Parquet column decoding against hyparquet', () => {
  type Kind = 'INT32' | 'INT64' | 'DOUBLE' | 'FLOAT' | 'BOOLEAN' | 'STRING';
  const UNUSUAL_DOUBLES = [Number.NaN, -0, Infinity, -Infinity, 1e300, 5e-324];
  const TEXTS = ['', 'a', 'é', '\uFEFFa', 'a,b', 'x'.repeat(40), '猫', '0', '1.0'];

  function valueOf(kind: Kind, k: number): V1Value {
    switch (kind) {
      case 'INT32':
        return (k % 2 ? -1 : 1) * k * 12345;
      case 'INT64':
        return k % 5 === 4 ? 2n ** 53n + BigInt(k) * (k % 2 ? -1n : 1n) * 1_000_003n : BigInt(k * 99);
      case 'DOUBLE':
        return k < UNUSUAL_DOUBLES.length ? UNUSUAL_DOUBLES[k]! : k / 7;
      case 'FLOAT':
        return Math.fround(k / 3);
      case 'BOOLEAN':
        return k % 2 === 0;
      case 'STRING':
        return k < TEXTS.length ? TEXTS[k]! : `t${k}`;
    }
  }

  const columnArb = fc.record({
    kind: fc.constantFrom<Kind>('INT32', 'INT64', 'DOUBLE', 'FLOAT', 'BOOLEAN', 'STRING'),
    distinct: fc.integer({ min: 1, max: 40 }),
    nulls: fc.constantFrom(0, 0, 0.05, 0.5, 1),
    required: fc.boolean(),
    dictionaryPages: fc.constantFrom(0, 1, 2, 1000),
    bitPackedLevels: fc.boolean(),
  });
  const fileArb = fc.record({
    rows: fc.integer({ min: 1, max: 400 }),
    columns: fc.array(columnArb, { minLength: 1, maxLength: 4 }),
    rowGroupRows: fc.integer({ min: 1, max: 400 }),
    pageRows: fc.integer({ min: 1, max: 200 }),
    version: fc.constantFrom(1, 2),
    snappy: fc.boolean(),
    seed: fc.integer({ min: 1, max: 1 << 30 }),
  });

  /** The cells hyparquet's own reader gives, converted as the row path converts them. */
  function rowPathCell(value: unknown): unknown {
    if (typeof value === 'bigint') return value >= -(2n ** 53n - 1n) && value <= 2n ** 53n - 1n ? Number(value) : value.toString();
    return value ?? null;
  }

  function batchCell(column: BatchColumn, r: number): unknown {
    if (column.kind === 'numbers') return column.valid && column.valid[r] === 0 ? null : column.values[r];
    if (column.kind === 'coded') return column.values[column.codes[r]!];
    return column.cells[r];
  }

  it('decodes random flat columns (V1 and V2 pages, PLAIN and dictionary, nulls, row groups) to hyparquet cells', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, async (spec) => {
        let s = spec.seed;
        const next = (): number => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 4294967296;
        };
        const columns = spec.columns.map((c, j) => ({
          ...c,
          name: `c${j}`,
          values: Array.from({ length: spec.rows }, (): V1Value => (!c.required && next() < c.nulls ? null : valueOf(c.kind, Math.floor(next() * c.distinct)))),
        }));
        const bytes =
          spec.version === 1
            ? writeV1Parquet(
                columns.map((c) => ({
                  name: c.name,
                  type: c.kind === 'STRING' ? ('BYTE_ARRAY' as const) : c.kind,
                  element: c.kind === 'STRING' ? { converted_type: 'UTF8' as const } : undefined,
                  values: c.values,
                  required: c.required,
                  dictionaryPages: c.kind === 'BOOLEAN' ? 0 : c.dictionaryPages,
                  bitPackedLevels: c.bitPackedLevels,
                })),
                { rowGroupRows: spec.rowGroupRows, pageRows: spec.pageRows, codec: spec.snappy ? 'SNAPPY' : 'UNCOMPRESSED' },
              )
            : v2({
                columnData: columns.map((c) => ({
                  name: c.name,
                  data: c.values as never,
                  type: c.kind,
                  nullable: !c.required,
                  encoding: c.kind === 'BOOLEAN' ? undefined : c.dictionaryPages > 0 ? ('RLE_DICTIONARY' as const) : ('PLAIN' as const),
                })),
                rowGroupSize: spec.rowGroupRows,
                pageSize: spec.pageRows * 4,
                codec: spec.snappy ? 'SNAPPY' : 'UNCOMPRESSED',
              });
        const file = bytes.slice().buffer;
        const expected = (await parquetReadObjects({ file, compressors })) as Record<string, unknown>[];
        const metadata = parquetMetadata(file);
        const flat = flatColumns(parquetSchema(metadata), columns.map((_, j) => j));
        expect(flat).toBeDefined();
        const fetcher = new ChunkFetcher({ byteLength: file.byteLength, slice: (a, b) => file.slice(a, b) }, metadata, flat!);
        let start = 0;
        for (let g = 0; g < metadata.row_groups.length; g++) {
          const rows = Number(metadata.row_groups[g]!.num_rows);
          const batch = await fetcher.decode(g, rows);
          expect(batch).toBeDefined();
          columns.forEach((c, j) => {
            const got = Array.from({ length: rows }, (_, r) => batchCell(batch![j]!, r));
            const want = expected.slice(start, start + rows).map((row) => rowPathCell(row[c.name]));
            expect(got).toEqual(want);
          });
          start += rows;
        }
      }),
      { numRuns: 150, seed: 6 },
    );
  });

  it('builds the same table as the row path, or fails with the same message, on random files with bad cells', async () => {
    type Role = { name: string; kind: Kind; pick: (k: number, bad: boolean) => V1Value };
    const roleArb = fc.record({
      labelKind: fc.constantFrom<Kind>('INT64', 'STRING', 'BOOLEAN', 'DOUBLE', 'INT32'),
      scoreName: fc.constantFrom('probability', 'y_score'),
      withId: fc.boolean(),
      withWeight: fc.boolean(),
      withSlice: fc.boolean(),
      badRate: fc.constantFrom(0, 0, 0.002, 0.02),
    });
    await fc.assert(
      fc.asyncProperty(roleArb, fileArb, async (roles, spec) => {
        let s = spec.seed;
        const next = (): number => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 4294967296;
        };
        const labelOf = (k: number, bad: boolean): V1Value => (bad ? (roles.labelKind === 'STRING' && k % 2 ? '' : null) : valueOf(roles.labelKind, k % 3));
        const columns: Role[] = [
          { name: 'y_true', kind: roles.labelKind, pick: labelOf },
          { name: 'y_pred', kind: roles.labelKind, pick: labelOf },
          { name: roles.scoreName, kind: 'DOUBLE', pick: (k, bad) => (bad ? [Number.NaN, 1.5, -0.5, null, Infinity][k % 5]! : (k % 1000) / 1000) },
        ];
        if (roles.withId) columns.push({ name: 'id', kind: 'INT64', pick: (k, bad) => (bad ? (k % 2 ? null : 7n) : BigInt(k)) });
        if (roles.withWeight) columns.push({ name: 'w', kind: 'DOUBLE', pick: (k, bad) => (bad ? [-1, null, Number.NaN][k % 3]! : k % 4) });
        if (roles.withSlice) columns.push({ name: 'g', kind: 'STRING', pick: (k, bad) => (bad ? null : ['a', 'b', ''][k % 3]!) });
        const values = columns.map((c) =>
          Array.from({ length: spec.rows }, (_, r) => c.pick(c.name === 'id' ? r + 100 : Math.floor(next() * 5000), next() < roles.badRate)),
        );
        const bytes =
          spec.version === 1
            ? writeV1Parquet(
                columns.map((c, j) => ({
                  name: c.name,
                  type: c.kind === 'STRING' ? ('BYTE_ARRAY' as const) : c.kind,
                  values: values[j]!,
                  dictionaryPages: c.kind === 'BOOLEAN' ? 0 : spec.columns[0]!.dictionaryPages,
                })),
                { rowGroupRows: spec.rowGroupRows, pageRows: spec.pageRows, codec: spec.snappy ? 'SNAPPY' : 'UNCOMPRESSED' },
              )
            : v2({
                columnData: columns.map((c, j) => ({ name: c.name, data: values[j] as never, type: c.kind, nullable: true })),
                rowGroupSize: spec.rowGroupRows,
                pageSize: spec.pageRows * 4,
              });
        const overrides: ColumnOverrides = { ...(roles.withWeight ? { weight: 'w' } : {}), ...(roles.withSlice ? { slices: ['g'] } : {}) };
        await sameAsRowPath('random.parquet', bytes, overrides, roles.badRate === 0);
      }),
      { numRuns: 200, seed: 8 },
    );
  });

  it('finds no-null definition levels only in one run of ones over the whole page', () => {
    const page = (...bytes: number[]): Uint8Array => new Uint8Array([bytes.length, 0, 0, 0, ...bytes, 0xaa]);
    expect(presentRun(page(10 << 1, 1), 10)).toBe(6);
    expect(presentRun(page(0x80 | ((300 << 1) & 0x7f), (300 << 1) >> 7, 1), 300)).toBe(7);
    expect(presentRun(page(10 << 1, 1), 11)).toBe(0); // fewer values than the page has
    expect(presentRun(page(10 << 1, 0), 10)).toBe(0); // a run of nulls
    expect(presentRun(page((2 << 1) | 1, 0xff, 0xff), 16)).toBe(0); // bit-packed
    expect(presentRun(page(4 << 1, 1, 6 << 1, 1), 10)).toBe(0); // two runs
  });
});
