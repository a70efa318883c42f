import type { Codes } from './codes.js';

/** What the metric functions consume: class indices and typed arrays, already validated by ingest. */

export type Task = 'binary' | 'multiclass' | 'regression';

export interface ClassificationData {
  readonly task: 'binary' | 'multiclass';
  readonly n: number;
  /** Class names, sorted as scikit-learn sorts them; `yTrue`/`yPred` index into this list. */
  readonly classes: readonly string[];
  readonly yTrue: Codes;
  readonly yPred: Codes;
  /** Binary: the index of the positive class. */
  readonly positive: number;
  /** Binary: the score of the positive class (a probability, or a decision score). */
  readonly score: Float64Array | undefined;
  /** Multiclass: one score column per class, aligned with `classes`. */
  readonly proba: readonly Float64Array[] | undefined;
  /** The scores are probabilities (all within [0, 1]) rather than decision scores. */
  readonly scoresAreProbabilities: boolean;
  readonly weights: Float64Array | undefined;
}

export interface RegressionData {
  readonly task: 'regression';
  readonly n: number;
  readonly yTrue: Float64Array;
  readonly yPred: Float64Array;
  readonly weights: Float64Array | undefined;
}

export type EvalData = ClassificationData | RegressionData;

/** A metric id and its value; `null` when the metric is undefined on this data (see the notes). */
export type MetricValues = Map<string, number | null>;

export interface MetricResult {
  readonly values: MetricValues;
  /** Why each `null` metric is undefined, by metric id. */
  readonly undefinedBecause: ReadonlyMap<string, string>;
  /** Notes about the data as a whole (e.g. scores derived from hard predictions). */
  readonly notes: readonly string[];
}
