import fc from 'fast-check';
import { isDynamicPattern } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/cli.js';
import { expandPatterns, mayBeGlob } from '../../src/shell/read-files.js';

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
