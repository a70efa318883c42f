import type { Direction, Rule } from './rules.js';

/** What happened to one metric. `fail` and `warn` come from broken rules; the rest describe the comparison. */
export type MetricStatus = 'fail' | 'warn' | 'accepted' | 'pass' | 'new' | 'removed' | 'skipped' | 'info';

export type Change = 'improved' | 'worsened' | 'unchanged';

/** What is known about the uncertainty of a delta (docs/rules.md#significance). */
export interface DeltaEstimate {
  /** How it was estimated, in words for the report ("paired bootstrap", "DeLong", "McNemar", …). */
  readonly method: string;
  /** Confidence interval of current − baseline at `level`. */
  readonly interval: readonly [number, number];
  readonly level: number;
  /** Two-sided p-value of "no change", where the method gives one (McNemar, DeLong, z-tests). */
  readonly pValue: number | undefined;
  /**
   * P(the worsening is at most `allowed`) under the estimate: small values mean "confidently worse than allowed".
   * Normal methods evaluate the tail; bootstrap methods count resamples.
   */
  readonly probabilityWithin: (allowed: number, direction: 'higher' | 'lower') => number;
  /**
   * The same probability from the estimate's continuous distribution, when `probabilityWithin` switches to a
   * discrete test at some allowances (McNemar's at zero): what the verdict interval inverts. Defaults to
   * `probabilityWithin`.
   */
  readonly distribution?: (allowed: number, direction: 'higher' | 'lower') => number;
  /**
   * An exact two-sided interval of current − baseline with `tail` in each tail, for discrete tests whose
   * distribution has an atom at the boundary (the sign test's Clopper–Pearson bounds): used instead of inverting.
   */
  readonly bounds?: (tail: number) => readonly [number, number];
}

/** An interval of current − baseline at `level`, and how it was adjusted for testing several checks at once. */
export interface VerdictInterval {
  readonly bounds: readonly [number, number];
  readonly level: number;
  /** "Holm over 4 checks"; undefined when there was one check. */
  readonly adjustment: string | undefined;
  readonly method: string;
}

export interface MetricVerdict {
  readonly id: string;
  /** `undefined`: the run does not have this metric; `null`: it has it, but the value is undefined (NaN). */
  readonly baseline: number | null | undefined;
  readonly current: number | null | undefined;
  readonly delta: number | undefined;
  /** Delta over the baseline's magnitude; undefined for a zero baseline. */
  readonly relativeDelta: number | undefined;
  readonly direction: Direction;
  readonly change: Change | undefined;
  /** The rule shown for this metric: this run's, else the baseline's. */
  readonly rule: Rule | undefined;
  /** The baseline's rule for this metric, when the baseline carried rules (docs/rules.md#who-sets-the-bar). */
  readonly baselineRule: Rule | undefined;
  readonly estimate: DeltaEstimate | undefined;
  /**
   * The interval the verdict used for a max-regression check (Holm-adjusted across the checks), in the
   * units of `delta`; undefined when the metric had no such check or no uncertainty.
   */
  readonly verdictInterval: VerdictInterval | undefined;
  /** The Holm-adjusted one-sided p-value that decided a max-regression check, when significance was used. */
  readonly adjustedP: number | undefined;
  readonly status: MetricStatus;
  /** Why the rule broke, or why it was not checked, in words. */
  readonly reasons: readonly string[];
}

/** The overall outcome (README.md#inputs output `status`). */
export type GateStatus = 'pass' | 'warn' | 'fail' | 'no-baseline';

export interface GateResult {
  readonly status: GateStatus;
  readonly hasBaseline: boolean;
  readonly verdicts: readonly MetricVerdict[];
  readonly counts: Readonly<Record<MetricStatus, number>>;
}
