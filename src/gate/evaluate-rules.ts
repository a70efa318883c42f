import { holmAdjust } from '../stats/holm.js';
import { baseMetricId, directionOf } from './direction.js';
import { RuleMatcher } from './match-rules.js';
import { describeBound, describeRegressionCheck, type RegressionFacts, type RegressionOutcome } from './reasons.js';
import { allowedWorsening, type Direction, type Rule } from './rules.js';
import type { Change, DeltaEstimate, GateResult, GateStatus, MetricStatus, MetricVerdict, VerdictInterval } from './verdict.js';

export type MetricMap = ReadonlyMap<string, number | null>;

export interface GateInput {
  readonly current: MetricMap;
  /** Undefined when no baseline was found: absolute rules still gate (docs/baseline.md#finding-the-baseline). */
  readonly baseline: MetricMap | undefined;
  /** The rules of this run (the pull request's). */
  readonly rules: readonly Rule[];
  /** The rules the baseline was recorded with: a metric fails if it breaks either set (docs/rules.md#who-sets-the-bar). */
  readonly baselineRules?: readonly Rule[];
  /** Slices with fewer examples are shown but not gated. */
  readonly minSliceSize: number;
  /** Uncertainty of the deltas, by metric id (docs/rules.md#significance); metrics without one gate on point estimates. */
  readonly estimates?: ReadonlyMap<string, DeltaEstimate>;
  /** The family-wise error rate for max-regression verdicts; undefined gates on point estimates. */
  readonly alpha?: number;
  /** Set when the pull request carries the accept label: failed regression rules become accepted (docs/rules.md#who-sets-the-bar). */
  readonly accept?: { readonly label: string; readonly absoluteRules: boolean };
  /** Directions the metric files declare (lm-eval `higher_is_better`), by metric id; a rule's `direction` wins. */
  readonly directions?: ReadonlyMap<string, Direction>;
  /** Scored records compared item by item, by metric id: what `max-newly-failing` counts. */
  readonly newlyFailing?: ReadonlyMap<string, { readonly count: number; readonly newlyFlaky: number }>;
  /** Item counts of scored metrics (paired items when compared): a scored slice's size for min-slice-size. */
  readonly itemCounts?: ReadonlyMap<string, number>;
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
  readonly facts: RegressionFacts;
  readonly estimate: DeltaEstimate;
}

interface Draft {
  readonly verdict: Omit<MetricVerdict, 'status' | 'reasons' | 'verdictInterval'>;
  verdictInterval?: VerdictInterval;
  /** The one-sided p-value of the check behind `verdictInterval`: the test that decided. */
  verdictP?: number;
  /** How severe the check behind `verdictInterval` came out (SEVERITY_RANK). */
  verdictSeverity?: number;
  readonly presence: MetricStatus;
  readonly skipped: string | undefined;
  readonly findings: Finding[];
  readonly notes: string[];
}

const SEVERITY_RANK = { pass: 0, warn: 1, fail: 2 } as const;

