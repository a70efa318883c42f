import type { CurvePair, ResidualBins, Trend } from './pictures.js';
import { unitOf } from './units.js';

/**
 * Mermaid `xychart-beta` charts for the PR comment (docs/report.md, issue "Pictures"). GitHub renders fenced ```mermaid
 * blocks as diagrams. Markdown escaping does not apply inside a code block, so every string from an artifact goes
 * through sanitizeMermaidText instead: it can neither end its quoted string, the block or the diagram, nor
 * reach mermaid's directives, comments, entities or math.
 */

/** Colours by plot order. Plots are unnamed (legends need a newer mermaid than GitHub may run), so titles name the colours. */
const BLUE = '#0969da';
const GREY = '#8c959f';
const ORANGE = '#bc4c00';

const MAX_TITLE = 80;
const MAX_AXIS_TITLE = 40;
const MAX_CATEGORY = 12;

/**
 * Makes an artifact string safe inside a quoted mermaid string: `"` becomes `'`, brackets and braces become
 * parentheses, anything else outside letters, digits and `. _ - + / : ( ) = , ! ? * ' @` becomes `_` (so no
 * `#`/`;` entity, `%%` comment or directive, `$$` math, backtick, `<`, `>` or newline survives), runs of
 * spaces collapse, and the result is cut to `max` characters with `…`.
 */
export function sanitizeMermaidText(text: string, max = MAX_TITLE): string {
  const clean = text
    .replace(/"/g, "'")
    .replace(/[[{]/g, '(')
    .replace(/[\]}]/g, ')')
    .replace(/[^\p{L}\p{M}\p{N} ._\-+/:()=,!?*'@]/gu, '_')
    .replace(/ +/g, ' ')
    .trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/**
 * A number mermaid's lexer accepts (`[+-]?\d+(\.\d+)?`): 4 significant digits, never an exponent, `-0` as `0`.
 */
export function formatMermaidNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`mermaid cannot plot ${value}`);
  const text = value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 4 });
  return text === '-0' ? '0' : text;
}

/**
 * A metric's trend over the default branch's last runs as a blue line ending at this run (labelled "this PR"),
 * and this run's value as a flat orange line across the chart, so a reader sees at once whether it lies within
 * the usual wobble. (A bar for this run was tried: mermaid gives even zero-height bars a visible stub.) Runs
 * without a value are left out, and a note under the chart says how many. The y-axis is padded around the
 * values; the axis titles are left out because mermaid draws them over the tick labels and the title names the
 * metric. Returns '' when no run has a value.
 */
