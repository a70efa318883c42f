import { allowedWorsening } from '../gate/rules.js';
import { markdownTable } from 'markdown-table';
import type { MetricVerdict } from '../gate/verdict.js';
import type { Churn } from '../stats/pairing.js';
import { renderConfusionMarkdown, shortClassName } from './confusion-table.js';
import { escapeMarkdown } from './escape.js';
import { renderCurveChart, renderResidualChart, renderTrendChart } from './mermaid.js';
import { perClassScores } from './per-class.js';
import type { ConfusionPair, Pictures } from './pictures.js';
import { byAttention, STATUS_ICON, type Report } from './report.js';
import { pivotSlices, type SliceRow } from './slice-pivot.js';
import { formatChange, formatInUnit, unitOf, valueDecimals } from './units.js';

/** The folded sections of the comment below the verdict: slices, per-class scores, churn and charts. */

export function folded(summary: string, body: string): string[] {
  return [`<details><summary>${escapeMarkdown(summary)}</summary>`, '', body, '', '</details>', ''];
}

/** A slice cell: "0.810 (−6.7 pts)" with the row's verdict icon when that metric broke a rule. */
function sliceCell(v: MetricVerdict | undefined): string {
  if (!v) return '';
  const mark = v.status === 'fail' || v.status === 'warn' || v.status === 'accepted' ? `${STATUS_ICON[v.status]} ` : '';
  if (typeof v.current !== 'number') return `${mark}${v.current === null ? 'NaN' : ''}`;
  // One precision per column, so a column of slices reads down evenly.
  const unit = unitOf(v.id, v.baseline, v.current);
  const digits = unit === 'rate' ? 3 : valueDecimals(unit, v.current, undefined);
  const value = formatInUnit(v.current, unit, digits);
  return v.delta === undefined ? `${mark}${value}` : `${mark}${value} (${formatChange(v.delta, unit, unit === 'rate' ? 1 : digits)})`;
}

function sliceTable(rows: readonly SliceRow[], metrics: readonly string[]): string {
  const header = ['', 'slice', 'n', ...metrics.map(escapeMarkdown)];
  const body = rows.map((row) => [
    row.gated ? STATUS_ICON[row.status] : row.cells.some((c) => c?.status === 'skipped') ? '⏭️' : '·',
    escapeMarkdown(row.slice),
    row.n === undefined ? '' : row.n.toLocaleString('en-US'),
    ...row.cells.map(sliceCell),
  ]);
  return markdownTable([header, ...body], { align: ['c', 'l', 'r', ...metrics.map(() => 'r' as const)], alignDelimiters: false });
}

/** Slices × gated metrics: gated slices first (open when one broke a rule), the ungated ones folded and marked. */
export function sliceSections(report: Report): string[] {
  const headlineIds = byAttention(report.gate.verdicts).filter((v) => v.rule && !v.id.includes('[')).map((v) => v.id);
  const pivot = pivotSlices(report.gate.verdicts, headlineIds);
  if (!pivot) return [];
  const lines: string[] = [];
  if (pivot.gated.length > 0) {
    const broken = pivot.gated.filter((r) => r.status === 'fail' || r.status === 'warn').length;
    lines.push(...folded(`Gated slices (${pivot.gated.length}${broken ? `, ${broken} with a broken rule` : ''})`, sliceTable(pivot.gated, pivot.metrics)));
  }
  if (pivot.ungated.length > 0) {
    const small = pivot.ungated.filter((r) => r.cells.some((c) => c?.status === 'skipped')).length;
    const note = small > 0 ? `⏭️ marks ${small} slice${small === 1 ? '' : 's'} below min-slice-size: shown, not gated.\n\n` : '';
    lines.push(...folded(`Other slices (${pivot.ungated.length}, not gated${small ? `; ${small} too small` : ''})`, `${note}${sliceTable(pivot.ungated, pivot.metrics)}`));
  }
  return lines;
}

