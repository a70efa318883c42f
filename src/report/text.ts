import type { MetricStatus, MetricVerdict } from '../gate/verdict.js';
import { directionArrow, metricCells } from './cells.js';
import { showBidiControls } from './escape.js';
import { describeHeader } from './markdown.js';
import { largestNewConfusion } from './per-class.js';
import { headline, splitSections, STATUS_ICON, type Report } from './report.js';
import { pivotSlices } from './slice-pivot.js';
import { renderItemsText } from './items.js';

/** Control characters from artifacts must not drive the terminal (escape sequences, carriage returns). */
export function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return showBidiControls(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

export interface TextOptions {
  /** ANSI colours (a TTY without NO_COLOR or --no-color). */
  readonly color?: boolean;
  /** Columns to fit; 100 by default. */
  readonly width?: number;
}

/**
 * Columns a string takes in a terminal: emoji (and a character followed by the emoji selector U+FE0F) take two,
 * combining marks and joiners none, everything else one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const code = c.codePointAt(0)!;
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f) || /\p{M}/u.test(c)) continue;
    const wide = /\p{Emoji_Presentation}/u.test(c) || (/\p{Extended_Pictographic}/u.test(c) && chars[i + 1] === '\ufe0f');
    width += wide || /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  }
  return width;
}

/** Cuts text to `max` columns, ending with … when cut. */
function cut(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const c of text) {
    if (displayWidth(out + c) > max - 1) break;
    out += c;
  }
  return `${out}…`;
}

