import type { MetricReading } from '../metric-files/reading.js';

/**
 * Scored records, the second kind of per-example input beside (label, prediction) pairs: an eval tool scored
 * each item, sometimes several times (epochs, repeats), and a metric is the mean over items of each item's mean
 * over its repeats. See docs/llm-evals.md.
 */
export interface ScoredMetric {
  /** The metric id (`arc_easy/acc`, `popularity/match`, `pass_rate[provider=openai:gpt-4o]`). */
  readonly id: string;
  /** The task the items belong to, for the report. */
  readonly task: string;
  /** Item keys, unique: the only thing that pairs a baseline item with a current one. */
  readonly keys: readonly string[];
  /** Item i's repeats are `values[offsets[i] .. offsets[i + 1])`. */
  readonly offsets: Uint32Array;
  readonly values: Float64Array;
  /** Per item: the cluster it belongs to (a passage, a conversation), for cluster-robust intervals. */
  readonly clusters: readonly string[] | undefined;
  /** Per item: a hash of what the item asks and expects; a difference between runs marks a changed item. */
  readonly versions: readonly string[] | undefined;
  /** Per item: a hash of the prompt; a difference is a note only (a pull request may change the prompt). */
  readonly prompts: readonly string[] | undefined;
  /** Per item: its text (the question), shown only with `show-item-text: true`; never kept in a baseline. */
  readonly texts?: readonly string[] | undefined;
}

/** What an LLM log reader returns: headline metrics as a metric file would, and the items behind them. */
export interface ScoredReading extends MetricReading {
  readonly scored: readonly ScoredMetric[];
}

/** The mean over repeats of item i. */
export function itemMean(metric: ScoredMetric, i: number): number {
  const from = metric.offsets[i]!;
  const to = metric.offsets[i + 1]!;
  let sum = 0;
  for (let k = from; k < to; k++) sum += metric.values[k]!;
  return sum / (to - from);
}

/** Every item's mean over its repeats. */
export function itemMeans(metric: ScoredMetric): Float64Array {
  const out = new Float64Array(metric.keys.length);
  for (let i = 0; i < out.length; i++) out[i] = itemMean(metric, i);
  return out;
}

/** The metric's value: the mean over items of the per-item mean over repeats. */
export function headline(metric: ScoredMetric): number {
  const means = itemMeans(metric);
  let sum = 0;
  for (const m of means) sum += m;
  return means.length > 0 ? sum / means.length : Number.NaN;
}

const binary = new WeakMap<Float64Array, boolean>();

/** True when every score is 0 or 1: pass/fail items. */
export function isBinary(metric: ScoredMetric): boolean {
  let known = binary.get(metric.values);
  if (known === undefined) {
    known = true;
    for (const v of metric.values) {
      if (v !== 0 && v !== 1) {
        known = false;
        break;
      }
    }
    binary.set(metric.values, known);
  }
  return known;
}

/** The fewest repeats any item has. */
export function minRepeats(metric: ScoredMetric): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < metric.keys.length; i++) min = Math.min(min, metric.offsets[i + 1]! - metric.offsets[i]!);
  return Number.isFinite(min) ? min : 0;
}

export interface ItemFacts {
  readonly cluster?: string | undefined;
  readonly version?: string | undefined;
  readonly prompt?: string | undefined;
  readonly text?: string | undefined;
}

/** Item texts are kept short: enough to recognise the item in a report. */
const MAX_TEXT = 300;

/**
 * One metric while its records arrive: items get an index when first seen, and every record is one (item,
 * value) pair in arrival order. Packing sorts the pairs by item (stably, so repeats keep their order): no
 * object or array per item, which at 100,000 items × 5 epochs is most of the difference.
 */
interface PendingMetric {
  readonly task: string;
  readonly index: Map<string, number>;
  readonly keys: string[];
  readonly facts: { cluster: (string | undefined)[]; version: (string | undefined)[]; prompt: (string | undefined)[]; text: (string | undefined)[] };
  readonly rowItem: number[];
  readonly rowValue: number[];
}

/** Collects scores one record at a time, in any order, and packs them per metric. */
export class ScoredBuilder {
  private readonly metrics = new Map<string, PendingMetric>();
  /** The last metric added to: readers add runs of one metric, and the lookup is a tenth of the work. */
  private lastId: string | undefined;
  private last: PendingMetric | undefined;