export function renderTrendChart(trend: Trend, limit?: number): string {
  // A percentage (MAPE) is charted as the table shows it, 5.24 rather than 0.0524.
  const percent = unitOf(trend.id) === 'percent';
  const scale = percent ? 100 : 1;
  const points = trend.points.map((p, i) => ({ ...p, value: p.value === null ? null : p.value * scale, current: i === trend.points.length - 1 }));
  const shown = points.filter((p): p is typeof p & { value: number } => p.value !== null && Number.isFinite(p.value));
  if (shown.length === 0) return '';
  const values = shown.map((p) => p.value);
  const bound = limit !== undefined && Number.isFinite(limit) ? limit * scale : undefined;
  const withLimit = bound !== undefined;
  // The allowed limit is part of the range, so run-to-run noise is seen against the allowance, not blown up.
  const [low, high] = paddedRange(bound !== undefined ? [...values, bound] : values);
  const last = shown[shown.length - 1]!;
  const hasCurrent = last.current;
  const history = shown.length - (hasCurrent ? 1 : 0);
  const better = trend.direction === 'higher' ? '↑ higher is better' : '↓ lower is better';
  const earlier = history === 0 ? 'no earlier runs' : `${history} earlier ${history === 1 ? 'run' : 'runs'}`;
  const title = `${sanitizeMermaidText(trend.id, 32)}${percent ? ' in %' : ''} ${better === '↑ higher is better' ? '(higher is better)' : '(lower is better)'}`;
  const palette = [...(withLimit ? [GREY] : []), ...(hasCurrent ? [ORANGE] : []), BLUE];
  const lines = [
    '```mermaid',
    directive(palette),
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis [${uniqueLabels(shown.map((p) => p.label)).map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis ${formatMermaidNumber(low)} --> ${formatMermaidNumber(high)}`,
  ];
  if (bound !== undefined) lines.push(`    line [${shown.map(() => formatMermaidNumber(bound)).join(', ')}]`);
  if (hasCurrent) lines.push(`    line [${shown.map(() => formatMermaidNumber(last.value)).join(', ')}]`);
  lines.push(`    line [${values.map(formatMermaidNumber).join(', ')}]`, '```');
  const key = [`blue: ${earlier}`, hasCurrent ? `orange: this run (${formatMermaidNumber(last.value)})` : 'this run has no value'];
  if (bound !== undefined) key.push(`grey: the worst value the rule allows (${formatMermaidNumber(bound)})`);
  lines.push('', `<sub>${key.join(' · ')}</sub>`);
  const missing = points.length - shown.length;
  if (missing > 0) lines.push('', `${missing} ${missing === 1 ? 'run has' : 'runs have'} no value and ${missing === 1 ? 'is' : 'are'} left out of the chart.`);
  return `${lines.join('\n')}\n`;
}

/**
 * Baseline (grey) and current (blue) curves as two lines on their shared x grid, e.g. ROC or precision–recall.
 * `areaName` labels `Curve.area` in the title (e.g. "AUC", "AP"). A grid point where either curve has no finite
 * value is left out; a baseline on another grid is not drawn, and the title says so.
 */
export function renderCurveChart(title: string, pair: CurvePair, xLabel: string, yLabel: string, areaName = 'area'): string {
  const { current } = pair;
  const baseline = pair.baseline && sameGrid(pair.baseline.x, current.x) ? pair.baseline : undefined;
  const keep = current.x
    .map((x, i) => i)
    .filter((i) => [current.x[i], current.y[i], ...(baseline ? [baseline.y[i]] : [])].every((v) => v !== undefined && Number.isFinite(v)));
  const describe = (name: string, colour: string, area: number | undefined) =>
    `${name} (${colour}${area !== undefined && Number.isFinite(area) ? `, ${sanitizeMermaidText(areaName, 12)} ${formatMermaidNumber(area)}` : ''})`;
  const parts = [describe('current', 'blue', current.area)];
  if (baseline) parts.unshift(describe('baseline', 'grey', baseline.area));
  else parts.push(pair.baseline ? 'baseline on another grid, not drawn' : 'no baseline');
  if (keep.length === 0) return '';
  const heading = `${sanitizeMermaidText(title, 40)}: ${parts.join(baseline ? ' vs ' : ', ')}`;
  const ys = keep.flatMap((i) => [current.y[i]!, ...(baseline ? [baseline.y[i]!] : [])]);
  const [low, high] = ys.length > 0 && ys.every((v) => v >= 0 && v <= 1) ? [0, 1] : paddedRange(ys.length > 0 ? ys : [0]);
  const series = (ys: readonly number[]) => `[${keep.map((i) => formatMermaidNumber(ys[i]!)).join(', ')}]`;
  const lines = [
    '```mermaid',
    directive(baseline ? [GREY, BLUE] : [BLUE]),
    'xychart-beta',
    `    title "${heading}"`,
    `    x-axis "${sanitizeMermaidText(xLabel, MAX_AXIS_TITLE)}" [${keep.map((i) => formatMermaidNumber(current.x[i]!)).join(', ')}]`,
    `    y-axis "${sanitizeMermaidText(yLabel, MAX_AXIS_TITLE)}" ${formatMermaidNumber(low)} --> ${formatMermaidNumber(high)}`,
  ];
  if (baseline) lines.push(`    line ${series(baseline.y)}`);
  lines.push(`    line ${series(current.y)}`, '```');
  return `${lines.join('\n')}\n`;
}

/**
 * A regression model's mean absolute error by range of the actual value: baseline grey, current blue, so a
 * reader sees where along the range the error grew. Bins where either run has no example are left out.
 */
export function renderResidualChart(bins: ResidualBins): string {
  const keep = bins.centres.map((_, i) => i).filter((i) => Number.isFinite(bins.current[i]) && (!bins.baseline || Number.isFinite(bins.baseline[i])));
  if (keep.length < 2) return '';
  const ys = keep.flatMap((i) => [bins.current[i]!, ...(bins.baseline ? [bins.baseline[i]!] : [])]);
  const [, high] = paddedRange([0, ...ys]);
  const series = (values: readonly number[]) => `[${keep.map((i) => formatMermaidNumber(values[i]!)).join(', ')}]`;
  const lines = [
    '```mermaid',
    directive(bins.baseline ? [GREY, BLUE] : [BLUE]),
    'xychart-beta',
    `    title "Mean absolute error by actual value: ${bins.baseline ? 'baseline grey, current blue' : 'current (blue)'}"`,
    `    x-axis "actual value (bin middle)" [${keep.map((i) => `"${formatMermaidNumber(Number(bins.centres[i]!.toPrecision(3)))}"`).join(', ')}]`,
    `    y-axis 0 --> ${formatMermaidNumber(high)}`,
  ];
  if (bins.baseline) lines.push(`    line ${series(bins.baseline)}`);
  lines.push(`    line ${series(bins.current)}`, '```');
  return `${lines.join('\n')}\n`;
}

/** An init directive setting the plot colours; written by us, never from an artifact. */
function directive(palette: readonly string[]): string {
  return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(', ')}"}}}}%%`;
}

/** xychart's x-axis is a band scale: equal labels would share one band, so repeats get a counter. */
function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const clean = sanitizeMermaidText(label, MAX_CATEGORY) || '?';
    const count = (seen.get(clean) ?? 0) + 1;
    seen.set(clean, count);
    return count === 1 ? clean : `${clean} (${count})`;
  });
}

function sameGrid(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < 1e-9);
}

/**
 * min..max padded by a tenth of the span (or of the value, for a flat series), rounded outward to a tidy step,
 * and kept within 0..1 when every value is — most metrics are rates.
 */
export function paddedRange(values: readonly number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const pad = span > 0 ? span * 0.1 : Math.abs(max) > 0 ? Math.abs(max) * 0.05 : 0.05;
  let low = min - pad;
  let high = max + pad;
  const step = 10 ** (Math.floor(Math.log10(high - low)) - 1);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  if (min >= 0 && low < 0) low = 0;
  if (min >= 0 && max <= 1 && high > 1) high = 1;
  // Rounded outward to the 4 significant digits mermaid is given, so the axis still holds every value.
  return [roundSignificant(low, 'down'), roundSignificant(high, 'up')];
}

function roundSignificant(value: number, direction: 'down' | 'up'): number {
  if (value === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 3);
  // The nudge keeps 0.84 / 0.0001 = 8399.999… from flooring to 8399.
  const units = direction === 'down' ? Math.floor(value / step + 1e-9) : Math.ceil(value / step - 1e-9);
  return Number((units * step).toPrecision(4));
}
