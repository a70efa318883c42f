import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnOverrides } from '../../src/ingest/table/columns.js';
import { readPredictions, readPredictionSources } from '../../src/ingest/read-predictions.js';
import type { PredictionSource } from '../../src/ingest/sources.js';
import { chunked, comparable, viaStrings } from '../helpers/tables.js';

async function viaStreams(files: readonly { name: string; bytes: Uint8Array; cuts: readonly number[] }[], overrides: ColumnOverrides): Promise<unknown> {
  const sources: PredictionSource[] = files.map(({ name, bytes, cuts }) => ({
    kind: 'delimited',
    stream: { name, delimiter: ',', chunks: chunked(bytes, cuts), expectedBytes: bytes.length },
  }));
  try {
    return comparable(await readPredictionSources(sources, overrides));
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const LABELS = ['0', '1', '1', '0', 'cat', 'dog', '"1"', '"0"', '1.0', 'é', '"a""b"', '"x"y', '', ' '];
const SCORES = ['0.5', '0.1234567', '-0', '-0.0', '.5', '5.', '1e-3', '1E2', '"0.25"', '0.9', '0.0350567', '1', '0', 'abc', '', 'NaN', '-Infinity', ' 0.5', '0x1', '1e400', '12345678901234567', '+0.5', '2e-30', '"0""1"'];
const WEIGHTS = ['1', '0.5', '2e0', '3', '-1', '', '"1"'];
const SLICES = ['a', 'b', '', '"x,y"', '"p\nq"', 'é'];

const VALID_LABELS = ['0', '1', '"1"', '"0"', '1.0', '0.0'];
const VALID_SCORES = ['0.5', '0.1234567', '-0', '-0.0', '.5', '0.', '1e-3', '"0.25"', '0.9', '0.0350567', '1', '0', ' 0.5', '+0.5', '2e-30', '0.30000000000000004', '0.1000000000000000055511151231257827'];
const VALID_WEIGHTS = ['1', '0.5', '2e0', '3', '"1"', '0'];

/** A file with a random choice of columns, random cells (some bad), random newlines, quoting and BOM. */
const predictionFile = (labels = LABELS, scores = SCORES, weights = WEIGHTS, maxRows = 12) => fc
  .record({
    prediction: fc.boolean(),
    score: fc.constantFrom(undefined, 'y_score', 'probability'),
    id: fc.boolean(),
    weight: fc.boolean(),
    slice: fc.boolean(),
    note: fc.boolean(),
  })
  .chain((shape) => {
    const header = ['y_true'];
    const cells: fc.Arbitrary<string>[] = [pick(labels)];
    if (shape.prediction) {
      header.push('y_pred');
      cells.push(pick(labels));
    }
    if (shape.score) {
      header.push(shape.score);
      cells.push(pick(scores));
    }
    if (shape.id) {
      header.push('id');
      cells.push(fc.integer({ min: 0, max: labels === LABELS ? 40 : 1e9 }).map((k) => `r${k}`));
    }
    if (shape.weight) {
      header.push('w');
      cells.push(pick(weights));
    }
    if (shape.slice) {
      header.push('region');
      cells.push(pick(SLICES));
    }
    if (shape.note) {
      header.push('note');
      cells.push(pick(['x', '"a,b"', '""', '"line\r\nbreak"']));
    }
    const ragged = labels === LABELS ? 1 : 0;
    const row = fc.tuple(...cells).chain((r) => fc.oneof({ weight: 12, arbitrary: fc.constant(r) }, { weight: ragged, arbitrary: fc.constant(r.slice(1)) }));
    return fc.record({
      header: fc.constant(header),
      rows: fc.array(row, { minLength: 0, maxLength: maxRows }),
      newline: pick(['\n', '\r\n', '\r']),
      bom: fc.boolean(),
      overrides: fc.constant<ColumnOverrides>({ ...(shape.weight ? { weight: 'w' } : {}), ...(shape.slice ? { slices: ['region'] } : {}) }),
    });
  })
  .map(({ header, rows, newline, bom, overrides }) => ({
    text: (bom ? '\uFEFF' : '') + [header.join(','), ...rows.map((r) => r.join(','))].join(newline) + newline,
    overrides,
  }));

/** Mostly `common`, now and then one of `rare`. */
const mostly = (common: fc.Arbitrary<string>, rare: readonly string[]) => fc.oneof({ weight: 20, arbitrary: common }, { weight: 1, arbitrary: pick(rare) });

/**
 * Files of plain numbers, as most prediction files are, with now and then a cell or record the plain-rows lane
 * declines (plain-rows.ts): the lane and the parser take turns, and the table must not show where they did.
 */
const numberFile = fc
  .record({
    targets: fc.boolean(),
    prediction: fc.boolean(),
    score: fc.constantFrom(undefined, 'y_score', 'probability'),
    weight: fc.boolean(),
    slice: fc.boolean(),
    note: fc.boolean(),
    newline: fc.constantFrom('\n', '\n', '\r\n', '\r'),
  })
  .chain((shape) => {
    const target = mostly(fc.integer({ min: -2000, max: 200_000 }).map((v) => (v / 1000).toString()), ['1e3', '"2.5"', 'abc', '', '-0', '007']);
    const label = shape.targets ? target : mostly(pick(['0', '1', '1', '0', '2', '-1']), ['1.0', '01', '-0', '+1', 'cat', '"1"', '10', '4096', '']);
    const header = ['y_true'];
    const cells: fc.Arbitrary<string>[] = [label];
    if (shape.prediction) {
      header.push('y_pred');
      cells.push(label);
    }
    if (shape.score) {
      header.push(shape.score);
      cells.push(mostly(fc.integer({ min: 0, max: 1000 }).map((v) => (v / 1000).toString()), ['1.5', '-0.5', '2e-3', '"0.5"', '', 'x', '0.12345678901234567']));
    }
    if (shape.weight) {
      header.push('w');
      cells.push(mostly(pick(['1', '0.5', '2', '0']), ['-1', '1e0', '']));
    }
    if (shape.slice) {
      header.push('region');
      cells.push(mostly(pick(['eu', 'us', '', 'ünï']), ['"eu"', '"x,y"', 'new', ' eu']));
    }
    if (shape.note) {
      header.push('note');
      cells.push(mostly(pick(['x', 'a b', '']), ['"a,b"', '"line\nbreak"']));
    }
    const record = fc.tuple(...cells).map((r) => r.join(','));
    const line = fc.oneof({ weight: 60, arbitrary: record }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: record.map((r) => `${r},9`) });
    return fc.record({
      header: fc.constant(header.join(',')),
      lines: fc.array(line, { maxLength: 150 }),
      newline: fc.constant(shape.newline),
      overrides: fc.constant<ColumnOverrides>({ ...(shape.weight ? { weight: 'w' } : {}), ...(shape.slice ? { slices: ['region'] } : {}) }),
    });
  })
  .map(({ header, lines, newline, overrides }) => ({ text: [header, ...lines].join(newline) + newline, overrides }));

describe('reading predictions from streamed bytes', () => {
  const sameAsStrings = (files: ReturnType<typeof predictionFile>) =>
    fc.asyncProperty(
        files.chain((file) => {
          const bytes = new TextEncoder().encode(file.text);
          return fc.tuple(fc.constant(file), fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 8 }).map((c) => c.sort((a, b) => a - b)));
        }),
        async ([file, cuts]) => {
          const bytes = new TextEncoder().encode(file.text);
          const decoded = new TextDecoder().decode(bytes);
          const expected = viaStrings([{ name: 'p.csv', text: decoded }], file.overrides);
          expect(await viaStreams([{ name: 'p.csv', bytes, cuts }], file.overrides)).toEqual(expected);
          const viaText = (() => {
            try {
              return comparable(readPredictions([{ name: 'p.csv', text: file.text }], file.overrides));
            } catch (error) {
              return { error: (error as Error).message };
            }
          })();
          expect(viaText).toEqual(viaStrings([{ name: 'p.csv', text: file.text }], file.overrides));
        },
      );

  it('builds the same table, or fails with the same message, as the string reader (random files and chunks)', async () => {
    await fc.assert(sameAsStrings(predictionFile()), { numRuns: 1500, seed: 10 });
  });

  it('builds the same table as the string reader from longer files of valid cells', async () => {
    await fc.assert(sameAsStrings(predictionFile(VALID_LABELS, VALID_SCORES, VALID_WEIGHTS, 60)), { numRuns: 400, seed: 11 });
  });

  it('builds the same table as the string reader from files of plain numbers with a few odd cells (the fast lane)', async () => {
    await fc.assert(sameAsStrings(numberFile), { numRuns: 400, seed: 12 });
  });

  it('concatenates shards like the string reader, ids unique across them', async () => {
    const a = 'id,y_true,y_score\nr1,1,0.9\nr2,0,0.2\n';
    const b = 'id,y_true,y_score\r\nr3,0,0.4\r\nr1,1,0.5\r\n';
    const c = 'id,y_true,y_score\nr4,1,0.7\n';
    const enc = (t: string) => new TextEncoder().encode(t);
    expect(await viaStreams([{ name: 'a.csv', bytes: enc(a), cuts: [5] }, { name: 'c.csv', bytes: enc(c), cuts: [] }], {})).toEqual(
      viaStrings([{ name: 'a.csv', text: a }, { name: 'c.csv', text: c }], {}),
    );
    const failed = await viaStreams([{ name: 'a.csv', bytes: enc(a), cuts: [] }, { name: 'b.csv', bytes: enc(b), cuts: [3, 30] }], {});
    expect(failed).toEqual({ error: 'b.csv:3 (column "id"): duplicate id "r1"; ids must be unique across all files' });
    expect(failed).toEqual(viaStrings([{ name: 'a.csv', text: a }, { name: 'b.csv', text: b }], {}));
  });

  it('switches a label column with many distinct numbers to a numeric one, like the string reader', async () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => `${(i * 0.37).toFixed(3)},${i % 3 === 0 ? '"1.5"' : (i * 0.5).toString()}`);
    const text = `y_true,y_pred\n${rows.join('\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    const cuts = [1000, 65_536, 400_000];
    expect(await viaStreams([{ name: 'r.csv', bytes, cuts }], {})).toEqual(viaStrings([{ name: 'r.csv', text }], {}));
    const bad = `${text}abc,1\n`;
    const result = await viaStreams([{ name: 'r.csv', bytes: new TextEncoder().encode(bad), cuts }], {});
    expect(result).toEqual(viaStrings([{ name: 'r.csv', text: bad }], {}));
    expect(result).toMatchObject({ error: expect.stringContaining('"abc" is not a number') as unknown });
    const words = `y_true\n${Array.from({ length: 66_000 }, (_, i) => `w${i}`).join('\n')}\n`;
    expect(await viaStreams([{ name: 'w.csv', bytes: new TextEncoder().encode(words), cuts: [77_777] }], {})).toEqual(
      viaStrings([{ name: 'w.csv', text: words }], {}),
    );
  });

  it('stores a label column as numbers past 64 distinct values, all numbers and some not whole (a continuous target)', () => {
    const table = (values: readonly string[]) =>
      readPredictions([{ name: 'r.csv', text: `y_true,y_pred\n${values.map((v) => `${v},${v}`).join('\n')}\n` }], {});
    const fractional = (count: number) => Array.from({ length: count }, (_, i) => (i + 0.5).toString());
    expect(table(fractional(64)).label.kind).toBe('categorical');
    expect(table(fractional(65)).label).toMatchObject({ kind: 'numeric', values: Float64Array.from(fractional(65), Number) });
    expect(table(Array.from({ length: 65 }, (_, i) => String(i))).label.kind).toBe('categorical');
  });

  it('reads a stream through after bad input, so that a later read error still comes first', async () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield enc('y_true,y_score\n1,0.5\n');
      throw new Error('p2.csv: not a valid gzip file (unexpected end of file)');
    }
    const sources: PredictionSource[] = [
      { kind: 'delimited', stream: { name: 'p1.csv', delimiter: ',', chunks: chunked(enc('y_true,y_score\n1,abc\n'), []) } },
      { kind: 'delimited', stream: { name: 'p2.csv', delimiter: ',', chunks: failing() } },
    ];
    await expect(readPredictionSources(sources, {})).rejects.toThrow('p2.csv: not a valid gzip file');
    const parseOnly: PredictionSource[] = [
      { kind: 'delimited', stream: { name: 'p1.csv', delimiter: ',', chunks: chunked(enc('y_true,y_score\n1,abc\n'), []) } },
      { kind: 'delimited', stream: { name: 'p2.csv', delimiter: ',', chunks: chunked(enc('y_true,y_score\n1,0.5\n'), []) } },
    ];
    await expect(readPredictionSources(parseOnly, {})).rejects.toThrow('p1.csv:2 (column "y_score"): "abc" is not a number');
  });
});
