/**
 * What the file loader needs to know about Parquet without loading hyparquet (most of the action's bundle by
 * size): the file shape and how to recognise one. The reader itself, src/ingest/parquet.ts, is imported lazily.
 */

/** Random access to a file's bytes: hyparquet's `AsyncBuffer` (for example `asyncBufferFromFile(path)`). */
export interface ParquetSource {
  readonly byteLength: number;
  slice(start: number, end?: number): ArrayBuffer | Promise<ArrayBuffer>;
}

/** A Parquet file: its whole content, or a source that reads ranges of it on demand. */
export interface ParquetFile {
  readonly name: string;
  readonly bytes: Uint8Array | ParquetSource;
}

export const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
/** The smallest Parquet file: magic, a 4-byte footer length, magic. */
export const MIN_SIZE = 12;

/**
 * True when the bytes (the whole file or at least its first four bytes) start with the Parquet magic `PAR1`, or
 * the name ends in `.parquet`, `.parq` or `.pq`. Only the head is checked so that a truncated Parquet file still
 * goes to the Parquet reader, which then reports it as truncated, instead of being parsed as CSV.
 */
export function isParquet(bytes: Uint8Array, name?: string): boolean {
  if (name !== undefined && /\.(parquet|parq|pq)$/i.test(name)) return true;
  return startsWithMagic(bytes);
}

export function startsWithMagic(bytes: Uint8Array, offset = 0): boolean {
  return bytes.length >= offset + 4 && MAGIC.every((b, i) => bytes[offset + i] === b);
}
