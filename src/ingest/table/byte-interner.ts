/**
 * Byte-level helpers for columns read straight from file bytes: text is decoded only when a value is new, so a
 * label column of ten million rows costs a table lookup per row instead of a string per row.
 */

/** Cells kept as text (`"\uFEFF"` included: only a file's leading byte-order mark is dropped, by the reader). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Short ASCII cells (ids, labels) are built directly; the decoder call costs more than the loop for them. */
const SHORT = 32;

/** The UTF-8 text of `bytes[start, end)`; the bytes were validated as UTF-8 when they were read. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    let text = '';
    let i = start;
    for (; i < end; i++) {
      const c = bytes[i]!;
      if (c >= 0x80) break;
      text += String.fromCharCode(c);
    }
    if (i === end) return text;
  }
  return decoder.decode(bytes.subarray(start, end));
}

const EMPTY_SLOT = 256;

/**
 * Maps the byte spelling of a value to the code its text was interned under. Valid UTF-8 decodes one-to-one,
 * so equal bytes mean equal text and the map only caches what the text map decides. Empty and single-byte
 * cells (`0`, `1`, `y`) use a 257-entry table; longer ones a hash of their bytes, checked against a copy kept
 * in one shared byte pool (an object per value would cost more than the strings it saves).
 */
export class ByteInterner {
  private readonly short = new Int32Array(257).fill(-1);
  private readonly byHash = new Map<number, number>();
  private pool = new Uint8Array(1024);
  private used = 0;
  /** Where the bytes of each code start in the pool, and how many there are; -1 for codes not kept. */
  private keyStarts = new Int32Array(64).fill(-1);
  private keyLengths = new Int32Array(64);

  /** The code of these bytes, or -1 when they have not been seen (or collide with other bytes' hash). */
  lookup(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length <= 1) return this.short[length === 0 ? EMPTY_SLOT : bytes[start]!]!;
    const code = this.byHash.get(hashBytes(bytes, start, end));
    if (code === undefined || this.keyLengths[code] !== length) return -1;
    const pool = this.pool;
    const at = this.keyStarts[code]!;
    for (let i = 0; i < length; i++) if (pool[at + i] !== bytes[start + i]) return -1;
    return code;
  }

  /** Remembers the code of these bytes; on a hash collision the later value keeps taking the text path. */
  remember(bytes: Uint8Array, start: number, end: number, code: number): void {
    const length = end - start;
    if (length <= 1) {
      this.short[length === 0 ? EMPTY_SLOT : bytes[start]!] = code;
      return;
    }
    const hash = hashBytes(bytes, start, end);
    if (this.byHash.has(hash)) return;
    this.byHash.set(hash, code);
    if (code >= this.keyStarts.length) {
      const size = Math.max(2 * this.keyStarts.length, code + 1);
      const starts = new Int32Array(size).fill(-1);
      starts.set(this.keyStarts);
      const lengths = new Int32Array(size);
      lengths.set(this.keyLengths);
      this.keyStarts = starts;
      this.keyLengths = lengths;
    }
    if (this.used + length > this.pool.length) {
      const pool = new Uint8Array(Math.max(2 * this.pool.length, this.used + length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    for (let i = 0; i < length; i++) this.pool[this.used + i] = bytes[start + i]!;
    this.keyStarts[code] = this.used;
    this.keyLengths[code] = length;
    this.used += length;
  }
}

/** FNV-1a, masked to 30 bits so that the map keys stay small integers. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash & 0x3fffffff;
}
