import type { ClassificationData } from './eval-data.js';

/**
 * A (weighted) confusion matrix over the full class list, rows = true class, columns = predicted. `present`
 * marks the classes that occur in y_true or y_pred regardless of weight: scikit-learn's `unique_labels`, the
 * label set its metrics average over.
 */
export interface Confusion {
  readonly k: number;
  readonly cells: Float64Array;
  readonly present: Uint8Array;
  readonly total: number;
}

/** One pass over the rows, whatever the number of metrics that read the matrix. */
export function buildConfusion(data: ClassificationData): Confusion {
  const k = data.classes.length;
  const cells = new Float64Array(k * k);
  const present = new Uint8Array(k);
  const { yTrue, yPred, weights, n } = data;
  if (weights) {
    for (let i = 0; i < n; i++) {
      const t = yTrue[i]!;
      const p = yPred[i]!;
      cells[t * k + p]! += weights[i]!;
      present[t] = 1;
      present[p] = 1;
    }
  } else {
    // Unweighted, a class occurs exactly when its row or column counts something.
    for (let i = 0; i < n; i++) cells[yTrue[i]! * k + yPred[i]!]!++;
    for (let r = 0; r < k; r++) {
      for (let c = 0; c < k; c++) {
        if (cells[r * k + c]! > 0) {
          present[r] = 1;
          present[c] = 1;
        }
      }
    }
  }
  let total = 0;
  for (let c = 0; c < cells.length; c++) total += cells[c]!;
  return { k, cells, present, total };
}

export function rowSum(m: Confusion, row: number): number {
  let sum = 0;
  for (let c = 0; c < m.k; c++) sum += m.cells[row * m.k + c]!;
  return sum;
}

export function columnSum(m: Confusion, column: number): number {
  let sum = 0;
  for (let r = 0; r < m.k; r++) sum += m.cells[r * m.k + column]!;
  return sum;
}

export function diagonal(m: Confusion, c: number): number {
  return m.cells[c * m.k + c]!;
}
