import { formatValue } from '../report/format.js';
import { holmAdjust } from '../stats/holm.js';
import { baseMetricId, directionOf } from './direction.js';
import { RuleMatcher } from './match-rules.js';
import { describeRegression, type Direction, type Rule } from './rules.js';
import type { Change, DeltaEstimate, GateResult, GateStatus, MetricStatus, MetricVerdict } from './verdict.js';

export type MetricMap = ReadonlyMap<string, number | null>;

export interface GateInput {
  readonly current: MetricMap;
  /** Undefined when no baseline was found: absolute rules still gate (SPEC §4.1). */
  readonly baseline: MetricMap | undefined;
  /** The rules of this run (the pull request's). */
  readonly rules: readonly Rule[];
  /** The rules the baseline was recorded with: a metric fails if it breaks either set (SPEC §5.3). */
  readonly baselineRules?: readonly Rule[];
  /** Slices with fewer examples are shown but not gated. */
  readonly minSliceSize: number;
  /** Uncertainty of the deltas, by metric id (SPEC §5.2); metrics without one gate on point estimates. */
  readonly estimates?: ReadonlyMap<string, DeltaEstimate>;
  /** The family-wise error rate for max-regression verdicts; undefined gates on point estimates. */
  readonly alpha?: number;
  /** Set when the pull request carries the accept label: failed regression rules become accepted (SPEC §5.3). */
  readonly accept?: { readonly label: string; readonly absoluteRules: boolean };
  /** Directions the metric files declare (lm-eval `higher_is_better`), by metric id; a rule's `direction` wins. */
  readonly directions?: ReadonlyMap<string, Direction>;
}

type Source = 'pr' | 'baseline';

/** One broken check of one rule. */
interface Finding {
  readonly reason: string;
  readonly severity: 'fail' | 'warn';
  readonly kind: 'absolute' | 'regression';
  readonly source: Source;
}

/** A max-regression check waiting for the Holm step: its one-sided p-value and what to say either way. */
interface PendingCheck {
  readonly index: number;
  readonly rule: Rule;
  readonly source: Source;
  readonly p: number;
  readonly beyond: boolean;
  readonly describe: string;
}

interface Draft {
  readonly verdict: Omit<MetricVerdict, 'status' | 'reasons'>;
  readonly presence: MetricStatus;
  readonly skipped: string | undefined;
  readonly findings: Finding[];
  readonly notes: string[];
}

/**
 * Judges every metric of both runs against its rules (SPEC §5.1–5.3): pure, rules × current × baseline →
 * verdicts, each with its reasons in words. With estimates, a max-regression rule fails only when the worsening
 * is confidently beyond the allowance (Holm-adjusted across all such checks); beyond it on the point estimate
 * alone is a warning. The baseline's rules gate too, so a pull request cannot loosen its own gate. A rule of
 * this run matching no metric is a ConfigError.
 */
export function evaluateRules(input: GateInput): GateResult {
  const ids = [...new Set([...input.current.keys(), ...(input.baseline?.keys() ?? [])])];
  const matcher = new RuleMatcher(input.rules);
  matcher.assertAllMatch(ids);
  const baselineMatcher = new RuleMatcher(input.baselineRules ?? []);
  const pending: PendingCheck[] = [];
  const drafts = ids.map((id, index) => judge(id, matcher.ruleFor(id), baselineMatcher.ruleFor(id), input, index, pending));

  const adjusted = holmAdjust(pending.map((c) => c.p));
  const adjustedByIndex = new Map<number, number>();
  const alpha = input.alpha ?? 0.05;
  pending.forEach((check, k) => {
    const p = adjusted[k]!;
    adjustedByIndex.set(check.index, Math.min(p, adjustedByIndex.get(check.index) ?? 1));
    if (!check.beyond) return;
    // Two-sided (1 - alpha) interval entirely beyond the allowance ⇔ one-sided p below alpha / 2.
    const confident = p < alpha / 2;
    const finding: Finding = confident
      ? { reason: `${check.describe}, beyond the allowed regression`, severity: check.rule.severity === 'error' ? 'fail' : 'warn', kind: 'regression', source: check.source }
      : { reason: `${check.describe}: beyond the allowed regression on the point estimate, but not confidently (p = ${formatP(p)} after Holm): a warning`, severity: 'warn', kind: 'regression', source: check.source };
    drafts[check.index]!.findings.push(finding);
  });

  const verdicts = drafts.map((draft, index) => finish(draft, adjustedByIndex.get(index), input.accept));
  const counts = Object.fromEntries(
    (['fail', 'warn', 'accepted', 'pass', 'new', 'removed', 'skipped', 'info'] as const).map((s) => [s, 0]),
  ) as Record<MetricStatus, number>;
  for (const verdict of verdicts) counts[verdict.status]++;
  let status: GateStatus = 'pass';
  if (counts.fail > 0) status = 'fail';
  else if (!input.baseline) status = 'no-baseline';
  else if (counts.warn > 0) status = 'warn';
  return { status, hasBaseline: input.baseline !== undefined, verdicts, counts };
}

