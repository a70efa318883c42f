import { createHash } from 'node:crypto';
import { strToU8, unzipSync, zipSync } from 'fflate';

/** Files of an archive: path inside the zip → content (strings are written as UTF-8). */
export type ZipFiles = Record<string, string | Uint8Array>;

/** A fixed modification time, so the same files always give the same bytes (and the same digest). */
const MTIME = new Date(Date.UTC(2024, 0, 1));

/** Builds a deflated zip of `files` with fflate. */
export function buildZip(files: ZipFiles): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, content] of Object.entries(files)) {
    entries[name] = [typeof content === 'string' ? strToU8(content) : content, { mtime: MTIME }];
  }
  return zipSync(entries, { level: 6 });
}

/** The files of a zip (directory entries left out), or undefined when the bytes are not a readable zip. */
export function readZip(zip: Uint8Array): Record<string, Uint8Array> | undefined {
  try {
    const out: Record<string, Uint8Array> = {};
    for (const [name, data] of Object.entries(unzipSync(zip))) {
      if (!name.endsWith('/')) out[name] = data;
    }
    return out;
  } catch {
    return undefined;
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
