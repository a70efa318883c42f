import { describe, expect, it } from 'vitest';
import type { ScoredMetric } from '../../src/ingest/llm-logs/scored.js';
import { estimateItems } from '../../src/stats/item-estimate.js';
import { pairItems } from '../../src/stats/item-pairing.js';
import { createRng, type Rng } from '../../src/stats/random.js';

/**
 * Seeded calibration of the item tests on clustered evals: 100 passages × 5 questions, no true change, and a
 * per-passage run effect that makes the paired differences correlate within a passage with ICC 0.3 (Miller 2024,
 * "Adding Error Bars to Evals"). A false alarm is a 95% interval that excludes 0.
 */
const PASSAGES = 100;
const QUESTIONS = 5;
const ICC = 0.3;
const RUNS = 4000;

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function metric(values: Float64Array, clusters: readonly string[] | undefined): ScoredMetric {
  const n = values.length;
  return {
    id: 'judge/score',
    task: 'judge',
    keys: Array.from({ length: n }, (_, i) => `q${i}`),
    offsets: Uint32Array.from({ length: n + 1 }, (_, i) => i),
    values,
    clusters,
    versions: undefined,
    prompts: undefined,
  };
}

/** Graded scores of one run: item difficulty shared by both runs, plus a passage effect and noise of this run. */
function simulate(rng: Rng): { baseline: Float64Array; current: Float64Array; clusters: string[] } {
  const n = PASSAGES * QUESTIONS;
  // Var(d) = 2σu² + 2σe² and the within-passage covariance of d is 2σu²: ICC = σu² / (σu² + σe²).
  const su = Math.sqrt(ICC);
  const se = Math.sqrt(1 - ICC);
  const difficulty = Float64Array.from({ length: n }, () => gaussian(rng));
  const run = () => {
    const out = new Float64Array(n);
    for (let g = 0; g < PASSAGES; g++) {
      const u = su * gaussian(rng);
      for (let q = 0; q < QUESTIONS; q++) out[g * QUESTIONS + q] = difficulty[g * QUESTIONS + q]! + u + se * gaussian(rng);
    }
    return out;
  };
  return { baseline: run(), current: run(), clusters: Array.from({ length: n }, (_, i) => `passage${Math.floor(i / QUESTIONS)}`) };
}

function falseAlarmRate(withClusters: boolean): number {
  const rng = createRng(18);
  let alarms = 0;
  for (let r = 0; r < RUNS; r++) {
    const { baseline, current, clusters } = simulate(rng);
    const b = metric(baseline, withClusters ? clusters : undefined);
    const c = metric(current, withClusters ? clusters : undefined);
    const { estimate } = estimateItems(b, c, pairItems(b, c), { level: 0.95 });
    const [low, high] = estimate!.interval;
    if (low > 0 || high < 0) alarms++;
  }
  return alarms / RUNS;
}

describe('item tests on clustered evals (seeded calibration)', () => {
  it('keeps the false-alarm rate at alpha 0.05 within 0.06 with the cluster column, and shows it inflated without', () => {
    const clustered = falseAlarmRate(true);
    const naive = falseAlarmRate(false);
    expect(clustered).toBeLessThanOrEqual(0.06);
    expect(clustered).toBeGreaterThanOrEqual(0.035);
    // Design effect 1 + (5 − 1)·0.3 = 2.2: naive intervals are √2.2 ≈ 1.48 times too narrow.
    expect(naive).toBeGreaterThan(0.12);

  });
});