/** Per-class precision, recall and F1 with their changes, worst F1 change first. */
export function perClassSection(pair: ConfusionPair): string[] {
  const scores = perClassScores(pair);
  if (scores.length === 0) return [];
  const cell = (now: number, before: number | undefined) => {
    if (!Number.isFinite(now)) return 'NaN';
    const value = formatInUnit(now, 'rate', 3);
    return before === undefined || !Number.isFinite(before) ? value : `${value} (${formatChange(now - before, 'rate', 1)})`;
  };
  const delta = (s: (typeof scores)[number]) => (s.baseline ? s.current.f1 - s.baseline.f1 : 0);
  const rows = [...scores].sort((a, b) => (delta(a) || 0) - (delta(b) || 0)).slice(0, 30);
  const table = markdownTable(
    [['class', 'n', 'precision ↑', 'recall ↑', 'F1 ↑'], ...rows.map((s) => [escapeMarkdown(shortClassName(s.name)), s.support.toLocaleString('en-US'), cell(s.current.precision, s.baseline?.precision), cell(s.current.recall, s.baseline?.recall), cell(s.current.f1, s.baseline?.f1)])],
    { align: ['l', 'r', 'r', 'r', 'r'], alignDelimiters: false },
  );
  const more = scores.length > rows.length ? `\n\n${scores.length - rows.length} more classes in the full report.` : '';
  return folded(`Per class: precision, recall, F1 (${scores.length} classes, largest F1 drop first)`, `${table}${more}`);
}

/** Prediction churn: how many examples flipped each way, by class, and the first newly wrong ids. */
export function churnSection(churn: Churn): string[] {
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

/** Whether an area metric (roc_auc, average_precision) moved enough to be worth a curve: a broken rule or a clear change. */
function moved(verdicts: readonly MetricVerdict[], id: string): boolean {
  const v = verdicts.find((x) => x.id === id);
  if (!v || v.delta === undefined) return false;
  if (v.status === 'fail' || v.status === 'warn') return true;
  const interval = v.estimate?.interval;
  return interval ? interval[0] > 0 || interval[1] < 0 : Math.abs(v.delta) >= 0.01;
}

/** Folded charts: trends (worst first, with the allowed band), curves when the areas moved, confusion matrices. */
export function pictureSections(pictures: Pictures, verdicts: readonly MetricVerdict[]): string[] {
  const lines: string[] = [];
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  if (pictures.trends.length > 0) {
    const order = byAttention(verdicts).map((v) => v.id);
    const trends = [...pictures.trends].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const charts = trends.map((t) => renderTrendChart(t, allowedLimit(byId.get(t.id))));
    lines.push(...folded(`Trends over the last ${pictures.trends[0]!.points.length - 1} default-branch runs (worst first)`, charts.join('\n\n')));
  }
  const curves = [
    pictures.roc && moved(verdicts, 'roc_auc') ? renderCurveChart('ROC curve', pictures.roc, 'false positive rate', 'true positive rate', 'AUC') : undefined,
    pictures.precisionRecall && moved(verdicts, 'average_precision') ? renderCurveChart('Precision-recall curve', pictures.precisionRecall, 'recall', 'precision', 'AP') : undefined,
  ].filter((c): c is string => c !== undefined && c !== '');
  if (curves.length > 0) lines.push(...folded('ROC and precision-recall curves (the areas moved: baseline vs current)', curves.join('\n\n')));
  if (pictures.confusion) lines.push(...folded('Confusion matrices', renderConfusionMarkdown(pictures.confusion)));
  const residuals = pictures.residuals && renderResidualChart(pictures.residuals);
  if (residuals) lines.push(...folded('Where the error changed: mean absolute error by actual value', residuals));
  return lines;
}

/** The worst value a max-regression rule allows, drawn as the trend chart's limit line. */
export function allowedLimit(v: MetricVerdict | undefined): number | undefined {
  const regression = v?.rule?.maxRegression;
  if (!v || !regression || typeof v.baseline !== 'number') return undefined;
  const allowed = allowedWorsening(regression, v.baseline);
  return v.direction === 'higher' ? v.baseline - allowed : v.baseline + allowed;
}
