import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/gate/match-rules.js';
import { cli, tempFiles } from '../helpers/cli.js';

/** The obvious regular expression, a fine reference on short inputs. */
const reference = (key: string, id: string) =>
  new RegExp(`^${key.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 's').test(id);

describe('rule globs', () => {
  it('match exactly as the regular expression would, on any pattern and id over a small alphabet', () => {
    const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', '[', '.', '*', '?'), maxLength: max });
    fc.assert(
      fc.property(text(8), fc.string({ unit: fc.constantFrom('a', 'b', '[', '.', '*', '?'), maxLength: 12 }), (key, id) => {
        expect(compileGlob(key).test(id)).toBe(reference(key, id));
      }),
      { numRuns: 3000 },
    );
  });

  it('answer at once for a pattern that makes a backtracking regex run for minutes', () => {
    const stars = `${'*a'.repeat(12)}*z`;
    expect(compileGlob(stars).test('a'.repeat(200))).toBe(false);
    expect(compileGlob(stars).test(`${'a'.repeat(200)}z`)).toBe(true);
    expect(compileGlob(`${'*'.repeat(100_000)}x`).test('y'.repeat(100_000))).toBe(false);
  });

  it('refuse the hostile rule through the CLI with the usual message instead of hanging', async () => {
    const dir = tempFiles({ 'm.json': JSON.stringify({ [`${'a'.repeat(80)}`]: 0.5 }) });
    const run = await cli(['compare', '--baseline', 'm.json', '--current', 'm.json', '--rules', `"${'*a'.repeat(12)}*z": {min: 0.1}`], dir);
    expect(run.stderr).toMatch(/^model-gate: rules: "(\*a){12}\*z" matches no metric/);
    expect(run.code).toBe(2);
  });
});
