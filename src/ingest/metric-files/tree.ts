/**
 * The parsed form of a JSON or YAML metrics file, shared by every shape reader. Objects are Maps, not plain
 * objects, because JavaScript objects move integer-like keys first: a classification report's class "10" would
 * jump ahead of "accuracy", and ids would come out in a different order than the file lists them. NaN and
 * ±Infinity are kept as JavaScript numbers (Python's `json.dumps` writes them as bare tokens); the metric
 * collector turns them into `null` metrics.
 */
export type MetricTree = number | string | boolean | null | readonly MetricTree[] | MetricObject;

/** A JSON object or YAML mapping, in file order; a key written twice is an error (see json-tolerant.ts). */
export type MetricObject = ReadonlyMap<string, MetricTree>;

export function isMetricObject(value: MetricTree | undefined): value is MetricObject {
  return value instanceof Map;
}

export function isMetricArray(value: MetricTree | undefined): value is readonly MetricTree[] {
  return Array.isArray(value);
}

/** Joins a nested key onto its parent's id with `/` (docs/formats.md#metric-files: `eval/accuracy`). */
export function joinId(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}/${key}`;
}
