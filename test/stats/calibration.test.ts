import { describe, expect, it } from 'vitest';
import { binomialLowerTail, binomialPmf } from '../../src/stats/binomial-pmf.js';
import { delongPaired } from '../../src/stats/delong.js';
import { mcnemarExact } from '../../src/stats/mcnemar.js';
import { normalCdf, normalQuantile } from '../../src/stats/normal.js';
import { createRng, type Rng } from '../../src/stats/random.js';

/**
 * Calibration at the statistics level (issue 5 acceptance): 200 simulated comparisons without a true change must
 * raise at most alpha + 3 binomial standard errors of false alarms, and 200 comparisons with a true change of a
 * stated size must be detected at the test's analytic power, within 3 binomial standard errors. Seeded: the
 * rates in the test names are the ones measured by this very file.
 */
const ALPHA = 0.05;
const RUNS = 200;
const FALSE_ALARM_CEILING = ALPHA + 3 * Math.sqrt((ALPHA * (1 - ALPHA)) / RUNS);
const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const slackOf = (power: number): number => 3 * Math.sqrt((power * (1 - power)) / RUNS);

function standardNormal(rng: Rng): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return normalQuantile(u);
}

// ---- McNemar: N = 1000 paired examples; joint cells [both right, only baseline right, only current right, both wrong].
const N = 1000;

/** Share of RUNS comparisons whose exact McNemar p-value falls below ALPHA. */
function mcnemarRejectionRate(onlyBaselineRight: number, onlyCurrentRight: number, seed: number): number {
  const rng = createRng(seed);
  const probs = Float64Array.from([0.85 - onlyBaselineRight - onlyCurrentRight, onlyBaselineRight, onlyCurrentRight, 0.15]);
  const counts = new Float64Array(4);
  let rejected = 0;
  for (let r = 0; r < RUNS; r++) {
    rng.multinomial(N, probs, counts);
    if (mcnemarExact(counts[1]!, counts[2]!) < ALPHA) rejected++;
  }
  return rejected / RUNS;
}

/** The exact power of the exact McNemar test: sum over the discordant total D and the split b | D. */
function mcnemarExactPower(onlyBaselineRight: number, onlyCurrentRight: number): number {
  const discordant = onlyBaselineRight + onlyCurrentRight;
  const share = onlyBaselineRight / discordant;
  let power = 0;
  for (let d = 1; d <= N; d++) {
    const weight = binomialPmf(d, N, discordant);
    if (weight < 1e-16) continue;
    let critical = -1; // the largest min(b, c) that rejects
    while (critical + 1 < d / 2 && mcnemarExact(critical + 1, d - critical - 1) < ALPHA) critical++;
    if (critical < 0) continue;
    const lower = binomialLowerTail(critical, d, share); // b ≤ critical
    const upper = binomialLowerTail(critical, d, 1 - share); // c ≤ critical, i.e. b ≥ d − critical
    power += weight * (lower + upper);
  }
  return power;
}

describe('exact McNemar is calibrated', () => {
  const nullRate = mcnemarRejectionRate(0.05, 0.05, 101);
  const drop = { onlyBaselineRight: 0.06, onlyCurrentRight: 0.035 };
  const power = mcnemarExactPower(drop.onlyBaselineRight, drop.onlyCurrentRight);
  const detected = mcnemarRejectionRate(drop.onlyBaselineRight, drop.onlyCurrentRight, 102);

  it(`raises ${percent(nullRate)} false alarms over ${RUNS} null pairs (ceiling ${percent(FALSE_ALARM_CEILING)})`, () => {
    expect(nullRate).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
  });

  it(`detects a 2.5-point accuracy drop on ${N} examples in ${percent(detected)} of ${RUNS} runs (exact power ${percent(power)})`, () => {
    expect(Math.abs(detected - power)).toBeLessThanOrEqual(slackOf(power));
  });
});

// ---- DeLong: binormal scores, score = shift·label + noise, the two models' noises correlated 0.5.
const ROWS = 400;
const PREVALENCE = 0.4;
const RHO = 0.5;

function binormalPair(rng: Rng, rows: number, shiftA: number, shiftB: number) {
  const labels = new Uint8Array(rows);
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    labels[i] = rng.next() < PREVALENCE ? 1 : 0;
    const e1 = standardNormal(rng);
    const e2 = RHO * e1 + Math.sqrt(1 - RHO * RHO) * standardNormal(rng);
    a[i] = shiftA * labels[i]! + e1;
    b[i] = shiftB * labels[i]! + e2;
  }
  return { labels, a, b };
}

function delongRejectionRate(shiftA: number, shiftB: number, seed: number): number {
  const rng = createRng(seed);
  let rejected = 0;
  for (let r = 0; r < RUNS; r++) {
    const { labels, a, b } = binormalPair(rng, ROWS, shiftA, shiftB);
    if (delongPaired(labels, a, b).pValue < ALPHA) rejected++;
  }
  return rejected / RUNS;
}

describe('DeLong is calibrated', () => {
  const nullRate = delongRejectionRate(1.0, 1.0, 201);
  // The true AUC of a binormal score with unit noise is Φ(shift/√2). The true standard error of the difference at
  // ROWS rows is taken from DeLong's estimate on 200,000 rows, scaled by √(200,000 / ROWS) (a consistent estimate).
  const shiftA = 1.0;
  const shiftB = 0.7;
  const trueDelta = normalCdf(shiftB / Math.SQRT2) - normalCdf(shiftA / Math.SQRT2);
  const big = binormalPair(createRng(203), 200_000, shiftA, shiftB);
  const trueSe = delongPaired(big.labels, big.a, big.b).se * Math.sqrt(200_000 / ROWS);
  const z = normalQuantile(1 - ALPHA / 2);
  const power = normalCdf(Math.abs(trueDelta) / trueSe - z) + normalCdf(-Math.abs(trueDelta) / trueSe - z);
  const detected = delongRejectionRate(shiftA, shiftB, 202);
  const approximation = 0.02; // DeLong's test is asymptotic: allow its normal approximation at 400 rows

  it(`raises ${percent(nullRate)} false alarms over ${RUNS} null pairs (ceiling ${percent(FALSE_ALARM_CEILING)})`, () => {
    expect(nullRate).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
  });

  it(`detects an AUC drop of ${trueDelta.toFixed(3)} on ${ROWS} rows in ${percent(detected)} of ${RUNS} runs (analytic power ${percent(power)})`, () => {
    expect(Math.abs(detected - power)).toBeLessThanOrEqual(slackOf(power) + approximation);
  });
});
