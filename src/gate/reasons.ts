import { changeDecimals, changeScale, changeSuffix, fixed, formatChange, formatInUnit, formatPercent, separateDecimals, unitOf, valueDecimals, type Unit } from '../report/units.js';
import type { Direction, Regression } from './rules.js';

/**
 * The reasons of a verdict in words (docs/report.md, "Reasons"): each in the metric's own direction and unit, so
 * "log_loss rose 0.028 (+9.4%); allowed worsening 2% (0.006)" — points only for rates, the interval the verdict
 * used, and why a metric was judged on its point estimate.
 */

/** What the gate knows about one metric when it words a max-regression check. */
export interface RegressionFacts {
  readonly id: string;
  readonly direction: Direction;
  readonly baseline: number;
  readonly current: number;
  readonly regression: Regression;
  /** The allowed worsening in the metric's own units. */
  readonly allowed: number;
  /** The interval the verdict used, with its level and adjustment ("Holm over 4 checks"). */
  readonly interval?: { readonly bounds: readonly [number, number]; readonly level: number; readonly adjustment: string | undefined };
  /** Why there is no interval: "no per-example data or standard error", "significance is off". */
  readonly noInterval?: string;
}

export type RegressionOutcome = 'beyond' | 'not-confident' | 'holm-stopped';

/** "fell 2.0 pts (−2.3%)", "rose 0.028 (+9.4%)", "unchanged". */
export function describeMove(id: string, baseline: number, current: number, interval?: readonly [number, number], decimals?: number): string {
  const delta = current - baseline;
  const unit = unitOf(id, baseline, current);
  if (delta === 0) return 'unchanged';
  const digits = decimals ?? changeDecimals(unit, delta, interval);
  const amount = formatChange(Math.abs(delta), unit, digits).replace(/^\+/, '');
  const relative = baseline !== 0 ? ` (${formatPercent(delta / Math.abs(baseline))})` : '';
  return `${delta > 0 ? 'rose' : 'fell'} ${amount}${relative}`;
}

/** "improved" or "worse", as a word beside the move: a sign alone does not say which for lower-is-better metrics. */
export function judgeMove(direction: Direction, delta: number): 'better' | 'worse' | 'unchanged' {
  if (delta === 0) return 'unchanged';
  return (delta > 0) === (direction === 'higher') ? 'better' : 'worse';
}

/** The allowance in the change's unit: "1 pt", "2% (1.4 pts)", "5% (0.137)", "0.005". */
export function describeAllowance(unit: Unit, regression: Regression, allowed: number, digits: number): string {
  const scaled = allowed * changeScale(unit);
  // A rule's own number is shown as written (0.005 → 0.5 pts); a relative allowance at the change's precision.
  const decimals = regression.kind === 'absolute' ? significantDecimals(scaled) : digits;
  const amount = `${fixed(scaled, decimals)}${changeSuffix(unit, fixed(scaled, decimals))}`;
  return regression.kind === 'relative' ? `${regression.percent}% (${amount})` : amount;
}

/** Enough decimals to show a rule's own number without rounding it away (0.005 → 3). */
function significantDecimals(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const text = String(Number(value.toPrecision(6)));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(10, text.length - dot - 1);
}

/** The reason for a max-regression check that broke (or, with `not-confident`, broke only on the point estimate). */
export function describeRegressionCheck(facts: RegressionFacts, outcome: RegressionOutcome): string {
  const { id, baseline, current, direction } = facts;
  const unit = unitOf(id, baseline, current);
  const bounds = facts.interval?.bounds;
  const limit = direction === 'higher' ? -facts.allowed : facts.allowed;
  const digits = separateDecimals(unit, changeDecimals(unit, current - baseline, bounds), bounds, limit);
  const move = describeMove(id, baseline, current, bounds, digits);
  const judged = judgeMove(direction, current - baseline);
  const allowance = `allowed worsening ${describeAllowance(unit, facts.regression, facts.allowed, digits)}`;
  const head = `${move}${judged === 'worse' ? ', worse' : judged === 'better' ? ', better' : ''}; ${allowance}`;
  if (!facts.interval) return `${head}; judged on the point estimate: ${facts.noInterval ?? 'no uncertainty known'}`;
  const { level, adjustment } = facts.interval;
  const shown = `${formatLevel(level)} interval${adjustment ? ` (${adjustment})` : ''} ${formatBounds(bounds!, unit, digits)}`;
  if (outcome === 'beyond') return `${head}; the ${shown} lies wholly beyond it`;
  if (outcome === 'holm-stopped') return `${head}; the ${shown} lies beyond it, but Holm's procedure stopped at a less certain check first: a warning`;
  return `${head}; beyond it on the point estimate, but the ${shown} reaches back within it: a warning, not a failure`;
}

/** "−3.5 … −0.5 pts". */
export function formatBounds(bounds: readonly [number, number], unit: Unit, digits: number): string {
  return `${formatChange(bounds[0], unit, digits, false)} … ${formatChange(bounds[1], unit, digits, false)}${changeSuffix(unit, 2)}`;
}

/** "95%", "98.75%": a level as people write it. */
export function formatLevel(level: number): string {
  return `${Number((level * 100).toPrecision(4))}%`;
}

/** A broken `min` or `max`, saying when the baseline broke it already (the pull request did not cause it). */
export function describeBound(id: string, kind: 'min' | 'max', limit: number, current: number, baseline: number | null | undefined): string {
  const unit = unitOf(id, current, baseline);
  // Enough digits that a value just past the limit never reads as the limit itself (0.8999, not 0.900).
  const show = (v: number) => {
    let digits = valueDecimals(unit, v, undefined) + (unit === 'rate' ? 1 : 0);
    while (digits < 10 && Number(fixed(v * (unit === 'percent' ? 100 : 1), digits).replace(/[,−]/g, (c) => (c === '−' ? '-' : ''))) === limit * (unit === 'percent' ? 100 : 1) && v !== limit) digits++;
    // Trailing zeros say nothing here: 0.868, not 0.8680.
    return formatInUnit(v, unit, digits).replace(/(\.\d*?)0+(%?)$/, '$1$2').replace(/\.(%?)$/, '$1');
  };
  const word = kind === 'min' ? 'below the minimum' : 'above the maximum';
  const limitText = unit === 'percent' ? `${fixed(limit * 100, significantDecimals(limit * 100))}%` : String(limit);
  const before = typeof baseline === 'number' && (kind === 'min' ? baseline < limit : baseline > limit);
  if (before) return `already ${word} ${limitText} on the baseline (${show(baseline)}), now ${show(current)}: not caused by this change`;
  return `${show(current)} is ${word} ${limitText}`;
}
