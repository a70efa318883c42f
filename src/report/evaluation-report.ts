import { markdownTable } from 'markdown-table';
import type { RunMetrics } from '../ingest/combine-run.js';
import { escapeMarkdown } from './escape.js';
import { formatValue } from './format.js';
import { inert } from './text.js';

/** The evaluate command's JSON shape (docs/cli.md). */
export interface EvaluationJson {
  readonly task: string | null;
  readonly n: number | null;
  readonly metrics: Record<string, number | null>;
  readonly notes: readonly string[];
}

/** `task` and `n` are null for a run made of metric files only. */
export function toEvaluationJson(run: RunMetrics): EvaluationJson {
  return {
    task: run.task ?? null,
    n: run.n ?? null,
    metrics: Object.fromEntries(run.metrics),
    notes: run.notes,
  };
}

/** Metrics as rows; the overall value, then one column per slice value. */
interface MetricGrid {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly [string, ...(number | null | undefined)[]])[];
}

const SLICE_ID = /^(.+?)\[(.+)\]$/s;

function toGrid(evaluation: RunMetrics): MetricGrid {
  const base: string[] = [];
  const sliceColumns: string[] = [];
  const bySlice = new Map<string, Map<string, number | null>>();
  for (const [id, value] of evaluation.metrics) {
    const match = SLICE_ID.exec(id);
    if (!match) {
      base.push(id);
      continue;
    }
    const [, metric, slice] = match as unknown as [string, string, string];
    if (!bySlice.has(slice)) {
      bySlice.set(slice, new Map());
      sliceColumns.push(slice);
    }
    bySlice.get(slice)!.set(metric, value);
  }
  return {
    columns: ['all', ...sliceColumns],
    rows: base.map((id) => [id, evaluation.metrics.get(id), ...sliceColumns.map((s) => bySlice.get(s)!.get(id))]),
  };
}

function headline(run: RunMetrics): string {
  const evaluation = run.evaluation;
  if (!evaluation) return `${run.metrics.size} metrics from ${run.sources.join(', ')}`;
  const classes =
    evaluation.classes.length > 0 && evaluation.classes.length <= 12 ? ` · classes ${evaluation.classes.join(', ')}` : '';
  return `${evaluation.task} · ${evaluation.n.toLocaleString('en-US')} examples${classes}`;
}

export function renderEvaluationMarkdown(evaluation: RunMetrics): string {
  const grid = toGrid(evaluation);
  const table = markdownTable(
    [
      ['metric', ...grid.columns].map(escapeMarkdown),
      ...grid.rows.map(([id, ...values]) => [escapeMarkdown(id), ...values.map((v) => formatValue(v))]),
    ],
    { align: ['l', ...grid.columns.map(() => 'r' as const)] },
  );
  const lines = [`### model-gate: ${escapeMarkdown(headline(evaluation))}`, '', table];
  if (evaluation.notes.length > 0) {
    lines.push('', '<details><summary>Notes</summary>', '');
    for (const note of evaluation.notes) lines.push(`- ${escapeMarkdown(note)}`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

/** A plain aligned table for a terminal. */
export function renderEvaluationText(evaluation: RunMetrics): string {
  const grid = toGrid(evaluation);
  const cells = [
    ['metric', ...grid.columns],
    ...grid.rows.map(([id, ...values]) => [inert(id), ...values.map((v) => formatValue(v))]),
  ].map((row) => row.map(inert));
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => [...row[c]!].length)));
  const render = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const lines = [`model-gate · ${inert(headline(evaluation))}`, '', render(cells[0]!), render(widths.map((w) => '─'.repeat(w)))];
  for (const row of cells.slice(1)) lines.push(render(row));
  if (evaluation.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const note of evaluation.notes) lines.push(`  - ${inert(note)}`);
  }
  return `${lines.join('\n')}\n`;
}
