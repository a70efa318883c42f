import { allocateCodes, type Codes } from '../metrics/codes.js';
import type { ExampleData } from '../baseline/examples.js';
import { baseMetricId } from '../gate/direction.js';
import type { DeltaEstimate } from '../gate/verdict.js';
import type { RunMetrics } from '../ingest/combine-run.js';
import { computeMetrics } from '../metrics/compute.js';
import type { ClassificationData, EvalData } from '../metrics/eval-data.js';
import { subsetRows } from '../metrics/subset.js';
import { bootstrapCells, bootstrapIndependentRows, bootstrapRows } from './bootstrap.js';
import { CONFUSION_METRICS, confusionFromCounts } from './confusion-statistics.js';
import { delongPaired, delongVariance } from './delong.js';
import { fromNormal, fromResamples, pairedMean, shiftEstimate, unpairedMeans } from './delta-estimate.js';
import { perExample } from './per-example.js';
import { mcnemarExact } from './mcnemar.js';
import { pairExamples, predictionChurn, type Churn, type Comparability } from './pairing.js';
import { createRng, type Rng } from './random.js';
import { zTestDifference } from './z-test.js';

export interface EstimateOptions {
  /** Confidence level of the intervals, 1 − alpha. */
  readonly level: number;
  /** Resamples for cell bootstraps; row bootstraps use fewer on large sets (see ROW_BUDGET). */
  readonly resamples: number;
  readonly seed: number;
  /** Ids that a rule gates: only these get the costly row bootstrap; the rest show cheap estimates or none. */
  readonly gated: ReadonlySet<string>;
}

export interface EstimateResult {
  readonly estimates: Map<string, DeltaEstimate>;
  readonly pairing: Comparability | undefined;
  readonly churn: Churn | undefined;
  /** How the deltas were judged, in one line for the report. */
  readonly method: string;
}

/** Row bootstraps recompute a metric per resample: at most this many row visits in total per metric. */
const ROW_BUDGET = 1_000_000;
const MIN_ROW_RESAMPLES = 200;
/**
 * Row visits are not the whole cost: each resample recomputes every metric of the task, and that costs
 * `resampleCost` work units (a few nanoseconds each). One metric's row bootstrap may spend at most
 * METRIC_WORK_BUDGET units, all of a comparison's row bootstraps together RUN_WORK_BUDGET; past that, metrics
 * gate on their point estimates and the report says no uncertainty is known. f1_macro over 1,000 classes (a
 * 1,000 × 1,000 confusion matrix per resample) or average_precision in hundreds of gated slices stay within
 * seconds this way. The budgets are counted, not timed, so verdicts never depend on the machine.
 */
const METRIC_WORK_BUDGET = 150_000_000;
const RUN_WORK_BUDGET = 500_000_000;

/** The work of recomputing the metrics of `data` once: rows, the confusion matrix, and the sorts for ranking. */
export function resampleCost(data: EvalData): number {
  const n = Math.max(2, data.n);
  const sort = n * Math.log2(n);
  if (data.task === 'regression') return n + sort;
  const k = data.classes.length;
  let cost = n + k * k;
  if (data.task === 'binary') cost += sort;
  if (data.proba) cost += k * (sort + n);
  return cost;
}

/** Work units left for row bootstraps in one `estimateDeltas` call. */
interface WorkBudget {
  left: number;
}

/** How many resamples a row bootstrap of `cost` per resample may run: undefined when too few to be worth it. */
function affordableResamples(limit: number, cost: number, budget: WorkBudget): number | undefined {
  const resamples = Math.min(limit, Math.floor(Math.min(METRIC_WORK_BUDGET, budget.left) / cost));
  if (resamples < MIN_ROW_RESAMPLES) return undefined;
  budget.left -= resamples * cost;
  return resamples;
}
/** Joint cells grow as classes³; above this many the cell bootstrap gives way to a row bootstrap. */
const MAX_JOINT_CELLS = 20_000;

/**
 * Estimates the uncertainty of current − baseline for each metric id (docs/rules.md#significance). Paired when ids pair the
 * examples: McNemar and a joint-cell bootstrap for confusion-matrix metrics, DeLong for ROC AUC, row bootstraps
 * for the rest. Unpaired otherwise, or z-tests on the standard errors that metric files carry. Ids it cannot
 * estimate are left out: they gate on point estimates, and the report says so.
 */
