/** Typed arrays that grow geometrically while a file streams in, so columns never hold per-row objects. */

abstract class Growable<T extends Float64Array | Int32Array> {
  protected data: T;
  length = 0;

  constructor(initial: T) {
    this.data = initial;
  }

  protected abstract allocate(size: number): T;

  protected ensure(): void {
    if (this.length === this.data.length) {
      const bigger = this.allocate(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
  }

  /** The values pushed so far, in an array of exactly that length. */
  finish(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export class GrowableFloat64 extends Growable<Float64Array> {
  constructor() {
    super(new Float64Array(1024));
  }

  protected allocate(size: number): Float64Array {
    return new Float64Array(size);
  }

  push(value: number): void {
    this.ensure();
    this.data[this.length++] = value;
  }
}

export class GrowableInt32 extends Growable<Int32Array> {
  constructor() {
    super(new Int32Array(1024));
  }

  protected allocate(size: number): Int32Array {
    return new Int32Array(size);
  }

  push(value: number): void {
    this.ensure();
    this.data[this.length++] = value;
  }
}
