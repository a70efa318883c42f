import { formatValue } from '../report/format.js';
import { baseMetricId, directionOf } from './direction.js';
import { RuleMatcher } from './match-rules.js';
import { describeRegression, type Rule } from './rules.js';
import type { Change, GateResult, GateStatus, MetricStatus, MetricVerdict } from './verdict.js';

export type MetricMap = ReadonlyMap<string, number | null>;

export interface GateInput {
  readonly current: MetricMap;
  /** Undefined when no baseline was found: absolute rules still gate (SPEC §4.1). */
  readonly baseline: MetricMap | undefined;
  readonly rules: readonly Rule[];
  /** Slices with fewer examples are shown but not gated. */
  readonly minSliceSize: number;
}

/**
 * Judges every metric of both runs against its rule (SPEC §5.1): pure, settings × current × baseline →
 * verdicts, each with its reasons in words. A rule matching no metric is a ConfigError.
 */
export function evaluateRules(input: GateInput): GateResult {
  const ids = [...new Set([...input.current.keys(), ...(input.baseline?.keys() ?? [])])];
  const matcher = new RuleMatcher(input.rules);
  matcher.assertAllMatch(ids);
  const verdicts = ids.map((id) => judge(id, matcher.ruleFor(id), input));
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

function judge(id: string, rule: Rule | undefined, input: GateInput): MetricVerdict {
  const current = input.current.has(id) ? input.current.get(id)! : undefined;
  const baseline = input.baseline?.has(id) ? input.baseline.get(id)! : undefined;
  const direction = directionOf(id, rule?.direction);
  const comparable = typeof current === 'number' && typeof baseline === 'number';
  const delta = comparable ? current - baseline : undefined;
  const relativeDelta = delta !== undefined && baseline !== 0 ? delta / Math.abs(baseline as number) : undefined;
  let change: Change | undefined;
  if (delta !== undefined) change = delta === 0 ? 'unchanged' : (delta > 0) === (direction === 'higher') ? 'improved' : 'worsened';
  const base = { id, baseline, current, delta, relativeDelta, direction, change, rule };

  const presence: MetricStatus = current === undefined ? 'removed' : input.baseline && baseline === undefined ? 'new' : 'pass';
  if (!rule) return { ...base, status: presence === 'pass' ? 'info' : presence, reasons: [] };

  const sliceSize = sliceSizeOf(id, input.current);
  if (sliceSize !== undefined && sliceSize < input.minSliceSize) {
    return { ...base, status: 'skipped', reasons: [`slice of ${sliceSize} examples, below min-slice-size ${input.minSliceSize}: not gated`] };
  }
  const broken = brokenChecks(rule, current, baseline, input.baseline !== undefined, direction);
  if (broken.length > 0) return { ...base, status: rule.severity === 'error' ? 'fail' : 'warn', reasons: broken };
  const notChecked = rule.maxRegression && input.baseline && baseline === null ? ['the baseline value is undefined: not compared'] : [];
  return { ...base, status: presence, reasons: notChecked };
}

/** The checks of one rule that the current value breaks, each as a sentence. */
function brokenChecks(
  rule: Rule,
  current: number | null | undefined,
  baseline: number | null | undefined,
  hasBaseline: boolean,
  direction: 'higher' | 'lower',
): string[] {
  if (current === undefined) {
    if (baseline !== undefined) return ['missing from this run, but the baseline has it'];
    return rule.required ? ['required, but missing from this run'] : [];
  }
  if (current === null) return ['undefined on this data (NaN), so it cannot pass'];
  const broken: string[] = [];
  if (rule.min !== undefined && current < rule.min) broken.push(`${formatValue(current)} is below the minimum ${rule.min}`);
  if (rule.max !== undefined && current > rule.max) broken.push(`${formatValue(current)} is above the maximum ${rule.max}`);
  if (rule.maxRegression && hasBaseline && typeof baseline === 'number') {
    const worsening = direction === 'higher' ? baseline - current : current - baseline;
    const allowed =
      rule.maxRegression.kind === 'absolute' ? rule.maxRegression.value : (rule.maxRegression.percent / 100) * Math.abs(baseline);
    // Tolerate float noise at the exact limit (0.9 - 0.89 is 0.010000000000000009).
    if (worsening > allowed + 1e-12 * Math.max(1, Math.abs(baseline))) {
      const limit =
        rule.maxRegression.kind === 'absolute' ? describeRegression(rule.maxRegression) : `${describeRegression(rule.maxRegression)} (${formatValue(allowed)})`;
      broken.push(`worse by ${formatValue(worsening)} than the baseline, more than the allowed ${limit}`);
    }
  }
  return broken;
}

/** The example count of the slice a metric id belongs to (`n[region=eu]` for `f1[region=eu]`). */
function sliceSizeOf(id: string, current: MetricMap): number | undefined {
  const base = baseMetricId(id);
  if (base === id) return undefined;
  const n = current.get(`n${id.slice(base.length)}`);
  return typeof n === 'number' ? n : undefined;
}
