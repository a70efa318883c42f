import type { MetricCollector } from './metric-collector.js';
import { isMetricObject, joinId, type MetricObject, type MetricTree } from './tree.js';

/**
 * scikit-learn's `classification_report(output_dict=True)`, as `json.dump`ed or passed through pandas. Its
 * rows are renamed to model-gate's own metric ids (docs/formats.md#metric-ids) so that a report and a predictions file of the same
 * model produce comparable ids:
 * - `accuracy` → `accuracy`; pandas writes it as a row of four equal numbers, read as the one number.
 * - `macro avg` / `weighted avg` / `micro avg` / `samples avg` → `precision_macro`, `recall_macro`,
 *   `f1_macro` (`f1-score` → `f1`), `*_weighted`, `*_micro`, `*_samples`.
 * - the averages' `support` is the number of examples; it is kept once, as `support`.
 * - a class `c` → `precision[class=c]`, `recall[class=c]`, `f1[class=c]`, `support[class=c]`: model-gate's
 *   per-slice syntax `ID[COLUMN=VALUE]`, so `"f1[class=*]"` rules work. Class names are kept as written.
 */

const AVERAGE_SUFFIX: ReadonlyMap<string, string> = new Map([
  ['macro avg', 'macro'],
  ['weighted avg', 'weighted'],
  ['micro avg', 'micro'],
  ['samples avg', 'samples'],
]);

const SCORE_ID: ReadonlyMap<string, string> = new Map([
  ['precision', 'precision'],
  ['recall', 'recall'],
  ['f1-score', 'f1'],
  ['support', 'support'],
]);

/**
 * True when every entry of `node` is a report row and at least one is an average row with precision, recall
 * and f1-score. Anything extra makes it an ordinary nested object, flattened plainly, so a DVC file that merely
 * has a `macro avg` key keeps all its values.
 */
export function isClassificationReport(node: MetricObject): boolean {
  let hasAverage = false;
  for (const [key, value] of node) {
    if (key === 'accuracy') {
      if (typeof value === 'number' || isScoreRow(value)) continue;
      return false;
    }
    if (!isScoreRow(value)) return false;
    if (AVERAGE_SUFFIX.has(key) && ['precision', 'recall', 'f1-score'].every((k) => typeof value.get(k) === 'number')) {
      hasAverage = true;
    }
  }
  return hasAverage;
}

/** Reads a report recognised by `isClassificationReport`; ids are prefixed with the report's place in the file. */
export function readClassificationReport(node: MetricObject, prefix: string, out: MetricCollector): void {
  let supportTaken = false;
  for (const [key, value] of node) {
    if (key === 'accuracy') {
      readAccuracy(value, prefix, out);
      continue;
    }
    if (!isMetricObject(value)) continue;
    const average = AVERAGE_SUFFIX.get(key);
    for (const [score, number] of value) {
      const name = SCORE_ID.get(score);
      if (name === undefined || typeof number !== 'number') continue;
      if (average === undefined) {
        out.addMetric(joinId(prefix, `${name}[class=${key}]`), number);
      } else if (name !== 'support') {
        out.addMetric(joinId(prefix, `${name}_${average}`), number);
      } else if (!supportTaken) {
        out.addMetric(joinId(prefix, 'support'), number);
        supportTaken = true;
      }
    }
  }
}

function readAccuracy(value: MetricTree, prefix: string, out: MetricCollector): void {
  const id = joinId(prefix, 'accuracy');
  if (typeof value === 'number') {
    out.addMetric(id, value);
    return;
  }
  if (!isMetricObject(value)) return;
  // pandas broadcasts the scalar accuracy across the precision/recall/f1-score/support rows.
  const numbers = [...value.values()].filter((v): v is number => typeof v === 'number');
  const first = numbers[0];
  if (first === undefined) return;
  out.addMetric(id, first);
  if (numbers.some((n) => n !== first)) {
    out.addNote(`${id}: the report's accuracy row holds different numbers; read the first, ${first}`);
  }
}

function isScoreRow(value: MetricTree | undefined): value is MetricObject {
  if (!isMetricObject(value) || value.size === 0) return false;
  for (const [key, number] of value) {
    // pandas writes a missing cell as null; tolerate it in the shape, skip it when reading.
    if (!SCORE_ID.has(key) || (typeof number !== 'number' && number !== null)) return false;
  }
  return true;
}
