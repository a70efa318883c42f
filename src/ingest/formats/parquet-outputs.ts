import type { DecodedArray } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { ByteInterner } from '../table/byte-interner.js';
import type { BatchColumn } from '../table/column-sink.js';

/*
 * Where the Parquet fast path (parquet-columns.ts) puts a column chunk's values: numbers into a Float64Array
 * (or codes into their dictionary while every page is dictionary-encoded), text and booleans as codes into their
 * distinct values, each page's values placed at their rows in one pass.
 */

/** The output for a column of physical type `type`, writing into `arrays`. */
export function outputFor(type: string, rows: number, arrays: ColumnArrays): Output {
  if (type === 'BYTE_ARRAY') return new TextOutput(arrays.int32s(rows));
  if (type === 'BOOLEAN') return new BooleanOutput(arrays.int32s(rows));
  return new NumberOutput(rows, arrays);
}

/**
 * The typed arrays one column's batches are decoded into, reused from one row group to the next: a batch is
 * appended to the table (copied) before the next row group is decoded, and reusing them leaves no garbage per
 * row group (the 10M-row file peaked at 344-371 MB while the collector caught up with it, 290-301 MB now).
 */
export class ColumnArrays {
  private int32 = new Int32Array(0);
  private float64 = new Float64Array(0);

  int32s(size: number): Int32Array {
    if (this.int32.length < size) this.int32 = new Int32Array(size);
    return this.int32.subarray(0, size);
  }

  float64s(size: number): Float64Array {
    if (this.float64.length < size) this.float64 = new Float64Array(size);
    return this.float64.subarray(0, size);
  }
}

/** A decoded dictionary page, in the form its output needs. */
export type Dictionary = NumberDictionary | Int32Array;
interface NumberDictionary {
  readonly values: Float64Array;
  /** Exact decimal text of INT64 values beyond ±2^53, by dictionary index. */
  readonly big: Map<number, string> | undefined;
}

/** Where one column chunk's values go, page by page. `levels` (definition levels) only when a page has nulls. */
export interface Output {
  dictionary(values: DecodedArray): Dictionary;
  placeValues(at: number, count: number, levels: ArrayLike<number> | undefined, dense: DecodedArray): void;
  /** `bound`: every index is below it (see `FlatPage.indexBound`). */
  placeCodes(at: number, count: number, levels: ArrayLike<number> | undefined, indices: Int32Array, dictionary: Dictionary, bound: number): void;
  /** Where dictionary indices of rows `at`… of a page without nulls may be decoded in place, if anywhere. */
  indexTarget(at: number, count: number): Int32Array | undefined;
  finish(): BatchColumn;
}

/** True when `indices` were decoded into `codes` at row `at` (see `indexTarget`). */
const inPlace = (indices: Int32Array, codes: Int32Array, at: number): boolean =>
  indices.buffer === codes.buffer && indices.byteOffset === codes.byteOffset + at * Int32Array.BYTES_PER_ELEMENT;

/** ±(2^53 - 1): INT64 values beyond it are kept as text, like the row path keeps them. */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO_32 = 4294967296;

/**
 * INT32, INT64, FLOAT and DOUBLE columns. While every page is dictionary-encoded they stay codes into the
 * dictionary (a label column then needs no lookup by value); a plain page turns them into a Float64Array, with
 * a validity mask once a null is seen.
 */
class NumberOutput implements Output {
  private values: Float64Array | undefined;
  private valid: Uint8Array | undefined;
  /** Dictionary indices per row (-1 for null), until a plain page comes. */
  private codes: Int32Array | undefined;
  private hasNull = false;
  private lookup: NumberDictionary | undefined;
  /** INT64 values beyond ±2^53 as exact decimal text, by row. */
  private big: Map<number, string> | undefined;

  constructor(
    private readonly rows: number,
    private readonly arrays: ColumnArrays,
  ) {}

  dictionary(values: DecodedArray): NumberDictionary {
    if (this.codes) throw new Error('a second dictionary page');
    if (values instanceof BigInt64Array) {
      const big = new Map<number, string>();
      const numbers = int64Numbers(values, big);
      return (this.lookup = { values: numbers, big: big.size > 0 ? big : undefined });
    }
    return (this.lookup = { values: Float64Array.from(numericArray(values)), big: undefined });
  }