  /** Adds one score of one item (one repeat); NaN and infinities are refused by the readers before this. */
  add(id: string, task: string, key: string, value: number, facts?: ItemFacts): void {
    let metric = this.lastId === id ? this.last : this.metrics.get(id);
    if (!metric) {
      metric = { task, index: new Map(), keys: [], facts: { cluster: [], version: [], prompt: [], text: [] }, rowItem: [], rowValue: [] };
      this.metrics.set(id, metric);
    }
    this.lastId = id;
    this.last = metric;
    let item = metric.index.get(key);
    if (item === undefined) {
      item = metric.keys.length;
      metric.index.set(key, item);
      metric.keys.push(key);
      const text = facts?.text;
      metric.facts.cluster.push(facts?.cluster);
      metric.facts.version.push(facts?.version);
      metric.facts.prompt.push(facts?.prompt);
      metric.facts.text.push(text === undefined || text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT)}…`);
    }
    metric.rowItem.push(item);
    metric.rowValue.push(value);
  }

  get size(): number {
    return this.metrics.size;
  }

  has(id: string): boolean {
    return this.metrics.has(id);
  }

  /** The packed metrics, in the order they were first seen. */
  finish(): ScoredMetric[] {
    return [...this.metrics].map(([id, pending]) => packMetric(id, pending));
  }
}

function packMetric(id: string, pending: PendingMetric): ScoredMetric {
  const n = pending.keys.length;
  const offsets = new Uint32Array(n + 1);
  for (const item of pending.rowItem) offsets[item + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const next = offsets.slice(0, n);
  const values = new Float64Array(pending.rowValue.length);
  for (let r = 0; r < pending.rowItem.length; r++) values[next[pending.rowItem[r]!]!++] = pending.rowValue[r]!;
  const column = (list: readonly (string | undefined)[]) => (list.some((v) => v !== undefined) ? list.map((v) => v ?? '') : undefined);
  return {
    id,
    task: pending.task,
    keys: pending.keys,
    offsets,
    values,
    clusters: column(pending.facts.cluster),
    versions: column(pending.facts.version),
    prompts: column(pending.facts.prompt),
    texts: column(pending.facts.text),
  };
}

/** A reading whose headline metrics are the means of its scored metrics, plus any the tool reported itself. */
export function scoredReading(
  scored: readonly ScoredMetric[],
  extra: { metrics?: ReadonlyMap<string, number | null>; stderr?: ReadonlyMap<string, number>; notes?: readonly string[]; higherIsBetter?: ReadonlyMap<string, boolean> } = {},
): ScoredReading {
  const withPassAtK = [...scored, ...scored.filter((m) => !m.id.includes('[')).flatMap(passAtKMetrics)];
  const metrics = new Map<string, number | null>();
  for (const metric of withPassAtK) metrics.set(metric.id, headline(metric));
  for (const [id, value] of extra.metrics ?? []) metrics.set(id, value);
  return {
    metrics,
    stderr: new Map(extra.stderr ?? []),
    notes: [...(extra.notes ?? [])],
    scored: withPassAtK,
    ...(extra.higherIsBetter && extra.higherIsBetter.size > 0 ? { higherIsBetter: new Map(extra.higherIsBetter) } : {}),
  };
}

/**
 * The unbiased estimators of Chen et al. 2021 ("Evaluating Large Language Models Trained on Code") from n
 * repeats of which c passed: pass@k = 1 − C(n − c, k) / C(n, k), the chance that at least one of k draws passes;
 * and pass^k = C(c, k) / C(n, k), the chance that all k pass (τ-bench's reliability measure). Both as products,
 * so no binomial coefficient overflows.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (n - c < k) return 1;
  let miss = 1;
  for (let i = n - c + 1; i <= n; i++) miss *= 1 - k / i;
  return 1 - miss;
}

export function passHatK(n: number, c: number, k: number): number {
  if (c < k) return 0;
  let all = 1;
  for (let i = 0; i < k; i++) all *= (c - i) / (n - i);
  return all;
}

/**
 * `<id>/pass@k` and `<id>/pass^k` for a pass/fail metric whose items all have k ≥ 2 repeats, k being the fewest
 * repeats any item has: one value per item (the estimator over its repeats), paired like any scored metric.
 */
export function passAtKMetrics(metric: ScoredMetric): ScoredMetric[] {
  const k = minRepeats(metric);
  if (k < 2 || !isBinary(metric)) return [];
  const n = metric.keys.length;
  const at = new Float64Array(n);
  const hat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const repeats = metric.offsets[i + 1]! - metric.offsets[i]!;
    let passed = 0;
    for (let r = metric.offsets[i]!; r < metric.offsets[i + 1]!; r++) passed += metric.values[r]!;
    at[i] = passAtK(repeats, passed, k);
    hat[i] = passHatK(repeats, passed, k);
  }
  const offsets = Uint32Array.from({ length: n + 1 }, (_, i) => i);
  return [
    { ...metric, id: `${metric.id}/pass@${k}`, offsets, values: at },
    { ...metric, id: `${metric.id}/pass^${k}`, offsets, values: hat },
  ];
}
