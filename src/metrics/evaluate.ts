import type { Codes } from './codes.js';
import { compareCodePoints } from '../ingest/table/classes.js';
import type { EvalSet } from '../ingest/resolve.js';
import type { CategoricalColumn } from '../ingest/table/table.js';
import { computeMetrics } from './compute.js';
import type { EvalData, MetricResult, MetricValues, Task } from './eval-data.js';
import { subsetRows } from './subset.js';

/** The metrics of one eval set: overall, then per slice as `ID[COLUMN=VALUE]`. */
export interface Evaluation {
  readonly task: Task;
  readonly n: number;
  readonly classes: readonly string[];
  readonly metrics: MetricValues;
  readonly notes: readonly string[];
  /** The per-example data behind the metrics, for baselines and paired tests. */
  readonly data: EvalData;
  readonly ids: readonly string[] | undefined;
  /** The slice columns, row-aligned with `data`, for per-slice significance tests. */
  readonly slices: readonly CategoricalColumn[];
}

/** Computes every metric of the eval set and of each of its slices. */
export function evaluate(set: EvalSet): Evaluation {
  const overall = computeMetrics(set.data);
  const metrics: MetricValues = new Map(overall.values);
  const notes = new Set([...set.notes, ...overall.notes]);
  const sliceResults: { suffix: string; result: MetricResult }[] = [];

  for (const slice of set.slices) {
    const rowsByValue = groupRows(slice.codes, slice.values.length);
    const order = slice.values.map((_, code) => code).sort((a, b) => compareCodePoints(slice.values[a]!, slice.values[b]!));
    for (const code of order) {
      const suffix = `[${slice.name}=${slice.values[code]}]`;
      const result = computeMetrics(subsetRows(set.data, rowsByValue[code]!));
      for (const [id, value] of result.values) metrics.set(`${id}${suffix}`, value);
      sliceResults.push({ suffix, result });
      for (const note of result.notes) notes.add(note);
    }
  }
  for (const note of describeUndefined(overall, sliceResults)) notes.add(note);
  return {
    task: set.data.task,
    n: set.data.n,
    classes: set.data.task === 'regression' ? [] : set.data.classes,
    metrics,
    notes: [...notes],
    data: set.data,
    ids: set.ids,
    slices: set.slices,
  };
}

/**
 * One note per reason a metric is undefined, naming the ids it applies to; a metric undefined overall and in
 * every slice is named once, so a file without scores does not produce a note per slice.
 */
function describeUndefined(overall: MetricResult, slices: readonly { suffix: string; result: MetricResult }[]): string[] {
  const byReason = new Map<string, string[]>();
  const add = (reason: string, id: string) => byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
  for (const [id, reason] of overall.undefinedBecause) {
    const everywhere = slices.length > 0 && slices.every(({ result }) => result.undefinedBecause.get(id) === reason);
    add(reason, everywhere ? `${id} (in every slice too)` : id);
  }
  for (const { suffix, result } of slices) {
    for (const [id, reason] of result.undefinedBecause) {
      const coveredOverall = overall.undefinedBecause.get(id) === reason && slices.every((s) => s.result.undefinedBecause.get(id) === reason);
      if (!coveredOverall) add(reason, `${id}${suffix}`);
    }
  }
  return [...byReason].map(([reason, ids]) => {
    const shown = ids.slice(0, 6).join(', ');
    const more = ids.length > 6 ? ` and ${ids.length - 6} more` : '';
    return `${shown}${more} ${ids.length === 1 && !ids[0]!.endsWith('too)') ? 'is' : 'are'} undefined: ${reason}`;
  });
}

function groupRows(codes: Codes, groups: number): Uint32Array[] {
  const counts = new Uint32Array(groups);
  for (const code of codes) counts[code]!++;
  const rows = Array.from(counts, (count) => new Uint32Array(count));
  const filled = new Uint32Array(groups);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    rows[code]![filled[code]!++] = i;
  }
  return rows;
}
