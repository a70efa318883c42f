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
 * The median of non-negative numbers (NumPy's: the mean of the two middle values when the count is even) in two
 * passes over them, without keeping them all: the first pass counts the values per bucket (the top 16 bits of a
 * double, which order like the values when the sign bit is clear), the second keeps only the values in the
 * bucket(s) holding the middle ranks, and selection finishes on those. A million regression errors leave about
 * a hundredth of them to select from, instead of an 8 MB copy to partition.
 */
export class TwoPassMedian {
  private readonly counts = new Uint32Array(1 << 16);
  private readonly scratch = new Float64Array(1);
  private readonly words = new Uint32Array(this.scratch.buffer);
  private readonly high = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  private n = 0;
  private first = 0;
  private last = -1;
  private below = 0;
  private kept = new Float64Array(0);
  private keptCount = 0;

  /** Pass one: every value, in any order. */
  count(value: number): void {
    const b = this.bucket(value);
    this.counts[b] = this.counts[b]! + 1;
    this.n++;
  }

  /** Ends pass one: finds the buckets of the middle ranks. */
  plan(): void {
    const n = this.n;
    if (n === 0) return;
    const upper = n >> 1;
    const lower = n % 2 === 1 ? upper : upper - 1;
    const counts = this.counts;
    let cumulative = 0;
    let b = 0;
    while (cumulative + counts[b]! <= lower) cumulative += counts[b++]!;
    this.first = b;
    this.below = cumulative;
    let size = counts[b]!;
    while (cumulative + size <= upper) size += counts[++b]!;
    this.last = b;
    this.kept = new Float64Array(size);
  }

  /** Pass two: every value again (any order); keeps those in the middle buckets. */
  offer(value: number): void {
    const b = this.bucket(value);
    if (b >= this.first && b <= this.last) this.kept[this.keptCount++] = value;
  }

  /** The median of the values; NaN when there were none. */
  median(): number {
    const n = this.n;
    if (n === 0) return Number.NaN;
    if (this.keptCount !== this.kept.length) throw new Error('TwoPassMedian: pass two saw other values than pass one');
    const kept = this.kept;
    const upperAt = (n >> 1) - this.below;
    const upper = quickselect(kept, upperAt);
    if (n % 2 === 1) return upper;
    // After selection everything left of `upperAt` is at most kept[upperAt]: the lower middle is their maximum.
    let lower = kept[0]!;
    for (let i = 1; i < upperAt; i++) if (kept[i]! > lower) lower = kept[i]!;
    return (lower + upper) / 2;
  }

  private bucket(value: number): number {
    this.scratch[0] = value;
    return this.words[this.high]! >>> 16;
  }
}
