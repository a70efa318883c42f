/**
 * The sorts behind the ranking metrics. Large inputs use a radix sort on the IEEE-754 bits (16-bit digits,
 * linear time, two to three times faster than `Float64Array.prototype.sort` at ten million scores); small ones
 * a comparison sort. Float bits are mapped to unsigned keys that sort ascending in the order wanted
 * (descending scores): negative numbers keep their bits, the others have every bit but the sign flipped.
 */
const RADIX_THRESHOLD = 4096;
const DIGITS = 1 << 16;

/**
 * Orders rows by score, highest first, ties by row (the sort is stable). Used where each row carries more
 * than its score (sample weights); -0 sorts after +0, next to it.
 */
export function argsortDescending(values: Float64Array): Uint32Array {
  const n = values.length;
  if (n < RADIX_THRESHOLD) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => values[b]! - values[a]!);
  }
  return radixArgsortDescending(values);
}

/**
 * The scores of each class, each sorted highest first: what the ranking metrics walk. One pass splits the rows
 * by class and, at the same time, by the top 16 bits of their key (an MSD radix pass); the other three digits
 * are then sorted bucket by bucket (LSD), in cache, with scratch memory for the largest bucket rather than for
 * a whole class: at 80 million rows, megabytes instead of gigabytes.
 */
export function sortByClass(score: Float64Array, isPositive: Uint8Array): { positives: Float64Array; negatives: Float64Array } {
  const n = score.length;
  if (n < RADIX_THRESHOLD) return sortByClassSmall(score, isPositive);
  if (n <= WHOLE_CLASS_LIMIT) return sortByClassWhole(score, isPositive);
  const bits = new Uint32Array(score.buffer, score.byteOffset, n * 2);
  // Bucket boundaries per class: starts[d] is where top digit d begins, starts[DIGITS] the class size.
  const negativeStarts = new Uint32Array(DIGITS + 1);
  const positiveStarts = new Uint32Array(DIGITS + 1);
  for (let i = 0; i < n; i++) {
    const digit = toKeyHigh(bits[2 * i + 1]!) >>> 16;
    if (isPositive[i] === 0) negativeStarts[digit + 1]!++;
    else positiveStarts[digit + 1]!++;
  }
  let largest = 0;
  for (let d = 1; d <= DIGITS; d++) {
    largest = Math.max(largest, negativeStarts[d]!, positiveStarts[d]!);
    negativeStarts[d]! += negativeStarts[d - 1]!;
    positiveStarts[d]! += positiveStarts[d - 1]!;
  }
  const negatives = new Float64Array(negativeStarts[DIGITS]!);
  const positives = new Float64Array(positiveStarts[DIGITS]!);
  const negativeKeys = new Uint32Array(negatives.buffer);
  const positiveKeys = new Uint32Array(positives.buffer);
  const negativeNext = negativeStarts.slice(0, DIGITS);
  const positiveNext = positiveStarts.slice(0, DIGITS);
  for (let i = 0; i < n; i++) {
    const high = bits[2 * i + 1]!;
    const flip = (high & 0x80000000) === 0;
    const lo = flip ? ~bits[2 * i]! : bits[2 * i]!;
    const hi = flip ? ~high & 0x7fffffff : high;
    let at: number;
    if (isPositive[i] === 0) {
      at = 2 * negativeNext[hi >>> 16]!++;
      negativeKeys[at] = lo;
      negativeKeys[at + 1] = hi;
    } else {
      at = 2 * positiveNext[hi >>> 16]!++;
      positiveKeys[at] = lo;
      positiveKeys[at + 1] = hi;
    }
  }
  const sorter = new BucketSorter(largest >= BUCKET_RADIX_THRESHOLD ? largest : 0);
  sorter.sortBuckets(negativeKeys, negativeStarts);
  sorter.sortBuckets(positiveKeys, positiveStarts);
  return { positives, negatives };
}

/** Up to this many rows the scratch for a whole class is small, and sorting each class at once is faster. */
const WHOLE_CLASS_LIMIT = 1 << 22;

/** Each class's keys in one array, radix sorted on all four digits. */
function sortByClassWhole(score: Float64Array, isPositive: Uint8Array): { positives: Float64Array; negatives: Float64Array } {
  const n = score.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += isPositive[i]!;
  const positives = new Float64Array(m);
  const negatives = new Float64Array(n - m);
  const positiveKeys = new Uint32Array(positives.buffer);
  const negativeKeys = new Uint32Array(negatives.buffer);
  const bits = new Uint32Array(score.buffer, score.byteOffset, n * 2);
  for (let i = 0, p = 0, q = 0; i < n; i++) {
    if (isPositive[i]) {
      positiveKeys[p++] = bits[2 * i]!;
      positiveKeys[p++] = bits[2 * i + 1]!;
    } else {
      negativeKeys[q++] = bits[2 * i]!;
      negativeKeys[q++] = bits[2 * i + 1]!;
    }
  }
  const sorter = new BucketSorter(Math.max(m, n - m));
  for (const keys of [positiveKeys, negativeKeys]) {
    flipKeys(keys);
    sorter.radixSort(keys, 4);
    flipKeys(keys);
  }
  return { positives, negatives };
}

