import { describe, expect, it } from 'vitest';
import { binomialLowerTail, binomialPmf, stirlingError } from '../../src/stats/binomial-pmf.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';

/** C(n, k)·p^k·q^(n−k) with exact integer binomial coefficients (BigInt), for small n. */
function directPmf(k: number, n: number, p: number): number {
  let c = 1n;
  for (let i = 1; i <= k; i++) c = (c * BigInt(n - i + 1)) / BigInt(i);
  return Number(c) * p ** k * (1 - p) ** (n - k);
}

describe('binomial probabilities', () => {
  it('equal the direct formula for small n', () => {
    for (const n of [1, 2, 7, 20, 60]) {
      for (const p of [0.01, 0.3, 0.5, 0.77]) {
        for (let k = 0; k <= n; k++) {
          const expected = directPmf(k, n, p);
          expect(Math.abs(binomialPmf(k, n, p) - expected)).toBeLessThanOrEqual(1e-13 * expected + 1e-300);
        }
      }
    }
  });

  it('sum to 1 at n = 10^6', () => {
    let total = 0;
    for (let k = 0; k <= 1_000_000; k++) total += binomialPmf(k, 1_000_000, 0.37);
    expect(total).toBeCloseTo(1, 12);
  });

  it('are 0 outside the support and exact at p = 0 or 1', () => {
    expect(binomialPmf(-1, 5, 0.5)).toBe(0);
    expect(binomialPmf(6, 5, 0.5)).toBe(0);
    expect(binomialPmf(0, 5, 0)).toBe(1);
    expect(binomialPmf(5, 5, 1)).toBe(1);
    expect(binomialLowerTail(5, 5, 0.5)).toBe(1);
    expect(binomialLowerTail(-1, 5, 0.5)).toBe(0);
  });

  it('use the Stirling series continuously past the table', () => {
    // stirlerr(k) ≈ 1/(12k) − 1/(360k³): the table (k ≤ 15) and the series (k ≥ 16) meet smoothly.
    expect(stirlingError(15) * 15).toBeCloseTo(stirlingError(16) * 16, 5);
    expect(stirlingError(10_000_000)).toBeCloseTo(1 / 120_000_000, 20);
  });
});

describe('mcnemarExact', () => {
  it('is symmetric in b and c and falls as the split grows more lopsided', () => {
    let previous = 1;
    for (let b = 50; b >= 0; b -= 5) {
      const p = mcnemarExact(b, 100 - b);
      expect(p).toBe(mcnemarExact(100 - b, b));
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
  });

  it('stays fast and finite at b + c = 10^7 with a near-even split', () => {
    const started = performance.now();
    const p = mcnemarExact(5_000_000, 4_999_999);
    expect(p).toBe(1);
    expect(mcnemarExact(4_999_000, 5_001_000)).toBeGreaterThan(0.5);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
