import { baseMetricId } from '../gate/direction.js';
import type { MetricStatus, MetricVerdict } from '../gate/verdict.js';

/** One slice (e.g. `region=eu`) as a row: its size and, per shown metric, that metric's verdict on the slice. */
export interface SliceRow {
  readonly slice: string;
  readonly n: number | undefined;
  readonly cells: readonly (MetricVerdict | undefined)[];
  /** The row's worst status among its gated cells, for its icon and order. */
  readonly status: MetricStatus;
  /** True when a rule covers some metric of the slice (and the slice is big enough to be gated). */
  readonly gated: boolean;
}

export interface SlicePivot {
  /** Base metric ids shown as columns: the gated ones first. */
  readonly metrics: readonly string[];
  /** Gated slices, worst first. */
  readonly gated: readonly SliceRow[];
  /** Slices without a gated metric, big ones first; small ones are marked by their `skipped` cells. */
  readonly ungated: readonly SliceRow[];
}

const ORDER: readonly MetricStatus[] = ['fail', 'warn', 'accepted', 'removed', 'new', 'pass', 'skipped', 'info'];
const MAX_COLUMNS = 4;

/**
 * Slices × metrics, so a reader sees where a regression sits (docs/report.md, "Slices"): one row per slice with
 * its n, one column per gated metric (or the headline metrics when no slice is gated), gated slices first.
 */
export function pivotSlices(verdicts: readonly MetricVerdict[], headline: readonly string[]): SlicePivot | undefined {
  const bySlice = new Map<string, Map<string, MetricVerdict>>();
  for (const v of verdicts) {
    const base = baseMetricId(v.id);
    if (base === v.id) continue;
    const slice = v.id.slice(base.length + 1, -1);
    if (!bySlice.has(slice)) bySlice.set(slice, new Map());
    bySlice.get(slice)!.set(base, v);
  }
  if (bySlice.size === 0) return undefined;
  const gatedMetrics = new Set<string>();
  for (const cells of bySlice.values()) for (const [base, v] of cells) if (v.rule && base !== 'n') gatedMetrics.add(base);
  const available = new Set([...bySlice.values()].flatMap((cells) => [...cells.keys()]));
  const metrics = [...gatedMetrics, ...headline.filter((id) => !gatedMetrics.has(id) && available.has(id))].slice(0, MAX_COLUMNS);
  const rows = [...bySlice.entries()].map(([slice, cells]): SliceRow => {
    const shown = metrics.map((m) => cells.get(m));
    const ruled = [...cells.values()].filter((v) => v.rule && v.status !== 'skipped');
    const status = ruled.reduce<MetricStatus>((worst, v) => (ORDER.indexOf(v.status) < ORDER.indexOf(worst) ? v.status : worst), ruled.length > 0 ? 'pass' : 'info');
    const n = cells.get('n')?.current;
    return { slice, n: typeof n === 'number' ? n : undefined, cells: shown, status, gated: ruled.length > 0 };
  });
  const worsening = (row: SliceRow) => Math.max(...row.cells.map((v) => (v?.relativeDelta === undefined ? -Infinity : v.direction === 'higher' ? -v.relativeDelta : v.relativeDelta)));
  const gated = rows.filter((r) => r.gated).sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || worsening(b) - worsening(a));
  const ungated = rows.filter((r) => !r.gated).sort((a, b) => (b.n ?? 0) - (a.n ?? 0));
  return { metrics, gated, ungated };
}
