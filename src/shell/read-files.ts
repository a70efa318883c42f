import { Buffer, isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';
import type { ParquetSource } from '../ingest/formats/parquet-file.js';
import { checkTextBytes, firstInvalidUtf8, invalidUtf8Error, lineOfOffset, nulError, utf8Error } from './text-checks.js';

/** Files above this size are refused with a message instead of exhausting memory. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;

/**
 * Expands newline- or comma-separated globs (README.md#inputs) into files, in the order given, each pattern's matches
 * sorted so shards concatenate reproducibly. A pattern that matches nothing is an error, not a silent skip.
 */
export async function expandPatterns(patterns: string, cwd: string): Promise<string[]> {
  const list = splitPatterns(patterns);
  const files: string[] = [];
  for (const pattern of list) {
    // tinyglobby (with fdir and picomatch) is loaded only for a pattern that may be a glob: most runs name files.
    const globs = mayBeGlob(pattern) ? await import('tinyglobby') : undefined;
    if (globs === undefined || !globs.isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = await globs.glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
    if (matches.length === 0) throw new InputError(`no file matches "${pattern}"`);
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}

/**
 * Characters without which tinyglobby's `isDynamicPattern` (picomatch's `scan(pattern).isGlob || negated`) is
 * false. In picomatch 4's lib/scan.js only `* ? [ { ( !` can set either flag (`]` `}` `)` `+` `@` and `\` matter
 * only together with one of them); those are listed too, so an upgrade that reads them differently still cannot
 * turn a glob into a literal path. test/shell/read-files.test.ts checks the shortcut against tinyglobby.
 */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

/** False when `pattern` is certainly a literal path, decided without loading the glob library. */
export function mayBeGlob(pattern: string): boolean {
  return GLOB_CHARACTERS.test(pattern);
}

export function splitPatterns(patterns: string): string[] {
  return patterns
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function decodeText(bytes: Uint8Array, file: string): string {
  checkTextBytes(bytes, file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw decodeFailure(error, bytes, file);
  }
}

/**
 * Why `bytes` bytes of `file` could not be decoded: invalid UTF-8, or more characters than one JavaScript string
 * holds (2^29 - 24, Node's ERR_STRING_TOO_LONG), which only the formats read whole can reach.
 */
export function decodeFailure(error: unknown, bytes: Uint8Array | number, file: string): InputError {
  if ((error as { code?: unknown } | null)?.code === 'ERR_STRING_TOO_LONG') {
    return new InputError(
      `${((typeof bytes === 'number' ? bytes : bytes.length) / 1024 ** 2).toFixed(0)} MiB is too large to read whole (metric files and JSON column layouts are, ` +
        'up to 512 MiB); predictions stream when the file is named .csv, .tsv, .jsonl or .json (an array of ' +
        'records), gzipped or not',
      { file },
    );
  }
  return typeof bytes === 'number' ? new InputError('not UTF-8 text', { file }) : invalidUtf8Error(bytes, file);
}

/**
 * Decompressed chunks of a file's content as it is read; a broken gzip stream is bad input naming the file.
 * A plain file is read into one buffer, reused: a chunk is valid until the next one is asked for (the readers
 * copy what they keep), and a large file costs no fresh memory per megabyte (14 ms of CPU at 16 MB).
 */
async function* contentChunks(full: string, name: string, gzip: boolean): AsyncGenerator<Uint8Array> {
  if (!gzip) {
    const handle = await open(full, 'r');
    try {
      const buffer = new Uint8Array(READ_CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
        if (bytesRead === 0) return;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }
  const file = createReadStream(full, { highWaterMark: READ_CHUNK });
  const gunzip = createGunzip({ chunkSize: INFLATE_CHUNK });
  pipeline(file, gunzip, () => {}); // errors reach the loop below through `gunzip`
  let inflated = 0;
  try {
    for await (const chunk of gunzip) {
      inflated += (chunk as Uint8Array).length;
      if (inflated > MAX_INFLATED_STREAM) {
        throw new InputError(`inflates past ${MAX_INFLATED_STREAM / 1024 ** 3} GiB, the limit for one file (a gzip bomb?)`, { file: name });
      }
      yield chunk as Uint8Array;
    }
  } catch (error) {
    if (isZlibError(error)) throw new InputError(`not a valid gzip file (${error.message})`, { file: name });
    throw error;
  } finally {
    file.destroy();
    gunzip.destroy();
  }
}

/** The most one gzipped file may inflate to when streamed: 4× the limit for a file on disk. */
const MAX_INFLATED_STREAM = 4 * MAX_FILE_BYTES;

/** Chunks read from disk, and produced by the inflater: large enough that per-chunk work is noise. */
const READ_CHUNK = 1 << 20;
const INFLATE_CHUNK = 1 << 18;

function isZlibError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { errno?: unknown }).errno === 'number' && /^Z_/.test(String((error as { code?: unknown }).code));
}

/** How a file starts: whether it is gzip, its first decompressed bytes, and its expected content size. */
export interface FileStart {
  readonly gzip: boolean;
  /** The start of the (decompressed) content; all of it when `complete`. */
  readonly head: Uint8Array;
  readonly complete: boolean;
  /** The content size: the file size, or the size a gzip trailer records (modulo 4 GiB, so only a hint). */
  readonly expectedBytes: number;
}

/**
 * Reads the start of a file's content, until `enough` says so or the end: enough to tell what the file is
 * without reading all of it. `enough` sees each chunk in turn (it keeps what it needs to know); the chunks are
 * joined once, at the end. A broken gzip start is the same error as reading the whole file would give.
 */
export async function readFileStart(full: string, name: string, size: number, enough: (chunk: Uint8Array) => boolean): Promise<FileStart> {
  const handle = await open(full, 'r');
  let gzip: boolean;
  let expectedBytes = size;
  try {
    const magic = new Uint8Array(4);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    gzip = bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    if (gzip && size >= 18) {
      await handle.read(magic, 0, 4, size - 4);
      expectedBytes = new DataView(magic.buffer).getUint32(0, true);
    }
  } finally {
    await handle.close();
  }
  const parts: Uint8Array[] = [];
  let complete = true;
  for await (const chunk of contentChunks(full, name, gzip)) {
    parts.push(chunk.slice()); // the reader reuses its buffer
    if (enough(chunk)) {
      complete = false;
      break;
    }
  }
  const head = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  return { gzip, head, complete, expectedBytes };
}

/**
 * A file's content as checked chunks, with `decodeText`'s checks and messages: NUL bytes near the start mean
 * binary data, and the content must be UTF-8. Like reading the whole file first, a gzip error anywhere wins
 * over these, so they are raised when the stream ends; no chunk is passed on after a failed check. A chunk is
 * valid until the next one is asked for.
 */
export function checkedContent(full: string, name: string, gzip: boolean): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      const utf8 = new Utf8Checker();
      let head: Uint8Array | undefined;
      let offset = 0;
      let problem: { kind: 'nul' | 'utf8'; offset: number; byte: number | undefined } | undefined;
      for await (const chunk of contentChunks(full, name, gzip)) {
        head ??= chunk.slice(0, 64);
        if (problem === undefined) {
          const nul = chunk.indexOf(0);
          if (nul >= 0) problem = { kind: 'nul', offset: offset + nul, byte: 0 };
          else if (!utf8.check(chunk)) problem = utf8.problem(offset);
          else yield chunk;
        }
        offset += chunk.length;
      }
      if (problem === undefined && !utf8.finish()) problem = { kind: 'utf8', offset: offset - utf8.unfinished, byte: undefined };
      if (problem === undefined) return;
      const line = await lineAt(full, name, gzip, problem.offset);
      const start = head ?? new Uint8Array(0);
      throw problem.kind === 'nul' ? nulError(name, start, problem.offset, line) : utf8Error(name, start, problem.offset, problem.byte, line);
    },
  };
}

/** The 1-based line of a byte offset of a file's content, read again: only asked for when reporting a problem. */
async function lineAt(full: string, name: string, gzip: boolean, offset: number): Promise<number> {
  let lines = 0;
  let seen = 0;
  for await (const chunk of contentChunks(full, name, gzip)) {
    if (seen + chunk.length > offset) return lineOfOffset(chunk, offset - seen, lines);
    lines = lineOfOffset(chunk, chunk.length, lines) - 1;
    seen += chunk.length;
  }
  return lines + 1;
}

/** Validates UTF-8 across chunk boundaries: a character split between chunks is checked once it is whole. */
class Utf8Checker {
  private pending = new Uint8Array(0);

  private checked: { bytes: Uint8Array; carried: number } | undefined;

  check(chunk: Uint8Array): boolean {
    let bytes = chunk;
    const carried = this.pending.length;
    if (carried > 0) {
      bytes = Buffer.concat([this.pending, chunk]);
      this.pending = new Uint8Array(0);
    }
    const cut = incompleteTail(bytes);
    if (cut < bytes.length) this.pending = bytes.slice(cut);
    const valid = isUtf8(bytes.subarray(0, cut));
    if (!valid) this.checked = { bytes: bytes.subarray(0, cut), carried };
    return valid;
  }

  /** Where the chunk at `offset` in the content broke UTF-8; called right after `check` failed on it. */
  problem(offset: number): { kind: 'utf8'; offset: number; byte: number | undefined } {
    const { bytes, carried } = this.checked!;
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    return { kind: 'utf8', offset: offset - carried + bad, byte: bytes[bad] };
  }

  /** How many bytes of a character cut short are waiting for the next chunk. */
  get unfinished(): number {
    return this.pending.length;
  }

  /** False when the content ended inside a character. */
  finish(): boolean {
    return this.pending.length === 0;
  }
}

/** Where a character that the end of `bytes` cuts short begins (`bytes.length` when none is cut short). */
function incompleteTail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length > end ? i : end;
  }
  return end;
}

/** Byte ranges of a file read on demand (Parquet reads its footer, then one column chunk at a time). */
export class FileRanges implements ParquetSource {
  private handle: Promise<FileHandle> | undefined;

  constructor(
    private readonly full: string,
    readonly byteLength: number,
  ) {}

  async slice(start: number, end = this.byteLength): Promise<ArrayBuffer> {
    this.handle ??= open(this.full, 'r');
    const handle = await this.handle;
    const out = new Uint8Array(Math.max(0, end - start));
    let done = 0;
    while (done < out.length) {
      const { bytesRead } = await handle.read(out, done, out.length - done, start + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === out.length ? out.buffer : out.slice(0, done).buffer;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    if (handle) await (await handle).close();
  }
}
