import { baseMetricId } from '../gate/direction.js';
import type { HtmlReportInput } from './html-report.js';
import { describeRuns, directionText } from './markdown.js';
import { headline, type Report } from './report.js';

/** The HTML report's input from the report model: every overall metric, regressions first, and the pictures. */
export function toHtmlReportInput(report: Report): HtmlReportInput {
  const { title, counts } = headline(report);
  const rows = report.gate.verdicts.filter((v) => baseMetricId(v.id) === v.id || v.status === 'fail' || v.status === 'warn');
  return {
    title: title.replace(/^\S+\s/, ''),
    markdownSummary: `${counts} · ${describeRuns(report)}\n${report.outcome}`,
    tableRows: rows.map((v) => ({ id: `${v.id}${directionText(v).replace(/^, (.*)$/, ' ($1)')}`, baseline: v.baseline, current: v.current, delta: v.delta, status: v.status })),
    pictures: report.pictures ?? { trends: [], roc: undefined, precisionRecall: undefined, confusion: undefined },
  };
}
