import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EvaluateSettings } from '../config/settings.js';
import { InputError } from '../errors.js';
import { combineRun, type RunMetrics } from '../ingest/combine-run.js';
import { detectMetricFormat } from '../ingest/metric-files/detect.js';
import { readKerasCsvLog } from '../ingest/metric-files/keras.js';
import { readMlflowMetric } from '../ingest/metric-files/mlflow.js';
import { readJsonMetrics, readYamlMetrics } from '../ingest/metric-files/read-document.js';
import type { BinaryFile, MetricReading } from '../ingest/metric-files/reading.js';
import { looksLikeTensorBoard, readTensorBoardEvents } from '../ingest/metric-files/tensorboard.js';
import { readPredictions, type TextFile } from '../ingest/read-predictions.js';
import { resolveEvalSet } from '../ingest/resolve.js';
import { evaluate } from '../metrics/evaluate.js';
import { readBundle } from './bundle-files.js';
import { decodeText, expandPatterns, MAX_FILE_BYTES } from './read-files.js';
import { BUNDLE_FILE } from '../baseline/bundle.js';

/** Bounds on walking a log directory, so a wrong path (say, the repo root) fails fast instead of reading everything. */
const MAX_DIRECTORY_FILES = 10_000;
const MAX_DEPTH = 8;

/**
 * Loads a run from any mix of prediction files, metric files and log folders (TensorBoard log directories,
 * MLflow run folders), recognised by content as well as by name.
 */
export async function loadRun(patterns: string, settings: EvaluateSettings, cwd: string): Promise<RunMetrics> {
  const paths = await expandPatterns(patterns, cwd);
  const predictions: TextFile[] = [];
  const readings: { source: string; reading: MetricReading }[] = [];
  for (const path of paths) {
    const full = path.startsWith('/') ? path : join(cwd, path);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new InputError('no such file', { file: path });
    if (info.isDirectory()) {
      if (await isBundleFolder(full)) return single(paths, path, (await readBundle(full, path)).run);
      readings.push({ source: path, reading: await readLogDirectory(full, path) });
      continue;
    }
    const file = await readBytes(full, path, info.size);
    if (looksLikeTensorBoard(file)) {
      readings.push({ source: path, reading: readTensorBoardEvents([{ file, prefix: '' }]) });
      continue;
    }
    const text = decodeText(file.bytes, path);
    if (BUNDLE_MARKER.test(text.slice(0, 200))) return single(paths, path, (await readBundle(full, path)).run);
    const format = detectMetricFormat(path, text);
    if (format === undefined) predictions.push({ name: path, text });
    else readings.push({ source: path, reading: readMetricText(format, path, text) });
  }
  const evaluation = predictions.length > 0 ? evaluate(resolveEvalSet(readPredictions(predictions, settings.columns), settings)) : undefined;
  return combineRun(evaluation, readings, paths);
}

/** A baseline bundle's document starts with its schema field. */
const BUNDLE_MARKER = /^\s*\{\s*"schema"\s*:\s*"model-gate\/baseline@/;

async function isBundleFolder(folder: string): Promise<boolean> {
  return stat(join(folder, BUNDLE_FILE)).then(
    (info) => info.isFile(),
    () => false,
  );
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

async function readBytes(full: string, name: string, size: number): Promise<BinaryFile> {
  if (size > MAX_FILE_BYTES) throw new InputError(`${(size / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit for one file`, { file: name });
  let bytes: Uint8Array = await readFile(full);
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new InputError(`not a valid gzip file (${(error as Error).message})`, { file: name });
    }
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

async function listFiles(root: string, name: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) return;
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.isFile()) out.push(path);
      if (out.length > MAX_DIRECTORY_FILES) {
        throw new InputError(`more than ${MAX_DIRECTORY_FILES} files below this folder; name the log folder itself`, { file: name });
      }
    }
  };
  await walk(root, 0);
  return out;
}
