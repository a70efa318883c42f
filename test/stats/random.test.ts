import { describe, expect, it } from 'vitest';
import { binomialPmf } from '../../src/stats/binomial-pmf.js';
import { createRng } from '../../src/stats/random.js';

/** Mean and (unbiased) variance of a sample. */
function moments(values: Float64Array): { mean: number; variance: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { mean, variance: squares / (values.length - 1) };
}

/** Pearson's chi-square of observed counts against expected ones, pooling expected counts below 5 at the ends. */
function chiSquare(observed: Float64Array, expected: Float64Array): { statistic: number; df: number } {
  let statistic = 0;
  let df = -1;
  let pooledO = 0;
  let pooledE = 0;
  for (let k = 0; k < observed.length; k++) {
    pooledO += observed[k]!;
    pooledE += expected[k]!;
    if (pooledE >= 5) {
      statistic += (pooledO - pooledE) ** 2 / pooledE;
      df++;
      pooledO = 0;
      pooledE = 0;
    }
  }
  statistic += pooledE > 0 ? (pooledO - pooledE) ** 2 / pooledE : 0;
  return { statistic, df };
}

describe('createRng', () => {
  it('repeats its stream for a seed and changes it with the seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const draws = Array.from({ length: 5 }, () => [a.next(), b.next(), c.next()]);
    for (const [x, y, z] of draws) {
      expect(x).toBe(y);
      expect(x).not.toBe(z);
    }
  });

  it('draws uniforms in [0, 1) with mean ½ and variance 1/12', () => {
    const rng = createRng(1);
    const values = new Float64Array(200_000).map(() => rng.next());
    const sorted = Float64Array.from(values).sort();
    expect(sorted[0]).toBeGreaterThanOrEqual(0);
    expect(sorted[sorted.length - 1]).toBeLessThan(1);
    const { mean, variance } = moments(values);
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / values.length));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('draws unbiased integers below a bound', () => {
    const rng = createRng(2);
    const counts = new Float64Array(7);
    for (let i = 0; i < 70_000; i++) counts[rng.nextInt(7)]!++;
    const { statistic, df } = chiSquare(counts, new Float64Array(7).fill(10_000));
    expect(df).toBe(6);
    expect(statistic).toBeLessThan(22.46); // chi-square(6) 0.999 quantile
    expect(() => rng.nextInt(0)).toThrow(RangeError);
  });

  it('rejects seeds that are not safe integers', () => {
    expect(() => createRng(1.5)).toThrow(RangeError);
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
    expect(createRng(-7).next()).not.toBe(createRng(7).next());
  });
});

describe('binomial sampler', () => {
  const DRAWS = 100_000;
  // n·min(p, 1−p) below 10 uses inversion, above it BTRS; p > ½ is drawn through 1 − p.
  it.each([
    { n: 10, p: 0.3, method: 'inversion' },
    { n: 50, p: 0.02, method: 'inversion' },
    { n: 1000, p: 0.5, method: 'BTRS' },
    { n: 1_000_000, p: 0.001, method: 'BTRS' },
    { n: 10_000_000, p: 0.9, method: 'BTRS via 1 − p' },
    { n: 30, p: 0.97, method: 'inversion via 1 − p' },
  ])('has mean n·p and variance n·p·(1−p): n=$n, p=$p ($method)', ({ n, p }) => {
    const rng = createRng(n);
    const values = new Float64Array(DRAWS).map(() => rng.binomial(n, p));
    const { mean, variance } = moments(values);
    const sigma2 = n * p * (1 - p);
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(sigma2 / DRAWS));
    expect(Math.abs(variance / sigma2 - 1)).toBeLessThan(6 * Math.sqrt(2 / DRAWS) + 0.005);
    expect(values.every((v) => Number.isInteger(v) && v >= 0 && v <= n)).toBe(true);
  });

  it.each([
    { n: 100, p: 0.3 },
    { n: 2000, p: 0.02 },
    { n: 40, p: 0.9 },
    { n: 15, p: 0.5 },
  ])('matches the exact pmf (chi-square goodness of fit): n=$n, p=$p', ({ n, p }) => {
    const rng = createRng(1000 + n);
    const observed = new Float64Array(n + 1);
    for (let i = 0; i < DRAWS; i++) observed[rng.binomial(n, p)]!++;
    const expected = new Float64Array(n + 1).map((_, k) => DRAWS * binomialPmf(k, n, p));
    const { statistic, df } = chiSquare(observed, expected);
    // The 0.9999 quantile of chi-square(df) is below df + 5.5·√(2·df) + 10 for every df here.
    expect(statistic).toBeLessThan(df + 5.5 * Math.sqrt(2 * df) + 10);
  });

  it('handles the edges exactly and rejects invalid parameters', () => {
    const rng = createRng(3);
    expect(rng.binomial(0, 0.4)).toBe(0);
    expect(rng.binomial(25, 0)).toBe(0);
    expect(rng.binomial(25, 1)).toBe(25);
    expect(() => rng.binomial(-1, 0.5)).toThrow(RangeError);
    expect(() => rng.binomial(2.5, 0.5)).toThrow(RangeError);
    expect(() => rng.binomial(10, 1.1)).toThrow(RangeError);
    expect(() => rng.binomial(10, Number.NaN)).toThrow(RangeError);
  });
});

describe('multinomial sampler', () => {
  it('puts all n draws into the cells, none into zero-weight cells, with mean n·p per cell', () => {
    const rng = createRng(4);
    const weights = Float64Array.from([5, 0, 1, 3, 0, 1, 0]);
    const out = new Float64Array(weights.length);
    const sums = new Float64Array(weights.length);
    const draws = 20_000;
    const n = 1000;
    let wrongTotals = 0;
    for (let r = 0; r < draws; r++) {
      rng.multinomial(n, weights, out);
      if (out.reduce((s, x) => s + x, 0) !== n) wrongTotals++;
      out.forEach((x, i) => (sums[i]! += x));
    }
    expect(wrongTotals).toBe(0);
    expect([sums[1], sums[4], sums[6]]).toEqual([0, 0, 0]);
    weights.forEach((w, i) => {
      const p = w / 10;
      expect(Math.abs(sums[i]! / draws - n * p)).toBeLessThanOrEqual(5 * Math.sqrt((n * p * (1 - p)) / draws));
    });
  });

  it('has the multinomial covariance −n·p_i·p_j between cells', () => {
    const rng = createRng(5);
    const weights = Float64Array.from([0.2, 0.5, 0.3]);
    const out = new Float64Array(3);
    const draws = 50_000;
    const n = 400;
    let s0 = 0;
    let s1 = 0;
    let s01 = 0;
    for (let r = 0; r < draws; r++) {
      rng.multinomial(n, weights, out);
      s0 += out[0]!;
      s1 += out[1]!;
      s01 += out[0]! * out[1]!;
    }
    const covariance = s01 / draws - (s0 / draws) * (s1 / draws);
    expect(covariance / (-n * 0.2 * 0.5)).toBeCloseTo(1, 1);
  });

  it('rejects negative or non-finite weights and mismatched outputs', () => {
    const rng = createRng(6);
    expect(() => rng.multinomial(3, Float64Array.from([1, -1]), new Float64Array(2))).toThrow(RangeError);
    expect(() => rng.multinomial(3, Float64Array.from([1, Infinity]), new Float64Array(2))).toThrow(RangeError);
    expect(() => rng.multinomial(3, Float64Array.from([1, 1]), new Float64Array(3))).toThrow(RangeError);
    expect(() => rng.multinomial(3, Float64Array.from([0, 0]), new Float64Array(2))).toThrow(RangeError);
  });
});
