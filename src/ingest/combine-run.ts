import type { ExampleData } from '../baseline/examples.js';
import type { HistoryEntry } from '../baseline/history-entry.js';
import type { Rule } from '../gate/rules.js';
import type { Evaluation } from '../metrics/evaluate.js';
import type { ScoredMetric, ScoredReading } from './llm-logs/scored.js';
import type { MetricReading } from './metric-files/reading.js';

/** One side of a comparison: the metrics of a run, from its predictions, its metric files, or both. */
export interface RunMetrics {
  /** The task and example count when known: from predictions, or recorded in a baseline bundle. */
  readonly task: string | undefined;
  readonly n: number | undefined;
  readonly metrics: ReadonlyMap<string, number | null>;
  /** Standard errors carried by metric files (lm-eval `_stderr`), by metric id. */
  readonly stderr: ReadonlyMap<string, number>;
  /** Present when the run had prediction files. */
  readonly evaluation: Evaluation | undefined;
  /** The per-example data behind the metrics (predictions, or a baseline bundle's copy), for paired tests. */
  readonly examples: ExampleData | undefined;
  readonly sources: readonly string[];
  readonly notes: readonly string[];
  /** For a baseline bundle: the rules it was recorded with, which gate pull requests too (docs/rules.md#who-sets-the-bar). */
  readonly recordedRules?: readonly Rule[];
  /** Scored records behind metrics (LLM eval logs), by metric id: the items that pair item by item. */
  readonly items?: ReadonlyMap<string, ScoredMetric>;
  /** For a baseline bundle: earlier default-branch results and the bundle's own, oldest first, for trends. */
  readonly history?: readonly HistoryEntry[];
  /** Whether higher is better, by metric id, where a metric file declares it (lm-eval `higher_is_better`). */
  readonly higherIsBetter?: ReadonlyMap<string, boolean>;
}

/**
 * Merges metric files with the metrics computed from predictions. Predictions win on a conflict (docs/formats.md#metric-files),
 * and between metric files the later file wins; both with a note, so nothing is replaced silently.
 */
export function combineRun(
  evaluation: Evaluation | undefined,
  readings: readonly { readonly source: string; readonly reading: MetricReading | ScoredReading }[],
  sources: readonly string[],
): RunMetrics {
  const scored = combineScored(readings);
  const metrics = new Map<string, number | null>();
  const origin = new Map<string, string>();
  const stderr = new Map<string, number>();
  const notes: string[] = [];
  const higherIsBetter = new Map<string, boolean>();
  for (const { source, reading } of readings) {
    for (const [id, higher] of reading.higherIsBetter ?? []) higherIsBetter.set(id, higher);
    for (const [id, value] of reading.metrics) {
      const earlier = origin.get(id);
      if (earlier !== undefined && metrics.get(id) !== value) notes.push(`${id}: ${source} replaces the value from ${earlier}`);
      metrics.set(id, value);
      origin.set(id, source);
    }
    for (const [id, error] of reading.stderr) stderr.set(id, error);
    notes.push(...reading.notes);
  }
  if (evaluation) {
    const overridden = [...evaluation.metrics.keys()].filter((id) => metrics.has(id));
    if (overridden.length > 0) {
      notes.push(`${overridden.slice(0, 5).join(', ')}${overridden.length > 5 ? ', …' : ''}: computed from the predictions, replacing the metric file's value`);
    }
    for (const id of overridden) {
      metrics.delete(id);
      stderr.delete(id);
      higherIsBetter.delete(id);
      scored.delete(id);
    }
    notes.unshift(...evaluation.notes);
    // Computed metrics first, in their natural order; metric-file metrics after.
    const merged = new Map<string, number | null>(evaluation.metrics);
    for (const [id, value] of metrics) merged.set(id, value);
    return { task: evaluation.task, n: evaluation.n, metrics: merged, stderr, evaluation, examples: { data: evaluation.data, ids: evaluation.ids }, sources, notes, higherIsBetter, ...withItems(scored) };
  }
  return { task: undefined, n: undefined, metrics, stderr, evaluation, examples: undefined, sources, notes, higherIsBetter, ...withItems(scored) };
}

/** The scored items of every reading; a later file's value of an id replaces the earlier file's items too. */
function combineScored(readings: readonly { readonly reading: MetricReading | ScoredReading }[]): Map<string, ScoredMetric> {
  const items = new Map<string, ScoredMetric>();
  for (const { reading } of readings) {
    const own = 'scored' in reading ? new Map(reading.scored.map((m) => [m.id, m])) : new Map<string, ScoredMetric>();
    for (const id of reading.metrics.keys()) {
      const metric = own.get(id);
      if (metric) items.set(id, metric);
      else items.delete(id);
    }
  }
  return items;
}

function withItems(items: Map<string, ScoredMetric>): Pick<RunMetrics, 'items'> {
  return items.size > 0 ? { items } : {};
}
