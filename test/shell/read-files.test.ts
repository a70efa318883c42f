import fc from 'fast-check';
import { isDynamicPattern } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/cli.js';
import { decodeText, expandPatterns, mayBeGlob } from '../../src/shell/read-files.js';

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
  it('names a file too large to be one JavaScript string, and says what is streamed instead', () => {
    // 600 MiB of spaces: valid UTF-8, but more characters than V8 lets a string hold.
    const bytes = new Uint8Array(600 * 1024 ** 2).fill(0x20);
    expect(() => decodeText(bytes, 'big.json')).toThrow(
      'big.json: 600 MiB is too large to read as one text (JSON documents and metric files are, up to 512 MiB); write predictions as CSV, TSV or JSON Lines, which are streamed',
    );
    expect(() => decodeText(Uint8Array.from([0x61, 0xff]), 'bad.json')).toThrow('bad.json: not UTF-8 text');
  });
});
