/**
 * Plain decimals read straight from bytes, bit for bit as `Number(text)` reads them.
 *
 * Clinger's fast path ("How to read floating point numbers accurately", PLDI 1990): when the significant
 * digits form an integer below 2^53 (at most 15 digits) and the power of ten is at most 22 in magnitude, both
 * are exact doubles, so one IEEE multiplication or division gives the correctly rounded result — the value
 * `Number` must return. Anything else (more digits, larger exponents, whitespace, hex, `Infinity`, text) is
 * left to `Number` itself by returning NaN, which this path never produces for a number it accepts.
 */

/** 10^0 … 10^22, written as literals (exact doubles; `10 ** e` is not guaranteed to be correctly rounded). */
export const POWERS_OF_TEN = new Float64Array([
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
]);
/** Significant digits that always form an exact double (below 2^53). */
export const MAX_EXACT_DIGITS = 15;
/** Exponents beyond this are far outside the fast range; capping keeps the accumulator an exact integer. */
const EXPONENT_CAP = 100_000;

const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/**
 * The number spelled by `bytes[start, end)` when it is `[+-]digits[.digits][(e|E)[+-]digits]` with at least
 * one mantissa digit and fits the fast path; NaN otherwise (then call `Number` on the decoded text).
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) negative = bytes[i++] === MINUS;
  const digitsStart = i;
  while (i < end && bytes[i] === ZERO) i++; // leading zeros are not significant
  // Digits past the 15th make the mantissa inexact, but then the count below sends the text to `Number`.
  let mantissa = 0;
  const integerStart = i;
  for (; i < end; i++) {
    const d = bytes[i]! - ZERO;
    if (d >>> 0 > 9) break;
    mantissa = mantissa * 10 + d;
  }
  let significant = i - integerStart;
  let sawDigit = i > digitsStart;
  let exponent = 0;
  if (i < end && bytes[i] === DOT) {
    const fractionStart = ++i;
    if (mantissa === 0) while (i < end && bytes[i] === ZERO) i++;
    const significantStart = i;
    for (; i < end; i++) {
      const d = bytes[i]! - ZERO;
      if (d >>> 0 > 9) break;
      mantissa = mantissa * 10 + d;
    }
    significant += i - significantStart;
    exponent = fractionStart - i;
    sawDigit ||= i > fractionStart;
  }
  if (!sawDigit || significant > MAX_EXACT_DIGITS) return Number.NaN;
  if (i < end) {
    if (bytes[i] !== LOWER_E && bytes[i] !== UPPER_E) return Number.NaN;
    i++;
    let exponentNegative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) exponentNegative = bytes[i++] === MINUS;
    const exponentStart = i;
    let written = 0;
    for (; i < end; i++) {
      const d = bytes[i]! - ZERO;
      if (d >>> 0 > 9) break;
      if (written < EXPONENT_CAP) written = written * 10 + d;
    }
    if (i === exponentStart || i !== end) return Number.NaN;
    exponent += exponentNegative ? -written : written;
  }
  let value: number;
  if (mantissa === 0) value = 0;
  else if (exponent === 0) value = mantissa;
  else if (exponent > 0 && exponent <= 22) value = mantissa * POWERS_OF_TEN[exponent]!;
  else if (exponent < 0 && exponent >= -22) value = mantissa / POWERS_OF_TEN[-exponent]!;
  else return Number.NaN;
  return negative ? -value : value;
}