  placeValues(at: number, count: number, levels: ArrayLike<number> | undefined, dense: DecodedArray): void {
    let numbers: ArrayLike<number>;
    let big: Map<number, string> | undefined;
    if (dense instanceof BigInt64Array) {
      big = new Map();
      numbers = int64Numbers(dense, big);
      if (big.size === 0) big = undefined;
    } else {
      numbers = numericArray(dense);
    }
    const values = this.numbers(at);
    if (!levels) {
      values.set(numbers, at);
      if (big) for (const [k, text] of big) this.keepBig(at + k, text);
      return;
    }
    const valid = this.mask();
    let j = 0;
    for (let i = 0; i < count; i++) {
      if (levels[i] === 0) {
        valid[at + i] = 0;
        continue;
      }
      const text = big?.get(j);
      if (text !== undefined) this.keepBig(at + i, text);
      values[at + i] = numbers[j++]!;
    }
  }

  placeCodes(at: number, count: number, levels: ArrayLike<number> | undefined, indices: Int32Array, dictionary: Dictionary, bound: number): void {
    if (dictionary instanceof Int32Array) throw new Error('not a number dictionary');
    const size = dictionary.values.length;
    if (this.values) {
      this.placeLookedUp(at, count, levels, indices, dictionary);
      return;
    }
    const codes = (this.codes ??= this.arrays.int32s(this.rows));
    if (!levels) {
      if (!inPlace(indices, codes, at)) codes.set(indices, at);
      // Indices the decoder bounds by the dictionary's size (two classes at bit width 1, say) need no pass.
      if (bound > size) for (let i = at; i < at + count; i++) if (codes[i]! >>> 0 >= size) throw new Error('a dictionary index out of range');
      return;
    }
    let j = 0;
    for (let i = 0; i < count; i++) {
      if (levels[i] === 0) {
        codes[at + i] = -1;
        this.hasNull = true;
        continue;
      }
      const index = indices[j++]!;
      if (index >>> 0 >= size) throw new Error('a dictionary index out of range');
      codes[at + i] = index;
    }
  }

  indexTarget(at: number, count: number): Int32Array | undefined {
    return this.values ? undefined : (this.codes ??= this.arrays.int32s(this.rows)).subarray(at, at + count);
  }

  private placeLookedUp(at: number, count: number, levels: ArrayLike<number> | undefined, indices: Int32Array, dictionary: NumberDictionary): void {
    const { values: lookup, big } = dictionary;
    const size = lookup.length;
    const values = this.values!;
    const valid = levels ? this.mask() : undefined;
    let j = 0;
    for (let i = 0; i < count; i++) {
      if (levels && levels[i] === 0) {
        valid![at + i] = 0;
        continue;
      }
      const index = indices[j++]!;
      if (index >>> 0 >= size) throw new Error('a dictionary index out of range');
      values[at + i] = lookup[index]!;
      const text = big?.get(index);
      if (text !== undefined) this.keepBig(at + i, text);
    }
  }

  /** The values as numbers, the rows before `at` looked up in the dictionary if they were codes so far. */
  private numbers(at: number): Float64Array {
    if (this.values) return this.values;
    const values = (this.values = this.arrays.float64s(this.rows));
    const codes = this.codes;
    if (codes) {
      this.codes = undefined;
      const { values: lookup, big } = this.lookup!;
      for (let i = 0; i < at; i++) {
        const code = codes[i]!;
        if (code < 0) {
          this.mask()[i] = 0;
          continue;
        }
        values[i] = lookup[code]!;
        const text = big?.get(code);
        if (text !== undefined) this.keepBig(i, text);
      }
    }
    return values;
  }

  private keepBig(row: number, text: string): void {
    (this.big ??= new Map()).set(row, text);
  }

  private mask(): Uint8Array {
    return (this.valid ??= new Uint8Array(this.rows).fill(1));
  }

  finish(): BatchColumn {
    const codes = this.codes;
    if (codes) {
      const { values: lookup, big } = this.lookup!;
      const cells: unknown[] = Array.from(lookup);
      if (big) for (const [index, text] of big) cells[index] = text;
      if (this.hasNull) {
        const nullCode = cells.push(null) - 1;
        for (let i = 0; i < codes.length; i++) if (codes[i] === -1) codes[i] = nullCode;
      }
      return { kind: 'coded', codes, values: cells };
    }
    const { valid, big } = this;
    const values = this.numbers(0);
    if (!big) return { kind: 'numbers', values, valid };
    const cells: unknown[] = Array.from(values, (value, r) => (valid && valid[r] === 0 ? null : value));
    for (const [r, text] of big) cells[r] = text;
    return { kind: 'cells', cells };
  }
}

