import { InputError } from '../errors.js';
import type { RunMetrics } from '../ingest/combine-run.js';
import type { ComparisonSummary, Provenance, Report, RunInfo } from '../report/report.js';
import { buildPictures } from '../report/build-pictures.js';
import { estimateDeltas, type EstimateResult } from '../stats/estimate-deltas.js';
import { compareItems, tooSmallFor, type ItemComparison } from '../stats/compare-items.js';
import { shiftEstimate } from '../stats/delta-estimate.js';
import type { ItemReport } from '../report/items.js';
import { baseMetricId } from './direction.js';
import { RuleMatcher } from './match-rules.js';
import { evaluateRules } from './evaluate-rules.js';
import { decideOutcome, type FailOn, type IfNoBaseline } from './outcome.js';
import { allowedWorsening, describeRule, type Direction, type Rule } from './rules.js';
import type { DeltaEstimate } from './verdict.js';

export interface CompareSettings {
  readonly rules: readonly Rule[];
  /** `off` gates on point estimates; `auto` at alpha 0.05; a number is the alpha (docs/rules.md#significance). */
  readonly significance?: 'auto' | 'off' | number;
  readonly minSliceSize: number;
  readonly failOn: FailOn;
  readonly ifNoBaseline: IfNoBaseline;
  /** Set when the pull request carries the accept label (docs/rules.md#who-sets-the-bar). */
  readonly accept?: { readonly label: string; readonly absoluteRules: boolean };
  /** How the trend charts name the run under review ("this PR", "this run"). */
  readonly currentLabel?: string;
  /** False when the caller asked for no baseline (evaluate mode): a missing one is then not reported. */
  readonly expectBaseline?: boolean;
  readonly baselineProvenance?: Provenance;
  /** The accept label's name, for the report's next steps (set or not on this pull request). */
  readonly acceptLabel?: string;
  /** Show newly failing LLM eval items' text (`show-item-text`); off by default, as eval data can be private. */
  readonly showItemText?: boolean;
}

/** The whole gate, pure: two runs and the settings in, the report model out (docs/rules.md, §6). */
export function compareRuns(current: RunMetrics, baseline: RunMetrics | undefined, settings: CompareSettings): Report {
  const currentTask = current.task;
  const baselineTask = baseline?.task;
  if (currentTask && baselineTask && currentTask !== baselineTask) {
    throw new InputError(
      `the baseline is a ${baselineTask} eval and the current run a ${currentTask} one; they cannot be compared (check task and the label columns)`,
    );
  }
  const significance = settings.significance ?? 'auto';
  const alpha = significance === 'off' ? undefined : significance === 'auto' ? DEFAULT_ALPHA : significance;
  let estimated: EstimateResult | undefined;
  if (baseline && alpha !== undefined) {
    const matcher = new RuleMatcher(settings.rules);
    const ids = idsToEstimate(current, baseline, matcher, settings.minSliceSize);
    const gated = new Set(ids.filter((id) => matcher.ruleFor(id)?.maxRegression !== undefined));
    estimated = estimateDeltas(baseline, current, ids, { level: 1 - alpha, resamples: RESAMPLES, seed: SEED, gated });
  }
  const items = baseline ? compareItems(baseline, current, { level: 1 - (alpha ?? DEFAULT_ALPHA), showText: settings.showItemText === true }) : [];
  if (estimated) {
    for (const item of items) {
      if (item.estimate) estimated.estimates.set(item.id, centredOnShown(item, current, baseline!));
    }
  }
  const gate = evaluateRules({
    current: current.metrics,
    baseline: baseline?.metrics,
    rules: settings.rules,
    minSliceSize: settings.minSliceSize,
    ...(baseline?.recordedRules ? { baselineRules: baseline.recordedRules } : {}),
    ...(settings.accept ? { accept: settings.accept } : {}),
    ...(estimated ? { estimates: estimated.estimates, alpha } : {}),
    directions: declaredDirections(baseline, current),
    ...(items.length > 0 ? { newlyFailing: newlyFailingCounts(items) } : {}),
    ...(current.items ? { itemCounts: itemCounts(current, items) } : {}),
  });
  const ruleNotes = baseline?.recordedRules ? describeRuleChanges(settings.rules, baseline.recordedRules) : [];
  const failed = gate.verdicts.filter((v) => v.status === 'fail').map((v) => v.id);
  const warned = gate.verdicts.filter((v) => v.status === 'warn').map((v) => v.id);
  let outcome = decideOutcome(gate.status, settings.failOn, settings.ifNoBaseline, gate.status === 'warn' ? warned : failed);
  if (gate.status === 'no-baseline' && settings.expectBaseline === false) {
    outcome = { passed: outcome.passed, summary: settings.rules.length > 0
          ? settings.rules.some((r) => r.maxRegression)
            ? 'min and max rules passed; max-regression rules were not checked (no baseline asked for)'
            : 'every rule passed (no baseline asked for)'
          : `${gate.verdicts.length} metrics, no rules` };
  }
  return {
    gate,
    passed: outcome.passed,
    outcome: outcome.summary,
    current: runInfo('current', current),
    baseline: baseline && { ...runInfo('baseline', baseline), ...provenanceOf(baseline, settings.baselineProvenance) },
    ...(settings.acceptLabel ? { acceptLabel: settings.acceptLabel } : {}),
    baselineExpected: settings.expectBaseline ?? true,
    ...(baseline ? { comparison: summarize(estimated, significance, gate.verdicts.filter((v) => v.adjustedP !== undefined).length, items.length) } : {}),
    ...(items.length > 0 ? { items: itemReport(items, settings.rules, baseline!, alpha ?? DEFAULT_ALPHA) } : {}),
    pictures: buildPictures(current, baseline, gate.verdicts, settings.currentLabel ?? 'this run'),
    notes: [...ruleNotes, ...current.notes, ...(baseline?.notes ?? []).map((note) => `baseline: ${note}`)],
  };
}

