import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delongPaired, delongVariance } from '../../src/stats/delong.js';

/** DeLong et al. (1988) the quadratic way: psi over every positive × negative pair. */
function quadraticDelong(labels: number[], a: number[], b: number[]) {
  const pos = labels.flatMap((y, i) => (y ? [i] : []));
  const neg = labels.flatMap((y, i) => (y ? [] : [i]));
  const psi = (x: number, y: number): number => (x > y ? 1 : x === y ? 0.5 : 0);
  const components = (s: number[]) => ({
    v10: pos.map((i) => neg.reduce((t, j) => t + psi(s[i]!, s[j]!), 0) / neg.length),
    v01: neg.map((j) => pos.reduce((t, i) => t + psi(s[i]!, s[j]!), 0) / pos.length),
  });
  const ca = components(a);
  const cb = components(b);
  const mean = (v: number[]): number => v.reduce((t, x) => t + x, 0) / v.length;
  const variance = (v: number[]): number => {
    const mu = mean(v);
    return v.length < 2 ? 0 : v.reduce((t, x) => t + (x - mu) ** 2, 0) / (v.length - 1);
  };
  const d10 = cb.v10.map((x, i) => x - ca.v10[i]!);
  const d01 = cb.v01.map((x, j) => x - ca.v01[j]!);
  return {
    aucA: mean(ca.v10),
    aucB: mean(cb.v10),
    varA: variance(ca.v10) / pos.length + variance(ca.v01) / neg.length,
    varDelta: variance(d10) / pos.length + variance(d01) / neg.length,
  };
}

const rows = fc.array(
  fc.record({ y: fc.integer({ min: 0, max: 1 }), a: fc.integer({ min: 0, max: 6 }), b: fc.integer({ min: -3, max: 3 }) }),
  { minLength: 4, maxLength: 40 },
).filter((r) => r.filter((x) => x.y === 1).length >= 2 && r.filter((x) => x.y === 0).length >= 2);

describe('delongPaired', () => {
  it('equals the quadratic definition on small samples with many ties', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const labels = r.map((x) => x.y);
        const a = r.map((x) => x.a / 2);
        const b = r.map((x) => x.b * 0.7);
        const expected = quadraticDelong(labels, a, b);
        const result = delongPaired(Uint8Array.from(labels), Float64Array.from(a), Float64Array.from(b));
        expect(result.aucA).toBeCloseTo(expected.aucA, 12);
        expect(result.aucB).toBeCloseTo(expected.aucB, 12);
        expect(result.se ** 2).toBeCloseTo(expected.varDelta, 12);
        expect(delongVariance(Uint8Array.from(labels), Float64Array.from(a)).variance).toBeCloseTo(expected.varA, 12);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('is antisymmetric in the two curves', () => {
    const labels = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0]);
    const a = Float64Array.from([0.9, 0.2, 0.6, 0.4, 0.5, 0.1, 0.8, 0.3]);
    const b = Float64Array.from([0.7, 0.4, 0.3, 0.9, 0.2, 0.6, 0.5, 0.1]);
    const ab = delongPaired(labels, a, b);
    const ba = delongPaired(labels, b, a);
    expect(ba.delta).toBe(-ab.delta);
    expect(ba.se).toBe(ab.se);
    expect(ba.pValue).toBe(ab.pValue);
  });

  it('sees no difference between a score and a monotone transform of it (se 0, p 1)', () => {
    const labels = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0]);
    const a = Float64Array.from([0.9, 0.2, 0.6, 0.4, 0.5, 0.1, 0.8, 0.3]);
    const result = delongPaired(labels, a, a.map((x) => Math.exp(3 * x)));
    expect(result).toEqual({ aucA: result.aucA, aucB: result.aucA, delta: 0, se: 0, z: 0, pValue: 1 });
  });

  it('gives p = 1, never NaN, when a class is missing', () => {
    const result = delongPaired(Uint8Array.from([1, 1, 1]), Float64Array.from([1, 2, 3]), Float64Array.from([3, 2, 1]));
    expect(result.pValue).toBe(1);
    expect(result.se).toBe(0);
    expect(result.aucA).toBeNaN();
    expect(delongVariance(Uint8Array.from([0, 0]), Float64Array.from([1, 2])).auc).toBeNaN();
  });

  it('gives a finite test with a single positive (its side contributes no variance term)', () => {
    const result = delongPaired(Uint8Array.from([1, 0, 0, 0]), Float64Array.from([0.9, 0.1, 0.5, 0.95]), Float64Array.from([0.2, 0.1, 0.5, 0.95]));
    expect(Number.isFinite(result.pValue)).toBe(true);
    expect(result.delta).toBeCloseTo(1 / 3 - 2 / 3, 15);
  });

  it('treats ±Infinity as ordinary extreme scores and rejects NaN and mismatched lengths', () => {
    const labels = Uint8Array.from([1, 0, 1, 0]);
    expect(delongVariance(labels, Float64Array.from([Infinity, -Infinity, 1, 0])).auc).toBe(1);
    expect(() => delongVariance(labels, Float64Array.from([NaN, 0, 1, 0]))).toThrow(RangeError);
    expect(() => delongPaired(labels, Float64Array.from([1, 0, 1, 0]), Float64Array.from([1, 0]))).toThrow(RangeError);
  });
});
