import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averagePrecision, rankingMetrics, rocAuc, rocAucOneVsRest, thresholdCurve } from '../../src/metrics/ranking.js';
import { argsortDescending, sortByClass } from '../../src/metrics/sort.js';

/** The curve as it was computed before (JS arrays along the argsort order): the reference, bit for bit. */
function referenceCurve(score: Float64Array, isPositive: Uint8Array, weights: Float64Array | undefined) {
  const order = argsortDescending(score);
  const tps: number[] = [];
  const fps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  let fp = 0;
  let positiveRows = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    const w = weights ? weights[i]! : 1;
    if (isPositive[i]) {
      tp += w;
      positiveRows++;
    } else {
      fp += w;
    }
    if (j === order.length - 1 || score[order[j + 1]!]! !== score[i]!) {
      tps.push(tp);
      fps.push(fp);
      thresholds.push(score[i]!);
    }
  }
  return { tps: Float64Array.from(tps), fps: Float64Array.from(fps), thresholds: Float64Array.from(thresholds), positiveRows, negativeRows: order.length - positiveRows };
}

/** Scores with many ties, both zeros, negatives (decision scores) and extremes. */
const scoreValue = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, 0.25, -3, 1e-300, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);

const dataset = (maxLength: number) =>
  fc
    .array(fc.tuple(scoreValue, fc.boolean(), fc.double({ min: 0, max: 10, noNaN: true })), { maxLength })
    .map((rows) => ({
      score: Float64Array.from(rows, (r) => r[0]),
      isPositive: Uint8Array.from(rows, (r) => (r[1] ? 1 : 0)),
      weights: Float64Array.from(rows, (r) => r[2]),
    }));

describe('ranking metrics from one sort', () => {
  it('equal, bit for bit, the curve-based values as computed before (with and without weights)', () => {
    fc.assert(
      fc.property(dataset(60), fc.boolean(), ({ score, isPositive, weights }, weighted) => {
        const w = weighted ? weights : undefined;
        const reference = referenceCurve(score, isPositive, w);
        const fast = rankingMetrics(score, isPositive, w);
        expect(Object.is(fast.rocAuc, rocAuc(reference))).toBe(true);
        expect(Object.is(fast.averagePrecision, averagePrecision(reference))).toBe(true);
        const curve = thresholdCurve(score, isPositive, w);
        expect([...curve.tps]).toEqual([...reference.tps]);
        expect([...curve.fps]).toEqual([...reference.fps]);
        expect(curve.thresholds.length).toBe(reference.thresholds.length);
        curve.thresholds.forEach((t, k) => expect(t === reference.thresholds[k]).toBe(true));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('equal the reference on inputs large enough for the radix sort', () => {
    for (const seed of [1, 2, 3]) {
      let state = seed;
      const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
      const n = 20_000;
      const score = Float64Array.from({ length: n }, () => {
        const u = next();
        return u < 0.05 ? -0 : u < 0.1 ? 0 : u < 0.2 ? -Math.round(next() * 100) : Math.round(next() * 1e4) / 1e4;
      });
      const isPositive = Uint8Array.from({ length: n }, () => (next() < 0.3 ? 1 : 0));
      const weights = Float64Array.from({ length: n }, () => next() * 3);
      for (const w of [undefined, weights]) {
        const reference = referenceCurve(score, isPositive, w);
        const fast = rankingMetrics(score, isPositive, w);
        expect(Object.is(fast.rocAuc, rocAuc(reference))).toBe(true);
        expect(Object.is(fast.averagePrecision, averagePrecision(reference))).toBe(true);
      }
    }
  });

  it('is undefined with one class, like scikit-learn', () => {
    const score = Float64Array.of(0.1, 0.4, 0.4);
    expect(rankingMetrics(score, Uint8Array.of(1, 1, 1), undefined).rocAuc).toBeNaN();
    expect(rankingMetrics(score, Uint8Array.of(0, 0, 0), undefined)).toEqual({ rocAuc: Number.NaN, averagePrecision: 0 });
    expect(rankingMetrics(new Float64Array(0), new Uint8Array(0), undefined)).toEqual({ rocAuc: Number.NaN, averagePrecision: 0 });
  });
});

describe('sortByClass', () => {
  it('sorts each class like the built-in sort, reversed, on both paths (comparison and radix)', () => {
    const sortedAsNumbers = (values: Float64Array) => Array.from(values.slice().sort().reverse(), (v) => v + 0);
    fc.assert(
      fc.property(fc.array(fc.tuple(scoreValue, fc.boolean()), { maxLength: 200 }), fc.integer({ min: 1, max: 120 }), (rows, copies) => {
        const n = rows.length * copies;
        const score = Float64Array.from({ length: n }, (_, i) => rows[i % rows.length]![0]);
        const isPositive = Uint8Array.from({ length: n }, (_, i) => (rows[i % rows.length]![1] ? 1 : 0));
        const { positives, negatives } = sortByClass(score, isPositive);
        // +0 and -0 may come in either order next to each other; every other value is in place.
        expect(Array.from(positives, (v) => v + 0)).toEqual(sortedAsNumbers(score.filter((_, i) => isPositive[i] === 1)));
        expect(Array.from(negatives, (v) => v + 0)).toEqual(sortedAsNumbers(score.filter((_, i) => isPositive[i] === 0)));
        const zeros = (a: Float64Array) => a.filter((v) => Object.is(v, -0)).length;
        expect(zeros(positives) + zeros(negatives)).toBe(zeros(score));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('sorts buckets of many equal top digits with the radix passes', () => {
    let state = 7;
    const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
    const n = 300_000;
    const score = Float64Array.from({ length: n }, () => 0.5 + next() / 64);
    const isPositive = Uint8Array.from({ length: n }, () => (next() < 0.5 ? 1 : 0));
    const { positives, negatives } = sortByClass(score, isPositive);
    expect([...positives]).toEqual([...score.filter((_, i) => isPositive[i] === 1).sort().reverse()]);
    expect([...negatives]).toEqual([...score.filter((_, i) => isPositive[i] === 0).sort().reverse()]);
  });
});

describe('rocAucOneVsRest', () => {
  /** Each class against the rest through rankingMetrics, one column at a time: the reference. */
  const oneAtATime = (columns: Float64Array[], yTrue: Uint8Array) =>
    columns.map((score, c) => rankingMetrics(score, Uint8Array.from(yTrue, (y) => (y === c ? 1 : 0)), undefined).rocAuc);

  it('equals rankingMetrics class by class, small and large (sorted with the worker), with ties and empty classes', () => {
    let state = 11;
    const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
    for (const [n, k] of [[50, 3], [5000, 4], [400_000, 5]] as const) {
      // Class k - 1 never occurs: its AUC is NaN.
      const yTrue = Uint8Array.from({ length: n }, () => Math.floor(next() * (k - 1)));
      const columns = Array.from({ length: k }, () => Float64Array.from({ length: n }, () => Math.round(next() * 1000) / 1000));
      const expected = oneAtATime(columns, yTrue);
      const actual = rocAucOneVsRest(columns, yTrue);
      expect(Array.from(actual)).toEqual(expected);
      expect(actual[k - 1]).toBeNaN();
      expect(actual[0]).toBeGreaterThan(0.4);
    }
  });
});
