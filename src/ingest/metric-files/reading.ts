/**
 * What every metric-file reader returns (docs/formats.md#metric-files): metric ids with values, and standard errors where the
 * file carries them (lm-evaluation-harness `_stderr`), for the significance tests.
 */
export interface MetricReading {
  /** Metric id → value; `null` where the file says NaN/Infinity or the value is otherwise undefined. */
  readonly metrics: ReadonlyMap<string, number | null>;
  /** Metric id → standard error of that metric, when the file carries one. */
  readonly stderr: ReadonlyMap<string, number>;
  /** Things the user should know, e.g. "no scalar summaries in this event file". */
  readonly notes: readonly string[];
  /** Metric id → whether higher values are better, where the file declares it (lm-eval `higher_is_better`). */
  readonly higherIsBetter?: ReadonlyMap<string, boolean>;
}

/** A file's raw bytes; `name` is the path as the user gave it (relative paths keep their folders). */
export interface BinaryFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}
