/**
 * The bytes of a record that a chunk ended inside, kept until the chunk that ends the record arrives. They are
 * copied (a reader's chunks may share one reused buffer), into room that doubles as it is needed.
 */
export class ByteCarry {
  private buffer = new Uint8Array(0);
  /** How many bytes are kept. */
  length = 0;

  append(chunk: Uint8Array, from: number, to: number): void {
    const needed = this.length + (to - from);
    if (needed > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(needed, 2 * this.buffer.length, 1024));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
    }
    this.buffer.set(chunk.subarray(from, to), this.length);
    this.length = needed;
  }

  /** Hands the kept bytes over (valid until the next `append`) and starts empty. */
  take(): Uint8Array {
    const bytes = this.buffer.subarray(0, this.length);
    this.length = 0;
    return bytes;
  }

  /** Starts empty and lets go of the room. */
  release(): void {
    this.buffer = new Uint8Array(0);
    this.length = 0;
  }
}
