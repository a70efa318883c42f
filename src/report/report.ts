import { baseMetricId } from '../gate/direction.js';
import type { GateResult, MetricStatus, MetricVerdict } from '../gate/verdict.js';
import type { Churn } from '../stats/pairing.js';
import type { ItemReport } from './items.js';
import type { Pictures } from './pictures.js';

/** Where a run's metrics came from, for the provenance line. */
export interface RunInfo {
  readonly label: string;
  readonly task: string | undefined;
  readonly n: number | undefined;
  readonly sources: readonly string[];
  /** For a recorded baseline: which commit and run it came from, and how it relates to the pull request. */
  readonly provenance?: Provenance;
}

export interface Provenance {
  readonly sha: string;
  readonly runNumber: number | null;
  readonly date: string;
  /** How the baseline was chosen (docs/baseline.md#finding-the-baseline): the merge-base's own run, the nearest earlier one, or the newest. */
  readonly match: 'merge-base' | 'before-merge-base' | 'newest' | 'local';
  readonly url?: string;
}

/** Where the baseline came from, said once: "baseline d062abb (run #12, 2026-11-20, this PR's merge-base)". */
export function describeProvenance(p: Provenance): string {
  const sha = /^[0-9a-f]{7,64}$/i.test(p.sha) ? p.sha.slice(0, 7) : undefined;
  const parts: string[] = [];
  if (p.runNumber !== null) parts.push(`run #${p.runNumber}`);
  if (p.date) parts.push(p.date.slice(0, 10));
  parts.push({
    'merge-base': "this PR's merge-base",
    'before-merge-base': 'not the merge-base: the newest baseline before it',
    newest: 'not the merge-base: the newest on the branch',
    local: 'a local baseline',
  }[p.match]);
  return `baseline ${sha ?? 'from local files'} (${parts.join(', ')})`;
}

/** How the two eval sets relate and what changed per example (docs/baseline.md#comparability), for the report. */
export interface ComparisonSummary {
  readonly paired: boolean;
  /** Why the runs could not be paired, when they could not. */
  readonly reason: string | undefined;
  readonly shared: number;
  readonly added: number;
  readonly removed: number;
  readonly changedLabels: number;
  readonly pairedRows: number;
  readonly churn: Churn | undefined;
  /** One line on how deltas were judged: paired tests, unpaired, standard errors, or point estimates. */
  readonly significance: string;
}

/** Everything a rendering needs; the markdown, terminal and JSON reports are three views of this one model. */
export interface Report {
  readonly gate: GateResult;
  readonly passed: boolean;
  readonly outcome: string;
  readonly current: RunInfo;
  readonly baseline: RunInfo | undefined;
  /** False when no baseline was asked for (evaluate mode, `--baseline none`): its absence is then no news. */
  readonly baselineExpected: boolean;
  readonly comparison?: ComparisonSummary;
  /** Trends, curves and confusion matrices, when the runs carry what they need. */
  readonly pictures?: Pictures;
  /** Where the self-contained HTML report lives (an artifact URL), to link from the comment. */
  readonly htmlReportUrl?: string;
  /** The pull-request label that accepts a regression, named in a failing report's next steps. */
  readonly acceptLabel?: string;
  /** Scored records compared item by item (LLM evals), when both runs have them. */
  readonly items?: ItemReport;
  readonly notes: readonly string[];
}

/** Order of statuses in tables: what needs attention first. */
const STATUS_ORDER: readonly MetricStatus[] = ['fail', 'warn', 'accepted', 'removed', 'new', 'pass', 'skipped', 'info'];

export const STATUS_ICON: Readonly<Record<MetricStatus, string>> = {
  fail: '❌',
  warn: '⚠️',
  accepted: '☑️',
  removed: '➖',
  new: '🆕',
  pass: '✅',
  skipped: '⏭️',
  info: '·',
};

export function isSliceId(id: string): boolean {
  return baseMetricId(id) !== id;
}

/** Regressions first, then by the order the metrics were computed. */
export function byAttention(verdicts: readonly MetricVerdict[]): MetricVerdict[] {
  const position = new Map(verdicts.map((v, i) => [v.id, i]));
  return [...verdicts].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || position.get(a.id)! - position.get(b.id)!,
  );
}

/** The sections of a report: what the main table shows, what is folded away. */
export interface ReportSections {
  /** Gated overall metrics, new or removed ones, and any failing or warning slice. */
  readonly main: readonly MetricVerdict[];
  /** Overall metrics without a rule. */
  readonly other: readonly MetricVerdict[];
  /** Per-slice metrics not already in the main table. */
  readonly slices: readonly MetricVerdict[];
}

export function splitSections(gate: GateResult): ReportSections {
  const main: MetricVerdict[] = [];
  const other: MetricVerdict[] = [];
  const slices: MetricVerdict[] = [];
  for (const verdict of byAttention(gate.verdicts)) {
    const slice = isSliceId(verdict.id);
    const attention = verdict.status === 'fail' || verdict.status === 'warn' || verdict.status === 'accepted';
    if (attention || (!slice && verdict.status !== 'info')) main.push(verdict);
    else if (slice) slices.push(verdict);
    else other.push(verdict);
  }
  return { main, other, slices: bySliceRegression(slices) };
}

/** The headline: verdict and counts, e.g. "2 failed · 1 warning · 14 passed". */
export function headline(report: Report): { title: string; counts: string } {
  const { counts, status } = report.gate;
  const parts: string[] = [];
  if (counts.fail) parts.push(`${counts.fail.toLocaleString('en-US')} failed`);
  if (counts.warn) parts.push(`${counts.warn} warning${counts.warn === 1 ? '' : 's'}`);
  if (counts.accepted) parts.push(`${counts.accepted} accepted`);
  // Without a baseline a max-regression-only rule was not checked: it must not count as passed.
  const unchecked = report.gate.hasBaseline ? 0 : report.gate.verdicts.filter((v) => v.status === 'pass' && v.rule?.maxRegression && v.rule.min === undefined && v.rule.max === undefined).length;
  if (counts.pass - unchecked > 0) parts.push(`${(counts.pass - unchecked).toLocaleString('en-US')} passed`);
  if (unchecked) parts.push(`${unchecked} not checked (no baseline)`);
  if (counts.new) parts.push(`${counts.new} new`);
  if (counts.removed) parts.push(`${counts.removed} removed`);
  if (counts.skipped) parts.push(`${counts.skipped} not gated (small slices)`);
  const title =
    status === 'fail'
      ? `❌ model-gate: ${report.passed ? 'rules failed (not blocking)' : 'failed'}`
      : status === 'warn'
        ? '⚠️ model-gate: passed with warnings'
        : status === 'no-baseline' && report.baselineExpected
          ? `${report.passed ? '🆕' : '❌'} model-gate: no baseline yet`
          : '✅ model-gate: passed';
  return { title, counts: parts.join(' · ') || 'no rules' };
}

/** Slices sorted by regression: the largest relative worsening first, improvements last (issue 8). */
function bySliceRegression(verdicts: readonly MetricVerdict[]): MetricVerdict[] {
  const worsening = (v: MetricVerdict) => {
    if (v.relativeDelta === undefined) return Number.NEGATIVE_INFINITY;
    return v.direction === 'higher' ? -v.relativeDelta : v.relativeDelta;
  };
  return [...verdicts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || worsening(b) - worsening(a));
}
