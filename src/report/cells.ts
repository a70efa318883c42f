import { allowedWorsening, describeRule } from '../gate/rules.js';
import { judgeMove } from '../gate/reasons.js';
import type { MetricVerdict } from '../gate/verdict.js';
import { STATUS_ICON } from './report.js';
import { changeDecimals, formatChange, formatInUnit, separateDecimals, unitOf, valueDecimals, type Unit } from './units.js';

/**
 * The cells every rendering (comment, terminal, HTML) shows for one metric, in the metric's own unit and with
 * the same decimals everywhere (docs/report.md, "Numbers").
 */
export interface MetricCells {
  readonly icon: string;
  /** "higher" / "lower" is better, as the gate decided it. */
  readonly arrow: '↑' | '↓' | '';
  readonly baseline: string;
  readonly current: string;
  /** "−6.8 pts"; '' without a baseline value. */
  readonly change: string;
  /** "−11.9 … −1.6", in the change's unit; '' without an interval. */
  readonly interval: string;
  readonly judgement: 'better' | 'worse' | 'unchanged' | '';
  /** The rule in the syntax users write, naming a glob or `default` it came from. */
  readonly rule: string;
  /** Whether the interval is the one the verdict used (Holm-adjusted) rather than a plain 95% one. */
  readonly adjusted: boolean;
  readonly unit: Unit;
}

/** The interval to show: the one the verdict used when there is one, else the estimate's own. */
export function shownInterval(v: MetricVerdict): readonly [number, number] | undefined {
  return v.verdictInterval?.bounds ?? v.estimate?.interval;
}

/** A rule that needs a baseline, shown when there was none: it was not checked, so it must not read as passed. */
export function notChecked(v: MetricVerdict, hasBaseline: boolean): boolean {
  if (hasBaseline || v.status !== 'pass' || !v.rule) return false;
  return v.rule.maxRegression !== undefined && v.rule.min === undefined && v.rule.max === undefined;
}

export function metricCells(v: MetricVerdict, hasBaseline = true): MetricCells {
  const unit = unitOf(v.id, v.baseline, v.current);
  const interval = shownInterval(v);
  const digits = v.delta === undefined ? undefined : separateDecimals(unit, changeDecimals(unit, v.delta, interval), interval, changeLimit(v));
  // A value with no change beside it keeps its significant digits only: 0.08, not 0.08000.
  const trim = (text: string) => (digits === undefined && text.includes('.') ? text.replace(/\.?0+(%?)$/, '$1') : text);
  const value = (x: number | null | undefined) => trim(formatInUnit(x, unit, typeof x === 'number' ? valueDecimals(unit, x, digits) : 0));
  return {
    icon: notChecked(v, hasBaseline) ? '➖' : STATUS_ICON[v.status],
    arrow: directionArrow(v),
    baseline: value(v.baseline),
    current: value(v.current),
    change: v.delta === undefined ? '' : v.delta === 0 ? '0' : formatChange(v.delta, unit, digits!),
    interval: interval && digits !== undefined ? `${formatChange(interval[0], unit, digits, false)} … ${formatChange(interval[1], unit, digits, false)}` : '',
    judgement: v.delta === undefined ? '' : judgeMove(v.direction, v.delta),
    rule: ruleText(v),
    adjusted: v.verdictInterval?.adjustment !== undefined,
    unit,
  };
}

/** The change a max-regression rule allows at most, as a signed change (−0.01 for higher-is-better). */
export function changeLimit(v: MetricVerdict): number | undefined {
  const regression = v.rule?.maxRegression;
  if (!regression || typeof v.baseline !== 'number') return undefined;
  const allowed = allowedWorsening(regression, v.baseline);
  return v.direction === 'higher' ? -allowed : allowed;
}

/** ↑ for higher-is-better, ↓ for lower-is-better (as the gate decided), nothing for example counts. */
export function directionArrow(v: MetricVerdict): '↑' | '↓' | '' {
  if (unitOf(v.id) === 'count') return '';
  return v.direction === 'higher' ? '↑' : '↓';
}

/** The rule in words, naming the key it came from when that is a glob or `default`. */
export function ruleText(verdict: MetricVerdict): string {
  if (!verdict.rule) return '';
  const named = (rule: NonNullable<MetricVerdict['rule']>) => (rule.key === verdict.id ? describeRule(rule) : `${describeRule(rule)} (${rule.key})`);
  const text = named(verdict.rule);
  const base = verdict.baselineRule;
  if (!base || base === verdict.rule || describeRule(base) === describeRule(verdict.rule)) return text;
  return `${text}; baseline: ${named(base)}`;
}

/** What a gated metric's check came to, in a few words, for the rules list (passing rows have no reasons). */
export function checkSummary(v: MetricVerdict, hasBaseline: boolean): string {
  if (notChecked(v, hasBaseline)) return 'not checked: no baseline to compare with';
  if (v.reasons.length > 0) return v.reasons.join('; ');
  if (v.status === 'pass') {
    if (!hasBaseline) return 'passed (only min and max can be checked without a baseline)';
    return v.rule?.maxRegression ? 'passed: within the allowed worsening' : 'passed';
  }
  return v.status;
}
