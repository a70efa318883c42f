import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, CR, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, TAB } from './json-bytes.js';

/*
 * The byte-level JSON lexing the JSON Lines scanner (json-lines.ts) runs on one line: skipping white space,
 * strings, numbers and nested values, matching keys, and telling whether a number reads back as written. Each
 * answers a position, or DECLINED (not for the fast path: `JSON.parse` reads the line) or INCOMPLETE (the bytes
 * so far end inside the value).
 */

export const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
export const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
export const LOWER_T = 0x74;
export const LOWER_F = 0x66;
export const LOWER_N = 0x6e;
const LOWER_U = 0x75;

/** The scanner's answers besides a line end: the line is not for it, or the bytes so far end inside the line. */
export const DECLINED = -1;
export const INCOMPLETE = -2;
/** Decimals of at most this many significant digits read back from their double unchanged (DBL_DIG). */
const PLAIN_DIGITS = 15;
/** Nested values under unread keys deeper than this go to `JSON.parse`. */
const MAX_SKIPPED_DEPTH = 64;

export const TRUE = Uint8Array.of(0x74, 0x72, 0x75, 0x65);
export const FALSE = Uint8Array.of(0x66, 0x61, 0x6c, 0x73, 0x65);
export const NULL = Uint8Array.of(0x6e, 0x75, 0x6c, 0x6c);

/** JSON white space within a line: space, tab, CR. */
export function skipSpace(bytes: Uint8Array, p: number, end: number): number {
  if (p < end && bytes[p]! > SPACE) return p;
  while (p < end) {
    const c = bytes[p]!;
    if (c !== SPACE && c !== TAB && c !== CR) break;
    p++;
  }
  return p;
}

/** True when JSON must escape a character of `text` (a quote, a backslash, a control character). */
export function needsEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === BACKSLASH || c < SPACE) return true;
  }
  return false;
}

/**
 * The position of the closing quote when `bytes` at `start` spell `key` and then a quote; else -1. The keys
 * compared so are those that need no escape in JSON (see `LineScanner`), so a match is that key.
 */
export function matchKey(key: Uint8Array, bytes: Uint8Array, start: number, end: number): number {
  const close = start + key.length;
  if (close >= end || bytes[close] !== QUOTE) return -1;
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return -1;
  return close;
}

/**
 * The end of the JSON number at `p` (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`), or DECLINED when
 * the bytes there are not one. A number running to `end` is returned as `end` (the caller decides).
 */
export function skipNumber(bytes: Uint8Array, p: number, end: number): number {
  if (bytes[p] === MINUS) p++;
  if (p === end) return end;
  if (bytes[p] === ZERO) p++;
  else {
    const first = p;
    while (p < end && isDigit(bytes[p]!)) p++;
    if (p === first) return DECLINED;
  }
  if (p < end && bytes[p] === DOT) {
    const first = ++p;
    while (p < end && isDigit(bytes[p]!)) p++;
    if (p === first) return p === end ? end : DECLINED;
  }
  if (p < end && (bytes[p] === LOWER_E || bytes[p] === UPPER_E)) {
    p++;
    if (p < end && (bytes[p] === PLUS || bytes[p] === MINUS)) p++;
    const first = p;
    while (p < end && isDigit(bytes[p]!)) p++;
    if (p === first) return p === end ? end : DECLINED;
  }
  return p;
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= ZERO + 9;
}

/**
 * True when the valid JSON number `bytes[start, end)` is spelled as `String` prints its value, so that its bytes
 * are its label text: a plain integer or decimal of at most 15 significant digits (each such decimal is the
 * shortest that reads back as its double, so `String` picks its digits), without exponent, without trailing
 * zeros after the point, not `-0`, and not below 1e-6 (which `String` writes with an exponent).
 */
export function printsAsWritten(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start === 1) return true; // a digit
  const negative = bytes[start] === MINUS;
  const integerStart = negative ? start + 1 : start;
  let i = integerStart;
  while (i < end && isDigit(bytes[i]!)) i++;
  const integerDigits = i - integerStart;
  const zero = integerDigits === 1 && bytes[integerStart] === ZERO;
  if (i === end) return integerDigits <= PLAIN_DIGITS && !(negative && zero);
  if (bytes[i] !== DOT) return false;
  const fractionStart = ++i;
  while (i < end && isDigit(bytes[i]!)) i++;
  if (i !== end || bytes[end - 1] === ZERO) return false;
  if (!zero) return integerDigits + (end - fractionStart) <= PLAIN_DIGITS;
  let first = fractionStart;
  while (bytes[first] === ZERO) first++;
  return first - fractionStart <= 5 && end - first <= PLAIN_DIGITS;
}

