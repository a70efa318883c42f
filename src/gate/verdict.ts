import type { Direction, Rule } from './rules.js';

/** What happened to one metric. `fail` and `warn` come from broken rules; the rest describe the comparison. */
export type MetricStatus = 'fail' | 'warn' | 'accepted' | 'pass' | 'new' | 'removed' | 'skipped' | 'info';

export type Change = 'improved' | 'worsened' | 'unchanged';

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
  readonly rule: Rule | undefined;
  readonly status: MetricStatus;
  /** Why the rule broke, or why it was not checked, in words. */
  readonly reasons: readonly string[];
}

/** The overall outcome (SPEC §2 output `status`). */
export type GateStatus = 'pass' | 'warn' | 'fail' | 'no-baseline';

export interface GateResult {
  readonly status: GateStatus;
  readonly hasBaseline: boolean;
  readonly verdicts: readonly MetricVerdict[];
  readonly counts: Readonly<Record<MetricStatus, number>>;
}
