import { describe, expect, it } from 'vitest';
import { DelimitedByteParser } from '../../../src/ingest/formats/delimited-bytes.js';
import { PlainRowsLane } from '../../../src/ingest/formats/plain-rows-lane.js';
import type { RecordView } from '../../../src/ingest/table/record-view.js';
import {
  CODE_OFFSET,
  CODE_TABLE_SIZE,
  PlainRowsOutput,
  scanPlainRows,
  SLOT_CODE,
  SLOT_NUMBER,
  SLOT_PROBABILITY,
  SLOT_TEXT,
  SLOT_WEIGHT,
  type PlainRowsLayout,
} from '../../../src/ingest/formats/plain-rows.js';
import type { ColumnOverrides } from '../../../src/ingest/table/columns.js';
import { PredictionTableBuilder } from '../../../src/ingest/table/table-builder.js';
import { comparable, viaStrings } from '../../helpers/tables.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** Field 0 a label known as codes 0 (for "0"), 1 (for "1") and 2 (for "-1"); then the other kinds. */
function layout(kinds: readonly number[], fieldCount = kinds.length, slots?: readonly number[]): PlainRowsLayout {
  const codeTables = kinds.map((kind) => {
    const table = new Int32Array(kind === SLOT_CODE ? CODE_TABLE_SIZE : 0).fill(-1);
    if (kind === SLOT_CODE) {
      table[0 + CODE_OFFSET] = 0;
      table[1 + CODE_OFFSET] = 1;
      table[-1 + CODE_OFFSET] = 2;
    }
    return table;
  });
  return {
    delimiter: 0x2c,
    fieldCount,
    slots: Int32Array.from(slots ?? kinds.map((_, k) => k)),
    kinds: Uint8Array.from(kinds),
    codeTables,
    textCodes: kinds.map((kind) => (kind === SLOT_TEXT ? knownTexts : undefined)),
  };
}

/** Text slots know "en", "fr" and the empty value, as codes 0, 1 and 2. */
const knownTexts = {
  lookupBytes: (bytes: Uint8Array, start: number, end: number) => ['en', 'fr', ''].indexOf(new TextDecoder().decode(bytes.subarray(start, end))),
};

function scan(text: string, kinds: readonly number[], options: { final?: boolean; capacity?: number; fieldCount?: number; slots?: number[] } = {}) {
  const bytes = encode(text);
  const out = new PlainRowsOutput(kinds.length, options.capacity ?? 64);
  scanPlainRows(bytes, 0, bytes.length, options.final ?? true, layout(kinds, options.fieldCount, options.slots), out);
  const rows = Array.from({ length: out.rows }, (_, r) => kinds.map((kind, s) => (kind === SLOT_CODE || kind === SLOT_TEXT ? out.codes[s]![r] : out.numbers[s]![r])));
  return { rows, position: out.position, declined: out.declined, rest: text.slice(out.position) };
}

