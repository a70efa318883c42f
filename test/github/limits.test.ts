import { describe, expect, it } from 'vitest';
import { byteLength, capAnnotations, fitBytes, truncateBytes } from '../../src/shell/github-limits.js';

describe('GitHub limits are bytes', () => {
  const cjk = '精度指標';
  const emoji = '🎯';

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect([cjk.length, byteLength(cjk)]).toEqual([4, 12]);
    expect([emoji.length, byteLength(emoji)]).toEqual([2, 4]);
  });

  it('fits a renderer that trims by length into a byte budget', () => {
    // A renderer that trims to maxLength UTF-16 units, as renderMarkdown does.
    const full = `${cjk}${emoji}`.repeat(10_000);
    const render = (maxLength: number) => full.slice(0, maxLength);
    const text = fitBytes(render, 65_535);
    expect(byteLength(text)).toBeLessThanOrEqual(65_535);
    expect(byteLength(text)).toBeGreaterThan(60_000);
  });

  it('truncates without splitting a character', () => {
    expect(truncateBytes(`a${emoji}`, 4)).toBe('a');
    expect(truncateBytes(`a${emoji}`, 5)).toBe(`a${emoji}`);
  });

  it('keeps 10 errors and 10 warnings, the last one of each saying how many more', () => {
    const many = [
      ...Array.from({ length: 25 }, (_, i) => ({ level: 'error' as const, message: `e${i}` })),
      ...Array.from({ length: 3 }, (_, i) => ({ level: 'warning' as const, message: `w${i}` })),
    ];
    const capped = capAnnotations(many, 'see the summary');
    expect(capped.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `e${i}`),
      '16 more failing metrics (GitHub shows 10 errors per step); see the summary',
    ]);
    expect(capped.filter((a) => a.level === 'warning')).toHaveLength(3);
  });
});
