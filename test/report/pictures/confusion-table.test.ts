import { describe, expect, it } from 'vitest';
import { formatSigned, renderConfusionMarkdown, selectClasses } from '../../../src/report/confusion-table.js';
import type { ConfusionPair } from '../../../src/report/pictures.js';
import { CONFUSION, HOSTILE_CONFUSION } from './fixtures.js';

/** A diagonal-heavy matrix over `n` classes where class i has about 10·(i+1) examples. */
function manyClasses(n: number): ConfusionPair {
  const classes = Array.from({ length: n }, (_, i) => `class-${String(i).padStart(2, '0')}`);
  const matrix = classes.map((_, i) => classes.map((__, j) => (i === j ? 10 * (i + 1) : (i + j) % 3)));
  return { classes, baseline: matrix, current: matrix.map((row, i) => row.map((v, j) => (i === j ? v - 1 : v))) };
}

describe('renderConfusionMarkdown (golden files in test/report/pictures/__snapshots__)', () => {
  it('shows baseline, current and the signed difference', async () => {
    const md = renderConfusionMarkdown(CONFUSION);
    expect(md.indexOf('**Baseline**')).toBeLessThan(md.indexOf('**Current**'));
    expect(md).toContain('| cat | −2 | +2 | 0 |');
    await expect(md).toMatchFileSnapshot('__snapshots__/confusion.md');
  });

  it('keeps the best-supported classes when there are too many, and says so', async () => {
    const md = renderConfusionMarkdown(manyClasses(15), 4);
    expect(md).toContain('Showing the 4 of 15 classes with the most examples in this run; the other 11 are left out');
    expect(md).toContain('| true ↓ / predicted → | class-11 | class-12 | class-13 | class-14 |');
    await expect(md).toMatchFileSnapshot('__snapshots__/confusion-top-classes.md');
  });

  it('escapes hostile class names', async () => {
    const md = renderConfusionMarkdown(HOSTILE_CONFUSION);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('a\\|b');
    expect(md).toContain('@\u200doctocat');
    await expect(md).toMatchFileSnapshot('__snapshots__/hostile-confusion.md');
  });

  it('shows the current matrix alone without a baseline', () => {
    const md = renderConfusionMarkdown({ ...CONFUSION, baseline: undefined });
    expect(md).toContain('No baseline confusion matrix');
    expect(md).not.toContain('**Difference**');
  });

  it('reports a matrix that does not match its classes instead of guessing', () => {
    expect(renderConfusionMarkdown({ ...CONFUSION, baseline: [[1, 2]] })).toContain('baseline confusion matrix does not match');
    expect(renderConfusionMarkdown({ ...CONFUSION, current: [[1]] })).toContain('does not match its 3 classes');
  });
});

describe('class selection and signed numbers', () => {
  it('breaks support ties by position and keeps matrix order', () => {
    expect(selectClasses({ classes: ['a', 'b', 'c'], baseline: undefined, current: [[1, 0, 0], [0, 5, 0], [0, 0, 1]] }, 2)).toEqual({ indexes: [0, 1], omitted: 1 });
  });

  it('signs differences with a real minus', () => {
    expect([formatSigned(3), formatSigned(-2), formatSigned(0), formatSigned(-1234.5)]).toEqual(['+3', '−2', '0', '−1,234.5']);
  });
});
