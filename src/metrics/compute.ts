import { buildConfusion } from './confusion.js';
import {
  accuracy,
  averagedRates,
  balancedAccuracy,
  classRates,
  cohenKappa,
  matthews,
} from './confusion-metrics.js';
import type { ClassificationData, EvalData, MetricResult } from './eval-data.js';
import {
  binaryLogLoss,
  brierScore,
  multiclassLogLoss,
  rowsSumToOne,
  topKAccuracy,
} from './probabilistic.js';
import { rankingMetrics, rocAucOneVsRest } from './ranking.js';
import { regressionMetrics } from './regression.js';

/** Metric ids per task, in the order reports list them (docs/formats.md#metric-ids). */
export const METRIC_IDS = {
  binary: [
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'mcc', 'cohen_kappa',
    'roc_auc', 'average_precision', 'log_loss', 'brier_score',
  ],
  multiclass: [
    'accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro',
    'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'mcc', 'cohen_kappa',
    'roc_auc_ovr', 'log_loss', 'top2_accuracy',
  ],
  regression: ['mae', 'mse', 'rmse', 'r2', 'mape', 'median_ae', 'explained_variance', 'max_error'],
} as const;

/** Why a metric is undefined, keyed by metric id; the report turns these into notes. */
type Reasons = Map<string, string>;

/**
 * Every metric of the task on this data. Values scikit-learn leaves undefined (it raises, or returns NaN)
 * are `null`, each with a note saying why: one class in y_true, decision scores where probabilities are needed.
 */
export function computeMetrics(data: EvalData): MetricResult {
  const raw: Record<string, number> = { n: data.n };
  const reasons: Reasons = new Map();
  const notes: string[] = [];
  if (data.task === 'regression') Object.assign(raw, regressionMetrics(data));
  else if (data.task === 'binary') Object.assign(raw, binaryMetrics(data, reasons, notes));
  else Object.assign(raw, multiclassMetrics(data, reasons));

  const values = new Map<string, number | null>();
  const undefinedBecause = new Map<string, string>();
  for (const id of ['n', ...METRIC_IDS[data.task]]) {
    const value = raw[id];
    const defined = value !== undefined && Number.isFinite(value);
    values.set(id, defined ? value : null);
    if (!defined) undefinedBecause.set(id, reasons.get(id) ?? 'it is not defined on this data');
  }
  return { values, undefinedBecause, notes };
}

function confusionMetrics(data: ClassificationData) {
  const m = buildConfusion(data);
  return { m, accuracy: accuracy(m), balanced_accuracy: balancedAccuracy(m), mcc: matthews(m), cohen_kappa: cohenKappa(m) };
}

function binaryMetrics(data: ClassificationData, reasons: Reasons, notes: string[]): Record<string, number> {
  const { m, ...shared } = confusionMetrics(data);
  const positive = data.positive;
  const negative = data.classes.length === 2 ? 1 - positive : -1;
  const rates = classRates(m, positive);
  const out: Record<string, number> = {
    ...shared,
    precision: rates.precision,
    recall: rates.recall,
    f1: rates.f1,
    specificity: negative >= 0 ? classRates(m, negative).recall : 0,
  };
  reasons.set('cohen_kappa', 'labels and predictions are all one class, so chance agreement is certain');

  const isPositive = new Uint8Array(data.n);
  for (let i = 0; i < data.n; i++) isPositive[i] = data.yTrue[i] === positive ? 1 : 0;
  // Like scikit-learn, hard predictions serve as scores when the file has none.
  let score = data.score;
  let probabilities = data.scoresAreProbabilities;
  if (!score) {
    notes.push(
      'there is no score column: roc_auc, average_precision, log_loss and brier_score use the hard predictions ' +
        'as scores, as scikit-learn does',
    );
    score = new Float64Array(data.n);
    for (let i = 0; i < data.n; i++) score[i] = data.yPred[i] === positive ? 1 : 0;
    probabilities = true;
  }
  // One sort and one walk down the thresholds serve both ranking metrics.
  const ranking = rankingMetrics(score, isPositive, data.weights);
  out.roc_auc = ranking.rocAuc;
  reasons.set('roc_auc', 'only one class is present in the labels');
  out.average_precision = ranking.averagePrecision;
  if (probabilities) {
    out.log_loss = data.classes.length < 2 ? Number.NaN : binaryLogLoss(score, isPositive, data.weights);
    out.brier_score = brierScore(score, isPositive, data.weights);
    reasons.set('log_loss', 'it needs two classes');
  } else {
    reasons.set('log_loss', 'the scores are decision scores, not probabilities');
    reasons.set('brier_score', 'the scores are decision scores, not probabilities');
  }
  return out;
}

function multiclassMetrics(data: ClassificationData, reasons: Reasons): Record<string, number> {
  const { m, ...shared } = confusionMetrics(data);
  const out: Record<string, number> = { ...shared };
  for (const average of ['macro', 'micro', 'weighted'] as const) {
    const rates = averagedRates(m, average);
    out[`precision_${average}`] = rates.precision;
    out[`recall_${average}`] = rates.recall;
    out[`f1_${average}`] = rates.f1;
  }
  reasons.set('cohen_kappa', 'labels and predictions are all one class, so chance agreement is certain');
  const proba = data.proba;
  if (!proba) {
    for (const id of ['roc_auc_ovr', 'log_loss', 'top2_accuracy']) reasons.set(id, 'the file has no per-class scores');
    return out;
  }
  out.top2_accuracy = topKAccuracy(proba, data.yTrue, 2, data.weights);
  if (!data.scoresAreProbabilities) {
    reasons.set('roc_auc_ovr', 'the scores are decision scores, not probabilities');
    reasons.set('log_loss', 'the scores are decision scores, not probabilities');
    return out;
  }
  out.log_loss = multiclassLogLoss(proba, data.yTrue, data.weights);
  out.roc_auc_ovr = rocAucOvr(data, proba, reasons);
  return out;
}

/** Macro one-vs-rest ROC AUC; scikit-learn refuses rows that do not sum to one and classes without examples. */
function rocAucOvr(data: ClassificationData, proba: readonly Float64Array[], reasons: Reasons): number {
  if (!rowsSumToOne(proba, data.n)) {
    reasons.set('roc_auc_ovr', 'the class probabilities of some rows do not sum to 1');
    return Number.NaN;
  }
  let sum = 0;
  const unweighted = data.weights ? undefined : rocAucOneVsRest(proba, data.yTrue);
  const isClass = unweighted ? undefined : new Uint8Array(data.n);
  for (let c = 0; c < proba.length; c++) {
    let auc: number;
    if (unweighted) {
      auc = unweighted[c]!;
    } else {
      for (let i = 0; i < data.n; i++) isClass![i] = data.yTrue[i] === c ? 1 : 0;
      auc = rankingMetrics(proba[c]!, isClass!, data.weights).rocAuc;
    }
    if (Number.isNaN(auc)) {
      reasons.set('roc_auc_ovr', `class "${data.classes[c]}" has no examples (or all of them) in the labels`);
      return Number.NaN;
    }
    sum += auc;
  }
  return sum / proba.length;
}
