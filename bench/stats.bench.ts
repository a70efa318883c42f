/**
 * Speed of the statistics behind the significance verdicts (issue 5 acceptance): 10,000 paired bootstrap
 * resamples of a binary F1 difference at N = 1,000,000 (target < 1 s) and DeLong's test at N = 1,000,000
 * (target < 2 s). Not part of `npm test`; run with
 *
 *     npx vitest bench --run bench/stats.bench.ts
 */
import { bench, describe } from 'vitest';
import { bootstrapCells } from '../src/stats/bootstrap.js';
import { delongPaired } from '../src/stats/delong.js';
import { normalQuantile } from '../src/stats/normal.js';
import { createRng } from '../src/stats/random.js';

const N = 1_000_000;
const OPTIONS = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

// Joint confusion cells of two correlated classifiers on N rows: index = baseline cell · 4 + current cell,
// cells TN, FP, FN, TP.
const rng = createRng(2024);
const joint = new Float64Array(16);
const labels = new Uint8Array(N);
const scoreA = new Float64Array(N);
const scoreB = new Float64Array(N);
const normal = (): number => normalQuantile((rng.nextInt(2 ** 32 - 1) + 1) / 2 ** 32);
for (let i = 0; i < N; i++) {
  const positive = rng.next() < 0.3;
  labels[i] = positive ? 1 : 0;
  const shared = normal();
  scoreA[i] = (positive ? 1.2 : 0) + shared;
  scoreB[i] = (positive ? 1.1 : 0) + 0.6 * shared + 0.8 * normal();
  const cell = (score: number): number => (positive ? (score >= 0.6 ? 3 : 2) : score >= 0.6 ? 1 : 0);
  joint[cell(scoreA[i]!) * 4 + cell(scoreB[i]!)]!++;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** F1(current) − F1(baseline) from joint counts. */
function f1Difference(counts: Float64Array): number {
  let baseTp = 0;
  let baseFp = 0;
  let baseFn = 0;
  let curTp = 0;
  let curFp = 0;
  let curFn = 0;
  for (let b = 0; b < 4; b++) {
    for (let c = 0; c < 4; c++) {
      const k = counts[b * 4 + c]!;
      if (b === 3) baseTp += k;
      else if (b === 1) baseFp += k;
      else if (b === 2) baseFn += k;
      if (c === 3) curTp += k;
      else if (c === 1) curFp += k;
      else if (c === 2) curFn += k;
    }
  }
  return f1(curTp, curFp, curFn) - f1(baseTp, baseFp, baseFn);
}

describe('paired significance at N = 1,000,000', () => {
  bench('bootstrapCells: 10,000 resamples of a binary F1 difference (4×4 joint cells)', () => {
    bootstrapCells(joint, f1Difference, 10_000, createRng(7));
  }, OPTIONS);

  bench('delongPaired: two correlated scores', () => {
    delongPaired(labels, scoreA, scoreB);
  }, OPTIONS);
});
