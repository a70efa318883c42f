import { InputError, type InputLocation } from '../../errors.js';

/**
 * Converts one cell (CSV text or a JSON value) to what a column holds. Numbers are parsed exactly as
 * JavaScript's `Number(text)` parses them (correctly rounded), so ties between scores survive parsing.
 */

/** JavaScript's number prefixes, which pandas reads as text: `0x10` is not 16 in a CSV file. */
const JS_ONLY_NUMBER = /^\s*[+-]?0[xXoObB]/;

/**
 * `Number(text)`, except for spellings pandas does not read as numbers (`0x10`, `0o17`, `0b101`), which give NaN:
 * a column of them is text to scikit-learn, so it must not become numbers here.
 */
export function numberOf(text: string): number {
  const value = Number(text);
  return Number.isInteger(value) && JS_ONLY_NUMBER.test(text) ? Number.NaN : value;
}

/** A label, prediction or slice value as text; JSON numbers and booleans keep their JSON spelling. */
export function cellText(value: unknown, where: InputLocation): string {
  if (typeof value === 'string') {
    if (value === '') throw new InputError('empty cell; every row needs a value here', where);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) throw new InputError('missing value; every row needs one here', where);
  throw new InputError(`expected a single value, found ${describeJson(value)}`, where);
}

/** A slice value: like a label, but an empty cell is its own group. */
export function cellSliceText(value: unknown, where: InputLocation): string {
  if (value === '' || value === null || value === undefined) return '';
  return cellText(value, where);
}

/** A finite number; empty cells, text, NaN and Infinity are bad input. */
export function cellNumber(value: unknown, where: InputLocation): number {
  let parsed: number;
  if (typeof value === 'number') {
    parsed = value;
  } else if (typeof value === 'string') {
    parsed = numberOf(value);
    if (parsed === 0 && value.trim() === '') throw new InputError('empty cell; expected a number', where);
    if (Number.isNaN(parsed) && !/^\s*[+-]?nan\s*$/i.test(value)) {
      throw new InputError(`"${truncate(value)}" is not a number`, where);
    }
  } else if (value === null || value === undefined) {
    throw new InputError('missing value; expected a number', where);
  } else {
    throw new InputError(`expected a number, found ${describeJson(value)}`, where);
  }
  if (!Number.isFinite(parsed)) {
    throw new InputError(`${String(parsed)} is not allowed here; expected a finite number`, where);
  }
  return parsed;
}

/** An id, always kept as text so that large integer ids never collide. */
export function cellId(value: unknown, where: InputLocation): string {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new InputError(
      `id ${String(value)} is an integer beyond 2^53 and lost digits when read as JSON; write ids as strings`,
      where,
    );
  }
  return cellText(value, where);
}

export function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
