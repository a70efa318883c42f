import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { EvaluateSettings } from '../config/settings.js';
import type { ColumnOverrides } from '../ingest/table/columns.js';
import { loadYaml } from '../config/yaml.js';
import { InputError } from '../errors.js';
import { combineRun, type RunMetrics } from '../ingest/combine-run.js';
import { firstArrayRecord } from '../ingest/formats/json-array.js';
import { isJsonWhiteSpace, OPEN_BRACKET } from '../ingest/formats/json-bytes.js';
import { detectMetricFormat, isPredictionColumn, MAX_SNIFFED_JSON } from '../ingest/metric-files/detect.js';
import { readKerasCsvLog } from '../ingest/metric-files/keras.js';
import { readMlflowMetric } from '../ingest/metric-files/mlflow.js';
import { readJsonMetrics, readYamlMetrics } from '../ingest/metric-files/read-document.js';
import type { BinaryFile, MetricReading } from '../ingest/metric-files/reading.js';
import type { ScoredReading } from '../ingest/llm-logs/scored.js';
import { looksLikeTensorBoard, readTensorBoardEvents } from '../ingest/metric-files/tensorboard.js';
import { isParquet, type ParquetFile } from '../ingest/formats/parquet-file.js';
import { formatByName, readPredictionSources } from '../ingest/read-predictions.js';
import type { PredictionSource } from '../ingest/sources.js';
import { resolveEvalSet } from '../ingest/resolve.js';
import { evaluate } from '../metrics/evaluate.js';
import { checkedContent, decodeText, expandPatterns, FileRanges, MAX_FILE_BYTES, readFileStart, type FileStart } from './read-files.js';
import { BUNDLE_FILE } from '../baseline/bundle-names.js';
import { gunzipBounded } from '../baseline/gunzip-bounded.js';
import { LlmLogs, sniffLlmDocument, sniffLlmLog } from '../ingest/llm-logs/read-llm-logs.js';
import { listFiles } from './list-files.js';
import { addLlmFolder, readScoredRecordsFile, readWhole, scoredColumns } from './load-llm-logs.js';

/**
 * Loads a run from any mix of prediction files, metric files and log folders (TensorBoard log directories,
 * MLflow run folders), recognised by content as well as by name.
 *
 * CSV, TSV and JSON Lines predictions are streamed (docs/performance.md): only their start is read while the files are sorted out, and
 * the rest is parsed as it is read. Errors keep the order of reading every file whole before parsing any: a
 * problem found while sorting out a later file is raised only after the earlier streams were read through
 * (their gzip and UTF-8 errors come first), and the streams defer parse errors the same way.
 */
export async function loadRun(patterns: string, settings: EvaluateSettings, cwd: string): Promise<RunMetrics> {
  const paths = await distinctFiles(await expandPatterns(patterns, cwd), cwd);
  const inputs: Inputs = { sources: [], readings: [], ranges: [], columns: settings.columns, llm: new LlmLogs() };
  try {
    try {
      for (const path of paths) {
        const bundle = await collectInput(path, paths, cwd, inputs);
        if (bundle) return bundle;
      }
    } catch (error) {
      for (const source of inputs.sources) {
        if (source.kind !== 'text' && source.kind !== 'parquet') for await (const chunk of source.stream.chunks) void chunk;
      }
      throw error;
    }
    const evaluation =
      inputs.sources.length > 0
        ? evaluate(resolveEvalSet(await readPredictionSources(inputs.sources, settings.columns), settings))
        : undefined;
    return combineRun(evaluation, [...inputs.readings, ...inputs.llm.finish()], paths);
  } finally {
    await Promise.all(inputs.ranges.map((r) => r.close()));
  }
}

/**
 * The paths without the ones that reach a file already listed, through a symlinked folder or `./` spellings: the
 * same predictions read twice would double every count and narrow every interval. The first spelling is kept.
 */
async function distinctFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const path of paths) {
    const real = await realpath(path.startsWith('/') ? path : join(cwd, path)).catch(() => undefined);
    if (real !== undefined && seen.has(real)) continue;
    if (real !== undefined) seen.add(real);
    kept.push(path);
  }
  return kept;
}

