import { allowedWorsening } from '../gate/rules.js';
import { markdownTable } from 'markdown-table';
import type { MetricVerdict } from '../gate/verdict.js';
import { checkSummary, directionArrow, metricCells, ruleText, shownInterval, type MetricCells } from './cells.js';
import { escapeMarkdown } from './escape.js';
import { churnSection, folded, perClassSection, pictureSections, sliceSections } from './markdown-sections.js';
import { largestNewConfusion } from './per-class.js';
import { renderItemsMarkdown } from './items.js';
import type { Pictures, Trend } from './pictures.js';
import { renderTrendCell } from './sparkline.js';
import { describeProvenance, headline, isSliceId, splitSections, STATUS_ICON, type Report } from './report.js';

/** GitHub's limit on a comment body; the renderer stays under it (docs/report.md). */
export const COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Largest allowed length; sections are dropped, least important first, to fit. */
  readonly maxLength?: number;
  /** Where the untrimmed report lives, named in the trim note. */
  readonly fullReportHint?: string;
}

/**
 * The report as GitHub markdown: headline, the metric table with regressions first, then folded sections for
 * slices, other metrics and notes. Every string from an artifact passes through escapeMarkdown.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  const sections = splitSections(report.gate);
  const full = assemble(report, { pictures: true, slices: true, other: true, notes: true, mainRows: sections.main.length }, []);
  if (full.length <= maxLength) return full;

  const hint = options.fullReportHint ?? 'the full report is in the job summary';
  const dropped: string[] = [];
  const plan = { pictures: true, slices: true, other: true, notes: true, mainRows: sections.main.length };
  const present = { pictures: report.pictures !== undefined && hasPictures(report.pictures), other: sections.other.length > 0, slices: sections.slices.length > 0, notes: report.notes.length > 0 };
  for (const section of ['pictures', 'other', 'slices', 'notes'] as const) {
    plan[section] = false;
    if (present[section]) dropped.push(section === 'other' ? 'other metrics' : section === 'pictures' ? 'charts' : section);
    const text = assemble(report, plan, trimNote(dropped, hint));
    if (text.length <= maxLength) return text;
  }
  // Still too long: keep as many main-table rows as fit (they are sorted regressions first).
  let low = 0;
  let high = sections.main.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const text = assemble(report, { ...plan, mainRows: mid }, trimNote([...dropped, 'rows'], hint));
    if (text.length <= maxLength) low = mid;
    else high = mid - 1;
  }
  return assemble(report, { ...plan, mainRows: low }, trimNote([...dropped, `${sections.main.length - low} rows`], hint));
}

function trimNote(dropped: readonly string[], hint: string): string[] {
  return [`> ✂️ Trimmed to fit GitHub's comment limit (dropped: ${dropped.join(', ')}); ${hint}.`];
}

interface Plan {
  pictures: boolean;
  slices: boolean;
  other: boolean;
  notes: boolean;
  mainRows: number;
}

function assemble(report: Report, plan: Plan, trim: readonly string[]): string {
  const { title, counts } = headline(report);
  const sections = splitSections(report.gate);
  const hasBaseline = report.gate.hasBaseline;
  const lines: string[] = [`### ${title}`, '', `**${counts}** · ${escapeMarkdown(describeHeader(report))}${provenanceLink(report)}`, ''];
  lines.push(...trim.map((t) => `${t}\n`));
  if (!hasBaseline && report.baselineExpected) {
    lines.push('No baseline was found, so only `min` and `max` were checked; `max-regression` rules show ➖ not checked. A baseline is recorded when this runs on a push to the default branch.', '');
  }
  const main = sections.main.slice(0, plan.mainRows);
  const trends = new Map((report.pictures?.trends ?? []).map((t) => [t.id, t]));
  if (main.length > 0) {
    lines.push(metricTable(main, hasBaseline, trends), '');
    if (plan.mainRows < sections.main.length) lines.push(`… and ${sections.main.length - plan.mainRows} more rows.`, '');
    const reasons = main.filter((v) => v.reasons.length > 0 && v.status !== 'pass' && v.status !== 'new');
    for (const verdict of reasons) {
      lines.push(`- ${STATUS_ICON[verdict.status]} **${escapeMarkdown(verdict.id)}** ${directionArrow(verdict)} ${escapeMarkdown(verdict.reasons.join('; '))}`);
    }
    if (reasons.length > 0) lines.push('');
    lines.push(`<sub>${escapeMarkdown(legend(report, main))}</sub>`, '');
  }
  const confusion = report.pictures?.confusion;
  const newConfusion = confusion && confusion.classes.length > 2 ? largestNewConfusion(confusion) : undefined;
  if (newConfusion) {
    lines.push(`Largest new confusion: **${escapeMarkdown(newConfusion.from)} → ${escapeMarkdown(newConfusion.to)} +${newConfusion.added.toLocaleString('en-US')}** (true ${escapeMarkdown(newConfusion.from)} predicted as ${escapeMarkdown(newConfusion.to)}: ${newConfusion.baseline.toLocaleString('en-US')} → ${newConfusion.current.toLocaleString('en-US')})`, '');
  }
  if (!report.passed && report.gate.status === 'fail') lines.push(...nextSteps(report));
  // Without any rule the ungated metrics are the report, so they are shown rather than folded.
  const otherShown = main.length === 0 && sections.other.length > 0;
  if (otherShown) lines.push(metricTable(sections.other, hasBaseline), '');
  const ruled = report.gate.verdicts.filter((v) => v.rule && (v.status === 'pass' || v.status === 'skipped'));
  if (plan.other && ruled.length > 0) lines.push(...folded(`Rules: how each gated metric was checked (${ruled.length} passed or not gated)`, rulesList(ruled, hasBaseline)));
  if (plan.slices && sections.slices.length + sections.main.filter((v) => isSliceId(v.id)).length > 0) lines.push(...sliceSections(report));
  if (plan.pictures && confusion && confusion.classes.length > 2) lines.push(...perClassSection(confusion));
  if (plan.other && report.comparison?.churn) lines.push(...churnSection(report.comparison.churn));
  if (plan.other && report.items) lines.push(...renderItemsMarkdown(report.items));
  if (plan.pictures && report.pictures) lines.push(...pictureSections(report.pictures, report.gate.verdicts));
  if (plan.other && !otherShown && sections.other.length > 0) {
    lines.push(...folded(`Other metrics (${sections.other.length}, no rule)`, metricTable(sections.other, hasBaseline)));
  }
  if (plan.notes && report.notes.length > 0) {
    lines.push(...folded(`Notes (${report.notes.length})`, report.notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')));
  }
  if (report.htmlReportUrl && (report.passed || report.gate.status !== 'fail')) lines.push(`📈 [Full report](${encodeURI(report.htmlReportUrl)}): every metric, slice and chart.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function provenanceLink(report: Report): string {
  const url = report.baseline?.provenance?.url;
  return url ? ` · [baseline run](${encodeURI(url)})` : '';
}

/** What a failing report asks the reader to do: accept, or fix, and where the rest is. */
function nextSteps(report: Report): string[] {
  const label = report.acceptLabel ?? 'model-gate: accept-regression';
  const regression = report.gate.verdicts.some((v) => v.status === 'fail' && v.rule?.maxRegression);
  const steps = ['**Next steps**', ''];
  if (regression) {
    steps.push(`- Intended? Add the label \`${label.replace(/`/g, "'")}\` to this pull request and re-run the check: failed \`max-regression\` checks become accepted (broken \`min\`/\`max\` rules still fail).`);
  }
  steps.push('- A rule loosened in this pull request applies only once it is merged: until then the baseline\'s recorded rules gate too.');
  steps.push(
    report.htmlReportUrl
      ? `- Full report, with every metric, slice and chart: [HTML report](${encodeURI(report.htmlReportUrl)}).`
      : '- Full report, with every metric, slice and chart: the job summary of this run; the HTML report with `report-artifact` (action) or `--html FILE` (CLI).',
  );
  return [...steps, ''];
}

