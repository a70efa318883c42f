/**
 * The data behind the report's pictures (docs/report.md, issue "Pictures"): trends across default-branch runs, ROC and
 * precision–recall curves of baseline vs current, and confusion matrices. Built from the runs by
 * src/report/build-pictures.ts; rendered by the sparkline, mermaid and HTML renderers. Plain data, JSON-safe.
 */
export interface Pictures {
  /** One trend per gated (or headline) metric: the last default-branch runs, oldest first, then this run. */
  readonly trends: readonly Trend[];
  /** Binary only: curves of both runs on a fixed grid. */
  readonly roc: CurvePair | undefined;
  readonly precisionRecall: CurvePair | undefined;
  readonly confusion: ConfusionPair | undefined;
  /** Regression only: the mean absolute error by range of the actual value, in both runs. */
  readonly residuals?: ResidualBins;
}

/** Mean absolute error in equal-count bins of the actual value (bins from the current run), oldest run first. */
export interface ResidualBins {
  /** The middle of each bin's actual values, ascending. */
  readonly centres: readonly number[];
  readonly current: readonly number[];
  /** NaN where the baseline has no example in a bin; undefined without baseline examples. */
  readonly baseline: readonly number[] | undefined;
}

export interface TrendPoint {
  /** Short commit SHA (7 hex) or "this PR" / "this run". */
  readonly label: string;
  readonly value: number | null;
  /** ISO date of the run, when known. */
  readonly date: string | undefined;
}

export interface Trend {
  readonly id: string;
  /** Oldest first; the last point is the run under review (`current: true`). */
  readonly points: readonly TrendPoint[];
  readonly direction: 'higher' | 'lower';
}

/** A curve sampled on a fixed x grid (0, 0.05, …, 1): y is the curve's value at each x (step-wise, max y). */
export interface Curve {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** The area the report names (ROC AUC or average precision), if known. */
  readonly area: number | undefined;
}

export interface CurvePair {
  readonly baseline: Curve | undefined;
  readonly current: Curve;
}

export interface ConfusionPair {
  readonly classes: readonly string[];
  /** rows = true class, columns = predicted class, counts (weighted if the data is). */
  readonly baseline: readonly (readonly number[])[] | undefined;
  readonly current: readonly (readonly number[])[];
}