/** Seeded, so that the same inputs always give the same intervals and verdicts. */
const SEED = 20_261_129;
const RESAMPLES = 10_000;
const DEFAULT_ALPHA = 0.05;

/**
 * The item estimate is centred on the items' headline difference; a tool's own reported value (Inspect's
 * results) can differ from the mean of its samples, and the gate judges the delta the table shows, so the
 * estimate moves onto it (docs/llm-evals.md#when-the-item-set-changed).
 */
function centredOnShown(item: ItemComparison, current: RunMetrics, baseline: RunMetrics): DeltaEstimate {
  const c = current.metrics.get(item.id);
  const b = baseline.metrics.get(item.id);
  const shift = typeof c === 'number' && typeof b === 'number' ? c - b - item.delta : 0;
  return Number.isFinite(shift) && Math.abs(shift) > 1e-12 ? shiftEstimate(item.estimate!, shift) : item.estimate!;
}

/** Items per scored metric: the paired count where compared with the baseline, else the current run's. */
function itemCounts(current: RunMetrics, items: readonly ItemComparison[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, metric] of current.items ?? []) out.set(id, metric.keys.length);
  for (const item of items) out.set(item.id, item.paired);
  return out;
}

function newlyFailingCounts(items: readonly ItemComparison[]): Map<string, { count: number; newlyFlaky: number }> {
  const out = new Map<string, { count: number; newlyFlaky: number }>();
  for (const item of items) if (item.transitions) out.set(item.id, { count: item.transitions.passToFail, newlyFlaky: item.transitions.newlyFlaky });
  return out;
}

/** The items section's model: each comparison, and whether the eval is too small for its max-regression rule. */
function itemReport(items: readonly ItemComparison[], rules: readonly Rule[], baseline: RunMetrics, alpha: number): ItemReport {
  const matcher = new RuleMatcher(rules);
  return {
    metrics: items.map((item) => {
      const regression = matcher.ruleFor(item.id)?.maxRegression;
      const value = baseline.metrics.get(item.id);
      if (!regression || typeof value !== 'number') return { comparison: item, tooSmall: undefined };
      const allowed = allowedWorsening(regression, value);
      const size = tooSmallFor(item, allowed, alpha);
      return { comparison: item, tooSmall: size && { allowed, ...size } };
    }),
  };
}