/** Words wrapped at `width` columns, continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  // A word longer than a line (a long metric id) is cut into line-sized pieces.
  const words = text.split(' ').flatMap((word) => {
    const pieces: string[] = [];
    let rest = [...word];
    while (displayWidth(rest.join('')) > width - indent.length) {
      let take = 0;
      while (take < rest.length && displayWidth(rest.slice(0, take + 1).join('')) <= width - indent.length) take++;
      pieces.push(rest.slice(0, Math.max(1, take)).join(''));
      rest = rest.slice(Math.max(1, take));
    }
    return [...pieces, rest.join('')];
  });
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && displayWidth(next) > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const COLOURS: Partial<Record<MetricStatus, string>> = { fail: '31', warn: '33', pass: '32', accepted: '36' };

/** The report for a terminal: verdict, the gated metrics, their reasons, a slice summary; fits `width` columns. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const width = options.width ?? 100;
  const paint = (code: string | undefined, text: string) => (options.color && code ? `\u001b[${code}m${text}\u001b[0m` : text);
  const { title, counts } = headline(report);
  const sections = splitSections(report.gate);
  const hasBaseline = report.gate.hasBaseline;
  const status = report.gate.status === 'no-baseline' ? undefined : report.gate.status;
  const lines = [paint(status === undefined ? undefined : `1;${COLOURS[status] ?? '0'}`, title), ...wrap(`${counts} · ${inert(describeHeader(report))}`, width, '  '), ''];
  if (!hasBaseline && report.baselineExpected) lines.push('No baseline: only min and max were checked; max-regression rules show ➖ (not checked).', '');
  const main = sections.main.length > 0 ? sections.main : sections.other;
  if (main.length > 0) lines.push(...table(main, hasBaseline, width, paint), '');
  for (const verdict of sections.main) {
    if (verdict.reasons.length > 0 && verdict.status !== 'pass' && verdict.status !== 'new') {
      const head = `${STATUS_ICON[verdict.status]} ${inert(verdict.id)} ${directionArrow(verdict)}`.trimEnd();
      lines.push(...wrap(`${paint(COLOURS[verdict.status], head)} ${inert(verdict.reasons.join('; '))}`, width + (options.color ? 9 : 0), '    '));
    }
  }
  const confusion = report.pictures?.confusion;
  const newConfusion = confusion && confusion.classes.length > 2 ? largestNewConfusion(confusion) : undefined;
  if (newConfusion) lines.push('', cut(`Largest new confusion: ${inert(newConfusion.from)} → ${inert(newConfusion.to)} +${newConfusion.added.toLocaleString('en-US')}`, width));
  const pivot = pivotSlices(report.gate.verdicts, []);
  if (pivot) {
    const broken = pivot.gated.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => inert(r.slice));
    const small = pivot.ungated.filter((r) => r.cells.some((c) => c?.status === 'skipped') || [...report.gate.verdicts].some((v) => v.status === 'skipped' && v.id.endsWith(`[${r.slice}]`))).length;
    const summary = `Slices: ${pivot.gated.length} gated${broken.length ? ` (broken: ${broken.join(', ')})` : ''}, ${pivot.ungated.length} not gated${small ? ` (${small} below min-slice-size)` : ''}; --format markdown or --html FILE shows them all.`;
    lines.push('', ...wrap(summary, width, '  '));
  }
  const churn = report.comparison?.churn;
  if (churn) lines.push('', `Prediction churn: ${churn.rightToWrong} right → wrong, ${churn.wrongToRight} wrong → right`);
  if (sections.main.length > 0 && sections.other.length > 0) lines.push(`Other metrics: ${sections.other.length} without a rule (--format markdown lists them).`);
  if (report.items) lines.push('', ...renderItemsText(report.items, inert));
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.flatMap((n) => wrap(`  - ${inert(n)}`, width, '    ')));
  lines.push('', paint(status === undefined ? undefined : COLOURS[status], inert(report.outcome)));
  return `${lines.join('\n')}\n`;
}

type Paint = (code: string | undefined, text: string) => string;

/** An aligned table that fits `width`: the interval goes first, then the baseline, and the metric id is cut last. */
function table(verdicts: readonly MetricVerdict[], hasBaseline: boolean, width: number, paint: Paint): string[] {
  const cells = verdicts.map((v) => ({ v, c: metricCells(v, hasBaseline) }));
  const withBaseline = verdicts.some((v) => v.baseline !== undefined);
  const change = (c: (typeof cells)[number]['c']) => (c.change ? `${c.change}${c.judgement === 'worse' ? ' worse' : c.judgement === 'better' ? ' better' : ''}` : '');
  type Column = { name: string; values: string[]; right: boolean; drop: number };
  let columns: Column[] = [
    { name: '', values: cells.map(({ c }) => c.icon), right: false, drop: 99 },
    { name: 'metric', values: cells.map(({ v, c }) => `${inert(v.id)} ${c.arrow}`.trimEnd()), right: false, drop: 99 },
    ...(withBaseline ? [{ name: 'baseline', values: cells.map(({ c }) => c.baseline), right: true, drop: 2 }] : []),
    { name: 'current', values: cells.map(({ c }) => c.current), right: true, drop: 99 },
    ...(withBaseline ? [{ name: 'Δ', values: cells.map(({ c }) => change(c)), right: true, drop: 3 }] : []),
    ...(cells.some(({ c }) => c.interval) ? [{ name: 'interval', values: cells.map(({ c }) => c.interval), right: true, drop: 1 }] : []),
    ...(!hasBaseline ? [{ name: 'rule', values: cells.map(({ c }) => c.rule), right: false, drop: 1 }] : []),
  ];
  const widthOf = (col: Column) => Math.max(displayWidth(col.name), ...col.values.map(displayWidth));
  const total = (cols: Column[]) => cols.reduce((sum, col) => sum + widthOf(col), 0) + 2 * (cols.length - 1);
  for (const level of [1, 2, 3]) {
    if (total(columns) <= width) break;
    columns = columns.filter((col) => col.drop > level);
  }
  if (total(columns) > width) {
    const metric = columns[1]!;
    const room = Math.max(12, width - (total(columns) - widthOf(metric)));
    metric.values = metric.values.map((value) => cut(value, room));
  }
  const widths = columns.map(widthOf);
  const render = (row: string[], status?: MetricStatus) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, widths[c]! - displayWidth(cell)));
        const text = columns[c]!.right ? pad + cell : cell + pad;
        return c === 1 && status ? paint(COLOURS[status], text) : text;
      })
      .join('  ')
      .trimEnd();
  return [render(columns.map((col) => col.name)), ...verdicts.map((v, r) => render(columns.map((col) => col.values[r]!), v.status))];
}
