import { MAX_EXACT_DIGITS, POWERS_OF_TEN } from './decimal.js';

/**
 * The scan of a plain decimal `[-]digits[.digits]` in a delimited file, shared by the parser (delimited-bytes.ts)
 * and its fast lane (plain-rows.ts), so that the two read every number as the same double. It follows the rules
 * of `parseDecimal` in one loop with no branch taken only by some numbers (a sign, leading zeros): the JIT
 * compiles the loop from what the first rows did, and a path they never took would throw that code away when a
 * later row does. Only the mantissa is computed per digit; the counts come from positions. At most 15
 * significant digits is the same as a mantissa below 10^15 (the first significant digit is not 0), and below
 * that every step is exact.
 */

/** Besides the value: where the last scan stopped, whether it met a point, and how many digits it read. */
export const plainScan = { end: 0, dot: 0, digits: 0 };

const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LF = 0x0a;
const CR = 0x0d;
const EXACT_MANTISSA = POWERS_OF_TEN[MAX_EXACT_DIGITS]!;

/**
 * Scans from `p` to the first byte that cannot continue the number, or `end` (`plainScan.end`), and returns the
 * number's value when that byte ends a field (`delimiter`, LF, CR, or `end` itself) and the number is on the
 * exact fast path (Clinger's: at most 15 significant digits, at most 22 after the point); NaN otherwise.
 */
export function scanPlainDecimal(bytes: Uint8Array, p: number, end: number, delimiter: number): number {
  let k = p;
  const minus = k < end && bytes[k] === MINUS ? 1 : 0;
  k += minus;
  const digitsStart = k;
  let mantissa = 0;
  let dot = 0;
  let dotAt = 0;
  for (; k < end; k++) {
    const b = bytes[k]!;
    const d = b - ZERO;
    if (d >>> 0 <= 9) {
      mantissa = mantissa * 10 + d;
    } else if (b === DOT && dot === 0) {
      dot = 1;
      dotAt = k;
    } else {
      break;
    }
  }
  const digits = k - digitsStart - dot;
  plainScan.end = k;
  plainScan.dot = dot;
  plainScan.digits = digits;
  const c = k < end ? bytes[k]! : LF;
  if (!(c === delimiter || c === LF || c === CR)) return Number.NaN;
  const fractionDigits = dot === 1 ? k - dotAt - 1 : 0;
  if (!(digits > 0 && mantissa < EXACT_MANTISSA && fractionDigits <= 22)) return Number.NaN;
  return (1 - 2 * minus) * (fractionDigits === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits]!);
}
