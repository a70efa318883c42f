import { escapeHtml } from './escape.js';
import { formatValue } from './format.js';

/**
 * Hand-drawn inline SVG line charts for the self-contained HTML report: axes, ticks, grid, one `<path d="M…L…">`
 * per series (a missing value breaks the line), marked points with a hover tooltip (`<title>`), and a legend.
 * No script, no external asset; every text is escaped with escapeHtml.
 */

export interface SvgSeries {
  readonly name: string;
  readonly colour: string;
  readonly dashed?: boolean;
  /** In data units; null leaves a gap. */
  readonly points: readonly ({ readonly x: number; readonly y: number; readonly tip?: string } | null)[];
}

export interface SvgMarker {
  readonly x: number;
  readonly y: number;
  readonly colour: string;
  /** Shown next to the point. */
  readonly label: string;
  /** Shown on hover. */
  readonly tip: string;
  /** Where the label goes: away from the line that leads to the point. */
  readonly labelBelow?: boolean;
}

export interface LineChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly x: { readonly min: number; readonly max: number; readonly ticks: readonly { readonly value: number; readonly label: string }[] };
  readonly y: { readonly min: number; readonly max: number };
  readonly series: readonly SvgSeries[];
  readonly markers?: readonly SvgMarker[];
  /** A dotted reference line, e.g. the chance diagonal of a ROC curve. */
  readonly reference?: readonly [{ x: number; y: number }, { x: number; y: number }];
  /** Extra legend entries, e.g. the marker's meaning. */
  readonly legend?: readonly { readonly name: string; readonly colour: string; readonly dot?: boolean }[];
}

const WIDTH = 560;
const HEIGHT = 320;
const PLOT = { left: 64, right: WIDTH - 16, top: 40, bottom: HEIGHT - 56 };
const MAX_TEXT = 60;

/** Draws one chart as an `<svg>` element with class `chart`; data lines have class `series`. */
export function renderLineChart(spec: LineChartSpec): string {
  const sx = (x: number) => PLOT.left + ((x - spec.x.min) / (spec.x.max - spec.x.min || 1)) * (PLOT.right - PLOT.left);
  const sy = (y: number) => PLOT.bottom - ((y - spec.y.min) / (spec.y.max - spec.y.min || 1)) * (PLOT.bottom - PLOT.top);
  const out: string[] = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(cut(spec.title))}">`,
    `<title>${escapeHtml(cut(spec.title))}</title>`,
    `<text class="title" x="${PLOT.left}" y="20">${escapeHtml(cut(spec.title))}</text>`,
  ];
  for (const tick of niceTicks(spec.y.min, spec.y.max)) {
    const y = num(sy(tick));
    out.push(`<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${y}" y2="${y}"/>`);
    out.push(`<text class="tick" x="${PLOT.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeHtml(formatValue(tick))}</text>`);
  }
  for (const tick of spec.x.ticks) {
    const x = num(sx(tick.value));
    out.push(`<line class="axis" x1="${x}" x2="${x}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 4}"/>`);
    out.push(`<text class="tick" x="${x}" y="${PLOT.bottom + 16}" text-anchor="middle">${escapeHtml(cut(tick.label, 16))}</text>`);
  }
  out.push(
    `<path class="axis" d="M${PLOT.left} ${PLOT.top}V${PLOT.bottom}H${PLOT.right}" fill="none"/>`,
    `<text class="label" x="${(PLOT.left + PLOT.right) / 2}" y="${HEIGHT - 18}" text-anchor="middle">${escapeHtml(cut(spec.xLabel))}</text>`,
    `<text class="label" transform="translate(16 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(cut(spec.yLabel, 40))}</text>`,
  );
  if (spec.reference) {
    const [a, b] = spec.reference;
    out.push(`<path class="reference" d="M${num(sx(a.x))} ${num(sy(a.y))}L${num(sx(b.x))} ${num(sy(b.y))}" fill="none"/>`);
  }
  for (const series of spec.series) {
    const d = pathData(series.points.map((p) => p && { x: sx(p.x), y: sy(p.y) }));
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    if (d) out.push(`<path class="series" d="${d}" fill="none" stroke="${series.colour}" stroke-width="2"${dash}><title>${escapeHtml(cut(series.name))}</title></path>`);
    for (const p of series.points) {
      if (p?.tip !== undefined) out.push(`<circle cx="${num(sx(p.x))}" cy="${num(sy(p.y))}" r="3" fill="${series.colour}"><title>${escapeHtml(cut(p.tip))}</title></circle>`);
    }
  }
  for (const m of spec.markers ?? []) {
    const [x, y] = [num(sx(m.x)), num(sy(m.y))];
    out.push(`<circle class="marker" cx="${x}" cy="${y}" r="6" fill="${m.colour}"><title>${escapeHtml(cut(m.tip))}</title></circle>`);
    const labelY = num(sy(m.y) + (m.labelBelow ? 22 : -12));
    out.push(`<text class="marker-label" x="${x}" y="${labelY}" text-anchor="end">${escapeHtml(cut(m.label, 24))}</text>`);
  }
  out.push(...legend([...spec.series.map((s) => ({ name: s.name, colour: s.colour, dot: false, dashed: s.dashed ?? false })), ...(spec.legend ?? []).map((l) => ({ ...l, dot: l.dot ?? true, dashed: false }))]));
  out.push('</svg>');
  return out.join('\n');
}

function legend(entries: readonly { name: string; colour: string; dot: boolean; dashed: boolean }[]): string[] {
  const out: string[] = [];
  let x = PLOT.right;
  // Right-aligned, last entry rightmost: lay out from the right, measuring text at ~6.5 px per character.
  for (const entry of [...entries].reverse()) {
    const name = cut(entry.name, 32);
    x -= [...name].length * 6.5 + 24;
    const swatch = entry.dot
      ? `<circle cx="${num(x + 6)}" cy="26" r="5" fill="${entry.colour}"/>`
      : `<path d="M${num(x)} 26H${num(x + 14)}" stroke="${entry.colour}" stroke-width="2"${entry.dashed ? ' stroke-dasharray="4 2"' : ''}/>`;
    out.push(`<g class="legend">${swatch}<text x="${num(x + 18)}" y="30">${escapeHtml(name)}</text></g>`);
  }
  return out;
}

/** `M x y L x y …`, starting a new `M` after each gap; '' when no point is drawn. */
function pathData(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p === null || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${num(p.x)} ${num(p.y)}`;
    pen = true;
  }
  return d;
}

/** About five round tick values from min to max (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return [min];
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/**
 * A y range for values: min..max padded by a tenth of the span (a flat series by 5% of its value) and widened
 * to round ticks; kept within 0..1 when every value is, since most metrics are rates.
 */
export function niceRange(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { min: 0, max: 1 };
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const pad = high > low ? (high - low) * 0.1 : Math.abs(high) * 0.05 || 0.05;
  const ticks = niceTicks(low - pad, high + pad);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : pad;
  let min = Math.floor((low - pad) / step + 1e-9) * step;
  let max = Math.ceil((high + pad) / step - 1e-9) * step;
  if (low >= 0 && min < 0) min = 0;
  if (low >= 0 && high <= 1 && max > 1) max = 1;
  return { min: Number(min.toPrecision(12)), max: Number(max.toPrecision(12)) };
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function cut(text: string, max = MAX_TEXT): string {
  const chars = [...text.replace(/[\r\n]+/g, ' ')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
