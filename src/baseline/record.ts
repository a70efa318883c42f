import { createHash } from 'node:crypto';
import type { Settings } from '../config/settings.js';
import type { RunMetrics } from '../ingest/combine-run.js';
import type { EvalData } from '../metrics/eval-data.js';
import { ITEMS_FILE } from './bundle-names.js';
import { encodeItems, summarizeItems } from './items.js';
import { BUNDLE_SCHEMA, checkRecordable, EXAMPLES_FILE, nextHistory, type BaselineBundle, type Fingerprint, type Provenance } from './bundle.js';
import { encodeExamples } from './examples.js';

/** Per-example data above this (compressed) stays out of the bundle, with a note: artifacts should stay small. */
export const EXAMPLES_CAP_BYTES = 64 * 1024 ** 2;

export interface RecordInput {
  readonly run: RunMetrics;
  readonly settings: Settings;
  readonly provenance: Provenance;
  /** The baseline this one follows, for the history chain. */
  readonly previous: BaselineBundle | undefined;
  readonly examplesCapBytes?: number;
}

/** Builds the bundle document and its per-example file (docs/baseline.md#the-baseline-bundle). Pure: the caller writes and uploads. */
export function buildBundle(input: RecordInput): { bundle: BaselineBundle; examples: Uint8Array | undefined; items: Uint8Array | undefined } {
  const { run, settings, provenance, previous } = input;
  const notes: string[] = [];
  const evaluation = run.evaluation;
  let examples: Uint8Array | undefined;
  if (evaluation) {
    examples = encodeExamples({ data: evaluation.data, ids: evaluation.ids }, input.examplesCapBytes ?? EXAMPLES_CAP_BYTES);
    if (!examples) {
      notes.push(
        `per-example data left out: it compresses to more than ${Math.round((input.examplesCapBytes ?? EXAMPLES_CAP_BYTES) / 1024 ** 2)} MiB; paired significance tests fall back to unpaired ones`,
      );
    }
  }
  const cap = input.examplesCapBytes ?? EXAMPLES_CAP_BYTES;
  const items = run.items && run.items.size > 0 ? encodeItems([...run.items.values()], cap) : undefined;
  if (run.items && run.items.size > 0 && !items) {
    notes.push(`scored records left out: they compress to more than ${Math.round(cap / 1024 ** 2)} MiB; items are not compared item by item against this baseline`);
  }
  const bundle: BaselineBundle = {
    schema: BUNDLE_SCHEMA,
    provenance,
    task: run.task ?? null,
    n: run.n ?? null,
    classes: evaluation && evaluation.data.task !== 'regression' ? [...evaluation.data.classes] : [],
    metrics: Object.fromEntries(run.metrics),
    stderr: Object.fromEntries(run.stderr),
    settings: {
      task: settings.evaluate.task,
      columns: settings.evaluate.columns,
      positiveLabel: settings.evaluate.positiveLabel ?? null,
      decisionThreshold: settings.evaluate.decisionThreshold ?? null,
      minSliceSize: settings.minSliceSize,
    },
    rules: settings.rules,
    fingerprint: evaluation ? fingerprintOf(evaluation.data, evaluation.ids) : null,
    examples: examples ? { file: EXAMPLES_FILE, bytes: examples.length } : null,
    ...(items && run.items ? { items: { file: ITEMS_FILE, bytes: items.length, metrics: summarizeItems([...run.items.values()]) } } : {}),
    ...(run.higherIsBetter && run.higherIsBetter.size > 0 ? { directions: Object.fromEntries([...run.higherIsBetter].map(([id, higher]) => [id, higher ? 'higher' : 'lower'] as const)) } : {}),
    history: nextHistory(previous, settings.history),
    notes,
  };
  checkRecordable(bundle);
  return { bundle, examples, items };
}

/**
 * Hashes of the ids and of the labels in row order: equal fingerprints mean the same eval set. Class codes are
 * hashed as 32-bit integers whatever width they have in memory, so the hash does not change with it.
 */
export function fingerprintOf(data: EvalData, ids: readonly string[] | undefined): Fingerprint {
  const yTrue = data.yTrue instanceof Uint8Array || data.yTrue instanceof Uint16Array ? Int32Array.from(data.yTrue) : data.yTrue;
  const labels = createHash('sha256').update(new Uint8Array(yTrue.buffer, yTrue.byteOffset, yTrue.byteLength));
  if (data.task !== 'regression') labels.update(`|${data.classes.join('\u0000')}`);
  return {
    n: data.n,
    ids: ids ? createHash('sha256').update(ids.join('\n')).digest('hex') : null,
    labels: labels.digest('hex'),
  };
}
