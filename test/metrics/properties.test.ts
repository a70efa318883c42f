import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPredictions } from '../../src/ingest/read-predictions.js';
import { resolveEvalSet } from '../../src/ingest/resolve.js';
import { computeMetrics } from '../../src/metrics/compute.js';
import type { ClassificationData, RegressionData } from '../../src/metrics/eval-data.js';
import { evaluate } from '../../src/metrics/evaluate.js';

const RUNS = { numRuns: 200, seed: 7 };

/** Binary rows with coarse scores (many ties) and optional weights. */
const binaryRows = fc.array(
  fc.record({
    y: fc.integer({ min: 0, max: 1 }),
    p: fc.integer({ min: 0, max: 1 }),
    s: fc.integer({ min: 0, max: 10 }).map((k) => k / 10),
    w: fc.integer({ min: 1, max: 5 }).map((k) => k / 2),
  }),
  { minLength: 1, maxLength: 60 },
);

type Row = { y: number; p: number; s: number; w: number };

function binaryData(rows: readonly Row[], weighted: boolean): ClassificationData {
  return {
    task: 'binary',
    n: rows.length,
    classes: ['0', '1'],
    yTrue: Int32Array.from(rows, (r) => r.y),
    yPred: Int32Array.from(rows, (r) => r.p),
    positive: 1,
    score: Float64Array.from(rows, (r) => r.s),
    proba: undefined,
    scoresAreProbabilities: true,
    weights: weighted ? Float64Array.from(rows, (r) => r.w) : undefined,
  };
}

function expectClose(actual: number | null | undefined, expected: number | null | undefined, id: string): void {
  if (expected === null || expected === undefined) {
    expect(actual, id).toBe(expected);
    return;
  }
  expect(actual, id).not.toBeNull();
  expect(Math.abs(actual! - expected), `${id}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('metric properties', () => {
  it('do not depend on the order of the rows', () => {
    fc.assert(
      fc.property(binaryRows, fc.boolean(), fc.nat(), (rows, weighted, seed) => {
        const shuffled = [...rows].sort((a, b) => ((rows.indexOf(a) * 7919 + seed) % 101) - ((rows.indexOf(b) * 7919 + seed) % 101));
        const a = computeMetrics(binaryData(rows, weighted)).values;
        const b = computeMetrics(binaryData(shuffled, weighted)).values;
        for (const [id, value] of a) expectClose(b.get(id), value, id);
      }),
      RUNS,
    );
  });

  it('stay within their ranges', () => {
    fc.assert(
      fc.property(binaryRows, fc.boolean(), (rows, weighted) => {
        const values = computeMetrics(binaryData(rows, weighted)).values;
        for (const id of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'roc_auc', 'average_precision', 'brier_score']) {
          const v = values.get(id);
          if (v === null) continue;
          expect(v, id).toBeGreaterThanOrEqual(0);
          expect(v, id).toBeLessThanOrEqual(1);
        }
        for (const id of ['mcc', 'cohen_kappa']) {
          const v = values.get(id);
          if (v !== null) expect(Math.abs(v!), id).toBeLessThanOrEqual(1 + 1e-12);
        }
        expect(values.get('log_loss')).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('keep roc_auc and average_precision under a monotone transform of the scores', () => {
    fc.assert(
      fc.property(binaryRows, fc.boolean(), (rows, weighted) => {
        const data = binaryData(rows, weighted);
        const transformed = { ...data, score: data.score!.map((s) => Math.exp(3 * s) - 7), scoresAreProbabilities: false };
        const a = computeMetrics(data).values;
        const b = computeMetrics(transformed).values;
        expectClose(b.get('roc_auc'), a.get('roc_auc'), 'roc_auc');
        expectClose(b.get('average_precision'), a.get('average_precision'), 'average_precision');
      }),
      RUNS,
    );
  });

  it('make f1 the harmonic mean of precision and recall', () => {
    fc.assert(
      fc.property(binaryRows, fc.boolean(), (rows, weighted) => {
        const values = computeMetrics(binaryData(rows, weighted)).values;
        const p = values.get('precision')!;
        const r = values.get('recall')!;
        expectClose(values.get('f1'), p + r === 0 ? 0 : (2 * p * r) / (p + r), 'f1');
      }),
      RUNS,
    );
  });

  it('give r2 = 1 - mse / variance of the labels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true })), { minLength: 2, maxLength: 40 }),
        (pairs) => {
          const data: RegressionData = {
            task: 'regression',
            n: pairs.length,
            yTrue: Float64Array.from(pairs, ([y]) => y),
            yPred: Float64Array.from(pairs, ([, p]) => p),
            weights: undefined,
          };
          const values = computeMetrics(data).values;
          const mean = data.yTrue.reduce((a, b) => a + b, 0) / data.n;
          const variance = data.yTrue.reduce((a, y) => a + (y - mean) ** 2, 0) / data.n;
          if (variance > 1e-6) expectClose(values.get('r2'), 1 - values.get('mse')! / variance, 'r2');
          expectClose(values.get('rmse'), Math.sqrt(values.get('mse')!), 'rmse');
        },
      ),
      RUNS,
    );
  });
});

describe('slice metrics', () => {
  const sliceRows = fc.array(
    fc.record({
      region: fc.constantFrom('eu', 'us', 'apac'),
      y: fc.integer({ min: 0, max: 1 }),
      p: fc.integer({ min: 0, max: 1 }),
      s: fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
    }),
    { minLength: 1, maxLength: 50 },
  );
  const toCsv = (rows: readonly { region: string; y: number; p: number; s: number }[]) =>
    ['region,y_true,y_pred,y_score', ...rows.map((r) => `${r.region},${r.y},${r.p},${r.s}`)].join('\n');
  const options = { task: 'binary', positiveLabel: '1', decisionThreshold: undefined } as const;

  it('equal the metrics of the filtered file', () => {
    fc.assert(
      fc.property(sliceRows, (rows) => {
        const table = readPredictions([{ name: 'all.csv', text: toCsv(rows) }], { slices: ['region'] });
        const whole = evaluate(resolveEvalSet(table, options)).metrics;
        for (const region of new Set(rows.map((r) => r.region))) {
          const part = rows.filter((r) => r.region === region);
          const alone = evaluate(resolveEvalSet(readPredictions([{ name: `${region}.csv`, text: toCsv(part) }], {}), options)).metrics;
          for (const [id, value] of alone) expectClose(whole.get(`${id}[region=${region}]`), value, `${id}[region=${region}]`);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});
