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

/**
 * The median of |a[i] - b[i]| (NumPy's median: the mean of the two middle values when the count is even) without
 * an array of the differences: pass one counts them per bucket (the top 16 bits of a double, which order like
 * the values when the sign bit is clear), pass two keeps only those in the bucket(s) of the middle ranks, and
 * selection finishes on those. A million regression errors leave about a hundredth to select from, instead of
 * an 8 MB copy to partition. Each pass is a loop of its own: V8 optimises a small loop soonest.
 */
export function medianAbsoluteDifference(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n === 0) return Number.NaN;
  const scratch = new Float64Array(1);
  const words = new Uint32Array(scratch.buffer);
  const high = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  const counts = new Uint32Array(1 << 16);
  for (let i = 0; i < n; i++) {
    scratch[0] = Math.abs(a[i]! - b[i]!);
    const bucket = words[high]! >>> 16;
    counts[bucket] = counts[bucket]! + 1;
  }
  // The buckets holding ranks `lower` and `upper` (equal when n is odd), and how many values lie below them.
  const upper = n >> 1;
  const lower = n % 2 === 1 ? upper : upper - 1;
  let below = 0;
  let first = 0;
  while (below + counts[first]! <= lower) below += counts[first++]!;
  let last = first;
  let size = counts[first]!;
  while (below + size <= upper) size += counts[++last]!;
  const kept = new Float64Array(size);
  let k = 0;
  for (let i = 0; i < n; i++) {
    scratch[0] = Math.abs(a[i]! - b[i]!);
    const bucket = words[high]! >>> 16;
    if (bucket >= first && bucket <= last) kept[k++] = scratch[0]!;
  }
  const upperAt = upper - below;
  const middle = quickselect(kept, upperAt);
  if (n % 2 === 1) return middle;
  // After selection everything left of `upperAt` is at most kept[upperAt]: the lower middle is their maximum.
  let lowerValue = kept[0]!;
  for (let i = 1; i < upperAt; i++) if (kept[i]! > lowerValue) lowerValue = kept[i]!;
  return (lowerValue + middle) / 2;
}