function numericArray(values: DecodedArray): ArrayLike<number> {
  if (values.length === 0) return values as ArrayLike<number>; // a page of nulls reads as []
  if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array) return values;
  throw new Error('not a numeric page');
}

/**
 * INT64 values as numbers, read as two 32-bit halves (no BigInt per value); values beyond ±2^53 go into `big`
 * as exact decimal text by position (their number is only a placeholder).
 */
function int64Numbers(values: BigInt64Array, big: Map<number, string>): Float64Array {
  const halves = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const high = halves[2 * i + 1]!;
    const value = high * TWO_32 + (halves[2 * i]! >>> 0);
    out[i] = value;
    if (high < -0x200000 || high >= 0x200000 || value < -MAX_SAFE) big.set(i, values[i]!.toString());
  }
  return out;
}

/** BYTE_ARRAY columns: codes into the distinct texts, decoded once each by hyparquet's `stringFromBytes`. */
class TextOutput implements Output {
  private readonly texts: (string | null)[] = [];
  private readonly bytes = new ByteInterner();
  private readonly byText = new Map<string | null, number>();

  /** @param codes where the rows' codes go, one per row (every one is written). */
  constructor(private readonly codes: Int32Array) {}

  private code(value: Uint8Array): number {
    let code = this.bytes.lookup(value, 0, value.length);
    if (code < 0) {
      code = this.intern(DEFAULT_PARSERS.stringFromBytes(value) as string);
      this.bytes.remember(value, 0, value.length, code);
    }
    return code;
  }

  private intern(text: string | null): number {
    let code = this.byText.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.byText.set(text, code);
    }
    return code;
  }

  dictionary(values: DecodedArray): Int32Array {
    return Int32Array.from(byteArrays(values), (value) => this.code(value));
  }

  placeValues(at: number, count: number, levels: ArrayLike<number> | undefined, dense: DecodedArray): void {
    const values = byteArrays(dense);
    const codes = this.codes;
    let j = 0;
    for (let i = 0; i < count; i++) codes[at + i] = levels && levels[i] === 0 ? this.intern(null) : this.code(values[j++]!);
  }

  placeCodes(at: number, count: number, levels: ArrayLike<number> | undefined, indices: Int32Array, dictionary: Dictionary): void {
    if (!(dictionary instanceof Int32Array)) throw new Error('not a text dictionary');
    const codes = this.codes;
    const size = dictionary.length;
    let j = 0;
    for (let i = 0; i < count; i++) {
      if (levels && levels[i] === 0) {
        codes[at + i] = this.intern(null);
        continue;
      }
      const index = indices[j++]!;
      if (index >>> 0 >= size) throw new Error('a dictionary index out of range');
      codes[at + i] = dictionary[index]!;
    }
  }

  indexTarget(at: number, count: number): Int32Array {
    return this.codes.subarray(at, at + count);
  }

  finish(): BatchColumn {
    return { kind: 'coded', codes: this.codes, values: this.texts };
  }
}

function byteArrays(values: DecodedArray): readonly Uint8Array[] {
  if (!Array.isArray(values) || (values.length > 0 && !(values[0] instanceof Uint8Array))) throw new Error('not a text page');
  return values as Uint8Array[];
}

/** BOOLEAN columns: codes into [false, true, null]. */
class BooleanOutput implements Output {
  /** @param codes where the rows' codes go, one per row (every one is written). */
  constructor(private readonly codes: Int32Array) {}

  dictionary(): Dictionary {
    throw new Error('a dictionary of booleans');
  }

  placeValues(at: number, count: number, levels: ArrayLike<number> | undefined, dense: DecodedArray): void {
    if (!Array.isArray(dense) || (dense.length > 0 && typeof dense[0] !== 'boolean')) throw new Error('not a boolean page');
    const codes = this.codes;
    let j = 0;
    for (let i = 0; i < count; i++) codes[at + i] = levels && levels[i] === 0 ? 2 : dense[j++] ? 1 : 0;
  }

  placeCodes(): void {
    throw new Error('dictionary-encoded booleans');
  }

  indexTarget(): undefined {
    return undefined;
  }

  finish(): BatchColumn {
    return { kind: 'coded', codes: this.codes, values: [false, true, null] };
  }
}