interface Inputs {
  readonly sources: PredictionSource[];
  readonly readings: { source: string; reading: MetricReading | ScoredReading }[];
  /** Open Parquet files, closed when the run is loaded. */
  readonly ranges: FileRanges[];
  /** The columns the settings name (a JSON array whose first record has them is predictions). */
  readonly columns: ColumnOverrides;
  /** LLM eval logs (docs/llm-evals.md), read together once every file is sorted out. */
  readonly llm: LlmLogs;
}

/** Sorts out one path; returns the run when the path is a baseline bundle, which stands alone. */
async function collectInput(path: string, paths: readonly string[], cwd: string, inputs: Inputs): Promise<RunMetrics | undefined> {
  const full = path.startsWith('/') ? path : join(cwd, path);
  const info = await stat(full).catch(() => undefined);
  if (!info) throw new InputError('no such file', { file: path });
  if (info.isDirectory()) {
    if (await isBundleFolder(full)) return single(paths, path, (await readBundleRun(full, path)));
    if (await addLlmFolder(full, path, inputs.llm)) return undefined;
    inputs.readings.push({ source: path, reading: await readLogDirectory(full, path) });
    return undefined;
  }
  checkSize(info.size, path);
  const start = await readFileStart(full, path, info.size, sortOutJudge());
  const head = { name: path, bytes: start.head };
  const llmFormat = sniffLlmLog(path, start.head);
  if (llmFormat) {
    inputs.llm.add(llmFormat, path, await readWhole(full, path));
    return undefined;
  }
  const scored = scoredColumns(inputs.columns);
  if (scored && !looksLikeTensorBoard(head) && /\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i.test(path)) {
    inputs.readings.push({ source: path, reading: await readScoredRecordsFile(full, path, scored) });
    return undefined;
  }
  if (!looksLikeTensorBoard(head)) {
    if (isParquet(start.head, path)) {
      inputs.sources.push({ kind: 'parquet', file: await parquetFile(full, path, info.size, start, inputs) });
      return undefined;
    }
    const delimiter = streamedDelimiter(path, start.head);
    if (delimiter) {
      const chunks = checkedContent(full, path, start.gzip);
      inputs.sources.push({ kind: 'delimited', stream: { name: path, delimiter, chunks, expectedBytes: start.expectedBytes } });
      return undefined;
    }
    if (streamsJsonLines(path, start.head)) {
      const chunks = checkedContent(full, path, start.gzip);
      inputs.sources.push({ kind: 'json-lines', stream: { name: path, chunks, expectedBytes: start.expectedBytes } });
      return undefined;
    }
    if (streamsJsonArray(path, start.head, start.expectedBytes, inputs.columns)) {
      const chunks = checkedContent(full, path, start.gzip);
      inputs.sources.push({ kind: 'json-array', stream: { name: path, chunks, expectedBytes: start.expectedBytes } });
      return undefined;
    }
  }
  // Everything else is small or needs all of its text: read whole, as it always was.
  const file = start.complete ? head : await readBytes(full, path, info.size);
  if (looksLikeTensorBoard(file)) {
    inputs.readings.push({ source: path, reading: readTensorBoardEvents([{ file, prefix: '' }]) });
    return undefined;
  }
  const text = decodeText(file.bytes, path);
  if (BUNDLE_MARKER.test(text.slice(0, 200))) return single(paths, path, (await readBundleRun(full, path)));
  const llmDocument = sniffJsonDocument(path, text);
  if (llmDocument) {
    inputs.llm.add(llmDocument.format, path, text, llmDocument.root);
    return undefined;
  }
  const format = detectMetricFormat(path, text);
  if (format === 'yaml') await loadYaml(); // the parser is loaded on demand, for the few runs that need it
  if (format === undefined) inputs.sources.push({ kind: 'text', file: { name: path, text } });
  else inputs.readings.push({ source: path, reading: readMetricText(format, path, text) });
  return undefined;
}

