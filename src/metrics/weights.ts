/** Weighted means as NumPy's `np.average(x, weights=w)` computes them; `w` undefined means all ones. */

/** The weighted mean of `f(i)` over all rows; NaN when the weights sum to zero. */
export function weightedMean(n: number, weights: Float64Array | undefined, f: (i: number) => number): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    sum += w * f(i);
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}
