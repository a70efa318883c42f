import { gunzipSync } from 'node:zlib';

/**
 * Inflates gzip data whole, never past `limit` bytes (a few kilobytes can inflate to gigabytes), with the gzip
 * trailer checked: zlib compares the CRC-32 and the length it records with what was inflated. Returns the bytes,
 * or the reason they cannot be had, for the caller to word as its error.
 */
export function gunzipBounded(bytes: Uint8Array, limit: number): { bytes: Uint8Array } | { problem: string } {
  try {
    const inflated = gunzipSync(bytes, { maxOutputLength: limit });
    // A plain view, not a Node Buffer: `Buffer#slice` shares memory where `Uint8Array#slice` copies.
    return { bytes: new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      return { problem: `inflates past ${formatBytes(limit)}, the limit for this file (a gzip bomb?)` };
    }
    return { problem: `not valid gzip (${(error as Error).message})` };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${bytes / 1024 ** 2} MiB`;
}
