import type { DeltaEstimate } from '../gate/verdict.js';
import { percentileInterval } from './bootstrap.js';
import { normalCdf, normalQuantile } from './normal.js';
import { studentTCdf, studentTQuantile } from './student-t.js';

/** Worsening as the rule sees it: a drop for higher-is-better metrics, a rise for lower-is-better ones. */
const worsening = (delta: number, direction: 'higher' | 'lower') => (direction === 'higher' ? -delta : delta);

/**
 * A delta estimate from bootstrap resamples of current − baseline: the percentile interval, and the share of
 * resamples whose worsening stays within an allowance (with the +1 correction, so it is never 0).
 */
export function fromResamples(method: string, samples: Float64Array, level: number, pValue?: number): DeltaEstimate | undefined {
  const interval = percentileInterval(samples, level);
  if (!Number.isFinite(interval[0]) || !Number.isFinite(interval[1])) return undefined;
  return {
    method,
    interval,
    level,
    pValue,
    probabilityWithin(allowed, direction) {
      let within = 0;
      for (const s of samples) if (worsening(s, direction) <= allowed) within++;
      return (within + 1) / (samples.length + 1);
    },
  };
}

/** A delta estimate from a normal approximation (DeLong, z-tests on means or on reported standard errors). */
export function fromNormal(method: string, delta: number, se: number, level: number, pValue?: number): DeltaEstimate | undefined {
  if (!Number.isFinite(delta) || !Number.isFinite(se) || se < 0) return undefined;
  const z = normalQuantile(1 - (1 - level) / 2);
  return {
    method,
    interval: [delta - z * se, delta + z * se],
    level,
    pValue,
    probabilityWithin(allowed, direction) {
      const w = worsening(delta, direction);
      if (se === 0) return w <= allowed ? 1 : 0;
      return normalCdf((allowed - w) / se);
    },
  };
}

/** Mean and standard error of per-pair differences (paired) — the z-test on a mean-decomposable metric. */
export function pairedMean(differences: Float64Array): { mean: number; se: number } {
  const n = differences.length;
  let sum = 0;
  for (const d of differences) sum += d;
  const mean = sum / n;
  let squares = 0;
  for (const d of differences) squares += (d - mean) ** 2;
  return { mean, se: n > 1 ? Math.sqrt(squares / (n - 1) / n) : Number.NaN };
}

/** Welch's standard error of a difference of two independent means. */
export function unpairedMeans(a: Float64Array, b: Float64Array): { mean: number; se: number } {
  const stats = (x: Float64Array) => {
    const m = pairedMean(x);
    return { mean: m.mean, varianceOfMean: m.se * m.se };
  };
  const sa = stats(a);
  const sb = stats(b);
  return { mean: sb.mean - sa.mean, se: Math.sqrt(sa.varianceOfMean + sb.varianceOfMean) };
}

/** A delta estimate from a t distribution (mean ± t·se). */
export function fromStudentT(method: string, delta: number, se: number, df: number, level: number, pValue?: number): DeltaEstimate | undefined {
  if (!Number.isFinite(delta) || !Number.isFinite(se) || se < 0 || !(df > 0)) return undefined;
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  const p = pValue ?? (se > 0 ? 2 * studentTCdf(-Math.abs(delta / se), df) : delta === 0 ? 1 : 0);
  return {
    method,
    interval: [delta - t * se, delta + t * se],
    level,
    pValue: p,
    probabilityWithin(allowed, direction) {
      const worsening = direction === 'higher' ? -delta : delta;
      if (se === 0) return worsening <= allowed ? 1 : 0;
      return studentTCdf((allowed - worsening) / se, df);
    },
  };
}

/** The same estimate moved by `shift` (current − baseline): interval, tail probabilities and distribution. */
export function shiftEstimate(estimate: DeltaEstimate, shift: number): DeltaEstimate {
  // Worsening is −Δ for higher-is-better metrics: a shift of s lowers it by s there and raises it by s otherwise.
  const move = (f: DeltaEstimate['probabilityWithin']) => (allowed: number, direction: 'higher' | 'lower') => f(direction === 'higher' ? allowed + shift : allowed - shift, direction);
  return {
    ...estimate,
    method: `${estimate.method}, centred on the reported values`,
    interval: [estimate.interval[0] + shift, estimate.interval[1] + shift],
    pValue: undefined,
    probabilityWithin: move(estimate.distribution ?? estimate.probabilityWithin),
    ...(estimate.distribution ? { distribution: move(estimate.distribution) } : {}),
    ...(estimate.bounds ? { bounds: (tail: number) => estimate.bounds!(tail).map((v) => v + shift) as [number, number] } : {}),
  };
}
