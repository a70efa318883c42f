import { InputError } from '../errors.js';
import type { RunMetrics } from '../ingest/combine-run.js';
import type { Provenance, Report, RunInfo } from '../report/report.js';
import { evaluateRules } from './evaluate-rules.js';
import { decideOutcome, type FailOn, type IfNoBaseline } from './outcome.js';
import type { Rule } from './rules.js';

export interface CompareSettings {
  readonly rules: readonly Rule[];
  readonly minSliceSize: number;
  readonly failOn: FailOn;
  readonly ifNoBaseline: IfNoBaseline;
  /** False when the caller asked for no baseline (evaluate mode): a missing one is then not reported. */
  readonly expectBaseline?: boolean;
  readonly baselineProvenance?: Provenance;
}

/** The whole gate, pure: two runs and the settings in, the report model out (SPEC §5, §6). */
export function compareRuns(current: RunMetrics, baseline: RunMetrics | undefined, settings: CompareSettings): Report {
  const currentTask = current.task;
  const baselineTask = baseline?.task;
  if (currentTask && baselineTask && currentTask !== baselineTask) {
    throw new InputError(
      `the baseline is a ${baselineTask} eval and the current run a ${currentTask} one; they cannot be compared (check task and the label columns)`,
    );
  }
  const gate = evaluateRules({
    current: current.metrics,
    baseline: baseline?.metrics,
    rules: settings.rules,
    minSliceSize: settings.minSliceSize,
  });
  const failed = gate.verdicts.filter((v) => v.status === 'fail').map((v) => v.id);
  const warned = gate.verdicts.filter((v) => v.status === 'warn').map((v) => v.id);
  let outcome = decideOutcome(gate.status, settings.failOn, settings.ifNoBaseline, gate.status === 'warn' ? warned : failed);
  if (gate.status === 'no-baseline' && settings.expectBaseline === false) {
    outcome = { passed: outcome.passed, summary: settings.rules.length > 0 ? 'every rule passed (no baseline asked for)' : `${gate.verdicts.length} metrics, no rules` };
  }
  return {
    gate,
    passed: outcome.passed,
    outcome: outcome.summary,
    current: runInfo('current', current),
    baseline: baseline && { ...runInfo('baseline', baseline), ...(settings.baselineProvenance ? { provenance: settings.baselineProvenance } : {}) },
    baselineExpected: settings.expectBaseline ?? true,
    notes: [...current.notes, ...(baseline?.notes ?? []).map((note) => `baseline: ${note}`)],
  };
}

function runInfo(label: string, run: RunMetrics): RunInfo {
  return { label, task: run.task, n: run.n, sources: run.sources };
}
