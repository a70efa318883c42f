import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../errors.js';
import type { TextFile } from '../ingest/read-predictions.js';

/** Files above this size are refused with a message instead of exhausting memory. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;

/**
 * Expands newline- or comma-separated globs (SPEC §2) into files, in the order given, each pattern's matches
 * sorted so shards concatenate reproducibly. A pattern that matches nothing is an error, not a silent skip.
 */
export async function expandPatterns(patterns: string, cwd: string): Promise<string[]> {
  const list = splitPatterns(patterns);
  const files: string[] = [];
  for (const pattern of list) {
    if (!isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
    if (matches.length === 0) throw new InputError(`no file matches "${pattern}"`);
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}

export function splitPatterns(patterns: string): string[] {
  return patterns
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Reads a file as UTF-8 text, gunzipping `.gz` (or gzip-magic) content; binary data is bad input. */
export async function readTextFile(path: string, cwd: string = process.cwd()): Promise<TextFile> {
  const full = path.startsWith('/') ? path : `${cwd}/${path}`;
  let size: number;
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new InputError('a directory, not a file; name the files inside it', { file: path });
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('no such file', { file: path });
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError(`${(size / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit for one file; split it into shards`, {
      file: path,
    });
  }
  let bytes: Uint8Array = await readFile(full);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new InputError(`not a valid gzip file (${(error as Error).message})`, { file: path });
    }
  }
  return { name: path, text: decodeText(bytes, path) };
}

export function decodeText(bytes: Uint8Array, file: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('binary data (NUL bytes), not a text file', { file });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text', { file });
  }
}