/** The verdict's status and reasons from its findings; an accept label turns accepted failures into 'accepted'. */
function finish(draft: Draft, adjustedP: number | undefined, accept: GateInput['accept']): MetricVerdict {
  const { verdict, findings, notes } = draft;
  const label = (f: Finding) => (f.source === 'baseline' && draft.verdict.baselineRule !== draft.verdict.rule ? `baseline rule: ${f.reason}` : f.reason);
  const reasons = [...findings.map(label), ...notes];
  if (draft.skipped) return { ...verdict, adjustedP, status: 'skipped', reasons: [draft.skipped] };
  if (!verdict.rule && !verdict.baselineRule) return { ...verdict, adjustedP, status: draft.presence === 'pass' ? 'info' : draft.presence, reasons };
  const failures = findings.filter((f) => f.severity === 'fail');
  if (failures.length > 0) {
    if (accept && failures.every((f) => f.kind === 'regression' || accept.absoluteRules)) {
      return { ...verdict, adjustedP, status: 'accepted', reasons: [...reasons, `accepted by the "${accept.label}" label`] };
    }
    return { ...verdict, adjustedP, status: 'fail', reasons };
  }
  if (findings.length > 0) return { ...verdict, adjustedP, status: 'warn', reasons };
  return { ...verdict, adjustedP, status: draft.presence, reasons };
}

function judge(id: string, rule: Rule | undefined, baselineRule: Rule | undefined, input: GateInput, index: number, pending: PendingCheck[]): Draft {
  const current = input.current.has(id) ? input.current.get(id)! : undefined;
  const baseline = input.baseline?.has(id) ? input.baseline.get(id)! : undefined;
  const declared = input.directions?.get(id) ?? input.directions?.get(baseMetricId(id));
  const direction = directionOf(id, rule?.direction ?? baselineRule?.direction, declared);
  const comparable = typeof current === 'number' && typeof baseline === 'number';
  const delta = comparable ? current - baseline : undefined;
  const relativeDelta = delta !== undefined && baseline !== 0 ? delta / Math.abs(baseline as number) : undefined;
  let change: Change | undefined;
  if (delta !== undefined) change = delta === 0 ? 'unchanged' : (delta > 0) === (direction === 'higher') ? 'improved' : 'worsened';
  const estimate = comparable ? input.estimates?.get(id) : undefined;
  const verdict = { id, baseline, current, delta, relativeDelta, direction, change, rule: rule ?? baselineRule, baselineRule, estimate, adjustedP: undefined };
  const presence: MetricStatus = current === undefined ? 'removed' : input.baseline && baseline === undefined ? 'new' : 'pass';
  const draft: Draft = { verdict, presence, skipped: undefined, findings: [], notes: [] };
  if (!rule && !baselineRule) return draft;

  const sliceSize = sliceSizeOf(id, input.current);
  if (sliceSize !== undefined && sliceSize < input.minSliceSize) {
    return { ...draft, skipped: `slice of ${sliceSize} examples, below min-slice-size ${input.minSliceSize}: not gated` };
  }
  const checked: [Rule, Source][] = [];
  if (rule) checked.push([rule, 'pr']);
  if (baselineRule && !sameRule(rule, baselineRule)) checked.push([baselineRule, 'baseline']);
  for (const [r, source] of checked) {
    const severity = r.severity === 'error' ? 'fail' : 'warn';
    for (const reason of absoluteChecks(r, current, baseline)) draft.findings.push({ reason, severity, kind: 'absolute', source });
    if (!r.maxRegression || !input.baseline) continue;
    if (baseline === null) {
      draft.notes.push('the baseline value is undefined: not compared');
      continue;
    }
    if (typeof baseline !== 'number' || typeof current !== 'number') continue;
    const worsening = direction === 'higher' ? baseline - current : current - baseline;
    const allowed = r.maxRegression.kind === 'absolute' ? r.maxRegression.value : (r.maxRegression.percent / 100) * Math.abs(baseline);
    // Tolerate float noise at the exact limit (0.9 - 0.89 is 0.010000000000000009).
    const beyond = worsening > allowed + 1e-12 * Math.max(1, Math.abs(baseline));
    const limit = r.maxRegression.kind === 'absolute' ? describeRegression(r.maxRegression) : `${describeRegression(r.maxRegression)} (${formatValue(allowed)})`;
    if (estimate && input.alpha !== undefined) {
      const describe = `${describeDelta(current - baseline, baseline, current, estimate)} against an allowed −${describeAllowance(allowed, baseline, current, r.maxRegression.kind === 'relative' ? describeRegression(r.maxRegression) : undefined)}`;
      pending.push({ index, rule: r, source, p: estimate.probabilityWithin(allowed, direction), beyond, describe });
    } else if (beyond) {
      draft.findings.push({ reason: `worse by ${formatValue(worsening)} than the baseline, more than the allowed ${limit}`, severity, kind: 'regression', source });
    }
  }
  return draft;
}

