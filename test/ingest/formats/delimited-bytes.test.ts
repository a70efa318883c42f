import { parse as csvParse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/ingest/formats/delimited.js';
import { DelimitedByteParser } from '../../../src/ingest/formats/delimited-bytes.js';

type Outcome = { records: { fields: string[]; line: number }[] } | { error: string };

/** The text parser (the reference), on the text the shell used to decode (the decoder drops one BOM). */
function viaText(text: string, delimiter = ','): Outcome {
  const records: { fields: string[]; line: number }[] = [];
  try {
    parseDelimited(text, delimiter, 'test.csv', { record: (fields, line) => records.push({ fields: [...fields], line }) });
  } catch (error) {
    return { error: (error as Error).message };
  }
  return { records };
}

/** The byte parser, fed `bytes` cut at `cuts`. */
function viaBytes(bytes: Uint8Array, cuts: readonly number[], delimiter = ',', boms = 2): Outcome {
  const records: { fields: string[]; line: number }[] = [];
  try {
    const parser = new DelimitedByteParser(delimiter, 'test.csv', (r) => records.push({ fields: r.texts(), line: r.line }), boms);
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      parser.push(bytes.subarray(from, cut));
      from = cut;
    }
    parser.end();
  } catch (error) {
    return { error: (error as Error).message };
  }
  return { records };
}

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Sorted cut positions inside `length` bytes (possibly repeated: empty chunks must be harmless too). */
const cutsWithin = (length: number) =>
  fc.array(fc.integer({ min: 0, max: length }), { maxLength: 12 }).map((cuts) => cuts.sort((a, b) => a - b));

/** Text built from the pieces that make CSV hard. */
const adversarial = fc
  .array(fc.constantFrom('a', 'b1', '"', '""', ',', ',', '\t', '\n', '\n', '\r', '\r\n', 'é', '€', '😀', '\uFEFF', ' ', '0.5', '-1e-7'), { maxLength: 40 })
  .chain((parts) => fc.tuple(fc.constant(parts.join('')), fc.constantFrom('', '\uFEFF', '\uFEFF\uFEFF')))
  .map(([body, bom]) => bom + body);

describe('DelimitedByteParser', () => {
  it('reads what the text parser reads, wherever the chunks split the bytes (random and adversarial input)', () => {
    fc.assert(
      fc.property(
        adversarial.chain((text) => fc.tuple(fc.constant(text), cutsWithin(encode(text).length), fc.constantFrom(',', '\t'))),
        ([text, cuts, delimiter]) => {
          const bytes = encode(text);
          expect(viaBytes(bytes, cuts, delimiter)).toEqual(viaText(decode(bytes), delimiter));
          // Text handed over already decoded: only one BOM is dropped, as the text parser alone did.
          expect(viaBytes(bytes, cuts, delimiter, 1)).toEqual(viaText(text, delimiter));
        },
      ),
      { numRuns: 3000, seed: 4180 },
    );
  });

  it('gives the same records and errors with a chunk boundary at every position', () => {
    const texts = [
      '\uFEFFa,b\r\n"x,1","say ""hi""","two\nlines"\r\nplain,,end\r\n',
      'a,b\n"1\n2\n3",x\n4,"y"z\n\n\r\n"",\n""\n',
      '\uFEFF\uFEFFid,"q"\r"a""",b\rc,"d\r\ne"',
      'y_true,text\n1,"never closed\n2,x\n',
      '"é€😀","x""""y"\n😀,"a"',
      'a\n\n\n',
      '"',
      '\uFEFF',
      '',
    ];
    for (const text of texts) {
      const bytes = encode(text);
      const expected = viaText(decode(bytes));
      for (let cut = 0; cut <= bytes.length; cut++) expect(viaBytes(bytes, [cut]), `${JSON.stringify(text)} cut at ${cut}`).toEqual(expected);
      const everyByte = Array.from({ length: bytes.length }, (_, i) => i);
      expect(viaBytes(bytes, everyByte)).toEqual(expected);
    }
  });

  it('agrees with csv-parse on RFC 4180 files, chunked at random', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', '\r', 'é', '1', '.') }),
      fc.constantFrom('', '""', ' x ', '0.1', '-1e-7'),
    );
    const quoteIfNeeded = (s: string) => (/[",\n\r]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s);
    const file = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }))
      .chain((rows) => fc.tuple(fc.constant(rows), fc.constantFrom('\n', '\r\n')));
    fc.assert(
      fc.property(
        file.chain(([rows, newline]) => {
          const usable = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = usable.map((r) => r.map(quoteIfNeeded).join(',')).join(newline) + newline;
          return fc.tuple(fc.constant(text), cutsWithin(encode(text).length));
        }),
        ([text, cuts]) => {
          const expected = csvParse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
          const outcome = viaBytes(encode(text), cuts);
          expect('records' in outcome && outcome.records.map((r) => r.fields)).toEqual(expected);
        },
      ),
      { numRuns: 1000, seed: 42 },
    );
  });

  it('re-reads a record that spans many chunks only as often as its size doubles', () => {
    const long = 'x'.repeat(300_000);
    const text = `a,b\n"${long}\n${long}",1\nc,2\n`;
    const bytes = encode(text);
    const cuts = Array.from({ length: Math.floor(bytes.length / 97) }, (_, i) => (i + 1) * 97);
    const outcome = viaBytes(bytes, cuts);
    expect(outcome).toEqual(viaText(text));
  });

  it('names the line on which an unterminated quote opened', () => {
    expect(viaBytes(encode('a,b\n"x\ny",1\n3,"oops\n4,5\n'), [9, 20])).toEqual({
      error: 'test.csv:4: unterminated quoted field (the quote opened on line 4 never closes)',
    });
  });
});
