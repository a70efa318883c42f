import { gzipSync } from 'fflate';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { headline, type ScoredMetric } from '../ingest/llm-logs/scored.js';
import { gunzipBounded } from './gunzip-bounded.js';

/**
 * The scored records a baseline keeps for item-by-item comparison (docs/llm-evals.md): per metric its item keys,
 * clusters and hashes, and every repeat's score. Layout, gzipped: a magic line, one JSON header line (ids, tasks,
 * item strings, and where each metric's numbers start), then the offsets (u32) and values (f64) of every metric,
 * little-endian.
 */
const MAGIC = 'model-gate-items/1\n';

/**
 * The most the scored-records file may inflate to. Its compressed size is capped like the per-example file's
 * (64 MiB); item keys compress well, but a tampered file must not make a small download cost gigabytes.
 */
export const MAX_INFLATED_ITEMS = 512 * 1024 ** 2;

/**
 * What the bundle document records about each scored metric (its `items.metrics`): how many items it has and the
 * mean over items of their mean score, or null when that is not a finite number. Reading checks the file against
 * it, so a scored-records file that was swapped, truncated or edited apart from the document is refused.
 */
export interface ItemsSummaryEntry {
  readonly items: number;
  readonly mean: number | null;
}

export function summarizeItems(metrics: readonly ScoredMetric[]): Record<string, ItemsSummaryEntry> {
  return Object.fromEntries(
    metrics.map((m) => {
      const mean = headline(m);
      return [m.id, { items: m.keys.length, mean: Number.isFinite(mean) ? mean : null }] as const;
    }),
  );
}

/** How far a mean may drift from the recorded one: float summation order, nothing more. */
const MEAN_TOLERANCE = 1e-9;

/**
 * Refuses scored records that disagree with the document's `items.metrics`: another set of metric ids, another
 * item count, or another mean. `fail` words the message; the field is named (`items.metrics["t/acc"].mean`).
 */
export function checkItemsAgree(metrics: readonly ScoredMetric[], expected: Readonly<Record<string, ItemsSummaryEntry>>, fail: (problem: string) => never): void {
  const field = (id: string, part?: string) => `items.metrics[${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)}]${part ? `.${part}` : ''}`;
  const actual = summarizeItems(metrics);
  for (const id of Object.keys(expected)) if (!(id in actual)) fail(`${field(id)} has no scores in the file`);
  for (const [id, { items, mean }] of Object.entries(actual)) {
    const recorded = expected[id];
    if (!Object.hasOwn(expected, id) || !recorded) return fail(`the file scores ${JSON.stringify(id)}, which ${field(id)} does not list`);
    if (recorded.items !== items) fail(`${field(id, 'items')} is ${recorded.items}, the file has ${items} items`);
    const drift = mean === null || recorded.mean === null ? (mean === recorded.mean ? 0 : Infinity) : Math.abs(mean - recorded.mean);
    if (!(drift <= MEAN_TOLERANCE * Math.max(1, Math.abs(recorded.mean ?? 0)))) {
      fail(`${field(id, 'mean')} is ${String(recorded.mean)}, the file's scores average ${String(mean)}`);
    }
  }
}

const strings = z.array(z.string().max(100_000));
const headerSchema = z.object({
  metrics: z
    .array(
      z.object({
        id: z.string().max(2000),
        task: z.string().max(2000),
        keys: strings,
        clusters: strings.nullable(),
        versions: strings.nullable(),
        prompts: strings.nullable(),
        values: z.number().int().min(0),
        offset: z.number().int().min(0),
      }),
    )
    .max(100_000),
});

/** Encodes the items, or undefined when the compressed file would exceed `maxBytes`. */
export function encodeItems(metrics: readonly ScoredMetric[], maxBytes: number): Uint8Array | undefined {
  let offset = 0;
  const header = {
    metrics: metrics.map((m) => {
      const entry = { id: m.id, task: m.task, keys: [...m.keys], clusters: m.clusters ? [...m.clusters] : null, versions: m.versions ? [...m.versions] : null, prompts: m.prompts ? [...m.prompts] : null, values: m.values.length, offset };
      offset += m.offsets.byteLength + m.values.byteLength;
      return entry;
    }),
  };
  const head = new TextEncoder().encode(`${MAGIC}${JSON.stringify(header)}\n`);
  // Float64 values need 8-byte alignment when read back as views; pad the header.
  const start = Math.ceil(head.length / 8) * 8;
  const body = new Uint8Array(start + offset);
  body.set(head, 0);
  body.fill(0x20, head.length, start);
  let at = start;
  for (const m of metrics) {
    body.set(new Uint8Array(m.offsets.buffer, m.offsets.byteOffset, m.offsets.byteLength), at);
    at += m.offsets.byteLength;
    body.set(new Uint8Array(m.values.buffer, m.values.byteOffset, m.values.byteLength), at);
    at += m.values.byteLength;
  }
  const packed = gzipSync(body, { level: 6, mtime: 0 });
  return packed.length > maxBytes ? undefined : packed;
}

/**
 * Decodes what `encodeItems` wrote, inflating at most `maxInflated` bytes with the gzip CRC and length checked;
 * anything malformed is an InputError naming the file.
 */
export function decodeItems(packed: Uint8Array, file: string, maxInflated = MAX_INFLATED_ITEMS): ScoredMetric[] {
  const fail = (problem: string): never => {
    throw new InputError(`scored records: ${problem}`, { file });
  };
  const inflated = gunzipBounded(packed, maxInflated);
  if ('problem' in inflated) return fail(inflated.problem);
  const body = inflated.bytes;
  if (new TextDecoder().decode(body.subarray(0, MAGIC.length)) !== MAGIC) fail('unknown format');
  const newline = body.indexOf(0x0a, MAGIC.length);
  if (newline < 0) fail('no header');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(body.subarray(MAGIC.length, newline)));
  } catch {
    return fail('unreadable header');
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) return fail(`bad header (${parsed.error.issues[0]!.path.join('.')})`);
  const start = Math.ceil((newline + 1) / 8) * 8;
  return parsed.data.metrics.map((m) => {
    const n = m.keys.length;
    for (const column of [m.clusters, m.versions, m.prompts]) if (column && column.length !== n) fail(`${m.id}: ${column.length} entries for ${n} items`);
    const from = start + m.offset;
    const valuesFrom = from + (n + 1) * 4;
    if (valuesFrom + m.values * 8 > body.length) fail(`${m.id}: truncated`);
    const offsets = new Uint32Array(body.slice(from, valuesFrom).buffer);
    const values = new Float64Array(body.slice(valuesFrom, valuesFrom + m.values * 8).buffer);
    if (offsets[0] !== 0 || offsets[n] !== m.values) fail(`${m.id}: offsets do not cover the values`);
    for (let i = 0; i < n; i++) if (offsets[i + 1]! <= offsets[i]!) fail(`${m.id}: an item without scores`);
    for (const v of values) if (!Number.isFinite(v)) fail(`${m.id}: a score that is not a finite number`);
    return { id: m.id, task: m.task, keys: m.keys, offsets, values, clusters: m.clusters ?? undefined, versions: m.versions ?? undefined, prompts: m.prompts ?? undefined };
  });
}
