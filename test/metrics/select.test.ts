import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianAbsoluteDifference, medianAbsoluteDifferenceTraced, quickselect } from '../../src/metrics/select.js';

describe('quickselect', () => {
  it('returns the k-th smallest value and partitions around it', () => {
    const values = fc.array(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(values, fc.nat(), (list, seed) => {
        const k = seed % list.length;
        const array = Float64Array.from(list);
        const sorted = Float64Array.from(list).sort();
        expect(quickselect(array, k)).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(array[i]! <= array[k]!).toBe(true);
        for (let i = k + 1; i < array.length; i++) expect(array[i]! >= array[k]!).toBe(true);
        expect(Float64Array.from(array).sort()).toEqual(sorted);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays fast on inputs that defeat a median-of-three pivot', () => {
    // Sorted, reversed, all equal and organ-pipe inputs of 200,000 values: a quadratic selection would not finish.
    const n = 200_000;
    const shapes = [
      Float64Array.from({ length: n }, (_, i) => i),
      Float64Array.from({ length: n }, (_, i) => n - i),
      new Float64Array(n).fill(7),
      Float64Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
    ];
    for (const values of shapes) {
      const sorted = Float64Array.from(values).sort();
      expect(quickselect(values, n >> 1)).toBe(sorted[n >> 1]);
    }
  });
});

describe('medianAbsoluteDifference', () => {
  /** NumPy's median of |a - b|, by sorting. */
  const sortedMedian = (a: readonly number[], b: readonly number[]) => {
    const sorted = Float64Array.from(a, (v, i) => Math.abs(v - b[i]!)).sort();
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const viaSample = (a: readonly number[], b: readonly number[]) => medianAbsoluteDifference(Float64Array.from(a), Float64Array.from(b));

  it('equals the median by sorting, with ties, zeros, both parities and differences over many magnitudes', () => {
    // Up to 400 values: selection in a full copy. Sampling starts at 16,384 (below).
    const value = fc.oneof(
      fc.double({ min: -1e300, max: 1e300, noNaN: true }),
      fc.constantFrom(0, -0, 1, 2, 2.0625, 2.125, 3.25, Number.MIN_VALUE, Number.POSITIVE_INFINITY),
      fc.integer({ min: -40, max: 40 }).map((k) => k / 16),
    );
    const pairs = fc.array(fc.tuple(value, fc.oneof(value, fc.constant(0))), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(pairs, (list) => {
        const a = list.map(([x]) => x);
        const b = list.map(([, y]) => y);
        // Infinity - Infinity is NaN: no error is NaN in a regression (the readers refuse non-finite numbers).
        fc.pre(a.every((x, i) => !Number.isNaN(x - b[i]!)));
        expect(viaSample(a, b)).toBe(sortedMedian(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('is exact on large columns, whatever its sample brackets', () => {
    const n = 200_001;
    let state = 7;
    // mulberry32: a small seeded generator of numbers in [0, 1).
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const a = Array.from({ length: n }, () => 100 + 20 * random());
    const b = a.map((v) => v + Math.log(random() + 1e-12) * 5);
    // The default sample brackets the middle: the one pass decides (no fallback to a full copy).
    expect(medianAbsoluteDifferenceTraced(Float64Array.from(a), Float64Array.from(b))).toEqual({ median: sortedMedian(a, b), sampled: true });
    expect(viaSample(a.slice(1), b.slice(1))).toBe(sortedMedian(a.slice(1), b.slice(1)));
    // A sample of one or two brackets the middle ranks only by luck: the answer must not depend on it.
    for (const size of [1, 2, 3]) {
      expect(medianAbsoluteDifferenceTraced(Float64Array.from(a), Float64Array.from(b), size).median).toBe(sortedMedian(a, b));
      const even = [a.slice(1), b.slice(1)] as const;
      expect(medianAbsoluteDifferenceTraced(Float64Array.from(even[0]), Float64Array.from(even[1]), size).median).toBe(sortedMedian(...even));
    }
    // Ties at the bracket's ends: most differences equal the median.
    const tied = a.map((v, i) => (i % 3 === 0 ? v + 1 : v + 2));
    expect(viaSample(a, tied)).toBe(sortedMedian(a, tied));
  });

  it('is exact on large columns of any shape (the sampled path)', () => {
    const shape = fc.constantFrom('ties', 'wide', 'sorted', 'zeros');
    fc.assert(
      fc.property(shape, fc.integer({ min: 16_384, max: 30_000 }), fc.nat(), (kind, n, seed) => {
        let state = seed | 1;
        const random = () => ((state = Math.imul(state ^ (state >>> 13), 0x5bd1e995) >>> 0) / 4294967296);
        const a = Array.from({ length: n }, (_, i) =>
          kind === 'ties' ? Math.floor(random() * 5) : kind === 'wide' ? (random() - 0.5) * 10 ** (random() * 40) : kind === 'sorted' ? i : 0,
        );
        const b = a.map(() => (kind === 'zeros' ? (random() < 0.9 ? 0 : random()) : 0));
        expect(viaSample(a, b)).toBe(sortedMedian(a, b));
      }),
      { numRuns: 40 },
    );
  });

  it('falls back when the bracket ends exactly one rank short of the upper middle', () => {
    // n even, and a one-value sample that is the lower middle value itself: the bracket [x, x] holds rank
    // `lower` but not rank `upper`, so the sampled answer would be wrong by one rank. The sample's first position
    // is select.ts's xorshift from its fixed seed.
    const n = 16_384;
    let state = 0x9e3779b9;
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const first = (state >>> 0) % n;
    const a = Float64Array.from({ length: n }, (_, i) => i);
    const lowerMiddle = n / 2 - 1;
    [a[first], a[lowerMiddle]] = [a[lowerMiddle]!, a[first]!];
    expect(medianAbsoluteDifferenceTraced(a, new Float64Array(n), 1)).toEqual({ median: 8191.5, sampled: false });
  });

  it('refuses columns of different lengths', () => {
    expect(() => medianAbsoluteDifference(new Float64Array(3), new Float64Array(2))).toThrow(/columns of 3 and 2 values/);
  });

  it('is NaN for no values', () => {
    expect(medianAbsoluteDifference(new Float64Array(0), new Float64Array(0))).toBeNaN();
  });
});