export function estimateDeltas(baseline: RunMetrics, current: RunMetrics, ids: readonly string[], options: EstimateOptions): EstimateResult {
  const estimates = new Map<string, DeltaEstimate>();
  const rng = createRng(options.seed);
  const budget: WorkBudget = { left: RUN_WORK_BUDGET };
  const b = baseline.examples;
  const c = current.examples;
  let pairing: Comparability | undefined;
  let churn: Churn | undefined;
  if (b && c) {
    pairing = pairExamples(b, c);
    churn = predictionChurn(b, c, pairing);
  }
  // When the eval set changed, the paired estimate measures the shared examples while the table's Δ is over all of
  // them: the estimate is moved onto that Δ, so the row, its interval and its verdict speak of one change.
  const setChanged = pairing?.kind === 'paired' && pairing.added + pairing.removed + pairing.changedLabels > 0;
  const sharedMetrics = new Map<string, { b: ReadonlyMap<string, number | null>; c: ReadonlyMap<string, number | null> } | undefined>();
  for (const id of ids) {
    let estimate: DeltaEstimate | undefined;
    if (b && c && pairing?.kind === 'paired') {
      estimate = pairedEstimate(id, b, c, pairing, current, options, rng, budget);
      if (estimate && setChanged) estimate = centreOnShownDelta(id, estimate, { b, c, pairing, baseline, current, sharedMetrics });
    }
    else if (b && c && baseMetricId(id) === id) estimate = unpairedEstimate(id, b, c, options, rng, budget);
    estimate ??= stderrEstimate(id, baseline, current, options.level);
    if (estimate) estimates.set(id, estimate);
  }
  const method =
    pairing?.kind === 'paired'
      ? `paired tests on shared ids (${Math.round(options.level * 100)}% intervals)`
      : b && c
        ? 'unpaired bootstrap: no shared ids to pair the examples'
        : estimates.size > 0
          ? 'z-tests on the standard errors in the metric files'
          : 'no per-example data or standard errors: point estimates, no uncertainty known';
  return { estimates, pairing, churn, method };
}

interface CentreContext {
  readonly b: ExampleData;
  readonly c: ExampleData;
  readonly pairing: Comparability;
  readonly baseline: RunMetrics;
  readonly current: RunMetrics;
  /** Both runs' metrics on the shared rows of each slice (or of all rows, under ''), computed once. */
  readonly sharedMetrics: Map<string, { b: ReadonlyMap<string, number | null>; c: ReadonlyMap<string, number | null> } | undefined>;
}

/**
 * The paired estimate moved by (Δ over all examples − Δ over the shared ones), the shift compare.ts applies to
 * tool-reported values. The added and removed examples' own uncertainty is not in the interval; the method says
 * what it is centred on.
 */
function centreOnShownDelta(id: string, estimate: DeltaEstimate, ctx: CentreContext): DeltaEstimate {
  const metric = baseMetricId(id);
  const key = id.slice(metric.length);
  if (!ctx.sharedMetrics.has(key)) {
    const rows = rowsFor(id, ctx.pairing, ctx.current);
    ctx.sharedMetrics.set(key, rows && rows.c.length > 0 ? { b: computeMetrics(subsetRows(ctx.b.data, rows.b)).values, c: computeMetrics(subsetRows(ctx.c.data, rows.c)).values } : undefined);
  }
  const shared = ctx.sharedMetrics.get(key);
  const [sb, sc] = [shared?.b.get(metric), shared?.c.get(metric)];
  const [hb, hc] = [ctx.baseline.metrics.get(id), ctx.current.metrics.get(id)];
  if (typeof sb !== 'number' || typeof sc !== 'number' || typeof hb !== 'number' || typeof hc !== 'number') return estimate;
  const shift = hc - hb - (sc - sb);
  const method = `${estimate.method} on the shared examples, centred on the Δ over all`;
  return Math.abs(shift) > 1e-12 ? { ...shiftEstimate(estimate, shift), method } : { ...estimate, method };
}

/** The paired rows that belong to a slice id (`f1[region=eu]`), taking slice membership from the current run. */
function rowsFor(id: string, pairing: Comparability, current: RunMetrics): { b: Uint32Array; c: Uint32Array } | undefined {
  const base = baseMetricId(id);
  if (base === id) return { b: pairing.baselineRows, c: pairing.currentRows };
  const match = /^\[(.+?)=(.*)\]$/s.exec(id.slice(base.length));
  const slice = match && current.evaluation?.slices.find((s) => s.name === match[1]);
  if (!match || !slice) return undefined;
  const code = slice.values.indexOf(match[2]!);
  const keep: number[] = [];
  for (let k = 0; k < pairing.currentRows.length; k++) if (slice.codes[pairing.currentRows[k]!] === code) keep.push(k);
  return { b: Uint32Array.from(keep, (k) => pairing.baselineRows[k]!), c: Uint32Array.from(keep, (k) => pairing.currentRows[k]!) };
}