describe('scanPlainRows', () => {
  it('reads plain records into their slots: numbers as Number reads them, labels by code, LF and CRLF', () => {
    const text = '1,0.25,115.165,-3.5\r\n0,1,0,12\n-1,0.0350567,-0.0,0.5\n';
    const result = scan(text, [SLOT_CODE, SLOT_PROBABILITY, SLOT_NUMBER, SLOT_NUMBER]);
    expect(result).toEqual({
      rows: [
        [1, 0.25, 115.165, -3.5],
        [0, 1, 0, 12],
        [2, 0.0350567, -0, 0.5],
      ],
      position: text.length,
      declined: false,
      rest: '',
    });
    expect(Object.is(result.rows[2]![2], -0)).toBe(true);
  });

  it('skips the fields that feed no slot, and the end of the file ends the last record', () => {
    expect(scan('x y,1,"a",7', [SLOT_CODE, SLOT_NUMBER], { fieldCount: 4, slots: [-1, 0, -1, 1] })).toMatchObject({ declined: true, rows: [] });
    expect(scan('x y,1,a b,7', [SLOT_CODE, SLOT_NUMBER], { fieldCount: 4, slots: [-1, 0, -1, 1] })).toEqual({
      rows: [[1, 7]],
      position: 11,
      declined: false,
      rest: '',
    });
  });

  it.each([
    ['a quoted field', '"1",0.5\n'],
    ['an exponent', '1,1e-3\n'],
    ['16 significant digits', '1,0.1234567890123456\n'],
    ['23 digits after the point', '1,0.00000000000000000000001\n'],
    ['an empty cell', '1,\n'],
    ['a blank line', '\n'],
    ['a lone CR', '1,0.5\r0,0.5\n'],
    ['a CR ending the file', '1,0.5\r'],
    ['too many fields', '1,0.5,7\n'],
    ['too few fields', '1\n'],
    ['text after a number', '1,0.5x\n'],
    ['a label with a point', '1.0,0.5\n'],
    ['a label with a leading zero', '01,0.5\n'],
    ['a label "-0"', '-0,0.5\n'],
    ['a label with no code yet', '2,0.5\n'],
    ['a label beyond the code table', `${CODE_TABLE_SIZE},0.5\n`],
    ['a label written with a plus', '+1,0.5\n'],
  ])('declines %s, and reads the records before it', (_, record) => {
    const result = scan(`0,0.5\n${record}1,0.5\n`, [SLOT_CODE, SLOT_NUMBER]);
    expect(result).toMatchObject({ rows: [[0, 0.5]], position: 6, declined: true });
  });

  it('reads slice values its column knows by their bytes, empty ones included, and declines new or quoted ones', () => {
    expect(scan('1,en\n0,\n1,fr', [SLOT_CODE, SLOT_TEXT])).toMatchObject({
      rows: [
        [1, 0],
        [0, 2],
        [1, 1],
      ],
      declined: false,
    });
    expect(scan('1,en\n0,de\n', [SLOT_CODE, SLOT_TEXT])).toMatchObject({ rows: [[1, 0]], declined: true, rest: '0,de\n' });
    expect(scan('1,"en"\n', [SLOT_CODE, SLOT_TEXT])).toMatchObject({ rows: [], declined: true });
    expect(scan('1,en', [SLOT_CODE, SLOT_TEXT], { final: false })).toMatchObject({ rows: [], declined: false, position: 0 });
  });

  it('declines a probability outside [0, 1] and a negative weight, accepting -0 as the record sink does', () => {
    expect(scan('1.5\n', [SLOT_PROBABILITY])).toMatchObject({ rows: [], declined: true });
    expect(scan('-0.1\n', [SLOT_PROBABILITY])).toMatchObject({ rows: [], declined: true });
    expect(scan('-1\n', [SLOT_WEIGHT])).toMatchObject({ rows: [], declined: true });
    expect(scan('-0\n0\n2.5\n', [SLOT_WEIGHT]).rows).toEqual([[-0], [0], [2.5]]);
    expect(scan('-1\n', [SLOT_NUMBER]).rows).toEqual([[-1]]);
  });

  it('stops without declining at a record that may go on in the next chunk, or when the output is full', () => {
    expect(scan('1,0.5\n0,0.2', [SLOT_CODE, SLOT_NUMBER], { final: false })).toEqual({ rows: [[1, 0.5]], position: 6, declined: false, rest: '0,0.2' });
    expect(scan('1,0.5\r', [SLOT_CODE, SLOT_NUMBER], { final: false })).toMatchObject({ rows: [], position: 0, declined: false });
    expect(scan('1,0.5\n0,0.2', [SLOT_CODE, SLOT_NUMBER]).rows).toEqual([
      [1, 0.5],
      [0, 0.2],
    ]);
    expect(scan('1\n0\n1\n', [SLOT_CODE], { capacity: 2 })).toEqual({ rows: [[1], [0]], position: 4, declined: false, rest: '1\n' });
  });
});

