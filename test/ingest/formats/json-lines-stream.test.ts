import { protectBigIntegers } from '../../../src/ingest/formats/big-integers.js';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { describeJson } from '../../../src/ingest/table/cells.js';
import type { ColumnOverrides } from '../../../src/ingest/table/columns.js';
import { JsonLinesReader } from '../../../src/ingest/formats/json-lines.js';
import { printsAsWritten } from '../../../src/ingest/formats/json-lexer.js';
import { readPredictions, readPredictionSources } from '../../../src/ingest/read-predictions.js';
import type { PredictionSource } from '../../../src/ingest/sources.js';
import { PredictionTableBuilder, type RowSink } from '../../../src/ingest/table/table-builder.js';
import { cli, tempFiles } from '../../helpers/cli.js';
import { chunked, comparable } from '../../helpers/tables.js';

/**
 * The streamed JSON Lines reader (its byte scanner and its `JSON.parse` path) against the reader it replaced:
 * the whole text split into lines, each trimmed and given to `JSON.parse`, the values passed to `beginFile`.
 * Same tables, or the same first error.
 */
function viaJsonParse(files: readonly { name: string; text: string }[], overrides: ColumnOverrides): unknown {
  try {
    const builder = new PredictionTableBuilder(overrides);
    for (const file of files) {
      const before = builder.rowCount;
      const lines = file.text.replace(/^\uFEFF/, '').split('\n');
      let keys: string[] | undefined;
      let sink: RowSink | undefined;
      lines.forEach((raw, index) => {
        const text = raw.trim();
        if (text === '') return;
        const line = index + 1;
        let value: unknown;
        try {
          value = JSON.parse(protectBigIntegers(text));
        } catch (error) {
          throw new InputError(`not valid JSON (${(error as Error).message})`, { file: file.name, line });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          throw new InputError(`expected a JSON object per line, found ${describeJson(value)}`, { file: file.name, line });
        }
        const record = value as Record<string, unknown>;
        if (!keys) {
          keys = Object.keys(record);
          sink = builder.beginFile(file.name, keys, keys.map((k) => record[k]));
        }
        sink!(keys.map((k) => record[k]), line);
      });
      if (!keys) throw new InputError('empty file: no JSON records', { file: file.name });
      if (builder.rowCount === before) throw new InputError('no data rows; the file has a header at most', { file: file.name });
    }
    return comparable(builder.finish());
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function viaStreams(files: readonly { name: string; bytes: Uint8Array; cuts: readonly number[] | 'bytes' }[], overrides: ColumnOverrides): Promise<unknown> {
  const sources: PredictionSource[] = files.map(({ name, bytes, cuts }) => ({
    kind: 'json-lines',
    stream: { name, chunks: chunked(bytes, cuts === 'bytes' ? Array.from({ length: bytes.length }, (_, i) => i) : cuts), expectedBytes: bytes.length },
  }));
  try {
    return comparable(await readPredictionSources(sources, overrides));
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function viaText(files: readonly { name: string; text: string }[], overrides: ColumnOverrides): unknown {
  try {
    return comparable(readPredictions(files, overrides));
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const enc = (text: string) => new TextEncoder().encode(text);

/** How many lines after the first a reader gave to `JSON.parse`, and the table it built. */
function readWithCounts(text: string, overrides: ColumnOverrides = {}, chunk = 7): { parsed: number; table: unknown } {
  const builder = new PredictionTableBuilder(overrides);
  const reader = new JsonLinesReader('p.jsonl', builder);
  const bytes = enc(text);
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.slice(i, i + chunk));
  reader.finish();
  return { parsed: reader.parsedLines, table: comparable(builder.finish()) };
}

/**
 * Raw JSON texts of values: ones the scanner takes, and every kind it must leave to `JSON.parse` or word as
 * an error, the latter at a rate (per 1000 values) that each file draws, so that some files are valid.
 */
type Pool = (rate: number) => fc.Arbitrary<string>;
const weighted =
  (common: readonly string[], unusual: readonly string[]): Pool =>
  (rate) =>
    rate === 0
      ? fc.constantFrom(...common)
      : fc.oneof({ weight: 1000 - rate, arbitrary: fc.constantFrom(...common) }, { weight: rate, arbitrary: fc.constantFrom(...unusual) });
const LABEL = weighted(
  ['0', '1', '"0"', '"1"', '1', '0'],
  ['1.0', '-0', '1e0', '0.5', '3.25', '-12.5', '0.000001', '0.0000001', '12.50', '123456789012345.6', '1234567890123456', '100000000000000', '1E2', '"cat"', '"é"', '"a\\"b"', '"\\u0031"', 'true', 'false', 'null', '""', '[1]', '{"a":1}', '123456789012345678901', '1e21', '-7', '"1.0"', '"\uFEFF1"', '"\u2028"'],
);
const MULTI_LABEL = weighted(['"cat"', '"dog"', '"bird"', '0', '1', '2'], ['2.0', '"\\u0063at"', 'null', '3']);
const SCORE = weighted(
  ['0.5', '0.25', '0.987654', '0', '1', '0.1', '0.30000000000000004', '1e-3', '-0', '0.0350567'],
  ['1E+0', '0.1000000000000000055511151231257827', '"0.5"', '" 0.5"', '"abc"', '1e400', '-1e400', '12345678901234567', '5e-324', 'true', 'null', '""', '2', '-0.5', '[0.1,0.9]', '{"a":0.2}', '"NaN"', '"\\u0030.5"', '0.5e0', '1.5e-400'],
);
const WEIGHT = weighted(['1', '0.5', '2e0', '3'], ['"1"', '-1', 'null', '0', 'true', '1e400']);
const SLICE = weighted(['"a"', '"b"', '"é"'], ['null', '""', '1', '1.0', '-0', 'true', '"x\\ny"', '[1]', '1e21', '"\\u0061"']);
const EXTRA = weighted(
  ['1', '"note"', '[1,2,[3,{"k":"v"}]]', '{"nested":{"deep":[true,false,null]}}', '"esc\\"aped\\\\"', '"\\ud83d\\ude00"', '[]', '{}', '-1.5e-7', '[{"a":[1,{"b":2}]},"s"]', '{ "a" : [ 1 , { } ] }', '"\\/\\b\\f\\n\\r\\t\\uABCD"'],
  ['[1,]', '{"a" 1}', '[1 2]', '{"a":1,}', '"\\x"', 'nul', '"\\u12"', '{1:2}', '[01]', '[1}', '"a\tb"', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]'],
);
/** White space inside a line: JSON's own, and (rarely) other characters, which `JSON.parse` rejects there. */
const SPACE = weighted(['', '', '', '', '', '', ' ', '\t', '\r', '  '], ['\u00a0', '\uFEFF', '\v', '\f', '\u2028']);
/** White space around a line, which the old reader trimmed away (`String#trim`). */
const EDGE = weighted(['', '', '', ' ', '\t', '\r'], ['\u00a0', '\uFEFF', '\v', '\f', '\u2028', '\u3000', '\uFEFF\uFEFF']);
const BAD_LINE = fc.constantFrom('[1]', '"x"', '1', 'null', '{', '{}', '{"y_true":1}}', '{"y_true":01}', '{"y_true":1,}', '{y_true:1}', "{'y_true':1}", '{"y_true":1}x', '{"y_true":1} {"y_true":0}', '{"y_true":-}', '{"y_true":1.}', '{"y_true":.5}', '{"y_true":1e}', '{"y_true":tru}', '{"y_true":"a\tb"}');

interface Shape {
  readonly keys: readonly string[];
  readonly values: Record<string, fc.Arbitrary<string>>;
  readonly overrides: ColumnOverrides;
  /** Per 1000: unusual values and white space; lines reordered, missing or repeating a key, or with other keys. */
  readonly rate: number;
  readonly lineRate: number;
}

const shape: fc.Arbitrary<Shape> = fc
  .record({
    prediction: fc.boolean(),
    score: fc.boolean(),
    id: fc.boolean(),
    weight: fc.boolean(),
    slice: fc.boolean(),
    extra: fc.boolean(),
    multiclass: fc.boolean(),
    vectors: fc.constantFrom(['[0.2,0.3,0.5]', '[0.1,0.8,0.1]', '[ 0.5 , 0.5 , 0 ]'], ['{"a":0.2,"b":0.3,"c":0.5}', '{"c":0.1,"a":0.8,"b":0.1}']),
    rate: fc.constantFrom(0, 0, 0, 5, 20, 100),
    lineRate: fc.constantFrom(0, 0, 10, 50),
  })
  .map((s) => {
    const rate = s.rate;
    const label = (s.multiclass ? MULTI_LABEL : LABEL)(rate);
    const keys = ['y_true'];
    const values: Record<string, fc.Arbitrary<string>> = { y_true: label };
    const add = (key: string, value: fc.Arbitrary<string>) => {
      keys.push(key);
      values[key] = value;
    };
    if (s.prediction) add('y_pred', label);
    if (s.score) {
      const vectors = fc.constantFrom(...s.vectors);
      add('y_score', s.multiclass ? fc.oneof({ weight: 1000 - rate, arbitrary: vectors }, { weight: rate + 1, arbitrary: SCORE(rate) }) : SCORE(rate));
    }
    if (s.id) {
      // Unique ids mostly (a repeat is an error), as numbers and as strings.
      const unique = fc.integer({ min: 0, max: 1e9 });
      const unusual = fc.constantFrom('9007199254740993', '1.5', '-0', 'true', 'null', '"\\u0061"', '1e2', '""', '1', '"1"');
      add('id', fc.oneof({ weight: 500, arbitrary: unique.map(String) }, { weight: 500, arbitrary: unique.map((k) => `"r${k}"`) }, { weight: rate + 1, arbitrary: unusual }));
    }
    if (s.weight) add('w', WEIGHT(rate));
    if (s.slice) add('region', SLICE(rate));
    if (s.extra) add('extra', EXTRA(rate));
    const overrides: ColumnOverrides = { ...(s.weight ? { weight: 'w' } : {}), ...(s.slice ? { slices: ['region'] } : {}) };
    return { keys, values, overrides, rate, lineRate: s.lineRate };
  });

/** One line: the shape's keys (reordered, dropped, repeated or joined by others now and then), spaced at random. */
const recordLine = (s: Shape): fc.Arbitrary<string> =>
  fc
    .record({
      members: fc.tuple(...s.keys.map((k) => fc.tuple(fc.constant(k), s.values[k]!))),
      order: fc.oneof({ weight: 1000, arbitrary: fc.constant(false) }, { weight: 3 * s.lineRate, arbitrary: fc.constant(true) }),
      drop: fc.oneof({ weight: 1000, arbitrary: fc.constant(-1) }, { weight: s.lineRate, arbitrary: fc.nat(s.keys.length - 1) }),
      repeat: fc.oneof({ weight: 1000, arbitrary: fc.constant(-1) }, { weight: s.lineRate, arbitrary: fc.nat(s.keys.length - 1) }),
      extra: fc.oneof(
        { weight: 1000, arbitrary: fc.constant<[string, string][]>([]) },
        { weight: 3 * s.lineRate, arbitrary: fc.array(fc.tuple(fc.constantFrom<string>('other', 'Y_TRUE', '__proto__', 'ünï', 'a\\"b', '0', 'y_score_x'), EXTRA(s.rate)), { maxLength: 2 }) },
      ),
      spaces: fc.array(SPACE(s.rate), { minLength: 40, maxLength: 40 }),
      edges: fc.tuple(EDGE(s.lineRate), EDGE(s.lineRate)),
      seed: fc.nat(),
    })
    .map(({ members, order, drop, repeat, extra, spaces, edges, seed }) => {
      let list: [string, string][] = members.map(([k, v]) => [JSON.stringify(k), v]);
      if (repeat >= 0) list.push([JSON.stringify(s.keys[repeat]!), list[repeat]![1] === '1' ? '0' : '1']);
      if (drop >= 0) list.splice(drop, 1);
      list.push(...extra.map(([k, v]): [string, string] => [k.includes('\\') ? `"${k}"` : JSON.stringify(k), v]));
      if (order) list = list.map((m, i) => [(i * 7919 + seed) % 1000, m] as const).sort((a, b) => a[0] - b[0]).map(([, m]) => m);
      let n = 0;
      const sp = () => spaces[n++ % spaces.length]!;
      return `${edges[0]}{${sp()}${list.map(([k, v]) => `${k}${sp()}:${sp()}${v}${sp()}`).join(`,${sp()}`)}}${edges[1]}`;
    });

const jsonLinesFile = (maxLines = 12) =>
  shape.chain((s) =>
    fc.record({
      lines: fc.array(
        fc.oneof(
          { weight: 1000, arbitrary: recordLine(s) },
          { weight: 10 + s.lineRate, arbitrary: fc.constantFrom('', '  ', '\r', '\uFEFF', '\u00a0\t') },
          { weight: s.lineRate, arbitrary: BAD_LINE },
        ),
        { minLength: 1, maxLength: maxLines },
      ),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      finalNewline: fc.boolean(),
      overrides: fc.constant(s.overrides),
    }),
  ).map(({ lines, crlf, bom, finalNewline, overrides }) => {
    const newline = crlf ? '\r\n' : '\n';
    return { text: (bom ? '\uFEFF' : '') + lines.join(newline) + (finalNewline ? newline : ''), overrides };
  });

describe('reading JSON Lines from streamed bytes', () => {
  const sameAsJsonParse = (files: ReturnType<typeof jsonLinesFile>) =>
    fc.asyncProperty(
      files.chain((file) => {
        const length = enc(file.text).length;
        return fc.tuple(fc.constant(file), fc.array(fc.integer({ min: 0, max: length }), { maxLength: 8 }).map((c) => c.sort((a, b) => a - b)));
      }),
      async ([file, cuts]) => {
        const bytes = enc(file.text);
        // The shell decodes files as UTF-8 (dropping one leading byte-order mark) before the text reader saw them.
        const expected = viaJsonParse([{ name: 'p.jsonl', text: new TextDecoder().decode(bytes) }], file.overrides);
        expect(await viaStreams([{ name: 'p.jsonl', bytes, cuts }], file.overrides)).toEqual(expected);
        expect(await viaStreams([{ name: 'p.jsonl', bytes, cuts: 'bytes' }], file.overrides)).toEqual(expected);
        expect(viaText([{ name: 'p.jsonl', text: file.text }], file.overrides)).toEqual(viaJsonParse([{ name: 'p.jsonl', text: file.text }], file.overrides));
      },
    );

  it('builds the same table, or fails with the same message, as JSON.parse per line (random and adversarial lines, chunks anywhere)', async () => {
    await fc.assert(sameAsJsonParse(jsonLinesFile()), { numRuns: 1500, seed: 20 });
  });

  it('builds the same table as JSON.parse per line from longer files', async () => {
    await fc.assert(sameAsJsonParse(jsonLinesFile(80)), { numRuns: 200, seed: 21 });
  });

  it('scans ordinary lines without JSON.parse, and parses the unusual ones', () => {
    const plain = '{"y_true":1,"y_pred":0,"y_score":0.53}\n{"y_true":0,"y_pred":0,"y_score":0.1}\r\n{ "y_score" : 1e-3 , "y_pred": 1, "y_true": 1 }\n\n';
    expect(readWithCounts(plain).parsed).toBe(0);
    expect(readWithCounts(`${plain}{"y_true":"1","y_pred":"0","y_score":"0.25","logits":[1.5,{"a":"\\n"}]}\n`).parsed).toBe(0);
    expect(readWithCounts(`${plain}{"y_true":"\\u0031","y_pred":0,"y_score":0.2}\n`).parsed).toBe(1);
    expect(readWithCounts(`${plain}{"y_true":1,"y_pred":0,"y_score":0.2,"y_score":0.3}\n`).parsed).toBe(1);
    expect(readWithCounts(`${plain}\u00a0{"y_true":1,"y_pred":0,"y_score":0.2}\n`).parsed).toBe(1);
    // Per-class score arrays: every line goes to JSON.parse.
    const vectors = '{"y_true":"a","y_score":[0.2,0.8]}\n{"y_true":"b","y_score":[0.6,0.4]}\n{"y_true":"b","y_score":[0.1,0.9]}\n';
    expect(readWithCounts(vectors).parsed).toBe(2);
    // Labels written as numbers keep their JSON value's spelling: 1.0 is the class of 1, -0 that of 0.
    const spelled = readWithCounts('{"y_true":1}\n{"y_true":1.0}\n{"y_true":-0}\n{"y_true":1e0}\n{"y_true":0}\n');
    expect(spelled.parsed).toBe(0);
    expect(spelled.table).toMatchObject({ label: { values: ['1', '0'], codes: [0, 0, 1, 0, 1] } });
  });

  it('matches keys by their JSON text: escaped keys and near misses go to JSON.parse', async () => {
    const cases = [
      '{"y_true":1,"a\\"b":2,"y_score":0.5}\n{"y_true":0,"a\\"b":3,"y_score":0.25}\n{"y_true":0,"a"b":3,"y_score":0.25}\n',
      '{"y_true":1,"":2,"y_score":0.5}\n{"y_true":0,"":3,"y_score":0.25}\n{"y_true":0,""":3,"y_score":0.25}\n',
      '{"y_true":1,"\\u0000":2,"y_score":0.5}\n{"y_true":0,"\\u0000":3,"y_score":0.25}\n{"y_true":0,"\u0000":3,"y_score":0.25}\n',
      '{"y_true":1,"y_score":0.5}\n{"y_true":0,"y_score"":0.25}\n',
      '{"y_true":1,"y_score":0.5}\n{"y_true":0,"y_scoreX:0.5}\n',
      '{"y_true":1,"y_score":0.5}\n{"y_true":0,"y_score :0.5}\n',
      '{"y_true":1,"y_score":0.5}\n{"y_true":0,"y_scor":0.25,"y_score":0.5}\n{"y_true":0,"y_scoree":0.25,"y_score":0.5}\n{"y_tru\\u0065":0,"y_score":0.5}\n',
    ];
    for (const text of cases) {
      const lines = text.split('\n');
      for (let n = 2; n <= lines.length; n++) {
        const part = lines.slice(0, n).join('\n');
        expect(await viaStreams([{ name: 'p.jsonl', bytes: enc(part), cuts: 'bytes' }], {}), part).toEqual(viaJsonParse([{ name: 'p.jsonl', text: part }], {}));
      }
    }
    expect(readWithCounts('{"y_true":1,"":2}\n{"y_true":0,"":3}\n{"":3,"y_true":1}\n').parsed).toBe(0);
  });

  it('checks values under keys no column reads as JSON.parse does, skipping the valid ones without it', async () => {
    const valid = ['[]', '{}', '[1,-2.5e+3,"x",true,false,null]', '{"a":{"b":[{}]},"c":"\\u00e9\\"\\\\\\/\\b\\f\\n\\r\\t"}', '[ 1 , [ 2 ] ]', '"\\uD83D\\uDE00"', '0', '-0.0e-0'];
    const invalid = ['"\\u12"', '"\\u12G4"', '"\\x"', '"\\"', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":}', '{,}', '[,1]', '[1 2]', '{"a":1 "b":2}', '{1:2}', "{'a':1}", '[01]', '[-]', '[1.]', '[1e]', '[1e+]', '[.5]', '[+1]', '[tru]', '[nul]', '[True]', '"a\tb"', '[1}', '{"a":1]', '[[1]', '[1]]', '[\u00a01]', '{"a":"b"c}', '[NaN]', '[Infinity]', '"abc', '{"a"x"b"}', '{"k"-1}', '{"k":1"j":2}'];
    const deep = `${'['.repeat(70)}1${']'.repeat(70)}`;
    for (const extra of [...valid, ...invalid, deep]) {
      const text = `{"y_true":1,"y_score":0.5,"extra":1}\n{"y_true":0,"extra":${extra},"y_score":0.25}\n{"y_true":1,"y_score":0.75}\n`;
      const expected = viaJsonParse([{ name: 'p.jsonl', text }], {});
      expect(await viaStreams([{ name: 'p.jsonl', bytes: enc(text), cuts: 'bytes' }], {}), extra).toEqual(expected);
      expect(await viaStreams([{ name: 'p.jsonl', bytes: enc(text), cuts: [] }], {}), extra).toEqual(expected);
      expect(Object.hasOwn(expected as object, 'error'), extra).toBe(invalid.includes(extra));
      if (valid.includes(extra)) expect(readWithCounts(text).parsed, extra).toBe(0);
    }
  });

  it('takes the bytes of a JSON number as its label text only when String() prints it so', () => {
    const digits = (min: number, max: number) => fc.array(fc.constantFrom('0', '0', '0', '1', '5', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));
    const number = fc
      .tuple(fc.boolean(), fc.oneof(fc.constant('0'), fc.tuple(fc.constantFrom('1', '4', '9'), digits(0, 22)).map(([a, b]) => a + b)), fc.option(digits(1, 22)), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(1, 3))))
      .map(([negative, integer, fraction, exponent]) => `${negative ? '-' : ''}${integer}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : exponent.join('')}`);
    fc.assert(
      fc.property(number, (text) => {
        const bytes = enc(text);
        if (printsAsWritten(bytes, 0, bytes.length)) expect(String(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 20_000, seed: 22 },
    );
    for (const text of ['0', '7', '-3', '0.5', '3.25', '-12.5', '0.000001', '123456789012345', '12345678901234.5']) expect(printsAsWritten(enc(text), 0, text.length), text).toBe(true);
    for (const text of ['-0', '1.0', '0.0000001', '1e2', '1234567890123456', '0.1000000000000000055511151231257827', '-0.0']) expect(printsAsWritten(enc(text), 0, text.length), text).toBe(false);
  });

  it('gives the same table for any chunking of a longer file, one byte at a time included', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => {
      const score = ((i * 7919) % 1000) / 1000;
      return i % 97 === 0
        ? `{"id":"é${i}","y_true":${i % 3 === 0 ? 1 : 0},"y_score":"${score}","group":"\\u00e9"}`
        : `{"id":"é${i}","y_true":${i % 3 === 0 ? 1 : 0},"y_score":${score},"group":"${i % 2 ? 'a' : 'b'}"}`;
    });
    const text = `\uFEFF${lines.join('\r\n')}\r\n`;
    const bytes = enc(text);
    const overrides = { slices: ['group'] };
    const expected = viaJsonParse([{ name: 'p.jsonl', text: new TextDecoder().decode(bytes) }], overrides);
    expect(expected).not.toHaveProperty('error');
    expect(await viaStreams([{ name: 'p.jsonl', bytes, cuts: 'bytes' }], overrides)).toEqual(expected);
    expect(await viaStreams([{ name: 'p.jsonl', bytes, cuts: [1, 2, 3, 100, 101, 65_536] }], overrides)).toEqual(expected);
    expect(await viaStreams([{ name: 'p.jsonl', bytes, cuts: [] }], overrides)).toEqual(expected);
  });

  it('concatenates shards, ids unique across them, and names the shard and line of an error', async () => {
    const a = '{"id":"r1","y_true":1,"y_score":0.9}\n{"id":"r2","y_true":0,"y_score":0.2}\n';
    const b = '{"id":"r3","y_true":0,"y_score":0.4}\r\n{"id":"r1","y_true":1,"y_score":0.5}\r\n';
    const c = '{"id":"r4","y_true":1,"y_score":0.7}';
    expect(await viaStreams([{ name: 'a.jsonl', bytes: enc(a), cuts: [5] }, { name: 'c.jsonl', bytes: enc(c), cuts: [] }], {})).toEqual(
      viaJsonParse([{ name: 'a.jsonl', text: a }, { name: 'c.jsonl', text: c }], {}),
    );
    const failed = await viaStreams([{ name: 'a.jsonl', bytes: enc(a), cuts: [] }, { name: 'b.jsonl', bytes: enc(b), cuts: [3, 30] }], {});
    expect(failed).toEqual({ error: 'b.jsonl:2 (column "id"): duplicate id "r1"; ids must be unique across all files' });
    expect(failed).toEqual(viaJsonParse([{ name: 'a.jsonl', text: a }, { name: 'b.jsonl', text: b }], {}));
  });

  it('words bad input as before, naming the file, line and field', async () => {
    const error = async (text: string, overrides: ColumnOverrides = {}) => {
      const streamed = await viaStreams([{ name: 'p.jsonl', bytes: enc(text), cuts: 'bytes' }], overrides);
      expect(streamed).toEqual(viaJsonParse([{ name: 'p.jsonl', text }], overrides));
      return (streamed as { error: string }).error;
    };
    const head = '{"y_true":1,"y_score":0.5}\n';
    expect(await error(`${head}{"y_true":0,"y_score":\n`)).toMatch(/^p\.jsonl:2: not valid JSON \(/);
    expect(await error(`${head}\n[1, 2]\n`)).toBe('p.jsonl:3: expected a JSON object per line, found an array');
    expect(await error('\n  \r\n\uFEFF\n')).toBe('p.jsonl: empty file: no JSON records');
    expect(await error('')).toBe('p.jsonl: empty file: no JSON records');
    expect(await error(`${head}{"y_true":0,"y_score":"abc"}\n`)).toBe('p.jsonl:2 (column "y_score"): "abc" is not a number');
    expect(await error(`${head}{"y_true":0,"y_score":true}\n`)).toBe('p.jsonl:2 (column "y_score"): expected a number, found boolean');
    expect(await error(`${head}{"y_true":0,"y_score":1e400}\n`)).toBe('p.jsonl:2 (column "y_score"): Infinity is not allowed here; expected a finite number');
    expect(await error(`${head}{"y_true":0}\n`)).toBe('p.jsonl:2 (column "y_score"): missing value; expected a number');
    expect(await error(`${head}{"y_true":null,"y_score":0.5}\n`)).toBe('p.jsonl:2 (column "y_true"): missing value; every row needs one here');
    expect(await error(`${head}{"y_true":"","y_score":0.5}\n`)).toBe('p.jsonl:2 (column "y_true"): empty cell; every row needs a value here');
    expect(await error(`{"y_true":1,"prob":0.5}\n{"y_true":0,"prob":1.5}\n`)).toBe('p.jsonl:2 (column "prob"): probability 1.5 is outside [0, 1]');
    expect(await error(`{"w":1,"y_true":1}\n{"w":-2,"y_true":0}\n`, { weight: 'w' })).toBe('p.jsonl:2 (column "w"): negative sample weight -2');
  });

  it('reads .jsonl, .jsonl.gz and .ndjson files through the CLI into the metrics of their CSV twin', async () => {
    // Over 1 MiB, so that lines straddle the shell's read and inflate chunks.
    const rows = Array.from({ length: 40_000 }, (_, i) => [i % 3 === 0 ? 1 : 0, i % 5 === 0 ? 1 : 0, ((i * 7919) % 1000) / 1000, i % 97 === 0 ? 'é, ü' : 'x'] as const);
    const csv = `y_true,y_pred,y_score,note\n${rows.map(([t, p, s, n]) => `${t},${p},${s},"${n}"`).join('\n')}\n`;
    const jsonl = `${rows.map(([t, p, s, n]) => JSON.stringify({ y_true: t, y_pred: p, y_score: s, note: n })).join('\n')}\n`;
    expect(jsonl.length).toBeGreaterThan(1 << 20);
    const dir = tempFiles({ 'p.csv': csv, 'p.jsonl': jsonl, 'p.jsonl.gz': gzipSync(jsonl), 'p.ndjson': jsonl, 'bad.jsonl': `${jsonl}{"y_true":1,"y_pred":1,"y_score":"x"}\n` });
    const metrics = async (file: string) => {
      const run = await cli(['evaluate', file, '--format', 'json'], dir);
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as { metrics: unknown }).metrics;
    };
    const expected = await metrics('p.csv');
    expect(await metrics('p.jsonl')).toEqual(expected);
    expect(await metrics('p.jsonl.gz')).toEqual(expected);
    expect(await metrics('p.ndjson')).toEqual(expected);
    expect((await cli(['evaluate', 'bad.jsonl'], dir)).stderr.trimEnd()).toBe('model-gate: bad.jsonl:40001 (column "y_score"): "x" is not a number');
    const broken = tempFiles({ 'cut.jsonl.gz': gzipSync(jsonl).subarray(0, 5000) });
    expect((await cli(['evaluate', 'cut.jsonl.gz'], broken)).stderr).toMatch(/^model-gate: cut\.jsonl\.gz: not a valid gzip file/);
  });
});
