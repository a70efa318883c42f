/**
 * CRC-32C (Castagnoli), as TFRecord files use it to guard every length and payload. Written here rather than
 * taken from a package because the core stays dependency-free and the table is a dozen lines.
 * https://www.tensorflow.org/tutorials/load_data/tfrecord#tfrecords_format_details
 */

/** The reflected Castagnoli polynomial. */
const POLYNOMIAL = 0x82f63b78;
/** TFRecord adds this after rotating, so that a CRC of data holding CRCs does not degenerate. */
const MASK_DELTA = 0xa282ead8;

const TABLE = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32C of `bytes[start, end)`, as an unsigned 32-bit number. */
export function crc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The masked CRC-32C that TFRecord stores: rotate right by 15 bits, then add a constant (mod 2^32). */
export function maskedCrc32c(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const crc = crc32c(bytes, start, end);
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}
