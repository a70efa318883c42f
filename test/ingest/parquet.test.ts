import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { ColumnOverrides } from '../../src/ingest/columns.js';
import { isParquet, readParquetInto, type ParquetSource } from '../../src/ingest/parquet.js';
import { readPredictions } from '../../src/ingest/read-predictions.js';
import { resolveEvalSet, type ResolveOptions } from '../../src/ingest/resolve.js';
import type { PredictionTable } from '../../src/ingest/table.js';
import { PredictionTableBuilder } from '../../src/ingest/table-builder.js';
import { evaluate, type Evaluation } from '../../src/metrics/evaluate.js';

// Fixtures and their CSV/JSONL twins come from scripts/generate-parquet-fixtures.mjs.
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/parquet/${name}`, import.meta.url));
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
