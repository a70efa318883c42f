import { toJsonItems } from './items.js';
import type { Report } from './report.js';

/** The JSON report file (docs/report.md): stable snake_case keys, `null` for undefined values. */
export function toJsonReport(report: Report): unknown {
  return {
    schema: 'model-gate/report@1',
    status: report.gate.status,
    passed: report.passed,
    outcome: report.outcome,
    current: report.current,
    baseline: report.baseline ?? null,
    counts: report.gate.counts,
    metrics: report.gate.verdicts.map((v) => ({
      id: v.id,
      baseline: v.baseline ?? null,
      current: v.current ?? null,
      delta: v.delta ?? null,
      relative_delta: v.relativeDelta ?? null,
      direction: v.direction,
      change: v.change ?? null,
      status: v.status,
      interval: v.estimate ? { low: v.estimate.interval[0], high: v.estimate.interval[1], level: v.estimate.level, method: v.estimate.method } : null,
      verdict_interval: v.verdictInterval ? { low: v.verdictInterval.bounds[0], high: v.verdictInterval.bounds[1], level: v.verdictInterval.level, adjustment: v.verdictInterval.adjustment ?? null } : null,
      p_value: v.estimate?.pValue ?? null,
      adjusted_p: v.adjustedP ?? null,
      rule: v.rule ? { key: v.rule.key, min: v.rule.min ?? null, max: v.rule.max ?? null, max_regression: v.rule.maxRegression ?? null, severity: v.rule.severity, required: v.rule.required } : null,
      reasons: v.reasons,
    })),
    regressions: report.gate.verdicts.filter((v) => v.status === 'fail').map((v) => v.id),
    comparison: report.comparison ?? null,
    items: report.items ? toJsonItems(report.items) : null,
    notes: report.notes,
  };
}
