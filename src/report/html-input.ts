import type { MetricVerdict } from '../gate/verdict.js';
import { directionArrow, metricCells } from './cells.js';
import type { HtmlReportInput, HtmlSection, HtmlTableRow } from './html-report.js';
import { describeHeader, legend } from './markdown.js';
import { itemTables } from './items.js';
import { perClassScores } from './per-class.js';
import { byAttention, headline, type Report } from './report.js';
import { pivotSlices, type SliceRow } from './slice-pivot.js';
import { formatChange, formatInUnit, unitOf, valueDecimals } from './units.js';

/**
 * The HTML report's input from the report model: the full report (docs/report.md) — every overall metric and
 * every broken slice sorted by severity, with reasons, intervals and rules; the slices, per-class scores and
 * churn as tables; and the pictures.
 */
export function toHtmlReportInput(report: Report): HtmlReportInput {
  const { title, counts } = headline(report);
  const hasBaseline = report.gate.hasBaseline;
  const rows = byAttention(report.gate.verdicts).filter((v) => !v.id.includes('[') || v.status === 'fail' || v.status === 'warn' || v.status === 'accepted');
  const tableRows = rows.map((v): HtmlTableRow => {
    const cells = metricCells(v, hasBaseline);
    const change = cells.change && cells.judgement !== 'unchanged' ? `${cells.change} ${cells.judgement}` : cells.change;
    return {
      id: v.id,
      baseline: cells.baseline,
      current: cells.current,
      delta: v.delta,
      status: v.status,
      arrow: directionArrow(v),
      change,
      interval: cells.interval,
      rule: cells.rule,
      reasons: cells.icon === '➖' ? ['not checked: no baseline to compare with'] : v.reasons,
    };
  });
  const verdictStatus = report.gate.status;
  return {
    title: title.replace(/^\S+\s/, ''),
    verdict: { status: verdictStatus, words: `${title.replace(/^\S+\s/, '').replace(/^model-gate: /, '')} — ${counts}` },
    markdownSummary: `${describeHeader(report)}\n${report.outcome}`,
    tableRows,
    legend: legend(report, rows),
    ...(report.gate.status === 'fail' && !report.passed ? { nextSteps: nextSteps(report) } : {}),
    sections: [...sliceSections(report), ...perClass(report), ...churn(report), ...(report.items ? itemTables(report.items) : [])],
    pictures: report.pictures ?? { trends: [], roc: undefined, precisionRecall: undefined, confusion: undefined },
  };
}

function nextSteps(report: Report): string[] {
  const label = report.acceptLabel ?? 'model-gate: accept-regression';
  return [
    `Intended? Add the label "${label}" to the pull request and re-run the check: failed max-regression checks become accepted (broken min/max rules still fail).`,
    "A rule loosened in the pull request applies only once it is merged: until then the baseline's recorded rules gate too.",
  ];
}

function sliceCell(v: MetricVerdict | undefined): string {
  if (!v || typeof v.current !== 'number') return v?.current === null ? 'NaN' : '';
  const unit = unitOf(v.id, v.baseline, v.current);
  const digits = unit === 'rate' ? 3 : valueDecimals(unit, v.current, undefined);
  const value = formatInUnit(v.current, unit, digits);
  const mark = v.status === 'fail' ? '❌ ' : v.status === 'warn' ? '⚠️ ' : '';
  return v.delta === undefined ? `${mark}${value}` : `${mark}${value} (${formatChange(v.delta, unit, unit === 'rate' ? 1 : digits)})`;
}

function sliceSections(report: Report): HtmlSection[] {
  const ids = byAttention(report.gate.verdicts).filter((v) => v.rule && !v.id.includes('[')).map((v) => v.id);
  const pivot = pivotSlices(report.gate.verdicts, ids);
  if (!pivot) return [];
  const row = (r: SliceRow) => [r.gated ? r.status : r.cells.some((c) => c?.status === 'skipped') ? 'too small: not gated' : 'not gated', r.slice, r.n?.toLocaleString('en-US') ?? '', ...r.cells.map(sliceCell)];
  return [{ title: `Slices (${pivot.gated.length} gated, ${pivot.ungated.length} not)`, note: 'Gated slices first, worst first; then the others by size.', header: ['status', 'slice', 'n', ...pivot.metrics], rows: [...pivot.gated, ...pivot.ungated].map(row) }];
}

function perClass(report: Report): HtmlSection[] {
  const pair = report.pictures?.confusion;
  if (!pair || pair.classes.length <= 2) return [];
  const scores = perClassScores(pair);
  const cell = (now: number, before: number | undefined) =>
    !Number.isFinite(now) ? 'NaN' : before === undefined || !Number.isFinite(before) ? formatInUnit(now, 'rate', 3) : `${formatInUnit(now, 'rate', 3)} (${formatChange(now - before, 'rate', 1)})`;
  return [{ title: 'Per class', header: ['class', 'n', 'precision ↑', 'recall ↑', 'F1 ↑'], rows: scores.map((s) => [s.name, s.support.toLocaleString('en-US'), cell(s.current.precision, s.baseline?.precision), cell(s.current.recall, s.baseline?.recall), cell(s.current.f1, s.baseline?.f1)]) }];
}

function churn(report: Report): HtmlSection[] {
  const c = report.comparison?.churn;
  if (!c) return [];
  return [{ title: `Prediction churn (${c.rightToWrong} right → wrong, ${c.wrongToRight} wrong → right)`, ...(c.newlyWrong.length > 0 ? { note: `First newly wrong ids: ${c.newlyWrong.join(', ')}` } : {}), header: ['true class', 'right → wrong', 'wrong → right'], rows: c.byClass.map(([k, rw, wr]) => [k, String(rw), String(wr)]) }];
}
