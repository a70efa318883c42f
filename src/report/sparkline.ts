import type { Trend } from './pictures.js';

/** Eight block heights, lowest first. */
const BLOCKS = '▁▂▃▄▅▆▇█';
/** Where a run has no value: visible, so a gap is not read as a low value, and never trimmed from a table cell. */
const GAP = '·';
/** Between the earlier runs and the run under review in a trend cell. */
const ARROW = ' → ';

/**
 * A unicode sparkline: one block per value, scaled to the min..max of the finite values. A flat series is all
 * middle blocks (▄), so no change does not look like a low value; null or non-finite values show as `·`.
 */
export function renderSparkline(values: readonly (number | null)[]): string {
  return sparkBlocks(values).join('');
}

/**
 * A trend as one markdown table cell: the earlier runs' sparkline, an arrow, then the run under review on the
 * same scale, e.g. `▂▃▃▄▃▂ → ▁`. The arrow sets the last point apart without bold or colour (which a table cell
 * and a terminal would not both show); a trend of one run is just its block. No `|`, nothing from an artifact.
 */
export function renderTrendCell(trend: Trend, minSpan = 0): string {
  const blocks = sparkBlocks(trend.points.map((p) => p.value), minSpan);
  if (blocks.length <= 1) return blocks.join('');
  return `${blocks.slice(0, -1).join('')}${ARROW}${blocks[blocks.length - 1]!}`;
}

/**
 * Scaled to the values' range, but never narrower than `minSpan` (the allowance or the interval), centred on
 * the values: a change within the noise then moves a block or two rather than reading as a collapse.
 */
function sparkBlocks(values: readonly (number | null)[], minSpan = 0): string[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return values.map(() => GAP);
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (max - min < minSpan) {
    const middle = (min + max) / 2;
    [min, max] = [middle - minSpan / 2, middle + minSpan / 2];
  }
  const span = max - min;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return GAP;
    if (span === 0 || !Number.isFinite(span)) return BLOCKS[3]!;
    const level = Math.round(((v - min) / span) * (BLOCKS.length - 1));
    return BLOCKS[Math.min(BLOCKS.length - 1, Math.max(0, level))]!;
  });
}
