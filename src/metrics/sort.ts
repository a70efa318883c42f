import { finishSortingBuckets, startSortingBuckets } from './sort-pool.js';

/**
 * The sorts behind the ranking metrics. Large inputs use a radix sort on the IEEE-754 bits (linear time; one
 * 16-bit pass, then 12-bit digits within each bucket, see bucket-sort-kernel.ts), several times faster than
 * `Float64Array.prototype.sort` at ten million scores; small ones a comparison sort. Float bits are mapped to unsigned keys that sort ascending in the order wanted
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
 * by class and, at the same time, by the top 16 bits of their key (an MSD radix pass) into memory shared with
 * the sort worker; the buckets are then sorted on their low 48 bits, in cache, on two threads (sort-pool.ts),
 * with scratch memory for the largest bucket rather than for a whole class: at 80 million rows, megabytes
 * instead of gigabytes.
 */
export function sortByClass(score: Float64Array, isPositive: Uint8Array): SortedByClass {
  const sorting = startSortByClass(score, isPositive);
  sorting.finish();
  return sorting;
}

/** The scores of each class, sorted highest first once `finish()` has returned. */
export interface SortedByClass {
  readonly positives: Float64Array;
  readonly negatives: Float64Array;
}

/**
 * `sortByClass` in two steps: this call splits the rows (on this thread) and hands the buckets to the sort
 * worker; `finish()` helps with what is left and waits. In between, this thread can split the next column.
 */
export function startSortByClass(score: Float64Array, isPositive: Uint8Array): SortedByClass & { finish(): void } {
  const n = score.length;
  if (n < RADIX_THRESHOLD) return { ...sortByClassSmall(score, isPositive), finish: () => undefined };
  const bits = new Uint32Array(score.buffer, score.byteOffset, n * 2);
  // Bucket boundaries per class: starts[d] is where top digit d begins, starts[DIGITS] the class size.
  const negativeStarts = new Uint32Array(DIGITS + 1);
  const positiveStarts = new Uint32Array(DIGITS + 1);
  countTopDigits(bits, isPositive, negativeStarts, positiveStarts);
  const shared = (count: number) => new Float64Array(new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT));
  const negatives = shared(negativeStarts[DIGITS]!);
  const positives = shared(positiveStarts[DIGITS]!);
  const negativeKeys = new Uint32Array(negatives.buffer);
  const positiveKeys = new Uint32Array(positives.buffer);
  scatterByTopDigit(bits, isPositive, negativeStarts, positiveStarts, negativeKeys, positiveKeys);
  const ticket = startSortingBuckets([
    { keys: negativeKeys, starts: negativeStarts },
    { keys: positiveKeys, starts: positiveStarts },
  ]);
  return { positives, negatives, finish: () => void finishSortingBuckets(ticket) };
}

// The passes over every row are functions of their own: a column's loops compiled while they run (on-stack)
// are thrown away when the code after them runs, so each column would start slow again; as whole functions
// they stay compiled from the second column on (one-vs-rest AUC sorts one column per class).

/** Counts the rows of each class per top digit of their key, and turns the counts into bucket starts. */
function countTopDigits(bits: Uint32Array, isPositive: Uint8Array, negativeStarts: Uint32Array, positiveStarts: Uint32Array): void {
  const n = isPositive.length;
  for (let i = 0; i < n; i++) {
    const digit = toKeyHigh(bits[2 * i + 1]!) >>> 16;
    if (isPositive[i] === 0) negativeStarts[digit + 1]!++;
    else positiveStarts[digit + 1]!++;
  }
  for (let d = 1; d <= DIGITS; d++) {
    negativeStarts[d]! += negativeStarts[d - 1]!;
    positiveStarts[d]! += positiveStarts[d - 1]!;
  }
}

/** Writes every row's key into its class's array, in the bucket of its top digit. */
function scatterByTopDigit(
  bits: Uint32Array,
  isPositive: Uint8Array,
  negativeStarts: Uint32Array,
  positiveStarts: Uint32Array,
  negativeKeys: Uint32Array,
  positiveKeys: Uint32Array,
): void {
  const n = isPositive.length;
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