/**
 * Judges every metric of both runs against its rules (docs/rules.md#syntax–5.3): pure, rules × current × baseline →
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
  const rankOf = rankByP(pending.map((c) => c.p));
  pending.forEach((check, k) => {
    const p = adjusted[k]!;
    adjustedByIndex.set(check.index, Math.min(p, adjustedByIndex.get(check.index) ?? 1));
    // The interval the verdict used: Holm tests the check of rank r (0-based) at alpha / (m − r), so its
    // two-sided interval at 1 − alpha / (m − r) lies wholly beyond the allowance exactly when that step rejects.
    const stepAlpha = alpha / (pending.length - rankOf[k]!);
    const bounds = adjustedBounds(check.estimate, check.facts.direction, stepAlpha / 2);
    const adjustment = pending.length > 1 ? `Holm over ${pending.length} checks` : undefined;
    const interval: VerdictInterval = { bounds, level: 1 - stepAlpha, adjustment, method: check.estimate.method };
    const draft = drafts[check.index]!;
    // Two-sided (1 - alpha) interval entirely beyond the allowance ⇔ one-sided p below alpha / 2.
    const confident = p < alpha / 2;
    const severity = !check.beyond ? 'pass' : confident && check.rule.severity === 'error' ? 'fail' : 'warn';
    // A metric checked twice (this PR's rule and the baseline's) shows the interval of the check that decided
    // its status, so the table and the reason that explains it carry the same numbers; the PR's on a tie.
    const decides = (draft.verdictSeverity ?? -1) < SEVERITY_RANK[severity] || (draft.verdictSeverity === SEVERITY_RANK[severity] && check.source === 'pr');
    if (decides) {
      draft.verdictInterval = interval;
      draft.verdictP = check.p;
      draft.verdictSeverity = SEVERITY_RANK[severity];
    }
    if (severity === 'pass') return;
    const ownStep = check.p * (pending.length - rankOf[k]!) < alpha / 2;
    const outcome: RegressionOutcome = confident ? 'beyond' : ownStep ? 'holm-stopped' : 'not-confident';
    const reason = describeRegressionCheck({ ...check.facts, interval: { bounds, level: 1 - stepAlpha, adjustment } }, outcome);
    draft.findings.push({ reason, severity, kind: 'regression', source: check.source });
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
  const { findings, notes } = draft;
  // The p-value shown beside the adjusted one is the raw one-sided p of the same check, never another test's.
  const estimate = draft.verdict.estimate && draft.verdictP !== undefined ? { ...draft.verdict.estimate, pValue: draft.verdictP } : draft.verdict.estimate;
  const verdict = { ...draft.verdict, estimate, verdictInterval: draft.verdictInterval };
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

  const sliceSize = sliceSizeOf(id, input.current, input.itemCounts);
  if (sliceSize !== undefined && sliceSize < input.minSliceSize) {
    return { ...draft, skipped: `slice of ${sliceSize} examples, below min-slice-size ${input.minSliceSize}: not gated` };
  }
  const checked: [Rule, Source][] = [];
  if (rule) checked.push([rule, 'pr']);
  if (baselineRule && !sameRule(rule, baselineRule)) checked.push([baselineRule, 'baseline']);
  for (const [r, source] of checked) {
    const severity = r.severity === 'error' ? 'fail' : 'warn';
    for (const reason of absoluteChecks(id, r, current, baseline)) draft.findings.push({ reason, severity, kind: 'absolute', source });
    if (r.maxNewlyFailing !== undefined && input.baseline) draft.findings.push(...newlyFailingChecks(r.maxNewlyFailing, input.newlyFailing?.get(id), severity, source, draft.notes));
    if (!r.maxRegression || !input.baseline) continue;
    if (baseline === null) {
      draft.notes.push('the baseline value is undefined: not compared');
      continue;
    }
    if (typeof baseline !== 'number' || typeof current !== 'number') continue;
    const worsening = direction === 'higher' ? baseline - current : current - baseline;
    const allowed = allowedWorsening(r.maxRegression, baseline);
    // Tolerate float noise at the exact limit (0.9 - 0.89 is 0.010000000000000009).
    const beyond = worsening > allowed + 1e-12 * Math.max(1, Math.abs(baseline));
    const facts: RegressionFacts = { id, direction, baseline, current, regression: r.maxRegression, allowed };
    if (estimate && input.alpha !== undefined) {
      pending.push({ index, rule: r, source, p: estimate.probabilityWithin(allowed, direction), beyond, facts, estimate });
    } else if (beyond) {
      const noInterval = input.alpha === undefined ? 'significance is off' : 'no per-example data or standard error';
      draft.findings.push({ reason: describeRegressionCheck({ ...facts, noInterval }, 'beyond'), severity, kind: 'regression', source });
    }
  }
  return draft;
}

/**
 * `max-newly-failing: N`: fails when more than N items passed every baseline repeat and fail every current one.
 * Items mixed across repeats (flaky) never count; those that passed before and are mixed now only warn.
 */
