import type { ConfusionPair } from './pictures.js';

/** Precision, recall and F1 of one class in both runs (NaN where undefined: no predictions or no examples). */
export interface ClassScores {
  readonly name: string;
  readonly support: number;
  readonly baseline: { readonly precision: number; readonly recall: number; readonly f1: number } | undefined;
  readonly current: { readonly precision: number; readonly recall: number; readonly f1: number };
}

/** The confusion that grew most: examples of class `from` now predicted as `to`, `added` more than before. */
export interface NewConfusion {
  readonly from: string;
  readonly to: string;
  readonly added: number;
  readonly baseline: number;
  readonly current: number;
}

type Matrix = readonly (readonly number[])[];

function scores(m: Matrix, k: number) {
  const tp = m[k]![k]!;
  const predicted = m.reduce((sum, row) => sum + row[k]!, 0);
  const actual = m[k]!.reduce((sum, v) => sum + v, 0);
  const precision = predicted > 0 ? tp / predicted : Number.NaN;
  const recall = actual > 0 ? tp / actual : Number.NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN;
  return { precision, recall, f1 };
}

function square(m: Matrix | undefined, n: number): m is Matrix {
  return m !== undefined && m.length === n && m.every((row) => row.length === n && row.every(Number.isFinite));
}

/** Per-class precision, recall and F1 from the confusion matrices (rows true, columns predicted). */
export function perClassScores(pair: ConfusionPair): ClassScores[] {
  const n = pair.classes.length;
  if (!square(pair.current, n)) return [];
  const baseline = square(pair.baseline, n) ? pair.baseline : undefined;
  return pair.classes.map((name, k) => ({
    name,
    support: pair.current[k]!.reduce((sum, v) => sum + v, 0),
    baseline: baseline && scores(baseline, k),
    current: scores(pair.current, k),
  }));
}

/** The off-diagonal cell that grew most from baseline to current, if any grew. */
export function largestNewConfusion(pair: ConfusionPair): NewConfusion | undefined {
  const n = pair.classes.length;
  if (!square(pair.current, n) || !square(pair.baseline, n)) return undefined;
  let best: NewConfusion | undefined;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const added = pair.current[i]![j]! - pair.baseline[i]![j]!;
      if (added > 0 && (!best || added > best.added)) {
        best = { from: pair.classes[i]!, to: pair.classes[j]!, added, baseline: pair.baseline[i]![j]!, current: pair.current[i]![j]! };
      }
    }
  }
  return best;
}
