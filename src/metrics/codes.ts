/**
 * Class and category indices, stored in the narrowest array that holds them: one byte per row for up to 256
 * classes (every binary task), so ten million labels and predictions take 20 MB instead of 80.
 */
export type Codes = Uint8Array | Uint16Array | Int32Array;

/** An array of `length` codes, each below `count`. */
export function allocateCodes(count: number, length: number): Codes {
  if (count <= 1 << 8) return new Uint8Array(length);
  if (count <= 1 << 16) return new Uint16Array(length);
  return new Int32Array(length);
}
