import type { Codes } from '../../metrics/codes.js';

/**
 * The columnar table that every predictions reader produces: typed arrays, one per kept column, never an array
 * of row objects. Text columns are interned once into codes and a list of distinct values.
 */

/** Where a distinct value was first seen, so later checks can still name the file and line. */
export interface Origin {
  readonly file: string;
  readonly line: number;
}

/** A text column stored as codes into its distinct values (in order of first appearance). */
export interface CategoricalColumn {
  readonly kind: 'categorical';
  readonly name: string;
  readonly codes: Codes;
  readonly values: readonly string[];
  readonly origins: readonly Origin[];
}

/** A label column with too many distinct values to intern; every value was a number. */
export interface NumericColumn {
  readonly kind: 'numeric';
  readonly name: string;
  readonly values: Float64Array;
}

export type LabelColumn = CategoricalColumn | NumericColumn;

export interface ScoreColumn {
  readonly name: string;
  readonly values: Float64Array;
  /** The name promises a probability (`probability`, `prob_*`…); range was checked while reading. */
  readonly probabilityByName: boolean;
  /** Every value lies in [0, 1]. */
  readonly inUnitInterval: boolean;
}

/** Per-class scores: named columns (`y_score_cat`) or JSON arrays in sorted class order (`names` undefined). */
export interface ClassScores {
  readonly names: readonly string[] | undefined;
  readonly columns: readonly ScoreColumn[];
}

export interface PredictionTable {
  readonly files: readonly string[];
  readonly n: number;
  readonly label: LabelColumn;
  readonly prediction: LabelColumn | undefined;
  readonly score: ScoreColumn | undefined;
  readonly classScores: ClassScores | undefined;
  readonly ids: readonly string[] | undefined;
  readonly weights: Float64Array | undefined;
  readonly slices: readonly CategoricalColumn[];
  readonly notes: readonly string[];
}
