import { compareCodePoints } from '../ingest/classes.js';
import type { EvalSet } from '../ingest/resolve.js';
import { computeMetrics } from './compute.js';
import type { MetricValues, Task } from './eval-data.js';
import { subsetRows } from './subset.js';

/** The metrics of one eval set: overall, then per slice as `ID[COLUMN=VALUE]`. */
export interface Evaluation {
  readonly task: Task;
  readonly n: number;
  readonly classes: readonly string[];
  readonly metrics: MetricValues;
  readonly notes: readonly string[];
}

/** Computes every metric of the eval set and of each of its slices. */
export function evaluate(set: EvalSet): Evaluation {
  const overall = computeMetrics(set.data);
  const metrics: MetricValues = new Map(overall.values);
  const notes = [...set.notes, ...overall.notes];

  for (const slice of set.slices) {
    const rowsByValue = groupRows(slice.codes, slice.values.length);
    const order = slice.values.map((_, code) => code).sort((a, b) => compareCodePoints(slice.values[a]!, slice.values[b]!));
    for (const code of order) {
      const suffix = `[${slice.name}=${slice.values[code]}]`;
      const result = computeMetrics(subsetRows(set.data, rowsByValue[code]!));
      for (const [id, value] of result.values) metrics.set(`${id}${suffix}`, value);
      for (const note of result.notes) notes.push(`${note.replace(/^(\S+)/, `$1${suffix}`)}`);
    }
  }
  return {
    task: set.data.task,
    n: set.data.n,
    classes: set.data.task === 'regression' ? [] : set.data.classes,
    metrics,
    notes,
  };
}

function groupRows(codes: Int32Array, groups: number): Uint32Array[] {
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
