import { describe, expect, it } from 'vitest';
import {
  bootstrapCells,
  bootstrapIndependentCells,
  bootstrapIndependentRows,
  bootstrapPValue,
  bootstrapRows,
  percentileInterval,
} from '../../src/stats/bootstrap.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { createRng } from '../../src/stats/random.js';

const Z975 = normalQuantile(0.975);

function standardDeviation(values: Float64Array): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

// Paired accuracy on N = 200,000: joint cells [both wrong, only current right, only baseline right, both right].
const N = 200_000;
const ACCURACY_CELLS = Float64Array.from([19_000, 5_000, 6_000, 170_000]);
const accuracyDelta = (counts: Float64Array): number => (counts[1]! - counts[2]!) / N;

describe('bootstrapCells (paired, multinomial over joint cells)', () => {
  const observed = accuracyDelta(ACCURACY_CELLS);
  // Analytic: the paired difference of proportions has variance ((b + c)/N − delta²)/N (discordant pairs).
  const analyticSe = Math.sqrt(((6_000 + 5_000) / N - observed ** 2) / N);
  const samples = bootstrapCells(ACCURACY_CELLS, accuracyDelta, 10_000, createRng(11));
  const [low, high] = percentileInterval(samples, 0.95);
  const widthRatio = (high - low) / (2 * Z975 * analyticSe);

  it(`contains the observed delta ${observed} in its 95% interval [${low.toFixed(5)}, ${high.toFixed(5)}]`, () => {
    expect(low).toBeLessThan(observed);
    expect(high).toBeGreaterThan(observed);
    expect(Math.abs((low + high) / 2 - observed)).toBeLessThan(0.1 * analyticSe);
  });

  it(`has the analytic width within 10% (ratio ${widthRatio.toFixed(3)})`, () => {
    expect(Math.abs(widthRatio - 1)).toBeLessThan(0.1);
  });

  it('is reproducible from its seed, and the seed matters', () => {
    const again = bootstrapCells(ACCURACY_CELLS, accuracyDelta, 10_000, createRng(11));
    expect(again).toEqual(samples);
    const other = bootstrapCells(ACCURACY_CELLS, accuracyDelta, 10_000, createRng(12));
    expect(other).not.toEqual(samples);
  });

  it('resamples exactly N rows each time and calls the statistic once per resample', () => {
    let calls = 0;
    let wrong = 0;
    bootstrapCells(ACCURACY_CELLS, (counts) => {
      calls++;
      if (counts.reduce((s, c) => s + c, 0) !== N) wrong++;
      return 0;
    }, 500, createRng(1));
    expect([calls, wrong]).toEqual([500, 0]);
  });

  it('rejects cells that are not counts and a non-positive number of resamples', () => {
    const rng = createRng(1);
    expect(() => bootstrapCells(Float64Array.from([1.5, 2]), () => 0, 10, rng)).toThrow(RangeError);
    expect(() => bootstrapCells(Float64Array.from([-1, 2]), () => 0, 10, rng)).toThrow(RangeError);
    expect(() => bootstrapCells(Float64Array.from([1, 2]), () => 0, 0, rng)).toThrow(RangeError);
  });
});

describe('cell and row bootstraps agree on a paired binary F1 difference', () => {
  // 20,000 rows; each row has a baseline cell and a current cell of the confusion matrix (TN, FP, FN, TP).
  const rows = 20_000;
  const rng = createRng(21);
  const baselineCell = new Uint8Array(rows);
  const currentCell = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    const positive = rng.next() < 0.3;
    const baseRight = rng.next() < 0.85;
    const curRight = rng.next() < (baseRight ? 0.95 : 0.3); // correlated models
    const cell = (right: boolean): number => (positive ? (right ? 3 : 2) : right ? 0 : 1);
    baselineCell[i] = cell(baseRight);
    currentCell[i] = cell(curRight);
  }
  const joint = new Float64Array(16);
  for (let i = 0; i < rows; i++) joint[baselineCell[i]! * 4 + currentCell[i]!]!++;
  const f1 = (tp: number, fp: number, fn: number): number => (2 * tp) / (2 * tp + fp + fn);
  const f1Difference = (counts: Float64Array): number => {
    const base = [0, 0, 0, 0];
    const cur = [0, 0, 0, 0];
    for (let b = 0; b < 4; b++) {
      for (let c = 0; c < 4; c++) {
        base[b]! += counts[b * 4 + c]!;
        cur[c]! += counts[b * 4 + c]!;
      }
    }
    return f1(cur[3]!, cur[1]!, cur[2]!) - f1(base[3]!, base[1]!, base[2]!);
  };
  const byRows = (weights: Float64Array): number => {
    const counts = new Float64Array(16);
    for (let i = 0; i < rows; i++) counts[baselineCell[i]! * 4 + currentCell[i]!]! += weights[i]!;
    return f1Difference(counts);
  };
  const cellSamples = bootstrapCells(joint, f1Difference, 4000, createRng(22));
  const rowSamples = bootstrapRows(rows, byRows, 1000, createRng(23));
  const ratio = standardDeviation(cellSamples) / standardDeviation(rowSamples);

  it(`gives the same spread (sd ratio ${ratio.toFixed(3)})`, () => {
    expect(Math.abs(ratio - 1)).toBeLessThan(0.1);
    const observed = f1Difference(joint);
    const [low, high] = percentileInterval(cellSamples);
    expect(low).toBeLessThan(observed);
    expect(high).toBeGreaterThan(observed);
  });
});

