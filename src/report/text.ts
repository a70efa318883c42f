import type { MetricVerdict } from '../gate/verdict.js';
import { showBidiControls } from './escape.js';
import { describeRuns, ruleText } from './markdown.js';
import { formatDelta, formatInterval, formatMetricValue } from './numbers.js';
import { describeComparison, describeProvenance, headline, splitSections, STATUS_ICON, type Report } from './report.js';

/** Control characters from artifacts must not drive the terminal (escape sequences, carriage returns). */
export function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return showBidiControls(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** The report for a terminal: the same sections as the comment, as aligned plain-text tables. */
export function renderText(report: Report): string {
  const { title, counts } = headline(report);
  const sections = splitSections(report.gate);
  const lines = [title, `${counts} · ${inert(describeRuns(report))}`, ''];
  if (report.baseline?.provenance) lines.splice(2, 0, inert(describeProvenance(report.baseline.provenance)));
  if (report.comparison) lines.splice(lines.length - 1, 0, inert(describeComparison(report.comparison)));
  if (!report.gate.hasBaseline && report.baselineExpected) lines.push('No baseline: only absolute rules (min, max) were checked.', '');
  if (sections.main.length > 0) lines.push(...table(sections.main), '');
  for (const verdict of sections.main) {
    if (verdict.reasons.length > 0 && verdict.status !== 'pass' && verdict.status !== 'new') {
      lines.push(`${STATUS_ICON[verdict.status]} ${inert(verdict.id)}: ${inert(verdict.reasons.join('; '))}`);
    }
  }
  if (sections.slices.length > 0) lines.push('', `Slices (${sections.slices.length} metrics)`, ...table(sections.slices));
  if (sections.other.length > 0) lines.push('', sections.main.length > 0 ? 'Other metrics (no rule)' : 'Metrics', ...table(sections.other));
  const churn = report.comparison?.churn;
  if (churn) {
    lines.push('', `Prediction churn: ${churn.rightToWrong} right → wrong, ${churn.wrongToRight} wrong → right`);
    if (churn.newlyWrong.length > 0) lines.push(`  first newly wrong ids: ${churn.newlyWrong.map(inert).join(', ')}`);
  }
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((n) => `  - ${inert(n)}`));
  lines.push('', inert(report.outcome));
  return `${lines.join('\n')}\n`;
}

function table(verdicts: readonly MetricVerdict[]): string[] {
  const withInterval = verdicts.some((v) => v.estimate !== undefined);
  const rows = [
    ['', 'metric', 'baseline', 'current', 'Δ', 'Δ %', 'Δ CI', 'rule'],
    ...verdicts.map((v) => {
      const delta = formatDelta(v);
      return [STATUS_ICON[v.status], inert(v.id), formatMetricValue(v.baseline), formatMetricValue(v.current), delta.absolute, delta.relative, formatInterval(v), inert(ruleText(v))];
    }),
  ].map((row) => (withInterval ? row : [...row.slice(0, 6), row[7]!]));
  const width = (cell: string) => [...cell].length + (/\p{Extended_Pictographic}/u.test(cell) ? 1 : 0);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c]!))));
  const numeric = (c: number) => c >= 2 && c <= (withInterval ? 6 : 5);
  return rows.map((row) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - width(cell));
        return numeric(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
