import { gunzipSync, gzipSync } from 'fflate';
import { z } from 'zod';
import { InputError } from '../errors.js';
import type { ScoredMetric } from '../ingest/llm-logs/scored.js';

/**
 * The scored records a baseline keeps for item-by-item comparison (docs/llm-evals.md): per metric its item keys,
 * clusters and hashes, and every repeat's score. Layout, gzipped: a magic line, one JSON header line (ids, tasks,
 * item strings, and where each metric's numbers start), then the offsets (u32) and values (f64) of every metric,
 * little-endian.
 */
const MAGIC = 'model-gate-items/1\n';

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

/** Decodes what `encodeItems` wrote; anything malformed is an InputError naming the file. */
export function decodeItems(packed: Uint8Array, file: string): ScoredMetric[] {
  const fail = (problem: string): never => {
    throw new InputError(`scored records: ${problem}`, { file });
  };
  let body: Uint8Array;
  try {
    body = gunzipSync(packed);
  } catch {
    return fail('not valid gzip');
  }
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
