import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickselect, TwoPassMedian } from '../../src/metrics/select.js';

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

describe('TwoPassMedian', () => {
  /** NumPy's median, by sorting. */
  const sortedMedian = (values: readonly number[]) => {
    const sorted = Float64Array.from(values).sort();
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const twoPass = (values: readonly number[]) => {
    const median = new TwoPassMedian();
    for (const v of values) median.count(v);
    median.plan();
    // Pass two may see the values in another order.
    for (let i = values.length - 1; i >= 0; i--) median.offer(values[i]!);
    return median.median();
  };

  it('equals the median by sorting, with ties, zeros, both parities and values spread over many magnitudes', () => {
    const value = fc.oneof(
      fc.double({ min: 0, max: 1e300, noNaN: true }),
      fc.constantFrom(0, 1, 2, 2.0625, 2.125, 3.25, Number.MIN_VALUE, Number.POSITIVE_INFINITY),
      fc.integer({ min: 0, max: 40 }).map((k) => k / 16),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), (values) => {
        expect(twoPass(values)).toBe(sortedMedian(values));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps only the middle buckets of a large sample, and is exact there', () => {
    const n = 200_001;
    let state = 7;
    // mulberry32: a small seeded generator of numbers in [0, 1).
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const values = Array.from({ length: n }, () => Math.abs(Math.log(random() + 1e-12)) * 5);
    expect(twoPass(values)).toBe(sortedMedian(values));
    expect(twoPass(values.slice(1))).toBe(sortedMedian(values.slice(1)));
  });

  it('is NaN for no values and fails loudly when pass two differs from pass one', () => {
    expect(new TwoPassMedian().median()).toBeNaN();
    const median = new TwoPassMedian();
    for (const v of [1, 2, 3]) median.count(v);
    median.plan();
    median.offer(1);
    expect(() => median.median()).toThrow(/pass two/);
  });
});
