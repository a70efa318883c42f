import { baseMetricId } from '../gate/direction.js';

/**
 * How a metric's numbers read (docs/report.md, "Numbers"): one unit per metric in the table, the reasons, the
 * charts and the HTML report.
 * - `rate`: a share in [0, 1] (accuracy, F1, AUC, …): values as decimals, changes in percentage points ("pts").
 * - `percent`: a ratio people read as a percentage (MAPE): values as "5.24%", changes in points.
 * - `count`: example counts (`n`): whole numbers.
 * - `plain`: everything else (losses, errors, r2, latencies): values and changes in the metric's own unit.
 */
export type Unit = 'rate' | 'percent' | 'count' | 'plain';

/** Built-in and common metric-file names that are shares in [0, 1]. */
const RATE_NAMES = /^(?:top\d+_)?(?:acc|accuracy|balanced_accuracy|precision|recall|f1|specificity|sensitivity|roc_auc|auc|average_precision|exact_match|em|pass@\d+|hit_rate|win_rate)(?:_(?:norm|macro|micro|weighted|ovr|ovo|samples|binary))*$/i;
const PERCENT_NAMES = /(?:^|_)(?:mape|smape|mdape|wape)(?:_|$)/i;

/** The unit of a metric, from its name and, for rates, both values lying in [0, 1]. */
export function unitOf(id: string, ...values: readonly (number | null | undefined)[]): Unit {
  const base = baseMetricId(id);
  if (base === 'n') return 'count';
  const inUnitRange = values.every((v) => typeof v !== 'number' || (v >= 0 && v <= 1));
  if (PERCENT_NAMES.test(base)) return 'percent';
  const name = base.split('/').pop()!.replace(/^(?:eval|test|val|valid|validation)_/i, '').replace(/,none$/, '');
  return RATE_NAMES.test(name) && inUnitRange ? 'rate' : 'plain';
}

/** The factor from a metric's raw value to how its changes are shown (points for rates and percentages). */
export function changeScale(unit: Unit): number {
  return unit === 'rate' || unit === 'percent' ? 100 : 1;
}

/** The suffix of a change: " pts" for rates and percentages, nothing otherwise. */
export function changeSuffix(unit: Unit, amount: number | string): string {
  return unit === 'rate' || unit === 'percent' ? (String(amount).replace(/^[+−-]/, '') === '1' ? ' pt' : ' pts') : '';
}

const MAX_DECIMALS = 10;

function clampDecimals(d: number): number {
  return Math.min(MAX_DECIMALS, Math.max(0, d));
}

/**
 * Decimals for a change, in its shown unit: down to the second significant digit of the interval's half-width
 * when there is one (finer digits would be noise), else of the change itself.
 */
export function changeDecimals(unit: Unit, delta: number | undefined, interval?: readonly [number, number]): number {
  if (unit === 'count') return 0;
  const scale = changeScale(unit);
  const halfWidth = interval ? (Math.abs(interval[1] - interval[0]) / 2) * scale : 0;
  const basis = halfWidth > 0 && Number.isFinite(halfWidth) ? halfWidth : Math.abs(delta ?? 0) * scale;
  if (!(basis > 0) || !Number.isFinite(basis)) return unit === 'plain' ? 3 : 1;
  return clampDecimals(1 - Math.floor(Math.log10(basis)));
}

/**
 * One more decimal while an interval bound and the allowance's limit (both as changes) round to the same text
 * though they differ: a reader must be able to tell on which side of the limit the bound lies.
 */
export function separateDecimals(unit: Unit, digits: number, bounds: readonly [number, number] | undefined, limit: number | undefined): number {
  if (!bounds || limit === undefined || !Number.isFinite(limit)) return digits;
  const scale = changeScale(unit);
  let d = digits;
  while (d < MAX_DECIMALS && bounds.some((b) => b !== limit && fixed(b * scale, d) === fixed(limit * scale, d))) d++;
  return d;
}

/** Decimals for a value whose change is shown with `changeDecimals` digits: the same digits, in the value's unit. */
export function valueDecimals(unit: Unit, value: number, changeDigits: number | undefined): number {
  if (unit === 'count') return 0;
  const shift = unit === 'rate' ? 2 : 0;
  // Alone, a value keeps three significant digits (a rate, a percentage) or four (anything else).
  const significant = unit === 'plain' ? 4 : 3;
  const own = value === 0 ? 0 : significant - 1 - Math.floor(Math.log10(Math.abs(value * (unit === 'percent' ? 100 : 1))));
  // Never fewer digits than the change needs, never so few that a non-zero value reads as 0.
  return clampDecimals(changeDigits === undefined ? own : Math.max(changeDigits + shift, Math.min(own, 2)));
}

/** A plain decimal with grouping: never an exponent, never "-0". */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'NaN';
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const zero = /^[0.,]*$/.test(text);
  return value < 0 && !zero ? `−${text}` : text;
}

/** A value in its unit: "0.868", "5.24%", "2,000", "3.351". */
export function formatInUnit(value: number | null | undefined, unit: Unit, decimals: number): string {
  if (value === undefined) return '';
  if (value === null) return 'NaN';
  if (unit === 'percent') return `${fixed(value * 100, decimals)}%`;
  if (unit === 'count' || (Number.isInteger(value) && unit === 'plain' && Math.abs(value) >= 1000)) return fixed(value, 0);
  return fixed(value, decimals);
}

/** A signed change in its unit: "+1.2 pts", "−0.028"; a change that rounds to nothing is "0.0", without a sign. */
export function formatChange(delta: number, unit: Unit, decimals: number, withSuffix = true): string {
  if (delta === 0) return '0';
  const shown = delta * changeScale(unit);
  const text = fixed(Math.abs(shown), decimals);
  const zero = /^[0.,]*$/.test(text);
  const sign = zero ? '' : shown > 0 ? '+' : '−';
  return `${sign}${text}${withSuffix ? changeSuffix(unit, text) : ''}`;
}

/** A relative change as a percentage, "+9.4%", with two significant digits (at least one decimal below 10%). */
export function formatPercent(relative: number): string {
  const percent = relative * 100;
  const abs = Math.abs(percent);
  const decimals = abs >= 10 ? 0 : abs >= 1 ? 1 : abs >= 0.1 ? 2 : 3;
  const text = fixed(abs, decimals);
  const zero = /^[0.,]*$/.test(text);
  return `${zero ? '' : percent > 0 ? '+' : '−'}${text}%`;
}
