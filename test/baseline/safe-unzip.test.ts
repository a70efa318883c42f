import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, safeUnzip } from '../../src/baseline/safe-unzip.js';
import { logSafe } from '../../src/errors.js';

const text = (s: string) => new TextEncoder().encode(s);

/** Rewrites one entry name in both the local and central headers (same length), to forge hostile archives. */
function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  expect(to.length).toBe(from.length);
  const out = zip.slice();
  const needle = text(from);
  for (let i = 0; i + needle.length <= out.length; i++) {
    if (needle.every((b, k) => out[i + k] === b)) out.set(text(to), i);
  }
  return out;
}

/** Sets the Unix mode of every central-directory entry (made by Unix, mode in the high 16 bits). */
function setUnixMode(zip: Uint8Array, mode: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint16(i + 4, (3 << 8) | 20, true);
      view.setUint32(i + 38, (mode << 16) >>> 0, true);
    }
  }
  return out;
}

describe('safeUnzip: untrusted archives (docs/baseline.md#untrusted-archives)', () => {
  it('extracts regular files, stored and deflated, in folders', () => {
    const zip = zipSync({ 'a.json': text('{"x":1}'), 'dir/b.txt': [text('hello '.repeat(1000)), { level: 9 }], 'c.bin': [new Uint8Array([1, 2, 3]), { level: 0 }] });
    const files = safeUnzip(zip, 'baseline.zip');
    expect([...files.keys()].sort()).toEqual(['a.json', 'c.bin', 'dir/b.txt']);
    expect(new TextDecoder().decode(files.get('dir/b.txt'))).toBe('hello '.repeat(1000));
  });

  it('refuses an entry that would escape the folder (zip slip)', () => {
    const zip = renameEntry(zipSync({ 'aa/evil.txt': text('x') }), 'aa/evil.txt', '../evil.txt');
    expect(() => safeUnzip(zip, 'a.zip')).toThrow('a.zip: refused archive: entry "../evil.txt" would escape the extraction folder (zip slip)');
  });

  it('refuses absolute paths and backslashes', () => {
    expect(() => safeUnzip(renameEntry(zipSync({ 'xetc/passwd': text('x') }), 'xetc/passwd', '/etc/passwd'), 'a.zip')).toThrow(/is an absolute path/);
    expect(() => safeUnzip(renameEntry(zipSync({ 'a/b': text('x') }), 'a/b', 'a\\b'), 'a.zip')).toThrow(/contains a backslash/);
  });

  it('refuses symbolic links', () => {
    const zip = setUnixMode(zipSync({ link: text('/etc/passwd') }), 0o120777);
    expect(() => safeUnzip(zip, 'a.zip')).toThrow('entry "link" is a symbolic link');
  });

  it('refuses a zip bomb while inflating, before the memory is spent', () => {
    const zip = zipSync({ 'bomb.bin': [new Uint8Array(50 * 1024 * 1024), { level: 9 }] });
    expect(zip.length).toBeLessThan(100_000);
    expect(() => safeUnzip(zip, 'a.zip', { maxEntries: 10, maxTotalBytes: 10 * 1024 * 1024 })).toThrow(/more than 10485760 bytes uncompressed|past the size limit/);
  });

  it('refuses too many entries', () => {
    const entries = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, text('x')]));
    expect(() => safeUnzip(zipSync(entries), 'a.zip', { maxEntries: 10, maxTotalBytes: 1e6 })).toThrow('20 entries, above the limit of 10');
  });

  it('refuses truncated and damaged archives', () => {
    const zip = zipSync({ 'a.txt': text('some content here') });
    expect(() => safeUnzip(zip.subarray(0, zip.length - 30), 'a.zip')).toThrow(/not a zip file, or truncated/);
    const damaged = zip.slice();
    damaged[37] = damaged[37]! ^ 0xff; // inside the data of the only entry (30-byte header + 5-byte name)
    expect(() => safeUnzip(damaged, 'a.zip')).toThrow(/fails its CRC check|not valid deflate data/);
    expect(() => safeUnzip(text('not a zip at all'), 'a.zip')).toThrow(/not a zip file/);
  });

  it('computes the IEEE CRC-32 check value', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
  });
});

describe('safeUnzip: entry names a file system cannot hold as given', () => {
  it.each([
    ['x', '.', 'has an empty or "." path segment'],
    ['a/bb', 'a//b', 'has an empty or "." path segment'],
    ['yyx', './x', 'has an empty or "." path segment'],
    ['a\u0001', 'a\u0001', 'contains a control character'],
    ['n'.repeat(256), 'n'.repeat(256), 'has a name longer than 255 bytes'],
  ])('refuses %j renamed %j: %s', (plain, hostile, problem) => {
    const zip = renameEntry(zipSync({ [plain]: text('x'), other: text('y') }), plain, hostile);
    expect(() => safeUnzip(zip, 'a.zip')).toThrow(`a.zip: refused archive: entry "${logSafe(hostile)}" ${problem}`);
  });

  it('refuses a file beside a folder of the same name, in either order', () => {
    expect(() => safeUnzip(zipSync({ q: text('x'), 'q/b': text('y') }), 'a.zip')).toThrow('entry "q/b" needs a folder "q" where another entry is a file');
    expect(() => safeUnzip(zipSync({ 'q/b': text('y'), q: text('x') }), 'a.zip')).toThrow('entry "q" is a file where another entry has a folder');
  });
});