/**
 * Bytes of a file's start read to sort it out: enough for any signature, and its whole first line, unless that
 * line is longer than HEAD_CAP (a JSON document on one line: its first record decides, see `streamsJsonArray`).
 */
const HEAD_BYTES = 1 << 16;
const HEAD_CAP = 4 << 20;

/** A `readFileStart` judge: true once HEAD_BYTES and the first non-blank line are read, or HEAD_CAP bytes. */
function sortOutJudge(): (chunk: Uint8Array) => boolean {
  let read = 0;
  let content = false;
  let lineEnded = false;
  return (chunk) => {
    for (let i = 0; i < chunk.length && !lineEnded; i++) {
      const b = chunk[i]!;
      if (b === 0x0a || b === 0x0d) lineEnded = content;
      else if (b !== 0x20 && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf) content = true;
    }
    read += chunk.length;
    return (read >= HEAD_BYTES && lineEnded) || read >= HEAD_CAP;
  };
}

/**
 * The delimiter of a CSV or TSV predictions file, judged from its start exactly as the whole-file path judges
 * the whole text (a bundle marker in the first 200 characters, a Keras log's header on the first line); else
 * undefined, and the file is read whole.
 */
function streamedDelimiter(path: string, head: Uint8Array): ',' | '\t' | undefined {
  const format = formatByName(path);
  if (format !== 'csv' && format !== 'tsv') return undefined;
  const text = new TextDecoder().decode(head);
  if (BUNDLE_MARKER.test(text.slice(0, 200)) || detectMetricFormat(path, text) !== undefined) return undefined;
  return format === 'csv' ? ',' : '\t';
}

/** JSON Lines predictions (by name) are streamed too, unless they start like a baseline bundle. */
function streamsJsonLines(path: string, head: Uint8Array): boolean {
  return formatByName(path) === 'jsonl' && !BUNDLE_MARKER.test(new TextDecoder().decode(head).slice(0, 200));
}

/**
 * A JSON array of prediction records (by name) is streamed too: when its first record has a label or prediction
 * column (one of the usual names, or one the settings name), or when it is too large to be anything else (the
 * whole-text path took any JSON document of more than MAX_SNIFFED_JSON characters for predictions; a character
 * is at most 3 bytes). Any other JSON document is read whole, and sorted out from all of its text.
 */
function streamsJsonArray(path: string, head: Uint8Array, expectedBytes: number, columns: ColumnOverrides): boolean {
  if (formatByName(path) !== 'json' || !startsAsArray(head)) return false;
  if (expectedBytes > 3 * MAX_SNIFFED_JSON) return true;
  const first = firstArrayRecord(head);
  const named = [columns.label, columns.prediction];
  return first !== undefined && Object.keys(first).some((key) => isPredictionColumn(key) || named.includes(key));
}

/** Up to two byte-order marks, JSON white space, then `[`. */
function startsAsArray(head: Uint8Array): boolean {
  let i = 0;
  for (let bom = 0; bom < 2 && head[i] === 0xef && head[i + 1] === 0xbb && head[i + 2] === 0xbf; bom++) i += 3;
  while (i < head.length && isJsonWhiteSpace(head[i]!)) i++;
  return head[i] === OPEN_BRACKET;
}

