/**
 * Holm's step-down adjustment (Holm 1979) for testing several metrics and slices at once: the i-th smallest
 * of m p-values is multiplied by m − i + 1, a running maximum keeps the adjusted values in the order of the
 * raw ones, and they are capped at 1. Same values as statsmodels `multipletests(p, method='holm')[1]`, in
 * the input order. Controls the family-wise error rate under any dependence between the tests.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value ${i} must lie in [0, 1], got ${p}`);
  });
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);
  const adjusted = new Array<number>(m);
  let runningMax = 0;
  order.forEach((index, rank) => {
    runningMax = Math.max(runningMax, (m - rank) * pValues[index]!);
    adjusted[index] = Math.min(1, runningMax);
  });
  return adjusted;
}
