/**
 * Binomial probabilities that stay accurate at any n. `log(n!)` for n = 10^7 is about 1.5·10^8, so a pmf built
 * from log-factorials loses eight digits to cancellation; Loader's saddle-point form ("Fast and accurate
 * computation of binomial probabilities", 2000, the algorithm behind R's dbinom and SciPy's binom.pmf) works
 * with the small Stirling remainders and the deviance instead and keeps full relative precision.
 */

const LN_2PI = 1.8378770664093456;

/** stirlerr(k) = ln(k!) − ((k + ½)·ln k − k + ½·ln 2π) for k = 0..15, computed at 40 digits. */
const STIRLERR_SMALL = [
  0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
  0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
  0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
  0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
];

/**
 * The error of Stirling's formula for ln(k!), for integers k ≥ 1 (the asymptotic series beyond 15, as in
 * Loader's paper; exact to double precision).
 */
export function stirlingError(k: number): number {
  if (k <= 15) return STIRLERR_SMALL[k]!;
  const kk = k * k;
  if (k > 500) return (1 / 12 - 1 / 360 / kk) / k;
  if (k > 80) return (1 / 12 - (1 / 360 - 1 / 1260 / kk) / kk) / k;
  if (k > 35) return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / kk) / kk) / kk) / k;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / kk) / kk) / kk) / kk) / k;
}

/** The deviance term x·ln(x/m) + m − x, without cancellation when x is close to m. */
function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let sum = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = sum + ej / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / m) + m - x;
}

/** P(X = k) for X ~ Binomial(n, p), with full relative precision for any n (integers k, n ≥ 0). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return n === 0 ? 1 : Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
  if (k === n) return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
  const logCore =
    stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const logScale = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(logCore - 0.5 * logScale);
}

/**
 * P(X ≤ k) for X ~ Binomial(n, p) with k at or below the mode, summed from k downwards: each term is the
 * previous one times j·q / ((n − j + 1)·p), and the sum stops once terms no longer change it. Terms fall at
 * least geometrically below the mode, so about ten standard deviations of terms suffice (≈ 16,000 at
 * n = 10^7). Accurate to about 1e-12 relative, including far tails.
 */
export function binomialLowerTail(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let term = binomialPmf(k, n, p);
  let sum = term;
  const ratio = (1 - p) / p;
  for (let j = k; j > 0 && term > 0; j--) {
    term *= (j / (n - j + 1)) * ratio;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return Math.min(1, sum);
}