describe('the plain-rows lane in the parser', () => {
  /** Parses `text` as the delimited reader does, counting the records the record sink still sees. */
  function parseCounting(text: string, cuts: readonly number[], overrides: ColumnOverrides = {}) {
    const builder = new PredictionTableBuilder(overrides);
    let header: string[] | undefined;
    let sink: ((record: RecordView) => void) | undefined;
    let sinkRecords = 0;
    const parser = new DelimitedByteParser(',', 'p.csv', (record) => {
      if (!header) {
        header = record.texts();
        return;
      }
      if (!sink) {
        const width = header.length;
        const begun = builder.beginRecords('p.csv', header, (plan, columns) => PlainRowsLane.for('p.csv', ',', width, plan, columns));
        parser.readAsNumbers(begun.numericColumns);
        parser.useLane(begun.lane);
        sink = begun.sink;
      }
      sinkRecords++;
      sink(record);
    });
    const bytes = encode(text);
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      parser.push(bytes.subarray(from, cut));
      from = cut;
    }
    parser.end();
    return { table: builder.finish(), sinkRecords };
  }

  it('reads a regression file past its first 65 distinct targets without the record sink', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `${(i * 0.37).toFixed(3)},${(i * 0.5 + 0.25).toString()}`);
    const text = `y_true,y_pred\n${rows.join('\n')}\n`;
    const { table, sinkRecords } = parseCounting(text, [70_000, 200_000]);
    // The sink takes the records up to the one that makes both columns numbers (65 distinct fractional values),
    // and a few more while the lane, declined at every record so far, waits longer between tries (2, 4, … 32):
    // it tries again at record 71. The lane takes the other 39,930.
    expect(sinkRecords).toBe(70);
    expect(comparable(table)).toEqual(viaStrings([{ name: 'p.csv', text }], {}));
    expect(table.n).toBe(40_000);
    expect(table.label).toMatchObject({ kind: 'numeric' });
    if (table.label.kind === 'numeric') expect(table.label.values[39_999]).toBe(Number((39_999 * 0.37).toFixed(3)));
  });

  it('reads a binary file by class code after the sink has met each class once, and new classes through the sink', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i % 2},${(i * 7) % 3 === 0 ? 1 : 0},${((i % 1000) / 1000).toString()}`);
    rows[20_000] = '-1,1,0.5';
    const text = `y_true,y_pred,y_score\n${rows.join('\r\n')}\r\n`;
    const { table, sinkRecords } = parseCounting(text, [12_345]);
    // The first record (both labels met once), the next record with label 1, and the one that brings class -1.
    expect(sinkRecords).toBeLessThanOrEqual(4);
    expect(comparable(table)).toEqual(viaStrings([{ name: 'p.csv', text }], {}));
  });

  it('reads slice columns by their bytes once the sink has interned each value', () => {
    const regions = ['eu-west', 'us', '', 'ünïcode', 'ap'];
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i % 2},${(i % 100) / 100},${regions[i % 5]},${regions[(i * 3) % 5]}`);
    rows[15_000] = '1,0.5,new-region,us';
    const text = `y_true,y_score,region,market\n${rows.join('\n')}\n`;
    const overrides = { slices: ['region', 'market'] };
    const { table, sinkRecords } = parseCounting(text, [777, 100_000], overrides);
    // The sink takes records 1-5, which bring every label, region and market (the lane declines a record with a
    // value its column has not interned), record 6 while the lane waits after two declines in a row, and the
    // record with the new region. The lane reads the other 19,993.
    expect(sinkRecords).toBe(7);
    expect(comparable(table)).toEqual(viaStrings([{ name: 'p.csv', text }], overrides));
    expect(table.slices.map((s) => s.values)).toEqual([
      [...regions, 'new-region'],
      ['eu-west', 'ünïcode', 'us', 'ap', ''],
    ]);
  });

  it('leaves a file of numbers in exponent form to the parser, trying the lane less and less often', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `${i % 2},${(i % 9) + 1}e-${(i % 5) + 1}`);
    const text = `y_true,y_score\n${rows.join('\n')}\n`;
    const { table, sinkRecords } = parseCounting(text, [20_000]);
    // Tried at records 2, 4, 7, 12, … (waits of 1, 2, 4, … 1,024), the lane never reads one: all 5,000 go to the sink.
    expect(sinkRecords).toBe(5_000);
    expect(comparable(table)).toEqual(viaStrings([{ name: 'p.csv', text }], {}));
    expect(table.score?.values.slice(0, 3)).toEqual(Float64Array.from([1e-1, 2e-2, 3e-3]));
  });
});
