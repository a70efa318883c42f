import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickselect } from '../../src/metrics/select.js';

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