function pairedEstimate(
  id: string,
  b: ExampleData,
  c: ExampleData,
  pairing: Comparability,
  current: RunMetrics,
  options: EstimateOptions,
  rng: Rng,
  budget: WorkBudget,
): DeltaEstimate | undefined {
  const rows = rowsFor(id, pairing, current);
  if (!rows || rows.c.length < 2) return undefined;
  const metric = baseMetricId(id);
  const bd = subsetRows(b.data, rows.b);
  const cd = subsetRows(c.data, rows.c);
  if (bd.task !== cd.task) return undefined;
  if (cd.task !== 'regression' && bd.task !== 'regression' && !cd.weights && !bd.weights) {
    const aligned = alignClasses(bd, cd);
    const statistic = CONFUSION_METRICS[metric];
    if (statistic && aligned.k ** 3 <= MAX_JOINT_CELLS) return jointCellEstimate(metric, aligned, statistic, options, rng);
    if (metric === 'roc_auc' && cd.task === 'binary') return delongEstimate(aligned, options.level);
  }
  const meanB = perExample(metric, bd);
  const meanC = perExample(metric, cd);
  if (meanB && meanC && !bd.weights && !cd.weights) {
    const { mean, se } = pairedMean(meanC.map((v, i) => v - meanB[i]!));
    return fromNormal('paired z-test', mean, se, options.level);
  }
  return options.gated.has(id) ? rowBootstrap(metric, bd, cd, options, rng, budget) : undefined;
}

interface Aligned {
  readonly k: number;
  readonly positive: number;
  readonly yTrue: Codes;
  readonly predB: Codes;
  readonly predC: Codes;
  readonly scoreB: Float64Array;
  readonly scoreC: Float64Array;
}

/** Both runs' predictions on the current run's class indices (a class only the baseline knows is appended). */
function alignClasses(b: ClassificationData, c: ClassificationData): Aligned {
  const names = [...c.classes];
  const index = new Map(names.map((name, i) => [name, i]));
  const toCurrent = b.classes.map((name) => {
    if (!index.has(name)) index.set(name, names.push(name) - 1);
    return index.get(name)!;
  });
  const predB = allocateCodes(names.length, b.yPred.length);
  for (let i = 0; i < predB.length; i++) predB[i] = toCurrent[b.yPred[i]!]!;
  const hard = (pred: Codes, positive: number) => Float64Array.from(pred, (p) => (p === positive ? 1 : 0));
  return {
    k: names.length,
    positive: c.positive,
    yTrue: c.yTrue,
    predB,
    predC: c.yPred,
    scoreB: b.score ?? hard(predB, c.positive),
    scoreC: c.score ?? hard(c.yPred, c.positive),
  };
}

function jointCellEstimate(metric: string, a: Aligned, statistic: (typeof CONFUSION_METRICS)[string], options: EstimateOptions, rng: Rng): DeltaEstimate | undefined {
  const { k } = a;
  const cells = new Float64Array(k * k * k);
  for (let i = 0; i < a.yTrue.length; i++) cells[(a.yTrue[i]! * k + a.predB[i]!) * k + a.predC[i]!]! += 1;
  const scratchB = new Float64Array(k * k);
  const scratchC = new Float64Array(k * k);
  const delta = (counts: Float64Array) => {
    scratchB.fill(0);
    scratchC.fill(0);
    for (let t = 0; t < k; t++) {
      for (let pb = 0; pb < k; pb++) {
        for (let pc = 0; pc < k; pc++) {
          const n = counts[(t * k + pb) * k + pc]!;
          if (n === 0) continue;
          scratchB[t * k + pb]! += n;
          scratchC[t * k + pc]! += n;
        }
      }
    }
    return statistic(confusionFromCounts(scratchC, k), a.positive) - statistic(confusionFromCounts(scratchB, k), a.positive);
  };
  let pValue: number | undefined;
  if (metric === 'accuracy') {
    let rightToWrong = 0;
    let wrongToRight = 0;
    for (let i = 0; i < a.yTrue.length; i++) {
      const was = a.predB[i] === a.yTrue[i];
      const is = a.predC[i] === a.yTrue[i];
      if (was && !is) rightToWrong++;
      else if (!was && is) wrongToRight++;
    }
    pValue = mcnemarExact(rightToWrong, wrongToRight);
  }
  const samples = bootstrapCells(cells, delta, options.resamples, rng);
  return fromResamples(metric === 'accuracy' ? 'McNemar, paired bootstrap' : 'paired bootstrap', samples, options.level, pValue);
}