function sameRule(a: Rule | undefined, b: Rule): boolean {
  return a !== undefined && JSON.stringify({ ...a, key: '' }) === JSON.stringify({ ...b, key: '' });
}

/** min, max, and presence: checks that need no baseline and no statistics. */
function absoluteChecks(rule: Rule, current: number | null | undefined, baseline: number | null | undefined): string[] {
  if (current === undefined) {
    if (baseline !== undefined) return ['missing from this run, but the baseline has it'];
    return rule.required ? ['required, but missing from this run'] : [];
  }
  if (current === null) return ['undefined on this data (NaN), so it cannot pass'];
  const broken: string[] = [];
  if (rule.min !== undefined && current < rule.min) broken.push(`${formatValue(current)} is below the minimum ${rule.min}`);
  if (rule.max !== undefined && current > rule.max) broken.push(`${formatValue(current)} is above the maximum ${rule.max}`);
  return broken;
}

/**
 * "−2.4 points (95% CI −3.1 to −1.7)": metrics on a 0–1 scale read as percentage points, others as they are.
 */
export function describeDelta(delta: number, baseline: number, current: number, estimate: DeltaEstimate | undefined): string {
  const points = baseline >= 0 && baseline <= 1 && current >= 0 && current <= 1;
  const show = (v: number) => {
    const scaled = points ? v * 100 : v;
    return `${scaled < 0 ? '−' : scaled > 0 ? '+' : ''}${formatValue(Math.abs(scaled))}`;
  };
  let text = `${show(delta)}${points ? ' points' : ''}`;
  if (estimate) {
    const [low, high] = estimate.interval;
    text += ` (${Math.round(estimate.level * 100)}% CI ${show(low)} to ${show(high)}, ${estimate.method})`;
  }
  return text;
}

/** The allowance in the delta's units: "1 point" for 0–1 metrics, "2% = 1.353 points" for relative rules. */
function describeAllowance(allowed: number, baseline: number, current: number, relative: string | undefined): string {
  const points = baseline >= 0 && baseline <= 1 && current >= 0 && current <= 1;
  const amount = points ? `${formatValue(allowed * 100)} point${allowed * 100 === 1 ? '' : 's'}` : formatValue(allowed);
  return relative ? `${relative} (${amount})` : amount;
}

function formatP(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

/** The example count of the slice a metric id belongs to (`n[region=eu]` for `f1[region=eu]`). */
function sliceSizeOf(id: string, current: MetricMap): number | undefined {
  const base = baseMetricId(id);
  if (base === id) return undefined;
  const n = current.get(`n${id.slice(base.length)}`);
  return typeof n === 'number' ? n : undefined;
}
