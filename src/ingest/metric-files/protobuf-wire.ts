import { InputError } from '../../errors.js';

/**
 * A minimal reader of the protobuf wire format, enough to walk TensorBoard's Event protos without a schema
 * compiler or a runtime dependency. It reads in place over the file's bytes (positions are byte offsets in
 * the file, so errors can point at them) and rejects malformed input with an InputError instead of reading
 * past a message's end. https://protobuf.dev/programming-guides/encoding/
 */

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LENGTH = 2;
export const WIRE_FIXED32 = 5;

const TWO_32 = 2 ** 32;
const utf8 = new TextDecoder('utf-8');

/** The file's bytes with a DataView over them, shared by every reader of one file. */
export interface WireSource {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly view: DataView;
}

/** Wraps a file's bytes for reading; the DataView honours the array's offset into its buffer. */
export function openWireSource(file: string, bytes: Uint8Array): WireSource {
  return { file, bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Reads the fields of one message, `bytes[start, end)`, in the order they were written. */
export class ProtoReader {
  /** Field number and wire type of the field that `next()` just reached. */
  field = 0;
  wireType = 0;
  private pos: number;
  private lo = 0;
  private hi = 0;

  constructor(
    readonly source: WireSource,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  /** True while the message has bytes left to read (for packed repeated values). */
  hasMore(): boolean {
    return this.pos < this.end;
  }

  /** Moves to the next field's key; false at the end of the message. */
  next(): boolean {
    if (this.pos >= this.end) return false;
    const at = this.pos;
    const key = this.uint();
    this.field = Math.floor(key / 8);
    this.wireType = key % 8;
    if (this.field === 0 || this.field >= 2 ** 29) this.fail(at, `invalid field number ${this.field}`);
    return true;
  }

  /** A varint as a non-negative number (enums, booleans, lengths); exact below 2^53. */
  uint(): number {
    this.readVarint();
    return this.hi * TWO_32 + this.lo;
  }

  /** A varint as a signed 64-bit integer: negative numbers are ten-byte two's complement varints. */
  int64(): bigint {
    this.readVarint();
    if (this.hi === 0) return BigInt(this.lo);
    return BigInt.asIntN(64, (BigInt(this.hi) << 32n) | BigInt(this.lo));
  }

  float(): number {
    const at = this.take(4);
    return this.source.view.getFloat32(at, true);
  }

  double(): number {
    const at = this.take(8);
    return this.source.view.getFloat64(at, true);
  }

  /** A length-delimited field's payload as `[start, end)` byte offsets in the file, without copying it. */
  range(): [number, number] {
    const length = this.uint();
    const start = this.take(length);
    return [start, start + length];
  }

  /** A length-delimited field read as an embedded message. */
  message(): ProtoReader {
    const [start, end] = this.range();
    return new ProtoReader(this.source, start, end);
  }

  /** A length-delimited field read as UTF-8 text (malformed sequences become U+FFFD, as protobuf-python does). */
  string(): string {
    const [start, end] = this.range();
    return utf8.decode(this.source.bytes.subarray(start, end));
  }

  /** Steps over the current field's value, whatever it is; unknown fields are how protobuf stays compatible. */
  skip(): void {
    switch (this.wireType) {
      case WIRE_VARINT:
        this.readVarint();
        return;
      case WIRE_FIXED64:
        this.take(8);
        return;
      case WIRE_LENGTH:
        this.range();
        return;
      case WIRE_FIXED32:
        this.take(4);
        return;
      default:
        // Groups (3, 4) are proto2-only and absent from TensorBoard's protos; 6 and 7 do not exist.
        this.fail(this.pos, `unsupported wire type ${this.wireType} in field ${this.field}`);
    }
  }

  /** Throws the InputError for malformed bytes at `at`. */
  fail(at: number, problem: string): never {
    throw new InputError(`malformed protobuf at byte offset ${at}: ${problem} (the event file is damaged)`, {
      file: this.source.file,
    });
  }

  /** Claims `count` bytes of the message and returns where they start. */
  private take(count: number): number {
    const at = this.pos;
    if (count > this.end - at) {
      this.fail(at, `field ${this.field} needs ${count} bytes but its message has ${this.end - at} left`);
    }
    this.pos = at + count;
    return at;
  }

  /** Reads a varint of up to ten bytes into `lo`/`hi`, the low and high 32 bits, without BigInt. */
  private readVarint(): void {
    const { bytes } = this.source;
    const at = this.pos;
    let lo = 0;
    let hi = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (this.pos >= this.end) this.fail(at, 'varint runs past the end of its message');
      const b = bytes[this.pos++]!;
      const bits = b & 0x7f;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= bits << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (shift - 32);
      if (b < 0x80) {
        this.lo = lo >>> 0;
        this.hi = hi >>> 0;
        return;
      }
    }
    this.fail(at, 'varint longer than ten bytes');
  }
}