/** The end of the JSON string opening at `p` (escapes checked), DECLINED when invalid, INCOMPLETE at `end`. */
export function skipString(bytes: Uint8Array, p: number, end: number): number {
  let q = p + 1;
  while (q < end) {
    const c = bytes[q]!;
    if (c === QUOTE) return q + 1;
    if (c < SPACE) return DECLINED;
    if (c === BACKSLASH) {
      if (q + 1 >= end) return INCOMPLETE;
      const e = bytes[q + 1]!;
      if (e === LOWER_U) {
        if (q + 6 > end) return INCOMPLETE;
        for (let i = q + 2; i < q + 6; i++) if (!isHex(bytes[i]!)) return DECLINED;
        q += 6;
        continue;
      }
      // " \ / b f n r t
      if (e !== QUOTE && e !== BACKSLASH && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) {
        return DECLINED;
      }
      q += 2;
      continue;
    }
    q++;
  }
  return INCOMPLETE;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/**
 * The end of the JSON array or object opening at `p`, checked as JSON; DECLINED when it is not valid (or nests
 * deeper than MAX_SKIPPED_DEPTH), INCOMPLETE when it runs to `end`.
 */
export function skipNested(bytes: Uint8Array, p: number, end: number): number {
  const closers: number[] = [];
  for (;;) {
    // A value is due at `p` (< end).
    const c = bytes[p]!;
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (closers.length === MAX_SKIPPED_DEPTH) return DECLINED;
      const closer = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
      closers.push(closer);
      p = skipSpace(bytes, p + 1, end);
      if (p === end) return INCOMPLETE;
      if (bytes[p] !== closer) {
        if (closer === CLOSE_BRACE) p = skipKey(bytes, p, end);
        if (p < 0) return p;
        continue;
      }
      closers.pop();
      p++;
    } else {
      p = skipScalar(bytes, p, end);
      if (p < 0) return p;
    }
    // After a value: closing brackets, or a comma and the next value (or key and value).
    for (;;) {
      if (closers.length === 0) return p;
      p = skipSpace(bytes, p, end);
      if (p === end) return INCOMPLETE;
      const closer = closers[closers.length - 1]!;
      if (bytes[p] === COMMA) {
        p = skipSpace(bytes, p + 1, end);
        if (p === end) return INCOMPLETE;
        if (closer === CLOSE_BRACE) p = skipKey(bytes, p, end);
        if (p < 0) return p;
        break;
      }
      if (bytes[p] !== closer) return DECLINED;
      closers.pop();
      p++;
    }
  }
}

/** An object member's key and colon at `p`: returns where its value starts. */
function skipKey(bytes: Uint8Array, p: number, end: number): number {
  if (bytes[p] !== QUOTE) return DECLINED;
  p = skipString(bytes, p, end);
  if (p < 0) return p;
  p = skipSpace(bytes, p, end);
  if (p === end) return INCOMPLETE;
  if (bytes[p] !== COLON) return DECLINED;
  p = skipSpace(bytes, p + 1, end);
  return p === end ? INCOMPLETE : p;
}

/** The end of the string, number, `true`, `false` or `null` at `p`. */
function skipScalar(bytes: Uint8Array, p: number, end: number): number {
  const c = bytes[p]!;
  if (c === QUOTE) return skipString(bytes, p, end);
  if (c === MINUS || isDigit(c)) {
    const q = skipNumber(bytes, p, end);
    return q === end ? INCOMPLETE : q;
  }
  if (c === LOWER_T || c === LOWER_F || c === LOWER_N) {
    const word = c === LOWER_T ? TRUE : c === LOWER_F ? FALSE : NULL;
    if (p + word.length > end) return INCOMPLETE;
    for (let i = 1; i < word.length; i++) if (bytes[p + i] !== word[i]) return DECLINED;
    return p + word.length;
  }
  return DECLINED;
}
