import { z } from 'zod';
import { InputError } from '../errors.js';
import { baseMetricId } from '../gate/direction.js';
import type { Direction, Rule } from '../gate/rules.js';
import type { RunMetrics } from '../ingest/combine-run.js';
import { BUNDLE_FILE, BUNDLE_SCHEMA } from './bundle-names.js';
import { decodeExamples, type ExampleData } from './examples.js';
import { checkItemsAgree, decodeItems, type ItemsSummaryEntry } from './items.js';
import type { ScoredMetric } from '../ingest/llm-logs/scored.js';
import type { HistoryEntry } from './history-entry.js';

/**
 * The baseline bundle (docs/baseline.md#the-baseline-bundle): a folder uploaded as an artifact, holding `BUNDLE_FILE` (this document) and,
 * when it fits under the cap, `EXAMPLES_FILE` (per-example data, see examples.ts). The `schema` field versions
 * the format; a reader refuses versions it does not know instead of guessing.
 */
export { BUNDLE_FILE, BUNDLE_SCHEMA, EXAMPLES_FILE } from './bundle-names.js';

/** Where a recorded baseline came from: the commit and the workflow run that recorded it. */
export interface Provenance {
  readonly sha: string;
  readonly ref: string | null;
  readonly runId: number | null;
  readonly runNumber: number | null;
  readonly runAttempt: number | null;
  readonly workflow: string | null;
  readonly repository: string | null;
  readonly date: string;
}

export interface BaselineBundle {
  readonly schema: typeof BUNDLE_SCHEMA;
  readonly provenance: Provenance;
  readonly task: string | null;
  readonly n: number | null;
  readonly classes: readonly string[];
  readonly metrics: Record<string, number | null>;
  readonly stderr: Record<string, number>;
  /** The settings that shaped the metrics, so a reviewer can tell when the two runs were computed differently. */
  readonly settings: Record<string, unknown>;
  /** The rules the default branch gated with; a pull request is judged by these as well as its own (docs/rules.md#who-sets-the-bar). */
  readonly rules: readonly Rule[];
  /** Hashes of the eval set, to tell whether two runs evaluated the same examples (docs/baseline.md#comparability). */
  readonly fingerprint: Fingerprint | null;
  /** Present when the per-example data is in the bundle; the note says why not otherwise. */
  readonly examples: { readonly file: string; readonly bytes: number } | null;
  /**
   * Present when scored records (LLM evals) are in the bundle; absent in bundles recorded before them. `metrics`
   * summarizes the file (item count and mean per metric) so that reading can check the two agree.
   */
  readonly items?: { readonly file: string; readonly bytes: number; readonly metrics?: Readonly<Record<string, ItemsSummaryEntry>> } | null;
  /** Directions the eval tools stated (lm-eval `higher_is_better`), by metric id. */
  readonly directions?: Record<string, Direction>;
  readonly history: readonly HistoryEntry[];
  readonly notes: readonly string[];
}

export interface Fingerprint {
  readonly n: number;
  readonly ids: string | null;
  readonly labels: string;
}

const number = z.number().nullable();
const count = z.number().int().nonnegative();
const ruleSchema = z.object({
  key: z.string().max(1000),
  min: z.number().optional(),
  max: z.number().optional(),
  maxRegression: z
    .union([z.object({ kind: z.literal('absolute'), value: z.number().nonnegative() }), z.object({ kind: z.literal('relative'), percent: z.number().nonnegative() })])
    .optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  severity: z.enum(['error', 'warning']),
  required: z.boolean(),
  maxNewlyFailing: z.number().int().min(0).optional(),
});
const metricRecord = z.record(z.string().max(2000), number);
const bundleSchema = z.object({
  schema: z.literal(BUNDLE_SCHEMA),
  provenance: z.object({
    sha: z.string().max(100),
    ref: z.string().max(1000).nullable(),
    runId: z.number().nullable(),
    runNumber: z.number().nullable(),
    runAttempt: z.number().nullable(),
    workflow: z.string().max(1000).nullable(),
    repository: z.string().max(1000).nullable(),
    date: z.string().max(100),
  }),
  task: z.enum(['binary', 'multiclass', 'regression']).nullable(),
  n: count.nullable(),
  classes: z.array(z.string().max(10_000)).max(100_000).refine((classes) => new Set(classes).size === classes.length, 'a class appears twice'),
  metrics: metricRecord.refine(
    (metrics) => Object.entries(metrics).every(([id, value]) => !(id === 'n' || id.startsWith('n[')) || value === null || (Number.isInteger(value) && value >= 0)),
    'an example count (n) is not a whole number ≥ 0',
  ),
  stderr: z.record(z.string().max(2000), z.number().nonnegative()),
  settings: z.record(z.string(), z.unknown()),
  rules: z.array(ruleSchema).max(10_000),
  fingerprint: z.object({ n: count, ids: z.string().max(200).nullable(), labels: z.string().max(200) }).nullable(),
  examples: z.object({ file: z.string().max(1000), bytes: count }).nullable(),
  items: z
    .object({
      file: z.string().max(1000),
      bytes: count,
      metrics: z.record(z.string().max(2000), z.object({ items: count, mean: number })).optional(),
    })
    .nullable()
    .optional(),
  directions: z.record(z.string().max(2000), z.enum(['higher', 'lower'])).optional(),
  history: z
    .array(z.object({ sha: z.string().max(100), date: z.string().max(100), runId: z.number().nullable(), runNumber: z.number().nullable(), metrics: metricRecord }))
    .max(10_000),
  notes: z.array(z.string().max(10_000)).max(10_000),
});

