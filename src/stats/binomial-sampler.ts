import { stirlingError } from './binomial-pmf.js';

/** Where the samplers draw their uniforms from: a function returning doubles in [0, 1). */
export type UniformSource = () => number;

/** Below this mean (n·min(p, 1 − p)) inversion is faster than rejection; BTRS needs a mean of at least 10. */
const INVERSION_MAX_MEAN = 10;

/**
 * An exact Binomial(n, p) variate: inversion (sequential search from 0) for small means, and Hörmann's BTRS
 * (transformed rejection with squeeze, "The generation of binomial random variates", 1993) otherwise, whose
 * cost does not grow with n. p > ½ is drawn as n − Binomial(n, 1 − p).
 */
export function sampleBinomial(uniform: UniformSource, n: number, p: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial n must be a non-negative integer, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial p must lie in [0, 1], got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - sampleSmallP(uniform, n, 1 - p);
  return sampleSmallP(uniform, n, p);
}

function sampleSmallP(uniform: UniformSource, n: number, p: number): number {
  return n * p < INVERSION_MAX_MEAN ? sampleByInversion(uniform, n, p) : sampleByBtrs(uniform, n, p);
}

/** Sequential inversion; restarts if rounding ever walks it past a bound far into the tail (as NumPy does). */
function sampleByInversion(uniform: UniformSource, n: number, p: number): number {
  const q = 1 - p;
  const p0 = Math.exp(n * Math.log1p(-p));
  const mean = n * p;
  const bound = Math.min(n, mean + 10 * Math.sqrt(mean * q + 1));
  const ratio = p / q;
  for (;;) {
    let x = 0;
    let px = p0;
    let u = uniform();
    while (u > px) {
      x++;
      if (x > bound) break;
      u -= px;
      px *= ((n - x + 1) * ratio) / x;
    }
    if (x <= bound) return x;
  }
}

/** BTRS for p ≤ ½ and n·p ≥ 10; the acceptance test uses Stirling remainders, so it is exact at any n. */
function sampleByBtrs(uniform: UniformSource, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const r = p / q;
  const m = Math.floor((n + 1) * p);
  const fm = stirlingError(m + 1) + stirlingError(n - m + 1);
  for (;;) {
    const u = uniform() - 0.5;
    let v = uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    if (us === 0) continue;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    // log f(k)/f(m) for the Binomial pmf f, via ln(j!) = (j + ½)·ln(j + 1) − (j + 1) + ½·ln 2π + stirlerr(j + 1).
    const bound =
      (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
      (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
      fm -
      stirlingError(k + 1) -
      stirlingError(n - k + 1);
    if (v <= bound) return k;
  }
}

/**
 * Multinomial(n, weights / Σ weights) into `out`, as conditional binomials: cell i gets
 * Binomial(remaining, w_i / Σ_{j ≥ i} w_j). The suffix sums are built in `out` first, so a cell whose weight
 * and all later weights are zero never receives a count through rounding. O(cells) for any n.
 */
export function sampleMultinomial(
  uniform: UniformSource,
  n: number,
  weights: Float64Array,
  out: Float64Array,
): Float64Array {
  const k = weights.length;
  if (out.length !== k) throw new RangeError(`multinomial output has ${out.length} cells, weights have ${k}`);
  let suffix = 0;
  for (let i = k - 1; i >= 0; i--) {
    const w = weights[i]!;
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`multinomial weights must be finite and ≥ 0, got ${w}`);
    suffix += w;
    out[i] = suffix;
  }
  if (k === 0) {
    if (n !== 0) throw new RangeError('multinomial over no cells');
    return out;
  }
  if (suffix === 0 && n > 0) throw new RangeError('multinomial weights sum to zero');
  let remaining = n;
  for (let i = 0; i < k; i++) {
    const rest = out[i]!;
    const w = weights[i]!;
    let x: number;
    if (remaining === 0 || w === 0) x = 0;
    else if (w >= rest) x = remaining;
    else x = sampleBinomial(uniform, remaining, w / rest);
    out[i] = x;
    remaining -= x;
  }
  return out;
}
