import { afterEach, describe, expect, it } from 'vitest';
import { createBucketSortKernel } from '../../src/metrics/bucket-sort-kernel.js';
import { finishSortingBuckets, startSortingBuckets, useSortWorker, type BucketJob } from '../../src/metrics/sort-pool.js';

/** Sorts every bucket; returns how many chunks the worker sorted. */
const sortBuckets = (jobs: readonly BucketJob[]): number => finishSortingBuckets(startSortingBuckets(jobs));

/** Keys spread over 65,536 buckets by their top 16 bits, like sort.ts lays them out, in shared memory. */
function bucketedKeys(n: number, seed: number): { keys: Uint32Array; starts: Uint32Array } {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  // A few crowded buckets (radix sorted), many sparse ones (insertion sorted), both signs of score.
  const his = Uint32Array.from({ length: n }, () => (next() % 3 === 0 ? next() & 0xffff0000 : ((0x3ff0 + (next() % 40)) << 16) | (next() & 0xffff)));
  const los = Uint32Array.from({ length: n }, () => (next() % 7 === 0 ? 0 : next())); // and many ties
  const starts = new Uint32Array(65537);
  for (const hi of his) starts[(hi >>> 16) + 1]!++;
  for (let d = 1; d <= 65536; d++) starts[d]! += starts[d - 1]!;
  const next16 = starts.slice(0, 65536);
  const keys = new Uint32Array(new SharedArrayBuffer(8 * n));
  for (let i = 0; i < n; i++) {
    const at = 2 * next16[his[i]! >>> 16]!++;
    keys[at] = los[i]!;
    keys[at + 1] = his[i]!;
  }
  return { keys, starts };
}

/** The first index where two arrays differ, or -1 (toEqual on 600,000 elements is far too slow). */
function firstDifference(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** What sorting on one thread gives: every bucket sorted, then each key turned back into score bits. */
function sortedOnOneThread(keys: Uint32Array, starts: Uint32Array): Uint32Array {
  const copy = keys.slice();
  createBucketSortKernel().sortBuckets(copy, starts, 0, starts.length - 1);
  return copy;
}

describe('sorting buckets on two threads', () => {
  afterEach(() => useSortWorker(true));

  it('gives the one-thread result, and the worker takes part', () => {
    let byWorker = 0;
    for (let round = 0; round < 12; round++) {
      const a = bucketedKeys(300_000, round + 1);
      const b = bucketedKeys(100_000, round + 100);
      const expectedA = sortedOnOneThread(a.keys, a.starts);
      const expectedB = sortedOnOneThread(b.keys, b.starts);
      byWorker += sortBuckets([a, b]);
      expect(firstDifference(a.keys, expectedA)).toBe(-1);
      expect(firstDifference(b.keys, expectedB)).toBe(-1);
    }
    expect(byWorker).toBeGreaterThan(0);
  });

  it('sorts every bucket on the main thread when the worker is not allowed', () => {
    useSortWorker(false);
    const a = bucketedKeys(300_000, 5);
    const expected = sortedOnOneThread(a.keys, a.starts);
    expect(sortBuckets([a])).toBe(0);
    expect(firstDifference(a.keys, expected)).toBe(-1);
  });

  it('sorts each bucket ascending by key', () => {
    const { keys, starts } = bucketedKeys(50_000, 9);
    const kernel = createBucketSortKernel();
    // Sorted but not turned back: compare keys within buckets before the final unflip by re-flipping.
    kernel.sortBuckets(keys, starts, 0, 65536);
    for (let d = 0; d < 65536; d++) {
      for (let i = starts[d]! + 1; i < starts[d + 1]!; i++) {
        const key = (w: number) => {
          const flip = (keys[2 * w + 1]! & 0x80000000) === 0;
          const hi = flip ? ~keys[2 * w + 1]! & 0x7fffffff : keys[2 * w + 1]!;
          const lo = flip ? ~keys[2 * w]! >>> 0 : keys[2 * w]!;
          return hi * 2 ** 32 + lo;
        };
        expect(key(i - 1) <= key(i)).toBe(true);
      }
    }
  });
});
