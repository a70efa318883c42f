import { baseMetricId } from '../gate/direction.js';
import type { MetricVerdict } from '../gate/verdict.js';
import type { RunMetrics } from '../ingest/combine-run.js';
import type { ClassificationData, RegressionData } from '../metrics/eval-data.js';
import { averagePrecision, rocAuc, thresholdCurve, type ThresholdCurve } from '../metrics/ranking.js';
import type { ConfusionPair, Curve, CurvePair, Pictures, ResidualBins, Trend } from './pictures.js';

/** Trends are drawn for at most this many metrics, so the comment stays readable. */
const MAX_TRENDS = 8;
const GRID = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * The pictures of a comparison: trends of the gated metrics over the baseline's history plus this run, the ROC
 * and precision–recall curves of both runs (binary), and both confusion matrices. Pure.
 */
export function buildPictures(current: RunMetrics, baseline: RunMetrics | undefined, verdicts: readonly MetricVerdict[], currentLabel: string): Pictures {
  return {
    trends: buildTrends(current, baseline, verdicts, currentLabel),
    ...buildCurves(current, baseline),
    confusion: buildConfusion(current, baseline),
    ...buildResiduals(current, baseline),
  };
}

const RESIDUAL_BINS = 10;

/** Mean absolute error by decile of the actual value: where along the range a regression model got worse. */
function buildResiduals(current: RunMetrics, baseline: RunMetrics | undefined): { residuals?: ResidualBins } {
  const c = current.examples?.data;
  if (!c || c.task !== 'regression' || c.n < RESIDUAL_BINS * 5) return {};
  const sorted = Float64Array.from(c.yTrue).sort();
  const edges = Array.from({ length: RESIDUAL_BINS - 1 }, (_, k) => sorted[Math.floor(((k + 1) * sorted.length) / RESIDUAL_BINS)]!);
  const binOf = (y: number) => {
    let k = 0;
    while (k < edges.length && y >= edges[k]!) k++;
    return k;
  };
  const meanError = (data: RegressionData) => {
    const sum = new Float64Array(RESIDUAL_BINS);
    const count = new Float64Array(RESIDUAL_BINS);
    for (let i = 0; i < data.n; i++) {
      const k = binOf(data.yTrue[i]!);
      const w = data.weights ? data.weights[i]! : 1;
      sum[k]! += w * Math.abs(data.yPred[i]! - data.yTrue[i]!);
      count[k]! += w;
    }
    return Array.from(sum, (s, k) => (count[k]! > 0 ? s / count[k]! : Number.NaN));
  };
  const centres = Array.from({ length: RESIDUAL_BINS }, (_, k) => sorted[Math.floor(((k + 0.5) * sorted.length) / RESIDUAL_BINS)]!);
  const b = baseline?.examples?.data;
  return { residuals: { centres, current: meanError(c), baseline: b && b.task === 'regression' ? meanError(b) : undefined } };
}

function buildTrends(current: RunMetrics, baseline: RunMetrics | undefined, verdicts: readonly MetricVerdict[], currentLabel: string): Trend[] {
  const history = baseline?.history ?? [];
  if (history.length === 0) return [];
  const overall = verdicts.filter((v) => baseMetricId(v.id) === v.id && v.id !== 'n' && typeof v.current === 'number');
  const gated = overall.filter((v) => v.rule);
  const chosen = (gated.length > 0 ? gated : overall.slice(0, 3)).slice(0, MAX_TRENDS);
  return chosen.map((v) => ({
    id: v.id,
    direction: v.direction,
    points: [
      ...history.map((h) => ({ label: h.sha.slice(0, 7), value: h.metrics[v.id] ?? null, date: h.date })),
      { label: currentLabel, value: current.metrics.get(v.id) ?? null, date: undefined },
    ],
  }));
}

function binary(run: RunMetrics | undefined): ClassificationData | undefined {
  const data = run?.examples?.data;
  return data && data.task === 'binary' && data.classes.length === 2 ? data : undefined;
}

function curveOf(data: ClassificationData): ThresholdCurve {
  const isPositive = Uint8Array.from(data.yTrue, (t) => (t === data.positive ? 1 : 0));
  const score = data.score ?? Float64Array.from(data.yPred, (p) => (p === data.positive ? 1 : 0));
  return thresholdCurve(score, isPositive, data.weights);
}

/** The ROC curve on the grid: the true-positive rate of the last threshold whose false-positive rate is ≤ x. */
function rocOnGrid(curve: ThresholdCurve): Curve {
  const last = curve.tps.length - 1;
  const positives = curve.tps[last]!;
  const negatives = curve.fps[last]!;
  const y: number[] = [];
  let t = -1;
  for (const x of GRID) {
    // Rates only grow along the thresholds, so one forward walk serves the whole grid.
    while (t < last && curve.fps[t + 1]! / negatives <= x + 1e-12) t++;
    y.push(t < 0 ? 0 : curve.tps[t]! / positives);
  }
  return { x: GRID, y, area: rocAuc(curve) };
}

/** The precision–recall curve on the grid: the best precision among thresholds with recall ≥ x. */
function precisionRecallOnGrid(curve: ThresholdCurve): Curve {
  const last = curve.tps.length - 1;
  const positives = curve.tps[last]!;
  const bestFrom = new Float64Array(last + 2);
  for (let t = last; t >= 0; t--) {
    const predicted = curve.tps[t]! + curve.fps[t]!;
    bestFrom[t] = Math.max(bestFrom[t + 1]!, predicted > 0 ? curve.tps[t]! / predicted : 0);
  }
  const y: number[] = [];
  let t = 0;
  for (const x of GRID) {
    while (t <= last && curve.tps[t]! / positives < x - 1e-12) t++;
    y.push(bestFrom[t]!);
  }
  return { x: GRID, y, area: averagePrecision(curve) };
}

function buildCurves(current: RunMetrics, baseline: RunMetrics | undefined): { roc: CurvePair | undefined; precisionRecall: CurvePair | undefined } {
  const c = binary(current);
  if (!c) return { roc: undefined, precisionRecall: undefined };
  const currentCurve = curveOf(c);
  if (currentCurve.positiveRows === 0 || currentCurve.negativeRows === 0) return { roc: undefined, precisionRecall: undefined };
  const b = binary(baseline);
  const baselineCurve = b ? curveOf(b) : undefined;
  const usable = baselineCurve && baselineCurve.positiveRows > 0 && baselineCurve.negativeRows > 0 ? baselineCurve : undefined;
  return {
    roc: { current: rocOnGrid(currentCurve), baseline: usable && rocOnGrid(usable) },
    precisionRecall: { current: precisionRecallOnGrid(currentCurve), baseline: usable && precisionRecallOnGrid(usable) },
  };
}

function buildConfusion(current: RunMetrics, baseline: RunMetrics | undefined): ConfusionPair | undefined {
  const c = current.examples?.data;
  if (!c || c.task === 'regression') return undefined;
  const classes = [...c.classes];
  const matrixOf = (data: ClassificationData): number[][] | undefined => {
    const index = data.classes.map((name) => classes.indexOf(name));
    if (index.some((i) => i < 0)) return undefined;
    const m = classes.map(() => classes.map(() => 0));
    for (let i = 0; i < data.n; i++) m[index[data.yTrue[i]!]!]![index[data.yPred[i]!]!]! += data.weights ? data.weights[i]! : 1;
    return m;
  };
  const b = baseline?.examples?.data;
  return { classes, current: matrixOf(c)!, baseline: b && b.task !== 'regression' ? matrixOf(b) : undefined };
}