describe('bootstrapRows (paired, per-example errors)', () => {
  const n = 5000;
  const rng = createRng(31);
  const baseError = new Float64Array(n);
  const curError = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const shared = normalQuantile(rng.next() * 0.998 + 0.001);
    baseError[i] = Math.abs(shared + 0.5 * normalQuantile(rng.next() * 0.998 + 0.001));
    curError[i] = Math.abs(shared + 0.55 * normalQuantile(rng.next() * 0.998 + 0.001));
  }
  const difference = new Float64Array(n).map((_, i) => curError[i]! - baseError[i]!);
  const observed = difference.reduce((s, d) => s + d, 0) / n;
  const analyticSe = standardDeviation(difference) / Math.sqrt(n);
  const maeDifference = (weights: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += weights[i]! * difference[i]!;
    return sum / n;
  };
  const samples = bootstrapRows(n, maeDifference, 4000, createRng(32));
  const [low, high] = percentileInterval(samples);
  const widthRatio = (high - low) / (2 * Z975 * analyticSe);

  it(`brackets the observed MAE difference with the analytic width within 10% (ratio ${widthRatio.toFixed(3)})`, () => {
    expect(low).toBeLessThan(observed);
    expect(high).toBeGreaterThan(observed);
    expect(Math.abs(widthRatio - 1)).toBeLessThan(0.1);
  });

  it('draws integer multiplicities summing to n, reproducibly', () => {
    let bad = 0;
    const first = bootstrapRows(100, (w) => {
      if (w.reduce((s, x) => s + x, 0) !== 100 || !w.every(Number.isInteger)) bad++;
      return w[0]!;
    }, 300, createRng(5));
    expect(bad).toBe(0);
    expect(bootstrapRows(100, (w) => w[0]!, 300, createRng(5))).toEqual(first);
    const meanFirst = first.reduce((s, x) => s + x, 0) / first.length;
    expect(Math.abs(meanFirst - 1)).toBeLessThan(0.2); // E[multiplicity] = 1
  });
});

describe('unpaired bootstraps', () => {
  it('give the unpaired difference of proportions its analytic spread', () => {
    const a = Float64Array.from([1_200, 8_800]); // accuracy 0.88 on 10,000
    const b = Float64Array.from([1_500, 13_500]); // accuracy 0.90 on 15,000
    const samples = bootstrapIndependentCells(a, b, (ca, cb) => cb[1]! / 15_000 - ca[1]! / 10_000, 5000, createRng(41));
    const analytic = Math.sqrt((0.88 * 0.12) / 10_000 + (0.9 * 0.1) / 15_000);
    expect(Math.abs(standardDeviation(samples) / analytic - 1)).toBeLessThan(0.05);
  });

  it('resample the two row sets with their own sizes', () => {
    let bad = 0;
    bootstrapIndependentRows(30, 70, (wa, wb) => {
      if (wa.reduce((s, x) => s + x, 0) !== 30 || wb.reduce((s, x) => s + x, 0) !== 70) bad++;
      return 0;
    }, 200, createRng(42));
    expect(bad).toBe(0);
  });
});

describe('percentileInterval and bootstrapPValue', () => {
  it('interpolates like numpy.percentile and handles one value', () => {
    expect(percentileInterval(Float64Array.from([4, 1, 3, 2, 5]), 0.5)).toEqual([2, 4]);
    expect(percentileInterval(Float64Array.from([7]))).toEqual([7, 7]);
  });

  it('returns NaN bounds when a resample was undefined, and rejects bad levels', () => {
    expect(percentileInterval(Float64Array.from([1, NaN, 2]))).toEqual([NaN, NaN]);
    expect(() => percentileInterval(Float64Array.from([1]), 1)).toThrow(RangeError);
    expect(() => percentileInterval(new Float64Array(0))).toThrow(RangeError);
  });

  it('doubles the share on the far side of the null, ties counting half, within [1/(R+1), 1]', () => {
    expect(bootstrapPValue(Float64Array.from([1, 2, 3, -1]), 0)).toBe(0.5);
    expect(bootstrapPValue(Float64Array.from([1, 2, 3, 0]), 0)).toBe(0.25);
    expect(bootstrapPValue(Float64Array.from([1, 2, 3, 4]), 0)).toBe(1 / 5);
    expect(bootstrapPValue(Float64Array.from([-1, 1]), 0)).toBe(1);
    expect(bootstrapPValue(Float64Array.from([-1, NaN]), 0)).toBeNaN();
  });
});
