/** One default-branch result kept in a baseline bundle, for the trend charts: its commit, run and metrics. */
export interface HistoryEntry {
  readonly sha: string;
  readonly date: string;
  readonly runId: number | null;
  readonly runNumber: number | null;
  readonly metrics: Record<string, number | null>;
}