/** The header's one line on the runs: task and size once, then the baseline's commit and run. */
export function describeHeader(report: Report): string {
  const parts: string[] = [];
  const current = report.current;
  const baseline = report.baseline;
  if (current.task) parts.push(current.task);
  if (current.n !== undefined) {
    const other = baseline?.n !== undefined && baseline.n !== current.n ? ` (baseline ${baseline.n.toLocaleString('en-US')})` : '';
    parts.push(`${current.n.toLocaleString('en-US')} examples${other}`);
  } else if (current.sources.length > 0) {
    parts.push(`metrics from ${current.sources.slice(0, 2).join(', ')}${current.sources.length > 2 ? ', …' : ''}`);
  }
  if (baseline?.provenance) parts.push(describeProvenance(baseline.provenance));
  else if (baseline) parts.push(`baseline ${baseline.sources.slice(0, 2).join(', ')}${baseline.sources.length > 2 ? ', …' : ''}`);
  return parts.join(' · ');
}

/** The small print under the table: what the arrows, units and intervals mean, said once. */
export function legend(report: Report, shown: readonly MetricVerdict[]): string {
  const parts = ['↑ higher is better, ↓ lower is better'];
  if (report.gate.hasBaseline) parts.push('Δ = this run − baseline; pts = percentage points');
  const adjusted = shown.find((v) => v.verdictInterval?.adjustment);
  const level = shown.find((v) => v.estimate)?.estimate?.level;
  if (adjusted) parts.push(`intervals: the one each verdict used (${adjusted.verdictInterval!.adjustment}, so wider than ${Math.round((level ?? 0.95) * 100)}%)`);
  else if (level !== undefined) parts.push(`intervals: ${Math.round(level * 100)}%`);
  const comparison = report.comparison;
  if (comparison) {
    if (comparison.paired) {
      const pairing = [`paired on ${comparison.pairedRows.toLocaleString('en-US')} shared examples`];
      if (comparison.added) pairing.push(`${comparison.added.toLocaleString('en-US')} added`);
      if (comparison.removed) pairing.push(`${comparison.removed.toLocaleString('en-US')} removed`);
      parts.push(pairing.join(', '));
    } else if (comparison.reason) parts.push(`unpaired: ${comparison.reason}`);
    if (!shown.some((v) => v.estimate)) parts.push('no intervals: no per-example data or standard errors, so rules judge point estimates');
  }
  return parts.join(' · ');
}

