import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/ingest/table/decimal.js';
import { DelimitedByteParser } from '../../../src/ingest/formats/delimited-bytes.js';

const encoder = new TextEncoder();

/** What a numeric cell becomes: the fast path's value when it takes the text, else `Number(text)`. */
function viaFastPath(text: string): number {
  const bytes = encoder.encode(text);
  const fast = parseDecimal(bytes, 0, bytes.length);
  return fast === fast ? fast : Number(text);
}

/**
 * The same through the CSV parser, which reads numeric columns while it scans them, with the field followed by a
 * delimiter as in a file; fed whole and one byte at a time (a field cut by a chunk boundary is read again).
 */
function viaScan(text: string): { value: number; scanned: number; end: number } {
  const bytes = encoder.encode(`${text},rest\n`);
  const read = (chunk: number) => {
    let scanned = Number.NaN;
    let end = -1;
    const parser = new DelimitedByteParser(',', 'x.csv', (record) => {
      scanned = record.numbers[0]!;
      end = record.ends[0]!;
    }, 0);
    parser.readAsNumbers([0]);
    for (let i = 0; i < bytes.length; i += chunk) parser.push(bytes.subarray(i, i + chunk));
    parser.end();
    return { scanned, end };
  };
  const whole = read(bytes.length);
  expect(read(1)).toEqual(whole);
  return { ...whole, value: whole.scanned === whole.scanned ? whole.scanned : Number(text) };
}

const TRICKY = [
  '0', '-0', '+0', '0.0', '-0.0', '00', '007', '-007.50', '.5', '-.5', '5.', '-5.', '+.5', '.', '-', '+', '', ' ',
  ' 1', '1 ', '1e', '1e+', 'e5', '1e5', '1E5', '1e+5', '1e-5', '1.5e3', '5.e3', '.5e-3', '1e22', '1e23', '1e-22',
  '1e-23', '123456789012345e7', '1234567890123456', '12345678901234567', '0.1', '0.2', '0.3', '0.30000000000000004',
  '0.1000000000000000055511151231257827', '9007199254740991', '9007199254740992', '9007199254740993',
  '9007199254740993.0', '4503599627370496.5', '4503599627370497.5', '2.2250738585072014e-308', '4.9e-324', '5e-324',
  '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623159e308', '1e309',
  '0.000000000000000000000000000001', '100000000000000000000000', '1_000', '0x10', '0b11', '0o7', 'Infinity',
  '-Infinity', 'NaN', '1,5', '١', '٣.٥', '0.0350567', '0.985772', '999999999999999', '9999999999999999',
  '0.000000000000000000001', '0.0000000000000000000001', '1e0000000000000000000000001', '1e-0000000000000000000023',
  '3.0000000000000004', '1.00000000000000000000001', '-1e-400', '8.98846567431158e307', '123.456e-2',
];

describe('reading numbers from bytes', () => {
  it('gives exactly what Number(text) gives on tricky decimals', () => {
    for (const text of TRICKY) {
      expect(Object.is(viaFastPath(text), Number(text)), text).toBe(true);
      if (!text.includes(',')) expect(Object.is(viaScan(text).value, Number(text)), text).toBe(true);
    }
  });

  it('agrees with Number(text) on random decimals (ties, 17+ digits, exponents, zeros, signs)', () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '2'), minLength: 0, maxLength: max });
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        digits(20),
        fc.option(digits(24), { nil: undefined }),
        fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.integer({ min: 0, max: 330 })), { nil: undefined }),
      )
      .map(([sign, int, fraction, exponent]) => {
        let text = sign + int;
        if (fraction !== undefined) text += `.${fraction}`;
        if (exponent) text += `${exponent[0]}${exponent[1]}${exponent[2]}`;
        return text;
      });
    const anyDouble = fc.double({ noNaN: true }).map((x) => String(x));
    const fixed = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 20 })).map(([x, d]) => x.toFixed(d));
    fc.assert(
      fc.property(fc.oneof(decimal, anyDouble, fixed), (text) => {
        expect(Object.is(viaFastPath(text), Number(text))).toBe(true);
        expect(Object.is(viaScan(text).value, Number(text))).toBe(true);
      }),
      { numRuns: 20_000, seed: 6 },
    );
  });

  it('is exact around 2^53 and for ties between neighbouring doubles', () => {
    for (let k = -40; k <= 40; k++) {
      const text = (2n ** 53n + BigInt(k)).toString();
      expect(Object.is(viaFastPath(text), Number(text)), text).toBe(true);
      expect(Object.is(viaFastPath(`${text}.5`), Number(`${text}.5`)), text).toBe(true);
    }
    // Halfway between 0.1's two neighbouring doubles, and just either side of it.
    for (const text of ['0.1000000000000000055511151231257827021181583404541015625', '0.09999999999999999167332731531132594682276248931884765625']) {
      expect(Object.is(viaFastPath(text), Number(text))).toBe(true);
    }
  });

  it('leaves what it cannot read exactly to Number, and finds the end of the field either way', () => {
    for (const text of ['0x10', 'abc', ' 1', '1 ', '12345678901234567', '1e-30', 'Infinity', '1_0', '']) {
      const bytes = encoder.encode(text);
      expect(Number.isNaN(parseDecimal(bytes, 0, bytes.length)), text).toBe(true);
      expect(viaScan(text).end, text).toBe(bytes.length);
    }
    // A quoted cell is never read while scanning: it takes the text path.
    expect(viaScan('"1"').scanned).toBeNaN();
  });
});
