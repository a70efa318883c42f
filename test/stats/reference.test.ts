import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentileInterval } from '../../src/stats/bootstrap.js';
import { delongPaired, delongVariance } from '../../src/stats/delong.js';
import { holmAdjust } from '../../src/stats/holm.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';
import { normalCdf, normalQuantile, twoSidedPValue } from '../../src/stats/normal.js';
import { zTestDifference } from '../../src/stats/z-test.js';

/** Written by `/usr/bin/python3 scripts/generate-stats-reference.py` (SciPy 1.10.1; see the script's docstring). */
interface Reference {
  versions: { scipy: string };
  mcnemar: { b: number; c: number; pValue: number }[];
  delong: {
    name: string;
    isPositive: number[];
    scoreA: number[];
    scoreB: number[];
    aucA: number;
    aucB: number;
    varA: number;
    varB: number;
    delta: number;
    se: number;
    z: number;
    pValue: number;
  }[];
  holm: { pValues: number[]; adjusted: number[] }[];
  normal: {
    cdf: { x: number; value: number }[];
    quantile: { p: number; value: number }[];
    twoSided: { z: number; value: number }[];
  };
  percentile: { samples: number[]; level: number; low: number; high: number }[];
  zTest: {
    a: number; seA: number; b: number; seB: number; level: number;
    delta: number; se: number; z: number; pValue: number; low: number; high: number;
  }[];
}

const reference = JSON.parse(readFileSync('test/fixtures/stats/reference.json', 'utf8')) as Reference;

/** 1e-9 relative; values that underflow towards 0 (far-tail p-values) are compared to 1e-300 absolute. */
function expectClose(actual: number, expected: number, what: string): void {
  const tolerance = 1e-9 * Math.abs(expected) + 1e-300;
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe(`exact McNemar equals scipy ${reference.versions.scipy} binomtest to 1e-9 relative`, () => {
  it('covers at least 12 cases, up to b + c = 10^7', () => {
    expect(reference.mcnemar.length).toBeGreaterThanOrEqual(12);
    expect(Math.max(...reference.mcnemar.map((c) => c.b + c.c))).toBeGreaterThanOrEqual(10_000_000);
  });
  it.each(reference.mcnemar)('b=$b, c=$c → $pValue', ({ b, c, pValue }) => {
    expectClose(mcnemarExact(b, c), pValue, `mcnemar(${b}, ${c})`);
  });
  it('is 1 without discordant pairs, and rejects non-counts', () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(() => mcnemarExact(-1, 3)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 3)).toThrow(RangeError);
  });
  it('underflows to 0 only where the true value is below the smallest double', () => {
    expect(mcnemarExact(0, 1100)).toBe(0);
    expect(mcnemarExact(0, 1070)).toBeGreaterThan(0);
  });
});

describe('DeLong equals the classic quadratic implementation (validated against Mann–Whitney and sklearn)', () => {
  it('covers at least 12 cases, up to n = 5,000', () => {
    expect(reference.delong.length).toBeGreaterThanOrEqual(12);
    expect(Math.max(...reference.delong.map((c) => c.isPositive.length))).toBeGreaterThanOrEqual(5000);
  });
  it.each(reference.delong)('$name: z=$z, p=$pValue', (c) => {
    const labels = Uint8Array.from(c.isPositive);
    const a = Float64Array.from(c.scoreA);
    const b = Float64Array.from(c.scoreB);
    const paired = delongPaired(labels, a, b);
    expectClose(paired.aucA, c.aucA, 'aucA');
    expectClose(paired.aucB, c.aucB, 'aucB');
    expect(Math.abs(paired.delta - c.delta)).toBeLessThanOrEqual(1e-9 * Math.abs(c.delta) + 1e-15);
    expectClose(paired.se, c.se, 'se');
    expectClose(paired.z, c.z, 'z');
    expectClose(paired.pValue, c.pValue, 'pValue');
    const single = [delongVariance(labels, a), delongVariance(labels, b)];
    expectClose(single[0]!.auc, c.aucA, 'auc of A alone');
    expectClose(single[0]!.variance, c.varA, 'variance of A');
    expectClose(single[1]!.variance, c.varB, 'variance of B');
  });
});

describe('Holm equals the step-down rule (statsmodels multipletests method="holm")', () => {
  it.each(reference.holm.map((c, i) => ({ ...c, i })))('vector $i', ({ pValues, adjusted }) => {
    holmAdjust(pValues).forEach((value, j) => expectClose(value, adjusted[j]!, `holm[${j}]`));
  });
  it('keeps an empty family empty and rejects values outside [0, 1]', () => {
    expect(holmAdjust([])).toEqual([]);
    expect(() => holmAdjust([0.1, NaN])).toThrow(RangeError);
    expect(() => holmAdjust([1.2])).toThrow(RangeError);
  });
});

describe('the normal distribution equals scipy.special ndtr / ndtri to 1e-9 relative', () => {
  it.each(reference.normal.cdf)('Φ($x) = $value', ({ x, value }) => expectClose(normalCdf(x), value, `Φ(${x})`));
  it.each(reference.normal.quantile)('Φ⁻¹($p) = $value', ({ p, value }) => {
    expectClose(normalQuantile(p), value, `Φ⁻¹(${p})`);
  });
  it.each(reference.normal.twoSided)('two-sided p at z=$z is $value', ({ z, value }) => {
    expectClose(twoSidedPValue(z), value, `p(${z})`);
  });
  it('maps the ends of [0, 1] to ±Infinity and anything else to NaN', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe('percentile intervals equal numpy.percentile', () => {
  it.each(reference.percentile.map((c, i) => ({ ...c, i, n: c.samples.length })))(
    'case $i: $n values at level $level',
    ({ samples, level, low, high }) => {
      const [l, h] = percentileInterval(Float64Array.from(samples), level);
      expectClose(l, low, 'low');
      expectClose(h, high, 'high');
    },
  );
});

describe('the z-test of a difference equals scipy.stats.norm', () => {
  it.each(reference.zTest)('$a ± $seA vs $b ± $seB at $level', (c) => {
    const result = zTestDifference(c.a, c.seA, c.b, c.seB, c.level);
    expectClose(result.delta, c.delta, 'delta');
    expectClose(result.se, c.se, 'se');
    expectClose(result.z, c.z, 'z');
    expectClose(result.pValue, c.pValue, 'pValue');
    expectClose(result.interval[0], c.low, 'low');
    expectClose(result.interval[1], c.high, 'high');
  });
});