/**
 * Every comparable overall metric, and the slice metrics that a rule gates; slices too small to be gated
 * (below min-slice-size) are not worth their resampling.
 */
function idsToEstimate(current: RunMetrics, baseline: RunMetrics, matcher: RuleMatcher, minSliceSize: number): string[] {
  return [...current.metrics.keys()].filter((id) => {
    if (id === 'n' || id.startsWith('n[')) return false;
    if (typeof current.metrics.get(id) !== 'number' || typeof baseline.metrics.get(id) !== 'number') return false;
    const base = baseMetricId(id);
    if (base === id) return true;
    const size = current.metrics.get(`n${id.slice(base.length)}`);
    if (typeof size === 'number' && size < minSliceSize) return false;
    return matcher.ruleFor(id)?.maxRegression !== undefined;
  });
}

function summarize(estimated: EstimateResult | undefined, significance: 'auto' | 'off' | number, tested: number, itemMetrics: number): ComparisonSummary {
  const pairing = estimated?.pairing;
  let method = significance === 'off' ? 'significance is off: rules gate on point estimates' : (estimated?.method ?? 'point estimates');
  if (itemMetrics > 0 && significance !== 'off') method = `paired item tests on ${itemMetrics} scored metric${itemMetrics === 1 ? '' : 's'} (see Items); otherwise ${method}`;
  if (tested > 1) method += `; Holm-adjusted over ${tested} max-regression checks`;
  return {
    paired: pairing?.kind === 'paired',
    reason: pairing?.reason,
    shared: pairing?.shared ?? 0,
    added: pairing?.added ?? 0,
    removed: pairing?.removed ?? 0,
    changedLabels: pairing?.changedLabels ?? 0,
    pairedRows: pairing?.currentRows.length ?? 0,
    churn: estimated?.churn,
    significance: method,
  };
}

/**
 * Where this run's rules differ from the baseline's, in words, so no pull request can quietly loosen its own
 * gate: both sets apply until the change lands on the default branch and records a new baseline.
 */
export function describeRuleChanges(rules: readonly Rule[], recorded: readonly Rule[]): string[] {
  const mine = new Map(rules.map((r) => [r.key, r]));
  const theirs = new Map(recorded.map((r) => [r.key, r]));
  const notes: string[] = [];
  for (const [key, rule] of theirs) {
    const own = mine.get(key);
    if (!own) notes.push(`rule "${key}" (${describeRule(rule)}) comes from the baseline: this pull request removed it, but it still applies until the change is merged`);
    else if (describeRule(own) !== describeRule(rule)) notes.push(`rule "${key}": this pull request says ${describeRule(own)}, the baseline ${describeRule(rule)}; a metric fails if it breaks either`);
  }
  for (const [key, rule] of mine) {
    if (!theirs.has(key)) notes.push(`rule "${key}" (${describeRule(rule)}) is new in this pull request and applies at once`);
  }
  return notes;
}

/** The baseline's commit and run: as the caller found it, else the bundle's own entry (`compare --baseline DIR`). */
function provenanceOf(baseline: RunMetrics, given: Provenance | undefined): { provenance?: Provenance } {
  const own = baseline.history?.at(-1);
  if (given && (given.match !== 'local' || !own)) return { provenance: given };
  if (!own) return {};
  return { provenance: { sha: own.sha, runNumber: own.runNumber, date: own.date, match: 'local' } };
}

function runInfo(label: string, run: RunMetrics): RunInfo {
  return { label, task: run.task, n: run.n, sources: run.sources };
}

/** The directions the metric files of either run declare; the current run's declaration wins. */
function declaredDirections(baseline: RunMetrics | undefined, current: RunMetrics): Map<string, Direction> {
  const directions = new Map<string, Direction>();
  for (const run of [baseline, current]) {
    for (const [id, higher] of run?.higherIsBetter ?? []) directions.set(id, higher ? 'higher' : 'lower');
  }
  return directions;
}
