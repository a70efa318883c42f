import { describe, expect, it } from 'vitest';
import { formatMermaidNumber, paddedRange, renderCurveChart, renderTrendChart, sanitizeMermaidText } from '../../../src/report/mermaid.js';
import { ACCURACY, GRID, HOSTILE_ID, HOSTILE_TREND, LOG_LOSS, PRECISION_RECALL, ROC, trend } from './fixtures.js';

describe('mermaid charts (golden files in test/report/pictures/__snapshots__)', () => {
  it('draws a trend with this PR as a flat second line on a padded axis', async () => {
    const chart = renderTrendChart(ACCURACY);
    expect(chart).toContain('y-axis 0.886 --> 0.921');
    expect(chart).toContain('line [0.889, 0.889, 0.889, 0.889, 0.889, 0.889, 0.889]');
    expect(chart).toContain('line [0.912, 0.915, 0.909, 0.918, 0.913, 0.916, 0.889]');
    await expect(chart).toMatchFileSnapshot('__snapshots__/trend-accuracy.md');
  });

  it('leaves runs without a value out of the trend and says so', async () => {
    const chart = renderTrendChart(LOG_LOSS);
    expect(chart).toContain('1 run has no value');
    await expect(chart).toMatchFileSnapshot('__snapshots__/trend-with-gap.md');
  });

  it('charts a percentage (MAPE) in percent, as the table shows it, with the limit scaled alike', () => {
    const chart = renderTrendChart(trend('mape', [0.0524, 0.0531, 0.0519, 0.0602], 'lower'), 0.0576);
    expect(chart).toContain('title "mape in % (lower is better)"');
    expect(chart).toContain('line [5.24, 5.31, 5.19, 6.02]');
    expect(chart).toContain('grey: the worst value the rule allows (5.76)');
  });

  it('draws the ROC curves of baseline and current on the fixed grid', async () => {
    const chart = renderCurveChart('ROC curve', ROC, 'false positive rate', 'true positive rate', 'AUC');
    expect(chart).toContain(`x-axis "false positive rate" [${GRID.join(', ')}]`);
    await expect(chart).toMatchFileSnapshot('__snapshots__/roc.md');
  });

  it('draws the precision–recall curves', async () => {
    await expect(renderCurveChart('Precision-recall curve', PRECISION_RECALL, 'recall', 'precision', 'AP')).toMatchFileSnapshot('__snapshots__/precision-recall.md');
  });

  it('draws only the current curve when there is no baseline', () => {
    const chart = renderCurveChart('ROC curve', { baseline: undefined, current: ROC.current }, 'fpr', 'tpr');
    expect(chart.match(/^ {4}line /gm)).toHaveLength(1);
    expect(chart).toContain('no baseline');
  });

  it('keeps a hostile metric id and commit labels inside their strings', async () => {
    const chart = renderTrendChart(HOSTILE_TREND);
    const curve = renderCurveChart(HOSTILE_ID, ROC, '<b>x</b>', 'y\n```', 'AUC');
    for (const text of [chart, curve]) {
      expect(text).not.toContain(HOSTILE_ID);
      // Exactly one fence opens and one closes; nothing else in the block can end it.
      expect(text.match(/```/g)).toHaveLength(2);
      // Past the fence and our own init directive (whose colours contain `#`); `-->` is the y-axis range.
      const inner = text.slice(text.indexOf('xychart-beta'), text.lastIndexOf('```'));
      expect(inner.replace(/ --> /g, ' ')).not.toMatch(/[<>`;#$%{}]/);
      // Every line inside the block is a statement we wrote, so the id could not add one.
      expect(inner.split('\n').filter(Boolean).every((l) => /^(xychart-beta$| {4}(title|x-axis|y-axis|line|bar) )/.test(l))).toBe(true);
    }
    expect(chart).toContain(`title "')_ x-axis (evil (higher is better)"`);
    await expect(`${chart}\n${curve}`).toMatchFileSnapshot('__snapshots__/hostile-mermaid.md');
  });

  it('returns nothing for a trend without values', () => {
    expect(renderTrendChart(trend('f1', [null, null]))).toBe('');
  });
});

describe('mermaid text and numbers', () => {
  it('replaces what mermaid or markdown would read as syntax', () => {
    expect(sanitizeMermaidText('a"b[c]{d}<e>`f`;g#h%%i$j\nk')).toBe("a'b(c)(d)_e__f__g_h__i_j_k");
    expect(sanitizeMermaidText('précision@k=5 (macro)')).toBe('précision@k=5 (macro)');
    expect(sanitizeMermaidText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('writes numbers the way the xychart lexer reads them: 4 significant digits, no exponent', () => {
    expect(formatMermaidNumber(0.912345)).toBe('0.9123');
    expect(formatMermaidNumber(1.234e-7)).toBe('0.0000001234');
    expect(formatMermaidNumber(12345678)).toBe('12350000');
    expect(formatMermaidNumber(-0)).toBe('0');
    expect(formatMermaidNumber(-0.5)).toBe('-0.5');
    expect(() => formatMermaidNumber(Number.NaN)).toThrow(RangeError);
  });

  it('pads the y range around the values and keeps rates within 0..1', () => {
    expect(paddedRange([0.9, 1])).toEqual([0.89, 1]);
    expect(paddedRange([0, 0])).toEqual([0, 0.05]);
    expect(paddedRange([120, 140])).toEqual([118, 142]);
    const [low, high] = paddedRange([1234.51, 1235.04]);
    expect(low).toBeLessThanOrEqual(1234.51);
    expect(high).toBeGreaterThanOrEqual(1235.04);
  });
});

describe('a trend chart with the rule’s limit', () => {
  it('draws the worst allowed value as a grey line and keeps it on the axis', () => {
    const chart = renderTrendChart(ACCURACY, 0.9);
    expect(chart).toContain('"plotColorPalette": "#8c959f, #bc4c00, #0969da"');
    expect(chart).toContain('    line [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]');
    const [low, high] = /y-axis ([\d.]+) --> ([\d.]+)/.exec(chart)!.slice(1).map(Number);
    expect(low).toBeLessThanOrEqual(0.889);
    expect(high).toBeGreaterThanOrEqual(0.918);
    expect(chart).toContain('grey: the worst value the rule allows (0.9)');
    expect(chart).toMatch(/title "accuracy \(higher is better\)"/);
  });
});