function newlyFailingChecks(
  allowed: number,
  counts: { readonly count: number; readonly newlyFlaky: number } | undefined,
  severity: 'fail' | 'warn',
  source: Source,
  notes: string[],
): Finding[] {
  if (!counts) {
    notes.push('max-newly-failing: no pass/fail items paired with the baseline, so none could be counted');
    return [];
  }
  const findings: Finding[] = [];
  const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
  if (counts.count > allowed) {
    findings.push({ reason: `${items(counts.count)} newly failing (passed every baseline repeat, fail every current one), more than the allowed ${allowed}`, severity, kind: 'regression', source });
  }
  if (counts.newlyFlaky > 0) {
    findings.push({ reason: `${items(counts.newlyFlaky)} that passed every baseline repeat ${counts.newlyFlaky === 1 ? 'is' : 'are'} flaky now (mixed across repeats): a warning, not counted as newly failing`, severity: 'warn', kind: 'regression', source });
  }
  return findings;
}

function sameRule(a: Rule | undefined, b: Rule): boolean {
  return a !== undefined && JSON.stringify({ ...a, key: '' }) === JSON.stringify({ ...b, key: '' });
}

/** min, max, and presence: checks that need no baseline and no statistics. */
function absoluteChecks(id: string, rule: Rule, current: number | null | undefined, baseline: number | null | undefined): string[] {
  if (current === undefined) {
    if (baseline !== undefined) return ['missing from this run, but the baseline has it'];
    return rule.required ? ['required, but missing from this run'] : [];
  }
  if (current === null) return ['undefined on this data (NaN), so it cannot pass'];
  const broken: string[] = [];
  if (rule.min !== undefined && current < rule.min) broken.push(describeBound(id, 'min', rule.min, current, baseline));
  if (rule.max !== undefined && current > rule.max) broken.push(describeBound(id, 'max', rule.max, current, baseline));
  return broken;
}

/** The rank (0 = smallest) of each p-value, ties by position, as Holm's procedure orders them. */
function rankByP(pValues: readonly number[]): number[] {
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);
  const rank = new Array<number>(pValues.length);
  order.forEach((index, r) => (rank[index] = r));
  return rank;
}

/**
 * The two-sided interval of current − baseline whose tails hold `tail` each, found by inverting the estimate's
 * own P(worsening ≤ a): the same function the verdict used, so "wholly beyond the allowance" reads true exactly
 * when the check rejected (a zero allowance on pass/fail items is decided by McNemar's exact test instead, whose
 * steps are not inverted: the interval then comes from the estimate's continuous distribution).
 */
function adjustedBounds(estimate: DeltaEstimate, direction: 'higher' | 'lower', tail: number): [number, number] {
  if (estimate.bounds) return [...estimate.bounds(tail)] as [number, number];
  // The continuous distribution, where the estimate has one: McNemar's step at exactly zero is not inverted.
  const within = estimate.distribution ?? estimate.probabilityWithin;
  const quantile = (q: number) => {
    const [a, b] = estimate.interval;
    const width = Math.abs(b - a) || Math.max(Math.abs(a), Math.abs(b), 1e-9);
    let lo = Math.min(-a, -b, a, b) - width;
    let hi = Math.max(-a, -b, a, b) + width;
    for (let i = 0; i < 60 && within(lo, direction) >= q; i++) lo -= (hi - lo);
    for (let i = 0; i < 60 && within(hi, direction) < q; i++) hi += (hi - lo);
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (within(mid, direction) >= q) hi = mid;
      else lo = mid;
    }
    return hi;
  };
  // Worsening is −Δ for higher-is-better metrics and Δ for lower-is-better ones.
  const least = quantile(tail);
  const most = quantile(1 - tail);
  return direction === 'higher' ? [-most, -least] : [least, most];
}

/**
 * The example count of the slice a metric id belongs to (`n[region=eu]` for `f1[region=eu]`); scored records
 * (and promptfoo's `[prompt=…]` slices) have no `n` metric, so their item count stands in.
 */
function sliceSizeOf(id: string, current: MetricMap, itemCounts: ReadonlyMap<string, number> | undefined): number | undefined {
  const base = baseMetricId(id);
  if (base === id) return undefined;
  const n = current.get(`n${id.slice(base.length)}`);
  return typeof n === 'number' ? n : itemCounts?.get(id);
}
