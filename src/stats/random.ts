import { sampleBinomial, sampleMultinomial } from './binomial-sampler.js';

/**
 * A seeded random source: the only randomness the statistics use, so that every interval the gate prints can
 * be reproduced from its seed.
 */
export interface Rng {
  /** A uniform double in [0, 1) carrying 53 random bits. */
  next(): number;
  /** A uniform integer in [0, bound), for bounds up to 2^32. */
  nextInt(bound: number): number;
  /** An exact Binomial(n, p) variate (inversion for small means, BTRS otherwise). */
  binomial(n: number, p: number): number;
  /**
   * Multinomial(n, weights / Σ weights) written into `out` (same length as `weights`) and returned; the
   * weights need not be normalised. O(cells) for any n.
   */
  multinomial(n: number, weights: Float64Array, out: Float64Array): Float64Array;
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
const TWO_POW_32 = 4294967296;

/** splitmix32: spreads a seed over the generator state, so that nearby seeds give unrelated streams. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** xoshiro128** (Blackman & Vigna 2018): 128 bits of state, period 2^128 − 1, fast with 32-bit integer ops. */
class Xoshiro128StarStar implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private readonly uniform = (): number => this.next();

  constructor(seed: number) {
    const state = { s: (seed >>> 0) ^ Math.imul(Math.floor(seed / TWO_POW_32) | 0, 0x27d4eb2d) };
    this.s0 = splitmix32(state);
    this.s1 = splitmix32(state);
    this.s2 = splitmix32(state);
    this.s3 = splitmix32(state);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is a fixed point
  }

  /** The next 32-bit output. */
  private nextUint32(): number {
    const s1 = this.s1;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  next(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * TWO_POW_26 + low) / TWO_POW_53;
  }

  nextInt(bound: number): number {
    if (!(Number.isInteger(bound) && bound >= 1 && bound <= TWO_POW_32)) {
      throw new RangeError(`nextInt needs an integer bound in [1, 2^32], got ${bound}`);
    }
    // Rejection removes the modulo bias of taking 32-bit outputs modulo a bound that is not a power of two.
    const limit = TWO_POW_32 - (TWO_POW_32 % bound);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % bound;
    }
  }

  binomial(n: number, p: number): number {
    return sampleBinomial(this.uniform, n, p);
  }

  multinomial(n: number, weights: Float64Array, out: Float64Array): Float64Array {
    return sampleMultinomial(this.uniform, n, weights, out);
  }
}

/** A deterministic generator from an integer seed (any safe integer; equal seeds give equal streams). */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`the random seed must be a safe integer, got ${seed}`);
  return new Xoshiro128StarStar(seed);
}
