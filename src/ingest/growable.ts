/**
 * Typed arrays that grow while a file streams in, so columns never hold per-row objects. Memory is what matters
 * at ten million rows: a reader that can estimate the row count reserves it once (no doubling through copies),
 * growth is by half (a doubling array holds three times its data while it copies), and `finish` hands back the
 * array itself, or a view of it when little is unused, instead of a second full-size copy.
 */

/** Unused room that `finish` tolerates rather than copying the column: one eighth of the values. */
const SLACK = 8;
const INITIAL = 1024;

abstract class Growable<T extends Float64Array | Int32Array> {
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

export class GrowableInt32 extends Growable<Int32Array> {
  constructor() {
    super(new Int32Array(INITIAL));
  }

  protected allocate(size: number): Int32Array {
    return new Int32Array(size);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }
}
