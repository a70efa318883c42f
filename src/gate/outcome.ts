import type { GateStatus } from './verdict.js';

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const IF_NO_BASELINE = ['pass', 'warn', 'fail'] as const;
export type IfNoBaseline = (typeof IF_NO_BASELINE)[number];

export interface Outcome {
  readonly passed: boolean;
  /** One line for the log and for `setFailed`. */
  readonly summary: string;
}

/** Whether the step passes, from the gate's status and the `fail-on` / `if-no-baseline` policies (README.md#inputs). */
export function decideOutcome(status: GateStatus, failOn: FailOn, ifNoBaseline: IfNoBaseline, failed: readonly string[]): Outcome {
  const listed = failed.slice(0, 5).join(', ') + (failed.length > 5 ? `, and ${failed.length - 5} more` : '');
  switch (status) {
    case 'fail':
      return failOn === 'never'
        ? { passed: true, summary: `rules failed (${listed}), but fail-on is never` }
        : { passed: false, summary: `${failed.length} rule${failed.length === 1 ? '' : 's'} failed: ${listed}` };
    case 'warn':
      return failOn === 'warning'
        ? { passed: false, summary: `warnings with fail-on: warning: ${listed}` }
        : { passed: true, summary: `passed with warnings: ${listed}` };
    case 'no-baseline':
      return ifNoBaseline === 'fail'
        ? { passed: false, summary: 'no baseline to compare against, and if-no-baseline is fail' }
        : { passed: true, summary: 'no baseline to compare against; absolute rules passed' };
    case 'pass':
      return { passed: true, summary: 'every rule passed' };
  }
}