function sortByClassSmall(score: Float64Array, isPositive: Uint8Array): { positives: Float64Array; negatives: Float64Array } {
  let m = 0;
  for (let i = 0; i < score.length; i++) m += isPositive[i]!;
  const positives = new Float64Array(m);
  const negatives = new Float64Array(score.length - m);
  for (let i = 0, p = 0, q = 0; i < score.length; i++) {
    if (isPositive[i]) positives[p++] = score[i]!;
    else negatives[q++] = score[i]!;
  }
  return { positives: positives.sort().reverse(), negatives: negatives.sort().reverse() };
}

/** The high word of a score's key, from the high word of its bits. */
function toKeyHigh(high: number): number {
  return (high & 0x80000000) === 0 ? ~high & 0x7fffffff : high;
}

/** Buckets below this size are sorted as numbers: three 65 536-entry histograms would cost more than they save. */
const BUCKET_RADIX_THRESHOLD = 1 << 14;

/** Sorts the buckets of keys that share their top digit, reusing its scratch and histograms. */
class BucketSorter {
  private readonly scratch: Uint32Array;
  private readonly counts = [new Uint32Array(DIGITS), new Uint32Array(DIGITS), new Uint32Array(DIGITS), new Uint32Array(DIGITS)] as const;

  /** `largest`: the most keys that `radixSort` will be given at once. */
  constructor(largest: number) {
    this.scratch = new Uint32Array(2 * largest);
  }

  /** Sorts every bucket, then turns the keys back into scores. */
  sortBuckets(keys: Uint32Array, starts: Uint32Array): void {
    for (let d = 0; d < DIGITS; d++) {
      const from = starts[d]!;
      const to = starts[d + 1]!;
      if (to - from < 2) continue;
      const bucket = keys.subarray(2 * from, 2 * to);
      if (to - from >= BUCKET_RADIX_THRESHOLD) {
        this.radixSort(bucket, 3);
      } else {
        // As numbers: descending scores are ascending keys.
        flipKeys(bucket);
        new Float64Array(bucket.buffer, bucket.byteOffset, to - from).sort().reverse();
        flipKeys(bucket);
      }
    }
    flipKeys(keys);
  }

  /** LSD radix sort of (low, high) word pairs on their lowest `digits` 16-bit digits; the result ends in `keys`. */
  radixSort(keys: Uint32Array, digits: 3 | 4): void {
    const n = keys.length / 2;
    const [c0, c1, c2, c3] = this.counts;
    for (const counts of this.counts) counts.fill(0);
    for (let w = 0; w < 2 * n; w += 2) {
      const lo = keys[w]!;
      const hi = keys[w + 1]!;
      c0[lo & 0xffff]!++;
      c1[lo >>> 16]!++;
      c2[hi & 0xffff]!++;
      c3[hi >>> 16]!++;
    }
    let from = keys;
    let to = this.scratch;
    for (let pass = 0; pass < digits; pass++) {
      const offsets = this.counts[pass]!;
      const word = pass >> 1;
      const shift = (pass & 1) * 16;
      if (offsets[(from[word]! >>> shift) & 0xffff] === n) continue; // every key shares this digit
      prefixSums(offsets);
      for (let w = 0; w < 2 * n; w += 2) {
        const at = 2 * offsets[(from[w + word]! >>> shift) & 0xffff]!++;
        to[at] = from[w]!;
        to[at + 1] = from[w + 1]!;
      }
      [from, to] = [to, from];
    }
    if (from !== keys) keys.set(from.subarray(0, 2 * n));
  }
}

/**
 * Score bits ↔ keys that sort ascending as the scores sort descending. The mapping is its own inverse. Done on
 * 32-bit words, never on doubles, so that no NaN-looking key is ever read as a number.
 */
function flipKeys(keys: Uint32Array): void {
  for (let w = 0; w < keys.length; w += 2) {
    if ((keys[w + 1]! & 0x80000000) === 0) {
      keys[w] = ~keys[w]!;
      keys[w + 1] = ~keys[w + 1]! & 0x7fffffff;
    }
  }
}

/** Counts → the first output position of each digit. */
function prefixSums(counts: Uint32Array): void {
  let offset = 0;
  for (let d = 0; d < DIGITS; d++) {
    const c = counts[d]!;
    counts[d] = offset;
    offset += c;
  }
}

function radixArgsortDescending(values: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const low = bits[2 * i]!;
    const high = bits[2 * i + 1]!;
    if (high & 0x80000000) {
      lo[i] = low;
      hi[i] = high;
    } else {
      lo[i] = ~low >>> 0;
      hi[i] = ~(high | 0x80000000) >>> 0;
    }
    order[i] = i;
  }
  let loNext = new Uint32Array(n);
  let hiNext = new Uint32Array(n);
  let orderNext = new Uint32Array(n);
  const counts = new Uint32Array(DIGITS);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & 0xffff]!++;
    if (counts[(source[0]! >>> shift) & 0xffff] === n) continue; // every key shares this digit
    prefixSums(counts);
    for (let i = 0; i < n; i++) {
      const at = counts[(source[i]! >>> shift) & 0xffff]!++;
      loNext[at] = lo[i]!;
      hiNext[at] = hi[i]!;
      orderNext[at] = order[i]!;
    }
    [lo, loNext] = [loNext, lo];
    [hi, hiNext] = [hiNext, hi];
    [order, orderNext] = [orderNext, order];
  }
  return order;
}
