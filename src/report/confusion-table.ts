import { markdownTable } from 'markdown-table';
import { escapeMarkdown } from './escape.js';
import { formatValue } from './format.js';
import type { ConfusionPair } from './pictures.js';

type Matrix = readonly (readonly number[])[];

/** Longest class name shown in a table; longer names are cut with `…` (before escaping). */
const MAX_CLASS_NAME = 40;

/** The classes a picture shows: indexes into `pair.classes`, in their original order, and how many were left out. */
export interface ClassSelection {
  readonly indexes: readonly number[];
  readonly omitted: number;
}

/**
 * Picks at most `maxClasses` classes to show: all of them when they fit, otherwise those with the most examples
 * in the current run (row sums: support), ties by position. Kept in the matrix's own order.
 */
export function selectClasses(pair: ConfusionPair, maxClasses: number): ClassSelection {
  const all = pair.classes.map((_, i) => i);
  if (all.length <= maxClasses) return { indexes: all, omitted: 0 };
  const support = all.map((i) => (pair.current[i] ?? []).reduce((sum, v) => sum + v, 0));
  const top = [...all].sort((a, b) => support[b]! - support[a]! || a - b).slice(0, Math.max(0, maxClasses));
  return { indexes: top.sort((a, b) => a - b), omitted: all.length - top.length };
}

/** Whether a matrix is square over the classes and all finite; a mismatched one is reported, not guessed at. */
export function fitsClasses(matrix: Matrix | undefined, classes: readonly string[]): matrix is Matrix {
  return matrix !== undefined && matrix.length === classes.length && matrix.every((row) => row.length === classes.length && row.every(Number.isFinite));
}

/** A class name cut to a readable length; callers escape it for their format. */
export function shortClassName(name: string): string {
  const chars = [...name];
  return chars.length > MAX_CLASS_NAME ? `${chars.slice(0, MAX_CLASS_NAME - 1).join('')}…` : name;
}

/**
 * The confusion matrices as markdown: baseline, current, and their difference (current − baseline, signed), rows
 * the true class and columns the predicted class. With more than `maxClasses` classes only the best-supported are
 * shown, with a note. Class names are escaped.
 */
export function renderConfusionMarkdown(pair: ConfusionPair, maxClasses = 12): string {
  if (!fitsClasses(pair.current, pair.classes)) {
    return `The confusion matrix does not match its ${pair.classes.length} classes, so it is not shown.\n`;
  }
  const selection = selectClasses(pair, maxClasses);
  const out: string[] = [];
  if (selection.omitted > 0) {
    out.push(
      `Showing the ${selection.indexes.length} of ${pair.classes.length} classes with the most examples in this run; the other ${selection.omitted} are left out of these tables.`,
      '',
    );
  }
  const current = (title: string) => [title, '', table(pair, selection, pair.current, formatValue), ''];
  if (pair.baseline === undefined) {
    out.push(...current('**Current** (rows: true class, columns: predicted)'), 'No baseline confusion matrix to compare with.');
  } else if (!fitsClasses(pair.baseline, pair.classes)) {
    out.push(...current('**Current** (rows: true class, columns: predicted)'), 'The baseline confusion matrix does not match these classes, so it and the difference are not shown.');
  } else {
    const baseline = pair.baseline;
    const difference = pair.current.map((row, i) => row.map((v, j) => v - baseline[i]![j]!));
    out.push('**Baseline** (rows: true class, columns: predicted)', '', table(pair, selection, baseline, formatValue), '');
    out.push(...current('**Current**'));
    out.push('**Difference** (current − baseline)', '', table(pair, selection, difference, formatSigned));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function table(pair: ConfusionPair, selection: ClassSelection, matrix: Matrix, format: (v: number) => string): string {
  const names = selection.indexes.map((i) => escapeMarkdown(shortClassName(pair.classes[i]!)));
  const header = ['true ↓ / predicted →', ...names];
  const rows = selection.indexes.map((i, r) => [names[r]!, ...selection.indexes.map((j) => format(matrix[i]![j]!))]);
  return markdownTable([header, ...rows], { align: ['l', ...names.map(() => 'r' as const)], alignDelimiters: false });
}

/** A difference with its sign: `+3`, `−2` (a real minus, as in the metric table), `0`. */
export function formatSigned(value: number): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatValue(Math.abs(value))}`;
}
