import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isDynamicPattern } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';
import { decodeFailure, decodeText, expandPatterns, mayBeGlob } from '../../src/shell/read-files.js';

/** Letters, digits, '/', '.', '-', '_', spaces and every other printable ASCII punctuation character. */
const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const ALPHABET = [...new Set([...'abcXYZ019', '/', '.', '-', '_', ' ', ...ASCII_PUNCTUATION])];

describe('expandPatterns: the glob library is loaded only for patterns that may be globs', () => {
  it('never calls a pattern literal that tinyglobby would expand', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 12 }), (pattern) => {
        if (!mayBeGlob(pattern)) expect(isDynamicPattern(pattern)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it('sends each character that makes picomatch see a glob or a negation to tinyglobby', () => {
    for (const pattern of ['*.csv', 'p?.csv', 'p[12].csv', '{a,b}.csv', 'p(1).csv', '!p.csv', '+(a).csv', '@(a).csv']) {
      expect(isDynamicPattern(pattern), pattern).toBe(true);
      expect(mayBeGlob(pattern), pattern).toBe(true);
    }
    expect(mayBeGlob('eval/shard-01_v2.0 final.csv.gz')).toBe(false);
  });

  it('keeps literal paths as given, even missing ones, and expands globs sorted', async () => {
    const dir = tempFiles({ 'b.csv': '', 'a.csv': '', 'c.json': '' });
    expect(await expandPatterns('missing.csv, c.json\nc.json', dir)).toEqual(['missing.csv', 'c.json']);
    expect(await expandPatterns('*.csv\nc.json', dir)).toEqual(['a.csv', 'b.csv', 'c.json']);
    await expect(expandPatterns('*.tsv', dir)).rejects.toThrow('no file matches "*.tsv"');
  });
});

describe('decodeText', () => {
  it('names a file too large to be one JavaScript string, and says which files stream', () => {
    // Node raises ERR_STRING_TOO_LONG past 2^29 - 24 characters (a 537 MB allocation to provoke; checked by hand
    // on Node 20 and 24): the message is tested from the error it maps.
    const tooLong = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    expect(decodeFailure(tooLong, 600 * 1024 ** 2, 'big.txt').message).toBe(
      'big.txt: 600 MiB is too large to read whole (metric files and JSON column layouts are, up to 512 MiB); predictions stream when the file is named .csv, .tsv, .jsonl or .json (an array of records), gzipped or not',
    );
    expect(() => decodeText(Uint8Array.from([0x61, 0xff]), 'bad.json')).toThrow('bad.json:1: not UTF-8 text: byte 0xFF at byte offset 1 (save the file as UTF-8)');
    expect(() => decodeText(Uint8Array.from([0x61, 0x00]), 'nul.json')).toThrow('nul.json: binary data (NUL bytes), not a text file');
  });
});

describe('the same file named twice', () => {
  it('is read once when a symlinked folder or another spelling reaches it', async () => {
    const dir = tempFiles({});
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/p.csv'), 'y_true,y_pred\n1,1\n0,1\n');
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    const run = await cli(['evaluate', 'real/p.csv', 'link/p.csv', './real/p.csv', 'link/*.csv', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ n: 2, metrics: { accuracy: 0.5 } });
  });
});
