import { InputError } from '../errors.js';

/**
 * Why bytes are not UTF-8 text, with the place: a NUL byte anywhere (binary data, or UTF-16, named as such), or
 * the first byte that breaks UTF-8. Only called once a problem is known, so none of it costs the happy path.
 */

/** How much of a file's start is taken as telling binary data (a NUL there) from text with a stray NUL. */
export const BINARY_PROBE_BYTES = 8192;

/** `UTF-16LE`/`UTF-16BE` when the start of a file looks like UTF-16 (a byte order mark, or ASCII with NUL halves). */
export function utf16Kind(head: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
  if (head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
  const pairs = Math.min(32, head.length >> 1);
  if (pairs < 2) return undefined;
  let low = 0;
  let high = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] !== 0 && head[2 * i + 1] === 0) low++;
    if (head[2 * i] === 0 && head[2 * i + 1] !== 0) high++;
  }
  if (low === pairs) return 'UTF-16LE';
  if (high === pairs) return 'UTF-16BE';
  return undefined;
}

/** The offset of the first byte that breaks UTF-8, or -1 (a character cut short at the end counts as broken). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** The 1-based line of byte `offset`, counting the line feeds of `before` (the bytes ahead of `bytes`) and `bytes`. */
export function lineOfOffset(bytes: Uint8Array, offset: number, before = 0): number {
  let line = before + 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** The error for a NUL byte at `offset` (line `line`); `head` is the start of the content. */
export function nulError(file: string, head: Uint8Array, offset: number, line: number): InputError {
  const utf16 = utf16Kind(head);
  if (utf16) return new InputError(`${utf16} text; model-gate reads UTF-8: save the file as UTF-8`, { file });
  if (offset < BINARY_PROBE_BYTES) return new InputError('binary data (NUL bytes), not a text file', { file });
  return new InputError(`a NUL byte at byte offset ${offset}: not text (a NUL is never part of a CSV, JSON or YAML file)`, { file, line });
}

/** The error for bytes that break UTF-8 at `offset` (line `line`). */
export function utf8Error(file: string, head: Uint8Array, offset: number, byte: number | undefined, line: number): InputError {
  const utf16 = utf16Kind(head);
  if (utf16) return new InputError(`${utf16} text; model-gate reads UTF-8: save the file as UTF-8`, { file });
  const what = byte === undefined ? 'a character cut short at the end' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return new InputError(`not UTF-8 text: ${what} at byte offset ${offset} (save the file as UTF-8)`, { file, line });
}

/** Checks bytes read whole: no NUL anywhere, valid UTF-8. */
export function checkTextBytes(bytes: Uint8Array, file: string): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw nulError(file, bytes, nul, lineOfOffset(bytes, nul));
}

/** The error for whole bytes that failed to decode as UTF-8. */
export function invalidUtf8Error(bytes: Uint8Array, file: string): InputError {
  const bad = firstInvalidUtf8(bytes);
  const at = bad < 0 ? bytes.length : bad;
  return utf8Error(file, bytes, at, bytes[at], lineOfOffset(bytes, at));
}
