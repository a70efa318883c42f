import { isBuiltInMetric } from '../gate/direction.js';
import { markdownTable } from 'markdown-table';
import type { MetricVerdict } from '../gate/verdict.js';
import { describeRule } from '../gate/rules.js';
import { escapeMarkdown } from './escape.js';
import type { Churn } from '../stats/pairing.js';
import { renderConfusionMarkdown } from './confusion-table.js';
import { renderCurveChart, renderTrendChart } from './mermaid.js';
import type { Pictures, Trend } from './pictures.js';
import { renderTrendCell } from './sparkline.js';
import { formatDelta, formatInterval, formatMetricValue } from './numbers.js';
import { describeComparison, describeProvenance, headline, splitSections, STATUS_ICON, type Report, type RunInfo } from './report.js';

/** GitHub's limit on a comment body; the renderer stays under it (SPEC §6). */
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
  const lines: string[] = [`### ${title}`, '', `**${counts}** · ${escapeMarkdown(describeRuns(report))}`, ''];
  if (report.comparison) lines.push(escapeMarkdown(describeComparison(report.comparison)), '');
  const provenance = report.baseline?.provenance;
  if (provenance) lines.push(`${escapeMarkdown(describeProvenance(provenance))}${provenance.url ? ` · [run](${encodeURI(provenance.url)})` : ''}`, '');
  lines.push(...trim.map((t) => `${t}\n`));
  if (!report.gate.hasBaseline && report.baselineExpected) {
    lines.push('No baseline was found, so only absolute rules (min, max) were checked. A baseline is recorded when this runs on a push to the default branch.', '');
  }
  const main = sections.main.slice(0, plan.mainRows);
  const trends = new Map((report.pictures?.trends ?? []).map((t) => [t.id, t]));
  if (main.length > 0) {
    lines.push(metricTable(main, trends), '');
    if (plan.mainRows < sections.main.length) lines.push(`… and ${sections.main.length - plan.mainRows} more rows.`, '');
    const reasons = main.filter((v) => v.reasons.length > 0 && v.status !== 'pass' && v.status !== 'new');
    for (const verdict of reasons) {
      lines.push(`- ${STATUS_ICON[verdict.status]} **${escapeMarkdown(verdict.id)}**: ${escapeMarkdown(verdict.reasons.join('; '))}`);
    }
    if (reasons.length > 0) lines.push('');
  }
  // Without any rule the ungated metrics are the report, so they are shown rather than folded.
  const otherShown = main.length === 0 && sections.other.length > 0;
  if (otherShown) lines.push(metricTable(sections.other), '');
  if (plan.other && report.comparison?.churn) lines.push(...churnSection(report.comparison.churn));
  if (plan.pictures && report.pictures) lines.push(...pictureSections(report.pictures));
  if (report.htmlReportUrl) lines.push(`📈 [Full report with charts](${encodeURI(report.htmlReportUrl)})`, '');
  if (plan.slices && sections.slices.length > 0) lines.push(...folded(`Slices (${sections.slices.length} metrics)`, metricTable(sections.slices)));
  if (plan.other && !otherShown && sections.other.length > 0) {
    lines.push(...folded(`Other metrics (${sections.other.length}, no rule)`, metricTable(sections.other)));
  }
  if (plan.notes && report.notes.length > 0) {
    lines.push(...folded(`Notes (${report.notes.length})`, report.notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function folded(summary: string, body: string): string[] {
  return [`<details><summary>${escapeMarkdown(summary)}</summary>`, '', body, '', '</details>', ''];
}

function metricTable(verdicts: readonly MetricVerdict[], trends: ReadonlyMap<string, Trend> = new Map()): string {
  const withInterval = verdicts.some((v) => v.estimate !== undefined);
  const withTrend = verdicts.some((v) => trends.has(v.id));
  const rows = verdicts.map((v) => {
    const delta = formatDelta(v);
    const cells = [STATUS_ICON[v.status], escapeMarkdown(v.id), formatMetricValue(v.baseline), formatMetricValue(v.current), delta.absolute, delta.relative];
    if (withInterval) cells.push(formatInterval(v));
    if (withTrend) cells.push(trends.has(v.id) ? renderTrendCell(trends.get(v.id)!) : '');
    cells.push(v.rule ? escapeMarkdown(ruleText(v)) : '');
    return cells;
  });
  const header = ['', 'metric', 'baseline', 'current', 'Δ', 'Δ %', ...(withInterval ? [`Δ ${intervalLevel(verdicts)}% CI`] : []), ...(withTrend ? ['trend'] : []), 'rule'];
  return markdownTable([header, ...rows], {
    align: ['c', 'l', 'r', 'r', 'r', 'r', ...(withInterval ? ['r' as const] : []), ...(withTrend ? ['l' as const] : []), 'l'],
    alignDelimiters: false,
  });
}

function hasPictures(p: Pictures): boolean {
  return p.trends.length > 0 || p.roc !== undefined || p.precisionRecall !== undefined || p.confusion !== undefined;
}

/** Folded sections with the charts: trends over the default branch, ROC and PR curves, confusion matrices. */
function pictureSections(pictures: Pictures): string[] {
  const lines: string[] = [];
  if (pictures.trends.length > 0) {
    lines.push(...folded(`Trends over the last ${pictures.trends[0]!.points.length - 1} default-branch runs`, pictures.trends.map(renderTrendChart).join('\n\n')));
  }
  const curves = [
    pictures.roc && renderCurveChart('ROC curve', pictures.roc, 'false positive rate', 'true positive rate', 'AUC'),
    pictures.precisionRecall && renderCurveChart('Precision–recall curve', pictures.precisionRecall, 'recall', 'precision', 'AP'),
  ].filter((c): c is string => c !== undefined);
  if (curves.length > 0) lines.push(...folded('ROC and precision–recall curves (baseline vs current)', curves.join('\n\n')));
  if (pictures.confusion) lines.push(...folded('Confusion matrices', renderConfusionMarkdown(pictures.confusion)));
  return lines;
}

function intervalLevel(verdicts: readonly MetricVerdict[]): number {
  return Math.round((verdicts.find((v) => v.estimate)?.estimate?.level ?? 0.95) * 100);
}

/** Prediction churn: how many examples flipped each way, by class, and the first newly wrong ids. */
function churnSection(churn: Churn): string[] {
  const body = [
    `${churn.rightToWrong.toLocaleString('en-US')} examples went from right to wrong, ${churn.wrongToRight.toLocaleString('en-US')} from wrong to right.`,
    '',
  ];
  if (churn.byClass.length > 1) {
    body.push(
      markdownTable([['true class', 'right → wrong', 'wrong → right'], ...churn.byClass.slice(0, 30).map(([c, rw, wr]) => [escapeMarkdown(c), String(rw), String(wr)])], {
        align: ['l', 'r', 'r'],
        alignDelimiters: false,
      }),
      '',
    );
  }
  if (churn.newlyWrong.length > 0) body.push(`First newly wrong ids: ${churn.newlyWrong.map(escapeMarkdown).join(', ')}`);
  return folded(`Prediction churn (${churn.rightToWrong} right → wrong, ${churn.wrongToRight} wrong → right)`, body.join('\n'));
}

/** The rule in words, naming the key it came from when that is a glob or `default`. */
export function ruleText(verdict: MetricVerdict): string {
  if (!verdict.rule) return '';
  const named = (rule: NonNullable<MetricVerdict['rule']>) => (rule.key === verdict.id ? describeRule(rule) : `${describeRule(rule)} (${rule.key})`);
  const text = named(verdict.rule) + directionText(verdict);
  const base = verdict.baselineRule;
  if (!base || base === verdict.rule || describeRule(base) === describeRule(verdict.rule)) return text;
  return `${text}; baseline: ${named(base)}`;
}

/**
 * `, lower is better` after the rule of a metric model-gate does not compute itself, where a regression rule
 * depends on the direction and no rule set it: the direction was read from the file or from the id's words
 * (docs/input-safety.md), and the reader must be able to check it.
 */
export function directionText(verdict: MetricVerdict): string {
  const regression = verdict.rule?.maxRegression !== undefined || verdict.baselineRule?.maxRegression !== undefined;
  const explicit = verdict.rule?.direction !== undefined || verdict.baselineRule?.direction !== undefined;
  return regression && !explicit && !isBuiltInMetric(verdict.id) ? `, ${verdict.direction} is better` : '';
}

export function describeRuns(report: Report): string {
  const describe = (run: RunInfo) => {
    const parts = [run.label];
    if (run.task) parts.push(run.task);
    if (run.n !== undefined) parts.push(`${run.n.toLocaleString('en-US')} examples`);
    return parts.join(', ');
  };
  return report.baseline ? `${describe(report.current)} vs ${describe(report.baseline)}` : describe(report.current);
}
