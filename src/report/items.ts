import { markdownTable } from 'markdown-table';
import type { ItemComparison, ItemChange } from '../stats/compare-items.js';
import { escapeMarkdown } from './escape.js';
import { formatValue } from './format.js';

/** The report's model of scored records compared item by item (see docs/llm-evals.md). */
export interface ItemReport {
  readonly metrics: readonly ItemMetricReport[];
}

export interface ItemMetricReport {
  readonly comparison: ItemComparison;
  /** Set when the rule's allowance is below the smallest worsening this eval can detect (80% power). */
  readonly tooSmall: { readonly allowed: number; readonly detectable: number; readonly itemsNeeded: number } | undefined;
}

/** How many metrics get a row, and newly failing keys per metric, before the rest is summed up. */
const MAX_ROWS = 30;
const MAX_KEYS = 10;

/**
 * The items section: per metric the paired item count, the test and the correlation of the paired scores, the
 * pass/fail transitions, changed, added and removed items; then the first newly failing item keys, folded.
 * Item keys and metric ids come from eval logs and are escaped like every other artifact string; an item's text
 * is there only when `show-item-text` asked for it, escaped the same way.
 */
export function renderItemsMarkdown(items: ItemReport): string[] {
  const shown = items.metrics.slice(0, MAX_ROWS);
  const rows = shown.map(({ comparison: c }) => {
    const t = c.transitions;
    const count = (n: number | undefined) => (n === undefined ? '–' : String(n));
    return [
      escapeMarkdown(c.id),
      String(c.paired),
      escapeMarkdown(c.test),
      c.correlation === undefined ? '–' : c.correlation.toFixed(2),
      count(t?.passToFail),
      count(t?.failToPass),
      count(t?.stillFailing),
      count(t?.flaky),
      String(c.changed),
      String(c.added),
      String(c.removed),
    ];
  });
  const lines = [
    `**Items** · ${items.metrics.length} scored metric${items.metrics.length === 1 ? '' : 's'} compared item by item (pairing by item key only)`,
    '',
    markdownTable([['metric', 'paired', 'test', 'corr.', 'pass→fail', 'fail→pass', 'still failing', 'flaky', 'changed', 'added', 'removed'], ...rows]),
    '',
  ];
  if (items.metrics.length > shown.length) lines.push(`… and ${items.metrics.length - shown.length} more metrics.`, '');
  for (const { comparison: c, tooSmall } of items.metrics) {
    if (tooSmall) {
      lines.push(
        `- ⚠️ **${escapeMarkdown(c.id)}**: the eval is too small for this rule: with ${c.paired} paired items it detects (80% power) only a worsening of ${formatValue(tooSmall.detectable)} beyond the allowance, more than the allowance of ${formatValue(tooSmall.allowed)} itself; it would need about ${tooSmall.itemsNeeded} items`,
      );
    }
    if (c.promptChanged > 0) lines.push(`- ℹ️ **${escapeMarkdown(c.id)}**: the prompt changed on ${c.promptChanged} paired items (still paired)`);
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  const failing = items.metrics.filter(({ comparison: c }) => (c.transitions?.newlyFailing.length ?? 0) > 0);
  if (failing.length > 0) {
    const body = failing
      .flatMap(({ comparison: c }) => [
        `**${escapeMarkdown(c.id)}** (task ${escapeMarkdown(c.task)}): ${c.transitions!.passToFail} newly failing${c.transitions!.passToFail > MAX_KEYS ? `, first ${MAX_KEYS}` : ''}`,
        '',
        ...c.transitions!.newlyFailing.slice(0, MAX_KEYS).map((change) => `- ${describeChange(change)}`),
        '',
      ])
      .join('\n');
    const total = failing.reduce((s, { comparison: c }) => s + c.transitions!.passToFail, 0);
    lines.push(`<details><summary>Newly failing items (${total})</summary>`, '', body.trimEnd(), '', '</details>', '');
  }
  return lines;
}

function describeChange(change: ItemChange): string {
  const text = change.text === undefined ? '' : ` — “${escapeMarkdown(change.text.length > 120 ? `${change.text.slice(0, 120)}…` : change.text)}”`;
  return `${escapeMarkdown(change.key)}: ${formatValue(change.baseline)} → ${formatValue(change.current)}${text}`;
}

/**
 * The items as plain tables for the HTML report, which escapes every cell: the per-metric summary, then every
 * newly failing key shown in the comment (the first ten per metric), with its task and baseline → current score.
 */
export function itemTables(items: ItemReport): { title: string; note?: string; header: string[]; rows: string[][] }[] {
  const count = (n: number | undefined) => (n === undefined ? '–' : String(n));
  const summary = {
    title: `Items (${items.metrics.length} scored metric${items.metrics.length === 1 ? '' : 's'}, paired by item key)`,
    header: ['metric', 'paired', 'test', 'corr.', 'pass→fail', 'fail→pass', 'still failing', 'flaky', 'changed', 'added', 'removed'],
    rows: items.metrics.map(({ comparison: c }) => {
      const t = c.transitions;
      return [c.id, String(c.paired), c.test, c.correlation === undefined ? '–' : c.correlation.toFixed(2), count(t?.passToFail), count(t?.failToPass), count(t?.stillFailing), count(t?.flaky), String(c.changed), String(c.added), String(c.removed)];
    }),
  };
  const small = items.metrics.filter((m) => m.tooSmall).map(({ comparison: c, tooSmall }) => `${c.id}: too small for its rule, about ${tooSmall!.itemsNeeded} items needed`);
  const failing = items.metrics.flatMap(({ comparison: c }) =>
    (c.transitions?.newlyFailing ?? []).slice(0, MAX_KEYS).map((change) => [c.id, c.task, change.key, `${formatValue(change.baseline)} → ${formatValue(change.current)}`, change.text ?? '']),
  );
  const tables: { title: string; note?: string; header: string[]; rows: string[][] }[] = [small.length > 0 ? { ...summary, note: small.join('; ') } : summary];
  if (failing.length > 0) {
    const withText = failing.some((row) => row[4] !== '');
    tables.push({
      title: 'Newly failing items',
      note: `The first ${MAX_KEYS} per metric: passed in every baseline repeat, fail in every current one.`,
      header: ['metric', 'task', 'item', 'baseline → current', ...(withText ? ['text'] : [])],
      rows: failing.map((row) => (withText ? row : row.slice(0, 4))),
    });
  }
  return tables;
}

/** The items section for a terminal: one line per metric, and its first newly failing keys; `inert` disarms text. */
export function renderItemsText(items: ItemReport, inert: (text: string) => string): string[] {
  const lines = ['Items (paired by key):'];
  for (const { comparison: c, tooSmall } of items.metrics.slice(0, MAX_ROWS)) {
    const t = c.transitions;
    const moves = t ? `, ${t.passToFail} pass→fail, ${t.failToPass} fail→pass, ${t.stillFailing} still failing, ${t.flaky} flaky` : '';
    lines.push(`  ${inert(c.id)}: ${c.paired} paired (${inert(c.test)})${moves}; ${c.changed} changed, ${c.added} added, ${c.removed} removed`);
    if (t && t.newlyFailing.length > 0) lines.push(`    newly failing: ${t.newlyFailing.map((change) => `${inert(change.key)}${change.text ? ` “${inert(change.text.slice(0, 80))}”` : ''}`).join(', ')}`);
    if (tooSmall) lines.push(`    too small for this rule: about ${tooSmall.itemsNeeded} items needed`);
  }
  if (items.metrics.length > MAX_ROWS) lines.push(`  … and ${items.metrics.length - MAX_ROWS} more metrics`);
  return lines;
}

/** The items section in the JSON report: snake_case, every item key as found (JSON escapes itself). */
export function toJsonItems(items: ItemReport): unknown {
  return items.metrics.map(({ comparison: c, tooSmall }) => ({
    id: c.id,
    task: c.task,
    paired: c.paired,
    test: c.test,
    correlation: c.correlation ?? null,
    clusters: c.clusters ?? null,
    added: c.added,
    removed: c.removed,
    changed: c.changed,
    prompt_changed: c.promptChanged,
    transitions: c.transitions
      ? {
          pass_to_fail: c.transitions.passToFail,
          fail_to_pass: c.transitions.failToPass,
          still_failing: c.transitions.stillFailing,
          flaky: c.transitions.flaky,
          newly_flaky: c.transitions.newlyFlaky,
          newly_failing: c.transitions.newlyFailing,
        }
      : null,
    too_small: tooSmall ? { allowed: tooSmall.allowed, detectable: tooSmall.detectable, items_needed: tooSmall.itemsNeeded } : null,
  }));
}
