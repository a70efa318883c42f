import { numberOf } from './cells.js';

/**
 * Class labels: how raw cells map to classes and how classes sort, as scikit-learn sees them after pandas
 * reads the file. Numeric labels compare as numbers (`0.0` and `0` are one class); booleans are 0 and 1 when
 * mixed with numbers; anything else compares as text, by Unicode code point, like NumPy.
 */

export type ClassKind = 'number' | 'boolean' | 'string';

const BOOLEAN = /^(true|false)$/i;

/** The kind shared by all these raw values. */
export function classKindOf(raws: Iterable<string>): ClassKind {
  let allBoolean = true;
  let anyValue = false;
  for (const raw of raws) {
    anyValue = true;
    if (BOOLEAN.test(raw)) continue;
    allBoolean = false;
    if (!isNumeric(raw)) return 'string';
  }
  return anyValue && allBoolean ? 'boolean' : 'number';
}

/** The canonical key of a raw value under a kind, or undefined when the value does not fit the kind. */
export function classKey(raw: string, kind: ClassKind): string | undefined {
  if (kind === 'string') return raw;
  if (BOOLEAN.test(raw)) {
    const truth = raw.toLowerCase() === 'true';
    return kind === 'boolean' ? String(truth) : truth ? '1' : '0';
  }
  if (kind === 'boolean' || !isNumeric(raw)) return undefined;
  return BIG_INTEGER.test(raw) ? exactInteger(raw) : String(numberOf(raw));
}

/** Whole numbers written with more digits than a double holds exactly: compared as integers, as pandas' int64. */
const BIG_INTEGER = /^\s*[+-]?\d{16,}\s*$/;

/** The canonical spelling of an integer literal (`-0012` → `-12`); beyond 2^53 it keeps every digit. */
function exactInteger(raw: string): string {
  const value = BigInt(raw.trim());
  return Number.isSafeInteger(Number(value)) ? String(Number(value)) : value.toString();
}

/** Sorts class keys as scikit-learn's `np.unique` would. */
export function sortClassKeys(keys: Iterable<string>, kind: ClassKind): string[] {
  const list = [...new Set(keys)];
  if (kind === 'string') return list.sort(compareCodePoints);
  if (kind === 'boolean') return list.sort((a, b) => (a === b ? 0 : a === 'false' ? -1 : 1));
  return list.sort(compareNumberKeys);
}

/** Number keys in numeric order; integers beyond 2^53 that round to the same double are ordered exactly. */
function compareNumberKeys(a: string, b: string): number {
  const difference = Number(a) - Number(b);
  if (difference !== 0 || a === b) return difference;
  return /^-?\d+$/.test(a) && /^-?\d+$/.test(b) ? (BigInt(a) < BigInt(b) ? -1 : 1) : 0;
}

function isNumeric(raw: string): boolean {
  return raw.trim() !== '' && Number.isFinite(numberOf(raw));
}

/** Orders strings by Unicode code point (NumPy's order), not by UTF-16 code unit (JavaScript's default). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (0xD800–0xDFFF) encode code points above 0xFFFF, so they sort after the rest of the BMP.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
