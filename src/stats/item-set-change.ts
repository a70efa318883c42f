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
 * Welch–Satterthwaite degrees of freedom; with a cluster column, a cluster-robust (CR1) standard error of the
 * same sum with clusters − 1 degrees of freedom. See docs/llm-evals.md#when-the-item-set-changed.
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
  if (c.clusters ?? b.clusters) {
    const clustered = clusterRobust(b, c, pairing, allB, allC);
    if (clustered) {
      const named = `cluster-robust ${test} (${clustered.clusters} clusters)`;
      return { estimate: fromStudentT(named, delta, clustered.se, clustered.clusters - 1, level), test: named };
    }
  }
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

/**
 * The CR1 standard error of the same sum when items share a cluster: each item's contribution, centred on its
 * part's mean (paired, only current, only baseline), summed per cluster. An item without a cluster is its own.
 */
function clusterRobust(b: ScoredMetric, c: ScoredMetric, pairing: ItemPairing, allB: Float64Array, allC: Float64Array): { se: number; clusters: number } | undefined {
  const nb = allB.length;
  const nc = allC.length;
  const sums = new Map<string, number>();
  const add = (cluster: string | undefined, key: string, z: number) => {
    const name = cluster ?? `\u0000item ${key}`;
    sums.set(name, (sums.get(name) ?? 0) + z);
  };
  const p = pairing.current.length;
  const u = Float64Array.from(pairing.current, (ci, k) => allC[ci]! / nc - allB[pairing.baseline[k]!]! / nb);
  const meanU = p > 0 ? u.reduce((s, v) => s + v, 0) / p : 0;
  const meanC = allC.reduce((s, v) => s + v, 0) / nc;
  const meanB = allB.reduce((s, v) => s + v, 0) / nb;
  const pairedC = new Uint8Array(nc);
  const pairedB = new Uint8Array(nb);
  pairing.current.forEach((ci, k) => {
    const bi = pairing.baseline[k]!;
    pairedC[ci] = 1;
    pairedB[bi] = 1;
    add(c.clusters?.[ci] ?? b.clusters?.[bi], c.keys[ci]!, u[k]! - meanU);
  });
  for (let ci = 0; ci < nc; ci++) if (!pairedC[ci]) add(c.clusters?.[ci], `c ${c.keys[ci]!}`, (allC[ci]! - meanC) / nc);
  for (let bi = 0; bi < nb; bi++) if (!pairedB[bi]) add(b.clusters?.[bi], `b ${b.keys[bi]!}`, -(allB[bi]! - meanB) / nb);
  const g = sums.size;
  if (g < 2) return undefined;
  let sum = 0;
  for (const v of sums.values()) sum += v * v;
  const se = Math.sqrt((g / (g - 1)) * sum);
  return se > 0 ? { se, clusters: g } : undefined;
}
