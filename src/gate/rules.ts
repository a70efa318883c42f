/** A parsed rule (docs/rules.md#syntax); `key` is the metric id or glob it was written under. */
export interface Rule {
  readonly key: string;
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly maxRegression: Regression | undefined;
  readonly direction: Direction | undefined;
  readonly severity: Severity;
  readonly required: boolean;
  /** Scored records: at most this many items may go from passing every baseline repeat to failing every current one. */
  readonly maxNewlyFailing?: number;
}

export type Direction = 'higher' | 'lower';
export type Severity = 'error' | 'warning';

/** Allowed worsening against the baseline: absolute (`0.01`) or relative to the baseline's magnitude (`2%`). */
export type Regression = { readonly kind: 'absolute'; readonly value: number } | { readonly kind: 'relative'; readonly percent: number };

/** How much worsening `regression` allows against `baseline`: a relative allowance is of the baseline's magnitude. */
export function allowedWorsening(regression: Regression, baseline: number): number {
  return regression.kind === 'absolute' ? regression.value : (regression.percent / 100) * Math.abs(baseline);
}

/** The key that applies to every metric without a rule of its own. */
export const DEFAULT_RULE_KEY = 'default';

/** Renders a rule back in the syntax users write, for the report. */
export function describeRule(rule: Rule): string {
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`min ${rule.min}`);
  if (rule.max !== undefined) parts.push(`max ${rule.max}`);
  if (rule.maxRegression) parts.push(`max-regression ${describeRegression(rule.maxRegression)}`);
  if (rule.maxNewlyFailing !== undefined) parts.push(`max-newly-failing ${rule.maxNewlyFailing}`);
  if (rule.required) parts.push('required');
  if (rule.severity === 'warning') parts.push('warning');
  return parts.join(', ');
}

export function describeRegression(regression: Regression): string {
  return regression.kind === 'absolute' ? String(regression.value) : `${regression.percent}%`;
}
