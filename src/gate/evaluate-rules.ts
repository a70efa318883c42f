import { formatValue } from '../report/format.js';
import { holmAdjust } from '../stats/holm.js';
import { baseMetricId, directionOf } from './direction.js';
import { RuleMatcher } from './match-rules.js';
import { describeRegression, type Rule } from './rules.js';
import type { Change, DeltaEstimate, GateResult, GateStatus, MetricStatus, MetricVerdict } from './verdict.js';

export type MetricMap = ReadonlyMap<string, number | null>;

export interface GateInput {
  readonly current: MetricMap;
  /** Undefined when no baseline was found: absolute rules still gate (SPEC §4.1). */
  readonly baseline: MetricMap | undefined;
  readonly rules: readonly Rule[];
  /** Slices with fewer examples are shown but not gated. */
  readonly minSliceSize: number;
  /** Uncertainty of the deltas, by metric id (SPEC §5.2); metrics without one gate on point estimates. */
  readonly estimates?: ReadonlyMap<string, DeltaEstimate>;
  /** The family-wise error rate for max-regression verdicts; undefined gates on point estimates. */
  readonly alpha?: number;
}

/** A max-regression check waiting for the Holm step: its one-sided p-value and what to say either way. */
interface PendingCheck {
  readonly index: number;
  readonly p: number;
  readonly beyond: boolean;
  readonly describe: string;
}

/**
 * Judges every metric of both runs against its rule (SPEC §5.1, §5.2): pure, settings × current × baseline →
 * verdicts, each with its reasons in words. With estimates, a max-regression rule fails only when the worsening
 * is confidently beyond the allowance (Holm-adjusted across all such checks); beyond it on the point estimate
 * alone is a warning. A rule matching no metric is a ConfigError.
 */
export function evaluateRules(input: GateInput): GateResult {
  const ids = [...new Set([...input.current.keys(), ...(input.baseline?.keys() ?? [])])];
  const matcher = new RuleMatcher(input.rules);
  matcher.assertAllMatch(ids);
  const pending: PendingCheck[] = [];
  const drafts = ids.map((id, index) => judge(id, matcher.ruleFor(id), input, index, pending));

  const adjusted = holmAdjust(pending.map((c) => c.p));
  const alpha = input.alpha ?? 0.05;
  const verdicts: MetricVerdict[] = drafts.map((draft) => ({ ...draft, reasons: [...draft.reasons] }));
  pending.forEach((check, k) => {
    const verdict = verdicts[check.index]!;
    const p = adjusted[k]!;
    // Two-sided (1 - alpha) interval entirely beyond the allowance ⇔ one-sided p below alpha / 2.
    const confident = p < alpha / 2;
    let status = verdict.status;
    const reasons = [...verdict.reasons];
    if (check.beyond && confident) {
      reasons.push(`${check.describe}, beyond the allowed regression`);
      status = verdict.rule!.severity === 'error' ? 'fail' : worst(status, 'warn');
    } else if (check.beyond) {
      reasons.push(`${check.describe}: beyond the allowed regression on the point estimate, but not confidently (p = ${formatP(p)} after Holm): a warning`);
      status = worst(status, 'warn');
    }
    verdicts[check.index] = { ...verdict, status, reasons, adjustedP: p };
  });

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

const SEVERITY: readonly MetricStatus[] = ['fail', 'warn', 'pass', 'new', 'removed'];
function worst(a: MetricStatus, b: MetricStatus): MetricStatus {
  const ia = SEVERITY.indexOf(a);
  const ib = SEVERITY.indexOf(b);
  return ia >= 0 && (ib < 0 || ia <= ib) ? a : b;
}

function judge(id: string, rule: Rule | undefined, input: GateInput, index: number, pending: PendingCheck[]): MetricVerdict {
  const current = input.current.has(id) ? input.current.get(id)! : undefined;
  const baseline = input.baseline?.has(id) ? input.baseline.get(id)! : undefined;
  const direction = directionOf(id, rule?.direction);
  const comparable = typeof current === 'number' && typeof baseline === 'number';
  const delta = comparable ? current - baseline : undefined;
  const relativeDelta = delta !== undefined && baseline !== 0 ? delta / Math.abs(baseline as number) : undefined;
  let change: Change | undefined;
  if (delta !== undefined) change = delta === 0 ? 'unchanged' : (delta > 0) === (direction === 'higher') ? 'improved' : 'worsened';
  const estimate = comparable ? input.estimates?.get(id) : undefined;
  const base = { id, baseline, current, delta, relativeDelta, direction, change, rule, estimate, adjustedP: undefined };

  const presence: MetricStatus = current === undefined ? 'removed' : input.baseline && baseline === undefined ? 'new' : 'pass';
  if (!rule) return { ...base, status: presence === 'pass' ? 'info' : presence, reasons: [] };

  const sliceSize = sliceSizeOf(id, input.current);
  if (sliceSize !== undefined && sliceSize < input.minSliceSize) {
    return { ...base, status: 'skipped', reasons: [`slice of ${sliceSize} examples, below min-slice-size ${input.minSliceSize}: not gated`] };
  }
  const broken = absoluteChecks(rule, current, baseline);
  const notes: string[] = [];
  if (rule.maxRegression && input.baseline && typeof baseline === 'number' && typeof current === 'number') {
    const worsening = direction === 'higher' ? baseline - current : current - baseline;
    const allowed = rule.maxRegression.kind === 'absolute' ? rule.maxRegression.value : (rule.maxRegression.percent / 100) * Math.abs(baseline);
    // Tolerate float noise at the exact limit (0.9 - 0.89 is 0.010000000000000009).
    const beyond = worsening > allowed + 1e-12 * Math.max(1, Math.abs(baseline));
    const limit = rule.maxRegression.kind === 'absolute' ? describeRegression(rule.maxRegression) : `${describeRegression(rule.maxRegression)} (${formatValue(allowed)})`;
    const describe = `${describeDelta(current - baseline, baseline, current, estimate)} against an allowed −${describeAllowance(allowed, baseline, current, rule.maxRegression.kind === 'relative' ? describeRegression(rule.maxRegression) : undefined)}`;
    if (estimate && input.alpha !== undefined) {
      pending.push({ index, p: estimate.probabilityWithin(allowed, direction), beyond, describe });
    } else if (beyond) {
      broken.push(`worse by ${formatValue(worsening)} than the baseline, more than the allowed ${limit}`);
    }
  } else if (rule.maxRegression && input.baseline && baseline === null) {
    notes.push('the baseline value is undefined: not compared');
  }
  if (broken.length > 0) return { ...base, status: rule.severity === 'error' ? 'fail' : 'warn', reasons: broken };
  return { ...base, status: presence, reasons: notes };
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
