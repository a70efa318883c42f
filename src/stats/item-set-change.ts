import type { DeltaEstimate } from '../gate/verdict.js';
import { headline, itemMeans, type ScoredMetric } from '../ingest/llm-logs/scored.js';
import type { ItemPairing } from './item-pairing.js';
import { fromStudentT } from './delta-estimate.js';

/**
 * The estimate when the item set changed (items added, removed, or changed version): the gate's delta is the
 * headline difference over ALL items of each run, so the estimate is centred on it, not on the paired items'
 * difference. The headline difference is a sum of item contributions: paired item i gives cᵢ/N_c − bᵢ/N_b, an
 * item only in the current run cⱼ/N_c, one only in the baseline −bₖ/N_b. Its variance adds the paired part's
 * (P · Var(u)) and the unpaired parts' (each item's variance estimated from all of that run's items), with
 * Welch–Satterthwaite degrees of freedom. See docs/llm-evals.md#when-the-item-set-changed.
 */
export function changedSetEstimate(b: ScoredMetric, c: ScoredMetric, pairing: ItemPairing, level: number): { estimate: DeltaEstimate | undefined; test: string } {
  const allB = itemMeans(b);
  const allC = itemMeans(c);
  const nb = allB.length;
  const nc = allC.length;
  const p = pairing.current.length;
  const onlyC = nc - p;
  const onlyB = nb - p;
  const test = `t-interval of the headline difference over all items (${p} paired, ${onlyC} only in this run, ${onlyB} only in the baseline)`;
  const delta = headline(c) - headline(b);
  const parts: { v: number; df: number }[] = [];
  if (p >= 2) {
    const u = Float64Array.from(pairing.current, (ci, k) => allC[ci]! / nc - allB[pairing.baseline[k]!]! / nb);
    parts.push({ v: p * variance(u), df: p - 1 });
  }
  if (onlyC > 0 && nc >= 2) parts.push({ v: (onlyC * variance(allC)) / (nc * nc), df: nc - 1 });
  if (onlyB > 0 && nb >= 2) parts.push({ v: (onlyB * variance(allB)) / (nb * nb), df: nb - 1 });
  const total = parts.reduce((s, x) => s + x.v, 0);
  if (!(total > 0)) return { estimate: undefined, test: `${test}: no spread to test with` };
  const df = total ** 2 / parts.reduce((s, x) => s + (x.v > 0 ? x.v ** 2 / x.df : 0), 0);
  return { estimate: fromStudentT(test, delta, Math.sqrt(total), df, level), test };
}

function variance(x: Float64Array): number {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let s = 0;
  for (const v of x) s += (v - mean) ** 2;
  return s / (n - 1);
}
