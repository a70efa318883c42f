/**
 * Selection: the k-th smallest value of an array in expected linear time (Hoare's quickselect with a
 * median-of-three pivot), falling back to a full sort when partitioning stops shrinking the range (adversarial
 * input), so the worst case stays n log n. Reorders `values` so that `values[k]` holds the answer, every value
 * before it is at most it and every value after it at least it. The values must not be NaN.
 */
export function quickselect(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
  while (hi > lo) {
    if (budget-- === 0 || hi - lo < 16) {
      const range = values.subarray(lo, hi + 1);
      range.sort();
      return values[k]!;
    }
    const mid = lo + ((hi - lo) >> 1);
    const pivot = medianOfThree(values[lo]!, values[mid]!, values[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    // Now values[lo..j] <= pivot <= values[i..hi], and every value between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
