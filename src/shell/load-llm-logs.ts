import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parquetReadObjects, parquetSchema, parquetMetadata } from 'hyparquet';
import { gunzipBounded } from '../baseline/gunzip-bounded.js';
import { InputError } from '../errors.js';
import { parseDelimited } from '../ingest/formats/delimited.js';
import { ScoredRecordsReader, type ScoredColumns } from '../ingest/llm-logs/generic-records.js';
import { isObject, tryParse } from '../ingest/llm-logs/json-values.js';
import { sniffLlmDocument, sniffLlmLog, type LlmLogs } from '../ingest/llm-logs/read-llm-logs.js';
import type { ScoredReading } from '../ingest/llm-logs/scored.js';
import type { ColumnOverrides } from '../ingest/table/columns.js';
import { listFiles } from './list-files.js';
import { decodeText, MAX_FILE_BYTES } from './read-files.js';

/**
 * An lm-eval output folder (`results_*.json` and `samples_*.jsonl`, usually one folder per model) or an Inspect
 * log folder (`*.eval` and `*.json` logs): every log in it goes to `logs`. False when the folder holds none.
 */
export async function addLlmFolder(full: string, name: string, logs: LlmLogs): Promise<boolean> {
  const files = await listFiles(full, name);
  const candidates = files.filter((f) => /(^|\/)(samples_.+\.jsonl|results_.+\.json|[^/]+\.eval|[^/]+\.json)(\.gz)?$/i.test(f));
  const found: { format: NonNullable<ReturnType<typeof sniffLlmLog>>; shown: string; bytes: Uint8Array; root?: unknown }[] = [];
  for (const file of candidates.sort()) {
    const shown = join(name, relative(full, file));
    const bytes = await readWhole(file, shown);
    const lineFormat = sniffLlmLog(shown, bytes.subarray(0, 1 << 22));
    if (lineFormat) {
      found.push({ format: lineFormat, shown, bytes });
      continue;
    }
    if (!/\.json(\.gz)?$/i.test(file)) continue;
    const root = tryParse(decodeText(bytes, shown));
    const format = isObject(root) ? sniffLlmDocument(shown, root) : undefined;
    if (format) found.push({ format, shown, bytes, root });
  }
  for (const { format, shown, bytes, root } of found) logs.add(format, shown, bytes, root);
  return found.length > 0;
}


/** A whole file, gunzipped when it is gzip. */
export async function readWhole(full: string, shown: string): Promise<Uint8Array> {
  const size = (await stat(full)).size;
  if (size > MAX_FILE_BYTES) throw new InputError(`${(size / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit for one file`, { file: shown });
  const bytes: Uint8Array = await readFile(full);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    // Per-sample logs are large but bounded like any file: 2 GiB inflated, counted while inflating.
    const inflated = gunzipBounded(bytes, MAX_FILE_BYTES);
    if ('problem' in inflated) throw new InputError(inflated.problem.replace(/^not valid gzip/, 'not a valid gzip file'), { file: shown });
    return inflated.bytes;
  }
  return bytes;
}

/** The scored-record columns the settings name, or undefined when the run reads predictions. */
export function scoredColumns(columns: ColumnOverrides): ScoredColumns | undefined {
  if (!columns.scores || !columns.id) return undefined;
  return { id: columns.id, scores: columns.scores, repeat: columns.repeat, cluster: columns.cluster, slices: columns.slices };
}

/** A CSV, TSV, JSON Lines or Parquet file of scored records (`columns.scores`). */
export async function readScoredRecordsFile(full: string, shown: string, columns: ScoredColumns): Promise<ScoredReading> {
  const bytes = await readWhole(full, shown);
  const reader = new ScoredRecordsReader(columns);
  const lower = shown.toLowerCase().replace(/\.gz$/, '');
  if (lower.endsWith('.parquet') || (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31)) {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const header = parquetSchema(parquetMetadata(buffer)).children.map((c) => c.element.name);
    reader.checkHeader(shown, header);
    const wanted = [...new Set([columns.id, ...columns.scores, ...(columns.cluster ? [columns.cluster] : []), ...(columns.slices ?? [])])];
    const rows = await parquetReadObjects({ file: buffer, columns: wanted });
    rows.forEach((row, i) => reader.add(shown, { get: (c) => (row as Record<string, unknown>)[c], line: i + 1 }));
    return reader.finish(shown);
  }
  const text = decodeText(bytes, shown);
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) {
    let header: string[] | undefined;
    let index = new Map<string, number>();
    parseDelimited(text, lower.endsWith('.tsv') ? '\t' : ',', shown, {
      record(fields, line) {
        if (!header) {
          header = fields;
          index = new Map(fields.map((f, i) => [f, i]));
          reader.checkHeader(shown, fields);
          return;
        }
        reader.add(shown, { get: (c) => fields[index.get(c)!], line });
      },
    });
    return reader.finish(shown);
  }
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    if (raw.trim() === '') continue;
    const record = tryParse(raw);
    if (!isObject(record)) throw new InputError('not a JSON object', { file: shown, line });
    if (!reader.started) reader.checkHeader(shown, Object.keys(record));
    reader.add(shown, { get: (c) => record[c], line });
  }
  return reader.finish(shown);
}