/** The change and its interval in one cell, "**−6.8 pts** worse (−11.9 … −1.6)": bold and a word mark a worsening. */
function changeCell(v: MetricVerdict, cells: MetricCells): string {
  if (!cells.change) return '';
  const change = cells.judgement === 'worse' ? `**${cells.change}** worse` : cells.judgement === 'better' ? `${cells.change} better` : cells.change;
  return cells.interval ? `${change} (${cells.interval})` : change;
}

function metricTable(verdicts: readonly MetricVerdict[], hasBaseline: boolean, trends: ReadonlyMap<string, Trend> = new Map()): string {
  const withTrend = verdicts.some((v) => trends.has(v.id));
  const withBaseline = verdicts.some((v) => v.baseline !== undefined);
  const rows = verdicts.map((v) => {
    const cells = metricCells(v, hasBaseline);
    const row = [cells.icon, `${escapeMarkdown(v.id)} ${cells.arrow}`.trimEnd()];
    if (withBaseline) row.push(cells.baseline);
    row.push(cells.current);
    if (withBaseline) row.push(changeCell(v, cells));
    if (withTrend) row.push(trends.has(v.id) ? renderTrendCell(trends.get(v.id)!, noiseSpan(v)) : '');
    if (!hasBaseline) row.push(escapeMarkdown(cells.rule));
    return row;
  });
  const withInterval = verdicts.some((v) => shownInterval(v) !== undefined);
  const header = ['', 'metric', ...(withBaseline ? ['baseline'] : []), 'current', ...(withBaseline ? [withInterval ? 'Δ (interval)' : 'Δ'] : []), ...(withTrend ? ['trend'] : []), ...(!hasBaseline ? ['rule'] : [])];
  const align = ['c', 'l', ...(withBaseline ? ['r'] : []), 'r', ...(withBaseline ? ['r'] : []), ...(withTrend ? ['l'] : []), ...(!hasBaseline ? ['l'] : [])];
  return markdownTable([header, ...rows], { align, alignDelimiters: false });
}

/** The least span a sparkline is drawn over: twice the allowance, or the interval's width, whichever is wider. */
function noiseSpan(v: MetricVerdict): number {
  const interval = v.verdictInterval?.bounds ?? v.estimate?.interval;
  const width = interval ? Math.abs(interval[1] - interval[0]) : 0;
  const regression = v.rule?.maxRegression;
  const allowed = !regression || typeof v.baseline !== 'number' ? 0 : allowedWorsening(regression, v.baseline);
  return Math.max(width, 2 * allowed);
}

/** Every gated metric that passed (or was too small a slice to gate), with its rule and what the check found. */
function rulesList(verdicts: readonly MetricVerdict[], hasBaseline: boolean): string {
  return verdicts
    .map((v) => `- ${metricCells(v, hasBaseline).icon} **${escapeMarkdown(v.id)}** ${directionArrow(v)} ${escapeMarkdown(ruleText(v))}: ${escapeMarkdown(checkSummary(v, hasBaseline))}`)
    .join('\n');
}

function hasPictures(p: Pictures): boolean {
  return p.trends.length > 0 || p.roc !== undefined || p.precisionRecall !== undefined || p.confusion !== undefined || p.residuals !== undefined;
}