/**
 * Refuses to record what `parseBundle` would refuse to read (an id or class name over its limit…): a baseline
 * that every pull request fails to load is worse than no baseline. Called before anything is written.
 */
export function checkRecordable(bundle: BaselineBundle): void {
  const parsed = bundleSchema.safeParse(bundle);
  if (parsed.success) return;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map((part) => (String(part).length > 60 ? `${String(part).slice(0, 60)}…` : String(part))).join('.');
  throw new InputError(`cannot record this run: ${path || 'document'}: ${issue.message}; a baseline with it could not be read back`);
}

/**
 * Parses and validates a bundle document from an untrusted artifact: JSON only, every field typed and bounded;
 * unknown fields are dropped. Any problem is an InputError naming the file and the field.
 */
export function parseBundle(text: string, file: string): BaselineBundle {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (typeof schema === 'string' && schema !== BUNDLE_SCHEMA && schema.startsWith('model-gate/baseline@')) {
    throw new InputError(`baseline format ${schema} is newer than this model-gate understands (${BUNDLE_SCHEMA}); update the action`, { file });
  }
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`not a model-gate baseline: ${issue.path.join('.') || 'document'}: ${issue.message}`, { file });
  }
  return parsed.data as BaselineBundle;
}

/** The metrics of a bundle as a run, for the gate (per-example data is attached by the caller when present). */
export function bundleToRun(bundle: BaselineBundle, source: string, examples?: ExampleData, items?: readonly ScoredMetric[]): RunMetrics {
  return {
    ...(items && items.length > 0 ? { items: new Map(items.map((m) => [m.id, m])) } : {}),
    ...(bundle.directions ? { higherIsBetter: new Map(Object.entries(bundle.directions).map(([id, d]) => [id, d === 'higher'])) } : {}),
    task: bundle.task ?? undefined,
    n: bundle.n ?? undefined,
    metrics: new Map(Object.entries(bundle.metrics)),
    stderr: new Map(Object.entries(bundle.stderr)),
    evaluation: undefined,
    examples,
    sources: [source],
    notes: [],
    recordedRules: bundle.rules,
    history: nextHistory(bundle, Number.POSITIVE_INFINITY),
  };
}

/** The next history: the previous bundle's history plus its own entry, keeping the last `keep` (docs/baseline.md#the-baseline-bundle). */
export function nextHistory(previous: BaselineBundle | undefined, keep: number): HistoryEntry[] {
  if (!previous || keep === 0) return [];
  const own: HistoryEntry = {
    sha: previous.provenance.sha,
    date: previous.provenance.date,
    runId: previous.provenance.runId,
    runNumber: previous.provenance.runNumber,
    metrics: Object.fromEntries(Object.entries(previous.metrics).filter(([id]) => baseMetricId(id) === id)),
  };
  return [...previous.history, own].slice(-keep);
}

export interface LoadedBundle {
  readonly bundle: BaselineBundle;
  readonly examples: ExampleData | undefined;
  readonly run: RunMetrics;
}

/** The per-example data must describe the run the document describes: same task, count and classes. */
function checkExamplesAgree(bundle: BaselineBundle, { data }: ExampleData, file: string): void {
  const fail = (problem: string): never => {
    throw new InputError(`per-example data disagrees with ${BUNDLE_FILE}: ${problem}`, { file });
  };
  if (bundle.task !== null && bundle.task !== data.task) fail(`task ${data.task}, not ${bundle.task}`);
  if (bundle.n !== null && bundle.n !== data.n) fail(`${data.n} rows, not n = ${bundle.n}`);
  if (data.task !== 'regression' && bundle.classes.length > 0 && bundle.classes.join('\u0000') !== data.classes.join('\u0000')) {
    fail('the classes differ');
  }
}

/** A bundle from its files (a folder on disk, or an artifact extracted in memory), validated as untrusted input. */
export function bundleFromFiles(files: ReadonlyMap<string, Uint8Array>, shownAs: string): LoadedBundle {
  const document = files.get(BUNDLE_FILE);
  if (!document) throw new InputError(`no ${BUNDLE_FILE} inside: not a model-gate baseline bundle`, { file: shownAs });
  const bundle = parseBundle(new TextDecoder().decode(document), shownAs);
  let examples: ExampleData | undefined;
  if (bundle.examples) {
    const bytes = files.get(bundle.examples.file);
    if (!bytes) throw new InputError(`the per-example file ${bundle.examples.file} is missing`, { file: shownAs });
    const where = `${shownAs}/${bundle.examples.file}`;
    examples = decodeExamples(bytes, where);
    checkExamplesAgree(bundle, examples, where);
  }
  let items: ScoredMetric[] | undefined;
  if (bundle.items) {
    const bytes = files.get(bundle.items.file);
    if (!bytes) throw new InputError(`the scored-records file ${bundle.items.file} is missing`, { file: shownAs });
    const where = `${shownAs}/${bundle.items.file}`;
    items = decodeItems(bytes, where);
    const disagree = (problem: string): never => {
      throw new InputError(`scored records disagree with ${BUNDLE_FILE}: ${problem}`, { file: where });
    };
    // Every scored metric is a metric of the run, whose headline the document records.
    const unknown = items.find((m) => !Object.hasOwn(bundle.metrics, m.id));
    if (unknown) disagree(`the file scores ${JSON.stringify(unknown.id.slice(0, 80))}, which metrics does not list`);
    // Bundles recorded before the summary existed carry none: their items are checked no further.
    if (bundle.items.metrics) checkItemsAgree(items, bundle.items.metrics, disagree);
  }
  return { bundle, examples, run: bundleToRun(bundle, shownAs, examples, items) };
}