/** A Parquet file is read by ranges from disk; a gzipped one (rare) is inflated into memory first. */
async function parquetFile(full: string, path: string, size: number, start: FileStart, inputs: Inputs): Promise<ParquetFile> {
  if (start.gzip) {
    const bytes = start.complete ? start.head : (await readBytes(full, path, size)).bytes;
    // A plain view, not a Node Buffer: `Buffer#slice` shares memory, and the reader slices ranges to copy them.
    return { name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  }
  const ranges = new FileRanges(full, size);
  inputs.ranges.push(ranges);
  return { name: path, bytes: ranges };
}

/** A JSON document (of metric-file size) that is an LLM eval log, with its parsed root. */
function sniffJsonDocument(path: string, text: string): { format: NonNullable<ReturnType<typeof sniffLlmDocument>>; root: unknown } | undefined {
  const start = text.slice(0, 400).replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{')) return undefined;
  // Large documents are predictions, unless they open as an Inspect log does (those reach hundreds of MB).
  if (text.length > MAX_SNIFFED_JSON && !/^\{\s*"version"\s*:\s*\d+\s*,/.test(start)) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined; // not plain JSON: the metric-file reader reports where it breaks, or reads NaN tokens
  }
  const format = sniffLlmDocument(path, root);
  return format ? { format, root } : undefined;
}

/** A baseline bundle's document starts with its schema field. */
const BUNDLE_MARKER = /^\s*\{\s*"schema"\s*:\s*"model-gate\/baseline@/;

async function isBundleFolder(folder: string): Promise<boolean> {
  return stat(join(folder, BUNDLE_FILE)).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Bundles are read only by `compare`, so their schema code is loaded only then. */
async function readBundleRun(full: string, path: string): Promise<RunMetrics> {
  const { readBundle } = await import('./bundle-files.js');
  return (await readBundle(full, path)).run;
}

/** A bundle is a whole run on its own; mixing it with other files would blur what the baseline is. */
function single(paths: readonly string[], path: string, run: RunMetrics): RunMetrics {
  if (paths.length > 1) throw new InputError('a baseline bundle stands alone; do not mix it with other files', { file: path });
  return run;
}

function readMetricText(format: NonNullable<ReturnType<typeof detectMetricFormat>>, path: string, text: string): MetricReading {
  switch (format) {
    case 'json':
      return readJsonMetrics(path, text);
    case 'yaml':
      return readYamlMetrics(path, text);
    case 'keras-csv':
      return readKerasCsvLog(path, text);
    case 'mlflow':
      return readMlflowMetric(path, text, basename(path));
  }
}

function checkSize(size: number, name: string): void {
  if (size > MAX_FILE_BYTES) throw new InputError(`${(size / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit for one file`, { file: name });
}

/** Files read whole (metric files, JSON documents, gzipped Parquet) may inflate to this much, no more. */
const MAX_WHOLE_FILE_BYTES = 512 * 1024 ** 2;

async function readBytes(full: string, name: string, size: number): Promise<BinaryFile> {
  checkSize(size, name);
  let bytes: Uint8Array = await readFile(full);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inflated = gunzipBounded(bytes, MAX_WHOLE_FILE_BYTES);
    if ('problem' in inflated) throw new InputError(inflated.problem.replace(/^not valid gzip/, 'not a valid gzip file'), { file: name });
    bytes = inflated.bytes;
  }
  return { name, bytes };
}

/**
 * A TensorBoard log directory (event files anywhere below it; sub-folders prefix the tags) or an MLflow run
 * folder (`metrics/<name>` files; nested names keep their folders).
 */
async function readLogDirectory(full: string, name: string): Promise<MetricReading> {
  const files = await listFiles(full, name);
  const events = files.filter((f) => basename(f).startsWith('events.out.tfevents.'));
  if (events.length > 0) {
    const inputs = [];
    for (const file of events.sort()) {
      const prefix = dirname(relative(full, file)).split('\\').join('/');
      inputs.push({ file: await readBytes(file, join(name, relative(full, file)), (await stat(file)).size), prefix: prefix === '.' ? '' : prefix });
    }
    return readTensorBoardEvents(inputs);
  }
  const metricsRoot = basename(full) === 'metrics' ? full : join(full, 'metrics');
  const mlflow = files.filter((f) => f.startsWith(`${metricsRoot}/`));
  if (mlflow.length > 0) {
    const metrics = new Map<string, number | null>();
    const notes: string[] = [];
    for (const file of mlflow.sort()) {
      const metricName = relative(metricsRoot, file).split('\\').join('/');
      const shown = join(name, relative(full, file));
      const reading = readMlflowMetric(shown, decodeText(await readFile(file), shown), metricName);
      for (const [id, value] of reading.metrics) metrics.set(id, value);
      notes.push(...reading.notes);
    }
    return { metrics, stderr: new Map(), notes };
  }
  throw new InputError('a folder without TensorBoard event files or MLflow metrics; name the files to read', { file: name });
}

