import { Inflate } from 'fflate';
import { InputError } from '../errors.js';

/** Limits for an untrusted archive (docs/baseline.md#untrusted-archives): a baseline bundle is a few files and a few megabytes. */
export interface UnzipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  /** Decoders for compression methods beyond stored and deflate (Zstandard, 93, in Inspect logs), by method. */
  readonly decoders?: Readonly<Record<number, EntryDecoder>>;
}

/** Inflates one entry's data, failing (through `fail`) as soon as the output passes `budget` bytes. */
export type EntryDecoder = (data: Uint8Array, budget: number, name: string, fail: (problem: string) => never) => Uint8Array;

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = { maxEntries: 1_000, maxTotalBytes: 1024 ** 3 };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

/**
 * Extracts a zip archive from untrusted bytes into memory, refusing what could hurt: entries that would escape
 * the extraction folder (absolute paths, `..`, drive letters, backslashes), symbolic links and other non-files,
 * more than `maxEntries` entries, more than `maxTotalBytes` inflated in total (counted while inflating, so a
 * lying header does not help a zip bomb), CRC mismatches and truncation. Folders are skipped. Pure: the caller
 * writes the returned files, each under a fresh temporary folder.
 */
export function safeUnzip(bytes: Uint8Array, archive: string, limits: UnzipLimits = DEFAULT_UNZIP_LIMITS): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (problem: string): never => {
    throw new InputError(`refused archive: ${problem}`, { file: archive });
  };
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) fail('not a zip file, or truncated (no end-of-central-directory record)');
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) fail('ZIP64 archives are not supported');
  if (entries > limits.maxEntries) fail(`${entries} entries, above the limit of ${limits.maxEntries}`);
  if (directoryOffset + directorySize > eocd) fail('the central directory lies outside the file (truncated?)');

  const files = new Map<string, Uint8Array>();
  const folders = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let e = 0; e < entries; e++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) fail('corrupt central directory');
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const external = view.getUint32(at + 38, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (name.endsWith('/')) continue;
    const unsafe = unsafePath(name);
    if (unsafe) fail(`entry "${name}" ${unsafe}`);
    // Unix zips keep the file mode in the high half of the external attributes.
    const mode = madeBy === 3 ? external >>> 16 : 0;
    if (mode !== 0 && (mode & S_IFMT) === S_IFLNK) fail(`entry "${name}" is a symbolic link`);
    if (mode !== 0 && (mode & S_IFMT) !== S_IFREG && (mode & S_IFMT) !== 0) fail(`entry "${name}" is not a regular file`);
    if (flags & 1) fail(`entry "${name}" is encrypted`);
    if (files.has(name)) fail(`entry "${name}" appears twice`);
    const clash = folderClash(name, files, folders);
    if (clash) fail(`entry "${name}" ${clash}`);
    if (total + size > limits.maxTotalBytes) fail(`more than ${limits.maxTotalBytes} bytes uncompressed`);

    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) fail(`entry "${name}": corrupt local header`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) fail(`entry "${name}" is truncated`);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    const decoder = method === 8 ? inflateBounded : limits.decoders?.[method];
    const content = method === 0 ? data.slice() : decoder ? decoder(data, limits.maxTotalBytes - total, name, fail) : fail(`entry "${name}" uses compression method ${method}`);
    if (content.length !== size) fail(`entry "${name}" inflates to ${content.length} bytes, not the ${size} its header says`);
    if (crc32(content) !== crc) fail(`entry "${name}" fails its CRC check (damaged archive)`);
    total += content.length;
    files.set(name, content);
  }
  return files;
}

/** Why a path may not be extracted, or undefined when it stays inside the extraction folder. */
function unsafePath(name: string): string | undefined {
  if (name.includes('\\')) return 'contains a backslash';
  if (name.includes('\0')) return 'contains a NUL byte';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  const parts = name.split('/');
  if (parts.some((part) => part === '..')) return 'would escape the extraction folder (zip slip)';
  if (parts.some((part) => part === '' || part === '.')) return 'has an empty or "." path segment';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character';
  if (parts.some((part) => new TextEncoder().encode(part).length > 255)) return 'has a name longer than 255 bytes';
  return undefined;
}

/**
 * Why `name` cannot sit beside the entries read so far: a file where another entry needs a folder (`q` beside
 * `q/b`), in either order. Records `name`'s folders when it fits.
 */
function folderClash(name: string, files: ReadonlyMap<string, Uint8Array>, folders: Set<string>): string | undefined {
  if (folders.has(name)) return 'is a file where another entry has a folder';
  const parts = name.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    if (files.has(folder)) return `needs a folder "${folder}" where another entry is a file`;
  }
  for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  return undefined;
}

function inflateBounded(data: Uint8Array, budget: number, name: string, fail: (problem: string) => never): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    length += chunk.length;
    if (length > budget) fail(`entry "${name}" inflates past the size limit (zip bomb?)`);
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < data.length; offset += 65_536) {
      inflater.push(data.subarray(offset, Math.min(data.length, offset + 65_536)), offset + 65_536 >= data.length);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    fail(`entry "${name}" is not valid deflate data (${(error as Error).message})`);
  }
  if (!finished) fail(`entry "${name}" is truncated`);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 65_535);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE), as zip stores it for every entry. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
