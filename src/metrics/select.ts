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

/** Below this many values, selecting in a full copy is as quick as sampling first. */
const SAMPLE_FROM = 1 << 14;
const SAMPLE_SIZE = 1 << 13;

/**
 * The median of |a[i] - b[i]| (NumPy's median: the mean of the two middle values when the count is even) in one
 * pass over the columns, without an array of all the differences (Floyd and Rivest's idea): the middle of a
 * sorted sample brackets the median's ranks, the pass counts the differences below the bracket and keeps those
 * inside it (a few hundredths of them), and selection finishes there. The sample only steers: when the bracket
 * misses a middle rank (rare: about one input in 15,000, and always the same ones, as the sample positions are
 * fixed) the median is selected among all the differences, so the answer never depends on it.
 */
export function medianAbsoluteDifference(a: Float64Array, b: Float64Array): number {
  return medianAbsoluteDifferenceTraced(a, b).median;
}

/** `medianAbsoluteDifference`, saying whether the sample's bracket held the middle ranks (for tests). */
export function medianAbsoluteDifferenceTraced(a: Float64Array, b: Float64Array, sampleSize = SAMPLE_SIZE): { median: number; sampled: boolean } {
  const n = a.length;
  if (b.length !== n) throw new Error(`medianAbsoluteDifference: columns of ${n} and ${b.length} values`);
  if (n === 0) return { median: Number.NaN, sampled: false };
  const upper = n >> 1;
  const lower = n % 2 === 1 ? upper : upper - 1;
  if (n >= SAMPLE_FROM) {
    const [low, high] = bracket(a, b, lower / n, upper / n, sampleSize);
    // Branch-free: which side of the bracket a difference falls is a coin toss, which a branch would mispredict
    // half the time. Every difference is written at the end of `kept`, and stays there when it is inside.
    let below = 0;
    let k = 0;
    let kept: Float64Array = new Float64Array(Math.ceil(n / 16) + 1);
    for (let i = 0; i < n; i++) {
      const d = Math.abs(a[i]! - b[i]!);
      const isBelow = +(d < low);
      below += isBelow;
      kept[k] = d;
      k += +(d <= high) - isBelow;
      if (k === kept.length) kept = grown(kept);
    }
    // The bracket holds ranks below … below + k - 1: both middle ranks must be among them.
    if (below <= lower && upper < below + k) return { median: middleOf(kept.subarray(0, k), lower - below, upper - below), sampled: true };
  }
  const all = new Float64Array(n);
  for (let i = 0; i < n; i++) all[i] = Math.abs(a[i]! - b[i]!);
  return { median: middleOf(all, lower, upper), sampled: false };
}

/** Bounds that hold the quantiles `p` and `q` of the differences, from a sorted sample (xorshift positions). */
function bracket(a: Float64Array, b: Float64Array, p: number, q: number, size: number): [number, number] {
  const n = a.length;
  const sample = new Float64Array(size);
  let state = 0x9e3779b9;
  for (let s = 0; s < size; s++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const i = (state >>> 0) % n;
    sample[s] = Math.abs(a[i]! - b[i]!);
  }
  sample.sort();
  // Four standard deviations of a sample quantile's rank on either side.
  const margin = Math.ceil(4 * Math.sqrt(size * 0.25));
  const low = sample[Math.max(0, Math.floor(p * size) - margin)]!;
  const high = sample[Math.min(size - 1, Math.ceil(q * size) + margin)]!;
  return [low, high];
}

/** The mean of ranks `lower` and `upper` (equal, or consecutive) of `values`, which it reorders. */
function middleOf(values: Float64Array, lower: number, upper: number): number {
  const middle = quickselect(values, upper);
  if (lower === upper) return middle;
  // After selection everything left of `upper` is at most values[upper]: the lower middle is their maximum.
  let lowerValue = values[0]!;
  for (let i = 1; i < upper; i++) if (values[i]! > lowerValue) lowerValue = values[i]!;
  return (lowerValue + middle) / 2;
}

function grown(values: Float64Array): Float64Array {
  const bigger = new Float64Array(values.length * 2);
  bigger.set(values);
  return bigger;
}