function delongEstimate(a: Aligned, level: number): DeltaEstimate | undefined {
  const isPositive = Uint8Array.from(a.yTrue, (t) => (t === a.positive ? 1 : 0));
  const result = delongPaired(isPositive, a.scoreB, a.scoreC);
  if (!(result.se > 0)) return undefined;
  return fromNormal('DeLong', result.delta, result.se, level, result.pValue);
}

/** A metric recomputed on resampled rows (row multiplicities as weights); skipped when the set is too large. */
function rowBootstrap(metric: string, b: EvalData, c: EvalData, options: EstimateOptions, rng: Rng, budget: WorkBudget): DeltaEstimate | undefined {
  const n = c.n;
  if (metric === 'max_error' || metric === 'n') return undefined;
  const resamples = affordableResamples(Math.min(options.resamples, Math.floor(ROW_BUDGET / n)), resampleCost(b) + resampleCost(c), budget);
  if (resamples === undefined) return undefined;
  const samples = bootstrapRows(n, (w) => metricWithMultiplicities(c, w, metric) - metricWithMultiplicities(b, w, metric), resamples, rng);
  return fromResamples(`paired bootstrap (${resamples} resamples)`, samples, options.level);
}

function unpairedEstimate(metric: string, b: ExampleData, c: ExampleData, options: EstimateOptions, rng: Rng, budget: WorkBudget): DeltaEstimate | undefined {
  const bd = b.data;
  const cd = c.data;
  if (bd.task !== cd.task) return undefined;
  if (metric === 'roc_auc' && bd.task === 'binary' && cd.task === 'binary' && bd.score && cd.score && !bd.weights && !cd.weights) {
    const positives = (d: ClassificationData) => Uint8Array.from(d.yTrue, (t) => (t === d.positive ? 1 : 0));
    const vb = delongVariance(positives(bd), bd.score);
    const vc = delongVariance(positives(cd), cd.score);
    return fromNormal('DeLong, unpaired', vc.auc - vb.auc, Math.sqrt(vb.variance + vc.variance), options.level);
  }
  const meanB = perExample(metric, bd);
  const meanC = perExample(metric, cd);
  if (meanB && meanC && !bd.weights && !cd.weights) {
    const { mean, se } = unpairedMeans(meanB, meanC);
    return fromNormal('unpaired z-test', mean, se, options.level);
  }
  if (!options.gated.has(metric)) return undefined;
  if (metric === 'max_error' || metric === 'n') return undefined;
  const resamples = affordableResamples(Math.min(options.resamples, Math.floor(ROW_BUDGET / (bd.n + cd.n))), resampleCost(bd) + resampleCost(cd), budget);
  if (resamples === undefined) return undefined;
  const samples = bootstrapIndependentRows(bd.n, cd.n, (wb, wc) => metricWithMultiplicities(cd, wc, metric) - metricWithMultiplicities(bd, wb, metric), resamples, rng);
  return fromResamples(`unpaired bootstrap (${resamples} resamples)`, samples, options.level);
}

/** A metric on resampled rows: multiplicities act as weights (times the sample weights, when there are any). */
function metricWithMultiplicities(data: EvalData, multiplicities: Float64Array, metric: string): number {
  const weights = data.weights ? multiplicities.map((w, i) => w * data.weights![i]!) : multiplicities;
  return computeMetrics({ ...data, weights }).values.get(metric) ?? Number.NaN;
}

/** lm-eval style standard errors on both sides: a z-test on the difference (docs/rules.md#significance). */
function stderrEstimate(id: string, baseline: RunMetrics, current: RunMetrics, level: number): DeltaEstimate | undefined {
  const seB = baseline.stderr.get(id);
  const seC = current.stderr.get(id);
  const vb = baseline.metrics.get(id);
  const vc = current.metrics.get(id);
  if (seB === undefined || seC === undefined || typeof vb !== 'number' || typeof vc !== 'number') return undefined;
  const z = zTestDifference(vb, seB, vc, seC, level);
  return fromNormal('z-test on reported standard errors', z.delta, z.se, level, z.pValue);
}
