/** Sorts buckets of score keys (see sort.ts); the same code runs on the main thread and in the sort worker. */
export interface BucketSortKernel {
  /**
   * Sorts, bucket by bucket, the keys of top digits `[first, end)`: `keys` holds (low, high) word pairs and
   * `starts[d]` is the pair index where bucket `d` begins (`starts[d + 1]` where it ends). Every key of a bucket
   * shares its top 16 bits, so only the low 48 are sorted; then each key is turned back into the bits of its
   * score (the key mapping is its own inverse).
   */
  sortBuckets(keys: Uint32Array, starts: Uint32Array, first: number, end: number): void;
}

/**
 * Builds the kernel. It must stay self-contained (no reference to anything outside this function, not even a
 * module constant): sort-pool.ts runs this function's source text in a worker thread, so that the worker needs
 * no file of its own next to the bundle.
 *
 * Inside a bucket: a least-significant-digit radix sort with four 12-bit digits, whose 4,096-entry histograms
 * stay in the first-level cache (16-bit digits need 256 KB of them per bucket); tiny buckets by insertion.
 */
export function createBucketSortKernel(): BucketSortKernel {
  const BITS = 12;
  const SIZE = 1 << BITS;
  const MASK = SIZE - 1;
  const INSERTION_LIMIT = 48;
  const counts = new Uint32Array(4 * SIZE);
  let scratch: Uint32Array = new Uint32Array(1024);

  /** Digit `pass` (0 = lowest) of the 48 low bits of the key (lo, hi). */
  function digitOf(lo: number, hi: number, pass: number): number {
    if (pass === 0) return lo & MASK;
    if (pass === 1) return (lo >>> BITS) & MASK;
    if (pass === 2) return ((lo >>> 24) | (hi << 8)) & MASK;
    return (hi >>> 4) & MASK;
  }

  function insertionSort(keys: Uint32Array, from: number, to: number): void {
    for (let i = from + 1; i < to; i++) {
      const lo = keys[2 * i]!;
      const hi = keys[2 * i + 1]!;
      let j = i - 1;
      while (j >= from) {
        const jh = keys[2 * j + 1]!;
        if (jh < hi || (jh === hi && keys[2 * j]! <= lo)) break;
        keys[2 * j + 2] = keys[2 * j]!;
        keys[2 * j + 3] = jh;
        j--;
      }
      keys[2 * j + 2] = lo;
      keys[2 * j + 3] = hi;
    }
  }

  function radixSort(keys: Uint32Array, from: number, to: number): void {
    const n = to - from;
    if (scratch.length < 2 * n) scratch = new Uint32Array(Math.max(2 * n, 2 * scratch.length));
    counts.fill(0);
    for (let w = 2 * from; w < 2 * to; w += 2) {
      const lo = keys[w]!;
      const hi = keys[w + 1]!;
      counts[lo & MASK]!++;
      counts[SIZE + ((lo >>> BITS) & MASK)]!++;
      counts[2 * SIZE + (((lo >>> 24) | (hi << 8)) & MASK)]!++;
      counts[3 * SIZE + ((hi >>> 4) & MASK)]!++;
    }
    let source: Uint32Array = keys;
    let sourceStart = 2 * from;
    let target = scratch;
    let targetStart = 0;
    for (let pass = 0; pass < 4; pass++) {
      const base = pass * SIZE;
      if (counts[base + digitOf(source[sourceStart]!, source[sourceStart + 1]!, pass)] === n) continue; // one digit
      let offset = 0;
      for (let d = base; d < base + SIZE; d++) {
        const c = counts[d]!;
        counts[d] = offset;
        offset += c;
      }
      for (let w = sourceStart; w < sourceStart + 2 * n; w += 2) {
        const lo = source[w]!;
        const hi = source[w + 1]!;
        const at = targetStart + 2 * counts[base + digitOf(lo, hi, pass)]!++;
        target[at] = lo;
        target[at + 1] = hi;
      }
      const t = source;
      source = target;
      target = t;
      const s = sourceStart;
      sourceStart = targetStart;
      targetStart = s;
    }
    if (source !== keys) keys.set(source.subarray(sourceStart, sourceStart + 2 * n), 2 * from);
  }

  function unflip(keys: Uint32Array, from: number, to: number): void {
    for (let w = 2 * from; w < 2 * to; w += 2) {
      if ((keys[w + 1]! & 0x80000000) === 0) {
        keys[w] = ~keys[w]!;
        keys[w + 1] = ~keys[w + 1]! & 0x7fffffff;
      }
    }
  }

  return {
    sortBuckets(keys, starts, first, end) {
      for (let d = first; d < end; d++) {
        const from = starts[d]!;
        const to = starts[d + 1]!;
        if (to - from <= INSERTION_LIMIT) insertionSort(keys, from, to);
        else radixSort(keys, from, to);
        unflip(keys, from, to);
      }
    },
  };
}
