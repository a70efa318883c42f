import { describe, expect, it } from 'vitest';
import { parseRules } from '../../src/config/parse-rules.js';
import { loadYaml } from '../../src/config/yaml.js';
import { compareRuns } from '../../src/gate/compare.js';
import type { RunMetrics } from '../../src/ingest/combine-run.js';
import type { ClassificationData } from '../../src/metrics/eval-data.js';
import { createRng } from '../../src/stats/random.js';

// The rules parser is synchronous; the shell loads the YAML library first, and so does this test.
await loadYaml();

/**
 * The whole gate, run on simulated pull requests: a paired eval set of N examples where each example is right or
 * wrong under the baseline and the candidate with the given joint probabilities.
 */
const N = 1000;
const RUNS = 200;
const rules = parseRules('accuracy: { max-regression: 0 }');

function simulate(seed: number, rightToWrong: number, wrongToRight: number): { failed: boolean } {
  const rng = createRng(seed);
  const yTrue = new Int32Array(N);
  const predB = new Int32Array(N);
  const predC = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    const y = rng.next() < 0.3 ? 1 : 0;
    const u = rng.next();
    const baselineRight = u < 0.8 + rightToWrong;
    const currentRight = u < 0.8 || (u >= 0.8 + rightToWrong && u < 0.8 + rightToWrong + wrongToRight);
    yTrue[i] = y;
    predB[i] = baselineRight ? y : 1 - y;
    predC[i] = currentRight ? y : 1 - y;
  }
  const ids = Array.from({ length: N }, (_, i) => `ex-${i}`);
  const run = (yPred: Int32Array): RunMetrics => {
    const data: ClassificationData = {
      task: 'binary', n: N, classes: ['0', '1'], yTrue, yPred, positive: 1,
      score: undefined, proba: undefined, scoresAreProbabilities: false, weights: undefined,
    };
    let correct = 0;
    for (let i = 0; i < N; i++) if (yPred[i] === yTrue[i]) correct++;
    return {
      task: 'binary', n: N, metrics: new Map([['accuracy', correct / N]]), stderr: new Map(), evaluation: undefined,
      examples: { data, ids }, sources: [], notes: [],
    };
  };
  const report = compareRuns(run(predC), run(predB), { rules, minSliceSize: 30, failOn: 'error', ifNoBaseline: 'warn', significance: 0.05 });
  return { failed: report.gate.status === 'fail' };
}

function failureRate(seedBase: number, rightToWrong: number, wrongToRight: number): number {
  let failures = 0;
  for (let r = 0; r < RUNS; r++) if (simulate(seedBase + r, rightToWrong, wrongToRight).failed) failures++;
  return failures / RUNS;
}

// Measured once, named in the tests below (deterministic seeds).
const falseAlarms = failureRate(1_000, 0.05, 0.05);
const detections = failureRate(5_000, 0.06, 0.04);
/** Sampling slack: three binomial standard deviations over 200 runs. */
const slack = (p: number) => 3 * Math.sqrt((p * (1 - p)) / RUNS);

describe('the gate does not cry wolf, and catches real regressions (docs/rules.md#significance)', () => {
  it(`false alarms on 200 null pull requests (max-regression: 0, alpha 0.05): ${(falseAlarms * 100).toFixed(1)}%`, () => {
    expect(falseAlarms).toBeLessThanOrEqual(0.05 + slack(0.05));
  });

  it(`detects a true 2-point accuracy drop on N=1000 in ${(detections * 100).toFixed(1)}% of 200 runs (analytic power ≈ 51.8%)`, () => {
    // One-sided at alpha/2: delta −0.02, se √((0.1 − 0.02²)/1000) ≈ 0.00998, power Φ(0.02/0.00998 − 1.96) ≈ 0.518.
    expect(Math.abs(detections - 0.518)).toBeLessThanOrEqual(slack(0.518) + 0.03);
  });

  it('gives the same verdicts for the same inputs (seeded resampling)', () => {
    expect(simulate(42, 0.06, 0.04)).toEqual(simulate(42, 0.06, 0.04));
  });
});
