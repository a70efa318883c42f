import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { withActionTables } from '../../scripts/readme-inputs.mjs';

const readme = readFileSync('README.md', 'utf8');
const actionYml = readFileSync('action.yml', 'utf8');
const regenerate = withActionTables as (readme: string, actionYml: string) => string;

describe('README', () => {
  it('lists every input and output exactly as action.yml declares them (node scripts/readme-inputs.mjs)', () => {
    expect(regenerate(readme, actionYml)).toBe(readme);
  });

  it('notices an input that action.yml has and the README lacks', () => {
    const extra = actionYml.replace('inputs:\n', 'inputs:\n  brand-new:\n    description: An input added later.\n    required: false\n');
    expect(regenerate(readme, extra)).not.toBe(readme);
    expect(regenerate(readme, extra)).toContain('| `brand-new` |  | An input added later. |');
  });

  it('stays a user guide: at most 15 KB, the two first commands on its first screen', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
    const firstScreen = readme.split('\n').slice(0, 25).join('\n');
    expect(firstScreen).toContain('npm ci && npm start');
    expect(firstScreen).toContain('npm test');
  });

  it('links only to documents that exist', () => {
    const links = [...readme.matchAll(/\]\(((?:docs|examples)\/[^)#\s]+)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(link), link).toBe(true);
  });
});
