import type { MetricStatus } from '../gate/verdict.js';
import { fitsClasses, formatSigned, selectClasses, shortClassName } from './confusion-table.js';
import { formatValue } from './format.js';
import { formatMetricValue } from './numbers.js';
import type { ConfusionPair, CurvePair, Pictures, ResidualBins, Trend } from './pictures.js';
import { STATUS_ICON } from './report.js';
import { escapeHtml } from './escape.js';
import { niceRange, niceTicks, renderLineChart, type SvgSeries } from './svg-chart.js';

/** One row of the report's metric table. Numbers are formatted here; strings are shown as given (escaped). */
export interface HtmlTableRow {
  readonly id: string;
  readonly baseline: number | null | undefined | string;
  readonly current: number | null | undefined | string;
  /** A number is shown signed (`+0.01`, `−0.02`). */
  readonly delta: number | null | undefined | string;
  readonly status: MetricStatus;
  /** ↑ or ↓: which way is better, as the gate decided. */
  readonly arrow?: string;
  /** The change as the comment shows it ("−6.8 pts worse"); replaces `delta` when set. */
  readonly change?: string;
  /** The interval the verdict used, in the change's unit. */
  readonly interval?: string;
  readonly rule?: string;
  readonly reasons?: readonly string[];
}

/** A plain table section of the full report (slices, per-class scores, churn); every cell is escaped. */
export interface HtmlSection {
  readonly title: string;
  readonly note?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface HtmlReportInput {
  readonly title: string;
  /** The verdict in colour and words: a banner at the top. */
  readonly verdict?: { readonly status: 'pass' | 'warn' | 'fail' | 'no-baseline'; readonly words: string };
  /** The report's headline; shown as preformatted text (escaped, not rendered as markdown). */
  readonly markdownSummary?: string;
  readonly tableRows: readonly HtmlTableRow[];
  /** Small print under the metric table: arrows, units, intervals. */
  readonly legend?: string;
  /** What to do about a failure. */
  readonly nextSteps?: readonly string[];
  readonly sections?: readonly HtmlSection[];
  readonly pictures: Pictures;
}

/** No script, no fetch of any kind: only inline styles and data: images may load (docs/report.md, issue "Pictures"). */
export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const BLUE = '#0969da';
const GREY = '#8c959f';
const ORANGE = '#bc4c00';
/** More classes than this and the HTML shows the best-supported ones, with a note. */
const MAX_HTML_CLASSES = 30;
/** At most this many commit labels under a trend chart; the rest are hover tooltips. */
const MAX_X_LABELS = 8;

const STYLE = `
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 24px auto; max-width: 1200px; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 18px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
pre.summary { white-space: pre-wrap; background: #f6f8fa; padding: 12px; border-radius: 6px; }
table { border-collapse: collapse; margin: 8px 0 16px; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } th { background: #f6f8fa; }
tr.fail td { background: #ffebe9; } tr.warn td { background: #fff8c5; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; } figure { margin: 0; }
svg.chart { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
svg .title { font-size: 14px; font-weight: 600; fill: #1f2328; } svg .tick, svg .legend text { font-size: 11px; fill: #59636e; }
svg .label { font-size: 12px; fill: #1f2328; } svg .marker-label { font-size: 12px; font-weight: 600; fill: ${ORANGE}; }
svg .grid { stroke: #eaeef2; } svg .axis { stroke: #59636e; } svg .reference { stroke: #afb8c1; stroke-dasharray: 2 3; }
.matrices { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; } .matrices td { min-width: 3em; }
p.note { color: #59636e; }
.verdict { padding: 12px 16px; border-radius: 6px; font-size: 18px; font-weight: 600; margin: 8px 0 16px; }
.verdict.fail { background: #ffebe9; color: #a40e26; border: 1px solid #ff8182; } .verdict.warn { background: #fff8c5; color: #7d4e00; border: 1px solid #d4a72c; }
.verdict.pass { background: #dafbe1; color: #116329; border: 1px solid #4ac26b; } .verdict.no-baseline { background: #ddf4ff; color: #0550ae; border: 1px solid #54aeff; }
table.metrics td.num, table.metrics td:first-child { white-space: nowrap; } td.reasons { max-width: 520px; } td.reasons ul { margin: 0; padding-left: 16px; }
`;

/**
 * The whole report as ONE self-contained HTML file: the metric table, inline SVG charts of each trend and of the
 * ROC and precision–recall curves, and heat-mapped confusion matrices. A strict CSP forbids scripts and every
 * external load; every string from an artifact is escaped.
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const { pictures } = input;
  const body: string[] = [`<h1>${escapeHtml(input.title)}</h1>`];
  if (input.verdict) body.push(`<div class="verdict ${escapeHtml(input.verdict.status)}">${escapeHtml(input.verdict.words)}</div>`);
  if (input.markdownSummary) body.push(`<pre class="summary">${escapeHtml(input.markdownSummary)}</pre>`);
  body.push('<h2>Metrics</h2>', metricTable(input.tableRows));
  if (input.legend) body.push(`<p class="note">${escapeHtml(input.legend)}</p>`);
  if (input.nextSteps && input.nextSteps.length > 0) body.push('<h2>Next steps</h2>', `<ul>${input.nextSteps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`);
  for (const section of input.sections ?? []) body.push(...sectionTable(section));
  const trends = pictures.trends.filter((t) => t.points.some((p) => p.value !== null && Number.isFinite(p.value)));
  if (trends.length > 0) body.push('<h2>Trends</h2>', `<div class="charts">${trends.map((t) => figure(trendChart(t))).join('\n')}</div>`);
  const curves = [
    pictures.roc && curveChart('ROC curve', pictures.roc, 'false positive rate', 'true positive rate', 'AUC', true),
    pictures.precisionRecall && curveChart('Precision–recall curve', pictures.precisionRecall, 'recall', 'precision', 'AP', false),
  ].filter((c): c is string => c !== undefined);
  if (curves.length > 0) body.push('<h2>Curves</h2>', `<div class="charts">${curves.map(figure).join('\n')}</div>`);
  if (pictures.confusion) body.push('<h2>Confusion matrix</h2>', confusionSection(pictures.confusion));
  if (pictures.residuals) body.push('<h2>Where the error changed</h2>', figure(residualChart(pictures.residuals)));
  body.push('<p class="note">Written by model-gate: one file, no scripts, no external assets.</p>');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function figure(svg: string): string {
  return `<figure>${svg}</figure>`;
}

function metricTable(rows: readonly HtmlTableRow[]): string {
  if (rows.length === 0) return '<p class="note">No metrics.</p>';
  const show = (v: HtmlTableRow['baseline']) => escapeHtml(typeof v === 'string' ? v : formatMetricValue(v));
  const delta = (r: HtmlTableRow) => escapeHtml(r.change ?? (typeof r.delta === 'number' ? formatSigned(r.delta) : r.delta === null ? 'NaN' : (r.delta ?? '')));
  const withInterval = rows.some((r) => r.interval);
  const withRule = rows.some((r) => r.rule);
  const withReasons = rows.some((r) => r.reasons && r.reasons.length > 0);
  const lines = rows.map((r) => {
    const cells = [
      `<td>${STATUS_ICON[r.status] ?? ''} ${escapeHtml(r.status)}</td>`,
      `<td>${escapeHtml(r.id)}${r.arrow ? ` ${escapeHtml(r.arrow)}` : ''}</td>`,
      `<td class="num">${show(r.baseline)}</td>`,
      `<td class="num">${show(r.current)}</td>`,
      `<td class="num">${delta(r)}</td>`,
    ];
    if (withInterval) cells.push(`<td class="num">${escapeHtml(r.interval ?? '')}</td>`);
    if (withRule) cells.push(`<td>${escapeHtml(r.rule ?? '')}</td>`);
    if (withReasons) cells.push(`<td class="reasons">${r.reasons && r.reasons.length > 0 ? `<ul>${r.reasons.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>` : ''}</td>`);
    return `<tr class="${escapeHtml(r.status)}">${cells.join('')}</tr>`;
  });
  const head = ['status', 'metric', 'baseline', 'current', 'Δ', ...(withInterval ? ['interval'] : []), ...(withRule ? ['rule'] : []), ...(withReasons ? ['reasons'] : [])];
  return `<table class="metrics">\n<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${lines.join('\n')}\n</tbody>\n</table>`;
}

function sectionTable(section: HtmlSection): string[] {
  const out = [`<h2>${escapeHtml(section.title)}</h2>`];
  if (section.note) out.push(`<p class="note">${escapeHtml(section.note)}</p>`);
  const head = `<tr>${section.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const rows = section.rows.map((row) => `<tr>${row.map((cell, i) => `<td${i > 0 && /^[−+\d]/.test(cell) ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`);
  out.push(`<table class="section">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
  return out;
}

function trendChart(trend: Trend): string {
  const n = trend.points.length;
  const last = trend.points[n - 1];
  const describe = (p: Trend['points'][number]) => `${p.label}${p.date ? ` (${p.date})` : ''}: ${formatValue(p.value)}`;
  const every = Math.ceil(n / MAX_X_LABELS);
  const ticks = trend.points.map((p, i) => ({ value: i, label: p.label })).filter((t) => (n - 1 - t.value) % every === 0);
  const series: SvgSeries = {
    name: 'runs',
    colour: BLUE,
    points: trend.points.map((p, i) => (p.value === null || !Number.isFinite(p.value) ? null : { x: i, y: p.value, tip: describe(p) })),
  };
  const hasCurrent = last !== undefined && last.value !== null && Number.isFinite(last.value);
  const previous = trend.points.slice(0, -1).findLast((p) => p.value !== null && Number.isFinite(p.value))?.value;
  return renderLineChart({
    title: `${trend.id} (${trend.direction} is better)`,
    xLabel: 'run (oldest first)',
    yLabel: trend.id,
    x: { min: -0.5, max: Math.max(n - 0.5, 0.5), ticks },
    y: niceRange(trend.points.flatMap((p) => (p.value === null ? [] : [p.value]))),
    series: [series],
    markers: hasCurrent ? [{ x: n - 1, y: last.value, colour: ORANGE, label: formatValue(last.value), tip: `this run, ${describe(last)}`, labelBelow: (previous ?? -Infinity) > last.value }] : [],
    legend: [{ name: hasCurrent ? 'this run' : 'this run: no value', colour: ORANGE }],
  });
}

function curveChart(title: string, pair: CurvePair, xLabel: string, yLabel: string, areaName: string, diagonal: boolean): string {
  const name = (who: string, area: number | undefined) => (area === undefined ? who : `${who} (${areaName} ${formatValue(area)})`);
  const points = (c: { x: readonly number[]; y: readonly number[] }) => c.x.map((x, i) => ({ x, y: c.y[i] ?? Number.NaN }));
  const series: SvgSeries[] = [];
  if (pair.baseline) series.push({ name: name('baseline', pair.baseline.area), colour: GREY, dashed: true, points: points(pair.baseline) });
  series.push({ name: name('current', pair.current.area), colour: BLUE, points: points(pair.current) });
  const ys = series.flatMap((s) => s.points.flatMap((p) => (p ? [p.y] : [])));
  const unit = ys.every((y) => !Number.isFinite(y) || (y >= 0 && y <= 1));
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value) => ({ value, label: formatValue(value) }));
  return renderLineChart({
    title,
    xLabel,
    yLabel,
    x: { min: 0, max: 1, ticks },
    y: unit ? { min: 0, max: 1 } : niceRange(ys),
    series,
    ...(diagonal ? { reference: [{ x: 0, y: 0 }, { x: 1, y: 1 }] as const } : {}),
  });
}

function residualChart(bins: ResidualBins): string {
  const points = (values: readonly number[]) => bins.centres.map((x, i) => (Number.isFinite(values[i]) ? { x, y: values[i]!, tip: `around ${formatValue(x)}: ${formatValue(values[i])}` } : null));
  const series: SvgSeries[] = [];
  if (bins.baseline) series.push({ name: 'baseline', colour: GREY, dashed: true, points: points(bins.baseline) });
  series.push({ name: 'current', colour: BLUE, points: points(bins.current) });
  const xs = bins.centres;
  const x = niceRange(xs);
  const ys = [...bins.current, ...(bins.baseline ?? [])].filter(Number.isFinite);
  return renderLineChart({
    title: 'Mean absolute error by actual value',
    xLabel: 'actual value (middle of each tenth of the examples)',
    yLabel: 'mean absolute error',
    x: { min: x.min, max: x.max, ticks: niceTicks(x.min, x.max).map((value) => ({ value, label: formatValue(value) })) },
    y: niceRange([0, ...ys]),
    series,
  });
}

function confusionSection(pair: ConfusionPair): string {
  if (!fitsClasses(pair.current, pair.classes)) return `<p class="note">The confusion matrix does not match its ${pair.classes.length} classes, so it is not shown.</p>`;
  const selection = selectClasses(pair, MAX_HTML_CLASSES);
  const out: string[] = [];
  if (selection.omitted > 0) {
    out.push(`<p class="note">Showing the ${selection.indexes.length} of ${pair.classes.length} classes with the most examples in this run; ${selection.omitted} are left out.</p>`);
  }
  const names = selection.indexes.map((i) => shortClassName(pair.classes[i]!));
  const baseline = fitsClasses(pair.baseline, pair.classes) ? pair.baseline : undefined;
  const tables: string[] = [];
  if (baseline) tables.push(heatTable('Baseline', names, selection.indexes, baseline, 'counts'));
  tables.push(heatTable('Current', names, selection.indexes, pair.current, 'counts'));
  if (baseline) tables.push(heatTable('Difference (current − baseline)', names, selection.indexes, pair.current.map((row, i) => row.map((v, j) => v - baseline[i]![j]!)), 'difference'));
  out.push(`<div class="matrices">${tables.join('\n')}</div>`);
  out.push('<p class="note">Rows: true class; columns: predicted class. Shade: share of the true class (blue: right, red: confused); in the difference, green is better and red worse.</p>');
  if (!baseline) out.push(`<p class="note">${pair.baseline ? 'The baseline matrix does not match these classes.' : 'No baseline matrix to compare with.'}</p>`);
  return out.join('\n');
}

function heatTable(caption: string, names: readonly string[], indexes: readonly number[], matrix: readonly (readonly number[])[], kind: 'counts' | 'difference'): string {
  const largest = Math.max(1e-12, ...indexes.flatMap((i) => indexes.map((j) => Math.abs(matrix[i]![j]!))));
  const head = `<tr><th>true ↓ / predicted →</th>${names.map((n) => `<th>${escapeHtml(n)}</th>`).join('')}</tr>`;
  const rows = indexes.map((i, r) => {
    const total = matrix[i]!.reduce((s, v) => s + v, 0);
    const cells = indexes.map((j, c) => {
      const v = matrix[i]![j]!;
      const diagonal = i === j;
      let shade: string;
      let text: string;
      if (kind === 'counts') {
        const share = total > 0 ? v / total : 0;
        shade = share > 0 ? `rgba(${diagonal ? '9,105,218' : '207,34,46'},${(0.08 + 0.55 * share).toFixed(3)})` : 'transparent';
        text = formatValue(v);
      } else {
        const better = diagonal ? v > 0 : v < 0;
        shade = v === 0 ? 'transparent' : `rgba(${better ? '26,127,55' : '207,34,46'},${(0.08 + 0.55 * (Math.abs(v) / largest)).toFixed(3)})`;
        text = formatSigned(v);
      }
      const tip = `true ${names[r]!}, predicted ${names[c]!}: ${text}`;
      return `<td class="num" style="background:${shade}" title="${escapeHtml(tip)}">${escapeHtml(text)}</td>`;
    });
    return `<tr><th>${escapeHtml(names[r]!)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="confusion"><caption>${escapeHtml(caption)}</caption>\n${head}\n${rows.join('\n')}\n</table>`;
}
