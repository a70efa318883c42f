/**
 * The standard normal distribution to full double precision: Cody's rational approximations for the CDF
 * (W. J. Cody 1969, as in R's pnorm and SciPy's ndtr) and Wichura's AS 241 (1988) for the quantile, both
 * about 1e-16 relative, tails included.
 */

const SQRT_32 = 5.656854249492381;
const INV_SQRT_2PI = 0.3989422804014327;

const A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356,
  0.06568233791820745];
const B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const C = [0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002,
  2494.5375852903726, 6848.190450536283, 11602.65143764735, 9842.714838383978,
  1.0765576773720192e-8];
const D = [22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761,
  18615.571640885097, 34900.95272114598, 38912.00328609327, 19685.429676859992];
const P = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
  0.000029112874951168793, 0.023073441764940174];
const Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824,
  0.00007297515550839662];

/** exp(−y²/2)·factor, with y² split so that the large part is exact (Cody's "del" trick). */
function gaussianTail(y: number, factor: number): number {
  const ySplit = Math.trunc(y * 16) / 16;
  const del = (y - ySplit) * (y + ySplit);
  return Math.exp(-ySplit * ySplit * 0.5) * Math.exp(-del * 0.5) * factor;
}

/** P(Z > |x|), the upper tail at the absolute value, accurate even where it underflows towards 1e-308. */
function upperTailOfAbs(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const ysq = y * y;
    let num = A[4]! * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]!) * ysq;
      den = (den + B[i]!) * ysq;
    }
    return 0.5 - (y * (num + A[3]!)) / (den + B[3]!);
  }
  if (y <= SQRT_32) {
    let num = C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    return gaussianTail(y, (num + C[7]!) / (den + D[7]!));
  }
  if (y >= 37.5193) return 0;
  const xsq = 1 / (y * y);
  let num = P[5]! * xsq;
  let den = xsq;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]!) * xsq;
    den = (den + Q[i]!) * xsq;
  }
  const factor = (INV_SQRT_2PI - (xsq * (num + P[4]!)) / (den + Q[4]!)) / y;
  return gaussianTail(y, factor);
}

/** Φ(x) = P(Z ≤ x) for a standard normal Z. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const tail = upperTailOfAbs(x);
  return x > 0 ? 1 - tail : tail;
}

/** The two-sided p-value of a z statistic, 2·P(Z > |z|), computed in the tail (no 1 − Φ cancellation). */
export function twoSidedPValue(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, 2 * upperTailOfAbs(z));
}

function horner(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) result = result * x + coefficients[i]!;
  return result;
}

const QA = [3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
  45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227];
const QB = [1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
  39307.89580009271, 28729.085735721943, 5226.495278852854];
const QC = [1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
  1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414];
const QD = [1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9];
const QE = [6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7];
const QF = [1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615,
  0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15];

/** Φ⁻¹(p): the z with P(Z ≤ z) = p (AS 241, PPND16). ±Infinity at 0 and 1, NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(QA, r)) / horner(QB, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = horner(QC, r) / horner(QD, r);
  } else {
    r -= 5;
    value = horner(QE, r) / horner(QF, r);
  }
  return q < 0 ? -value : value;
}
