import type { Codes } from '../../metrics/codes.js';

/**
 * Typed arrays that grow while a file streams in, so columns never hold per-row objects. Memory is what matters
 * at ten million rows: a reader that can estimate the row count reserves it once (no doubling through copies),
 * growth is by half (a doubling array holds three times its data while it copies), and `finish` hands back the
 * array itself, or a view of it when little is unused, instead of a second full-size copy.
 */

/** Unused room that `finish` tolerates rather than copying the column: one eighth of the values. */
const SLACK = 8;
const INITIAL = 1024;

abstract class Growable<T extends Float64Array> {
  protected data: T;
  length = 0;

  constructor(initial: T) {
    this.data = initial;
  }

  protected abstract allocate(size: number): T;

  /** Makes room for `size` values in one allocation (an estimate; pushing past it still works). */
  reserve(size: number): void {
    if (size > this.data.length) this.resize(Math.ceil(size));
  }

  protected grow(): void {
    this.resize(Math.max(INITIAL, Math.ceil(this.data.length * 1.5)));
  }

  private resize(size: number): void {
    const bigger = this.allocate(size);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }

  /** The values pushed so far, in an array of exactly that length (possibly a view of a slightly larger one). */
  finish(): T {
    const { data, length } = this;
    if (length === data.length) return data;
    if (data.length - length <= length / SLACK) return data.subarray(0, length) as T;
    return data.slice(0, length) as T;
  }

  /** Appends all of `values` at once (a column chunk read column-wise), growing like `push` does. */
  pushAll(values: ArrayLike<number>): void {
    const needed = this.length + values.length;
    if (needed > this.data.length) this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)));
    this.data.set(values, this.length);
    this.length = needed;
  }
}

export class GrowableFloat64 extends Growable<Float64Array> {
  constructor() {
    super(new Float64Array(INITIAL));
  }

  protected allocate(size: number): Float64Array {
    return new Float64Array(size);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }
}

/**
 * Codes (interned values): one byte each while they stay below 256, widened to two bytes and then four only
 * when a code needs it, so a label column of ten million rows takes 10 MB, not 40.
 */
export class GrowableCodes {
  private data: Codes = new Uint8Array(INITIAL);
  /** The largest code the current width holds. */
  private limit = 0xff;
  length = 0;

  reserve(size: number): void {
    if (size > this.data.length) this.resize(Math.ceil(size), this.data);
  }

  push(code: number): void {
    if (code > this.limit) this.widen(code);
    if (this.length === this.data.length) this.resize(Math.max(INITIAL, Math.ceil(this.data.length * 1.5)), this.data);
    this.data[this.length++] = code;
  }

  /** Pushes `map[codes[r]]` for r in [from, to), in one go (a row group's labels by their dictionary codes). */
  pushMapped(codes: Int32Array, map: Int32Array, from: number, to: number): void {
    // The widest code in `map` bounds those of the rows: one look per distinct value rather than per row.
    let widest = 0;
    for (let i = 0; i < map.length; i++) widest = Math.max(widest, map[i]!);
    if (widest > this.limit) this.widen(widest);
    const needed = this.length + (to - from);
    if (needed > this.data.length) this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)), this.data);
    const data = this.data;
    if (isIdentity(map)) {
      // The batch's codes are the column's (a first row group, or one whose classes come in the same order).
      data.set(codes.subarray(from, to), this.length);
    } else {
      let at = this.length;
      for (let r = from; r < to; r++) data[at++] = map[codes[r]!]!;
    }
    this.length = needed;
  }

  /** Appends `codes[0, count)`, every one a code pushed before (so the width already holds it). */
  pushCodes(codes: Int32Array, count: number): void {
    const needed = this.length + count;
    if (needed > this.data.length) this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)), this.data);
    this.data.set(codes.subarray(0, count), this.length);
    this.length = needed;
  }

  /** The code pushed last; -1 before any. */
  get last(): number {
    return this.length === 0 ? -1 : this.data[this.length - 1]!;
  }

  private widen(code: number): void {
    const wider = code <= 0xffff ? new Uint16Array(this.data.length) : new Int32Array(this.data.length);
    this.limit = code <= 0xffff ? 0xffff : 0x7fffffff;
    this.resize(this.data.length, wider);
  }

  private resize(size: number, like: Codes): void {
    const bigger = like instanceof Uint8Array ? new Uint8Array(size) : like instanceof Uint16Array ? new Uint16Array(size) : new Int32Array(size);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }

  /** The codes pushed so far, in an array of exactly that length (possibly a view of a slightly larger one). */
  finish(): Codes {
    const { data, length } = this;
    if (length === data.length) return data;
    if (data.length - length <= length / SLACK) return data.subarray(0, length);
    return data.slice(0, length);
  }
}

/** True when `map` takes every code it maps to itself (-1 marks a code it does not map). */
function isIdentity(map: Int32Array): boolean {
  for (let i = 0; i < map.length; i++) if (map[i] !== i && map[i] !== -1) return false;
  return true;
}
