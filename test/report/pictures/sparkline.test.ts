import { describe, expect, it } from 'vitest';
import { markdownTable } from 'markdown-table';
import { renderSparkline, renderTrendCell } from '../../../src/report/sparkline.js';
import { ACCURACY, LOG_LOSS, trend } from './fixtures.js';

describe('renderSparkline', () => {
  it('scales the finite values from the lowest block to the highest', () => {
    expect(renderSparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(renderSparkline([10, 0])).toBe('█▁');
  });

  it('draws a flat series as middle blocks, not as lows', () => {
    expect(renderSparkline([0.9, 0.9, 0.9])).toBe('▄▄▄');
    expect(renderSparkline([5])).toBe('▄');
  });

  it('shows missing and non-finite values as a dot', () => {
    expect(renderSparkline([null, 1, Number.NaN, 2])).toBe('·▁·█');
    expect(renderSparkline([null, null])).toBe('··');
    expect(renderSparkline([])).toBe('');
  });

  it('matches the golden file of common shapes', async () => {
    const cases: [string, readonly (number | null)[]][] = [
      ['rising', [0.8, 0.82, 0.85, 0.86, 0.9]],
      ['flat', [0.9, 0.9, 0.9, 0.9]],
      ['with nulls', [0.5, null, 0.7, null, 0.6]],
      ['two points', [0.91, 0.89]],
      ['one point', [0.91]],
      ['all null', [null, null, null]],
    ];
    const table = markdownTable([['series', 'sparkline'], ...cases.map(([name, values]) => [name, renderSparkline(values)])], { alignDelimiters: false });
    const cells = [ACCURACY, LOG_LOSS, trend('f1', [0.86, 0.86]), trend('recall', [0.7])].map((t) => [t.id, renderTrendCell(t)]);
    const trendTable = markdownTable([['metric', 'trend (earlier runs → this PR)'], ...cells], { alignDelimiters: false });
    await expect(`${table}\n\n${trendTable}\n`).toMatchFileSnapshot('__snapshots__/sparklines.md');
  });
});

describe('renderTrendCell', () => {
  it('sets the run under review apart on the same scale as the earlier runs', () => {
    expect(renderTrendCell(ACCURACY)).toBe('▇▇▆█▇█ → ▁');
  });

  it('is a single block for a trend of one run, and empty for none', () => {
    expect(renderTrendCell(trend('f1', [0.8]))).toBe('▄');
    expect(renderTrendCell({ id: 'f1', direction: 'higher', points: [] })).toBe('');
  });

  it('never contains a pipe, so it cannot break a table cell', () => {
    expect(renderTrendCell(LOG_LOSS)).not.toContain('|');
  });
});

describe('a trend cell scaled to the noise', () => {
  it('does not draw a within-noise dip as a collapse when given the allowance as its least span', () => {
    const wobble = trend('accuracy', [0.912, 0.915, 0.913, 0.914, 0.911]);
    expect(renderTrendCell(wobble)).toBe('▃█▅▆ → ▁');
    // Twice a 0.01 allowance: the 0.004 wobble moves a block or two around the middle.
    expect(renderTrendCell(wobble, 0.02)).toBe('▄▅▅▅ → ▄');
  });
});
