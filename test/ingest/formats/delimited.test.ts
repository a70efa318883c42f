import { parse as csvParse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/ingest/formats/delimited.js';

function records(text: string, delimiter = ','): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  parseDelimited(text, delimiter, 'test.csv', { record: (fields, line) => out.push({ fields: [...fields], line }) });
  return out;
}

describe('parseDelimited (RFC 4180)', () => {
  it('reads quoted fields holding delimiters, doubled quotes and line breaks', () => {
    const text = 'a,b,c\n"x,1","say ""hi""","two\nlines"\nplain,,end\n';
    expect(records(text).map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['x,1', 'say "hi"', 'two\nlines'],
      ['plain', '', 'end'],
    ]);
  });

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    const text = 'a,b\n"1\n2\n3",x\n4,y\n';
    expect(records(text).map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('accepts CRLF, a lone CR, a missing final newline and a UTF-8 BOM', () => {
    expect(records('\uFEFFa,b\r\n1,2\r\n3,4').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(records('a,b\r1,2\r').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('skips blank lines and keeps empty trailing fields', () => {
    expect(records('a,b\n\n1,\n\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });

  it('splits on tabs for TSV and leaves commas alone', () => {
    expect(records('a\tb\n1,5\t2\n', '\t').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('names the line where an unterminated quote opened', () => {
    expect(() => records('a,b\n1,2\n3,"oops\n4,5\n')).toThrow(/test\.csv:3: unterminated quoted field/);
  });

  it('agrees with csv-parse on random and adversarial input', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', '1', '.') }),
      fc.constantFrom('', '""', ' x ', '0.1', '-1e-7'),
    );
    const quoteIfNeeded = (s: string) => (/[",\n\r]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
        ),
        fc.constantFrom('\n', '\r\n'),
        (rows, newline) => {
          // An all-empty single-column row would be a blank line, which both parsers skip; keep rows non-blank.
          const usable = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = usable.map((r) => r.map(quoteIfNeeded).join(',')).join(newline) + newline;
          const expected = csvParse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
          expect(records(text).map((r) => r.fields)).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
