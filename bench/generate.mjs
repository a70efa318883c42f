// Deterministic benchmark data for `npm run bench` (issue 6, docs/performance.md).
//
// Every file is produced from a seeded PRNG (no Math.random), streamed to disk in ~1 MB chunks, and recorded in
// bench/data/manifest.json with its size and SHA-256. A file group is regenerated only when a file is missing, its
// size differs from the manifest, or the generator version changed (`--verify` also re-hashes the files).
//
//   node bench/generate.mjs [--quick] [--only CASE] [--verify]
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');
const MANIFEST = join(DATA_DIR, 'manifest.json');
/** Bump when the content of any generated file changes, so stale data is regenerated. */
const GENERATOR_VERSION = 1;
const CHUNK_BYTES = 1 << 20;

// ---------------------------------------------------------------------------------------------------------------
// PRNG: sfc32 seeded through splitmix32. Deterministic across platforms (32-bit integer arithmetic only).

function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed) {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 16; i++) next();
  /** Uniform in (0, 1), never exactly 0 or 1. */
  const uniform = () => (next() + 0.5) / 4294967296;
  let spare = NaN;
  /** Standard normal (Box–Muller, both values used). */
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const v = spare;
      spare = NaN;
      return v;
    }
    const r = Math.sqrt(-2 * Math.log(uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  return { uniform, normal };
}

// ---------------------------------------------------------------------------------------------------------------
// Row generators. Each returns { header, row(i) -> object of printable cells }.

/** Probability rounded to 6 decimals in [1e-6, 1 - 1e-6], printed like Python's repr (shortest round-trip). */
function prob6(p) {
  const k = Math.min(999_999, Math.max(1, Math.round(p * 1e6)));
  return k / 1e6;
}

/** Binary classifier: ~30% positives, logistic scores with 6 significant decimals (many ties), y_pred = score >= 0.5. */
function binaryRows(seed) {
  const rng = createRng(seed);
  return () => {
    const yTrue = rng.uniform() < 0.3 ? 1 : 0;
    const logit = (yTrue === 1 ? 1.1 : -1.2) + 1.6 * rng.normal();
    const score = prob6(1 / (1 + Math.exp(-logit)));
    return [yTrue, score >= 0.5 ? 1 : 0, score];
  };
}

const MULTICLASS_K = 10;
/** 10 classes with skewed priors; probabilities in millionths summing to exactly 1 (each >= 1e-6); y_pred = argmax. */
function multiclassRows(seed) {
  const rng = createRng(seed);
  const prior = Array.from({ length: MULTICLASS_K }, (_, c) => 1 / (c + 2));
  const total = prior.reduce((s, v) => s + v, 0);
  const cumulative = [];
  let acc = 0;
  for (const p of prior) cumulative.push((acc += p / total));
  const logits = new Float64Array(MULTICLASS_K);
  const units = new Int32Array(MULTICLASS_K);
  return () => {
    const u = rng.uniform();
    let yTrue = 0;
    while (yTrue < MULTICLASS_K - 1 && u > cumulative[yTrue]) yTrue++;
    let max = -Infinity;
    for (let c = 0; c < MULTICLASS_K; c++) {
      logits[c] = 1.3 * rng.normal() + (c === yTrue ? 2.2 : 0) - 0.08 * c;
      if (logits[c] > max) max = logits[c];
    }
    let sum = 0;
    for (let c = 0; c < MULTICLASS_K; c++) sum += (logits[c] = Math.exp(logits[c] - max));
    let unitSum = 0;
    let argmax = 0;
    for (let c = 0; c < MULTICLASS_K; c++) {
      units[c] = Math.max(1, Math.round((logits[c] / sum) * 1e6));
      unitSum += units[c];
      if (units[c] > units[argmax]) argmax = c;
    }
    units[argmax] += 1_000_000 - unitSum;
    argmax = 0;
    for (let c = 1; c < MULTICLASS_K; c++) if (units[c] > units[argmax]) argmax = c;
    const row = [yTrue, argmax];
    for (let c = 0; c < MULTICLASS_K; c++) row.push(units[c] / 1e6);
    return row;
  };
}

/** Regression: targets around 100 (3 decimals, strictly positive for MAPE), heteroscedastic predictions (4 decimals). */
function regressionRows(seed) {
  const rng = createRng(seed);
  return () => {
    const yTrue = Math.max(1, Math.round((100 + 18 * rng.normal()) * 1000) / 1000);
    const noise = (4 + 0.05 * Math.abs(yTrue - 100)) * rng.normal() + (rng.uniform() < 0.01 ? 40 * rng.normal() : 0);
    const yPred = Math.round((0.93 * yTrue + 7 + noise) * 10000) / 10000;
    return [yTrue, yPred];
  };
}

const BINARY_COLUMNS = ['y_true', 'y_pred', 'y_score'];
const MULTICLASS_COLUMNS = ['y_true', 'y_pred', ...Array.from({ length: MULTICLASS_K }, (_, c) => `prob_${c}`)];
const REGRESSION_COLUMNS = ['y_true', 'y_pred'];

/**
 * The binary columns as pandas `to_parquet` (pyarrow) writes an int64/int64/float64 frame: every column nullable
 * (OPTIONAL), INT64 labels, DOUBLE scores, Snappy compression, ~1M-row row groups, 1 MB pages.
 */
const BINARY_PARQUET = [
  { name: 'y_true', type: 'INT64', repetition_type: 'OPTIONAL' },
  { name: 'y_pred', type: 'INT64', repetition_type: 'OPTIONAL' },
  { name: 'y_score', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
];
const PARQUET_ROW_GROUP = 1_000_000;

const csvLine = (cells) => cells.join(',') + '\n';
const jsonLine = (columns) => (cells) => {
  let s = '{';
  for (let i = 0; i < columns.length; i++) s += (i ? ',"' : '"') + columns[i] + '":' + cells[i];
  return s + '}\n';
};

// ---------------------------------------------------------------------------------------------------------------
// Groups: files written in one pass over one row sequence.

/**
 * @typedef {{ file: string, format?: (cells: unknown[]) => string, parquet?: object[], header?: string, from?: number, to?: number }} Output
 * @typedef {{ name: string, cases: string[], rows: number, make: () => () => unknown[], outputs: Output[], gzipOf?: string, optIn?: boolean }} Group
 */

const M = 1_000_000;
const shardOutputs = (base, rows, parts) =>
  Array.from({ length: parts }, (_, p) => ({
    file: `${base}.part-${p + 1}.csv`,
    header: csvLine(BINARY_COLUMNS),
    format: csvLine,
    from: Math.floor((rows * p) / parts),
    to: Math.floor((rows * (p + 1)) / parts),
  }));

/** @type {Group[]} */
export const GROUPS = [
  {
    name: 'binary-1m',
    // binary-1m-parquet needs the CSV too: the Python side reads it (Debian has no pyarrow).
    cases: ['binary-1m', 'binary-1m-jsonl', 'binary-1m-gz', 'binary-1m-parquet'],
    rows: M,
    make: () => binaryRows(0x1001),
    outputs: [
      { file: 'binary-1m.csv', header: csvLine(BINARY_COLUMNS), format: csvLine },
      { file: 'binary-1m.jsonl', format: jsonLine(BINARY_COLUMNS) },
    ],
  },
  {
    name: 'binary-1m-parquet',
    cases: ['binary-1m-parquet'],
    rows: M,
    make: () => binaryRows(0x1001),
    outputs: [{ file: 'binary-1m.parquet', parquet: BINARY_PARQUET }],
  },
  { name: 'binary-1m-gz', cases: ['binary-1m-gz'], rows: M, gzipOf: 'binary-1m.csv', outputs: [{ file: 'binary-1m.csv.gz' }] },
  {
    name: 'multiclass-1m',
    cases: ['multiclass-1m'],
    rows: M,
    make: () => multiclassRows(0x2002),
    outputs: [{ file: 'multiclass-1m.csv', header: csvLine(MULTICLASS_COLUMNS), format: csvLine }],
  },
  {
    name: 'regression-1m',
    cases: ['regression-1m'],
    rows: M,
    make: () => regressionRows(0x3003),
    outputs: [{ file: 'regression-1m.csv', header: csvLine(REGRESSION_COLUMNS), format: csvLine }],
  },
  {
    name: 'binary-10m',
    cases: ['binary-10m', 'binary-10m-shards', 'binary-10m-parquet'],
    rows: 10 * M,
    make: () => binaryRows(0x10010),
    outputs: [{ file: 'binary-10m.csv', header: csvLine(BINARY_COLUMNS), format: csvLine }, ...shardOutputs('binary-10m', 10 * M, 4)],
  },
  {
    name: 'binary-10m-parquet',
    cases: ['binary-10m-parquet'],
    rows: 10 * M,
    make: () => binaryRows(0x10010),
    outputs: [{ file: 'binary-10m.parquet', parquet: BINARY_PARQUET }],
  },
  {
    // Issue 6's "1 GB" file, only with --big (2 GB of data, a few minutes to write; pandas is not run on it).
    name: 'binary-80m',
    cases: ['binary-80m', 'binary-80m-shards'],
    rows: 80 * M,
    make: () => binaryRows(0x80080),
    outputs: [{ file: 'binary-80m.csv', header: csvLine(BINARY_COLUMNS), format: csvLine }, ...shardOutputs('binary-80m', 80 * M, 4)],
    optIn: true,
  },
];

// ---------------------------------------------------------------------------------------------------------------

function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return { files: {} };
  }
}

function writeManifest(manifest) {
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
}

async function sha256File(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) hash.update(chunk);
  return hash.digest('hex');
}

/** A buffered, hashed, back-pressure-aware writer to `path + '.tmp'`, renamed into place on close. */
function openWriter(path) {
  const tmp = path + '.tmp';
  const stream = createWriteStream(tmp);
  const hash = createHash('sha256');
  let buffer = '';
  let bytes = 0;
  const flush = async () => {
    if (!buffer) return;
    const chunk = Buffer.from(buffer, 'utf8');
    buffer = '';
    hash.update(chunk);
    bytes += chunk.length;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= CHUNK_BYTES) await flush();
    },
    async close() {
      await flush();
      stream.end();
      await once(stream, 'finish');
      renameSync(tmp, path);
      return { bytes, sha256: hash.digest('hex') };
    },
  };
}

/**
 * A Parquet file written with hyparquet-writer one row group at a time (never the whole file in memory), to
 * `path + '.tmp'`, renamed into place on close. Same interface as `openWriter`, taking rows instead of text.
 */
function openParquetWriter(path, columns) {
  const tmp = path + '.tmp';
  const schema = [{ name: 'schema', num_children: columns.length }, ...columns];
  const parquet = new ParquetWriter({ writer: fileWriter(tmp), schema, codec: 'SNAPPY' });
  // No nulls here, so typed arrays (INT64 values must be bigints for hyparquet-writer).
  const buffers = columns.map((c) => (c.type === 'INT64' ? new BigInt64Array(PARQUET_ROW_GROUP) : new Float64Array(PARQUET_ROW_GROUP)));
  let buffered = 0;
  const flush = () => {
    if (buffered === 0) return;
    const columnData = columns.map((c, k) => ({ name: c.name, data: buffers[k].slice(0, buffered) }));
    parquet.write({ columnData, rowGroupSize: PARQUET_ROW_GROUP });
    buffered = 0;
  };
  return {
    async write(cells) {
      for (let k = 0; k < columns.length; k++) buffers[k][buffered] = columns[k].type === 'INT64' ? BigInt(cells[k]) : cells[k];
      if (++buffered === PARQUET_ROW_GROUP) flush();
    },
    async close() {
      flush();
      parquet.finish();
      renameSync(tmp, path);
      return { bytes: statSync(path).size, sha256: await sha256File(path) };
    },
  };
}

async function writeGroup(group) {
  if (group.gzipOf) {
    const [out] = group.outputs;
    const path = join(DATA_DIR, out.file);
    await pipeline(createReadStream(join(DATA_DIR, group.gzipOf)), createGzip({ level: 6 }), createWriteStream(path + '.tmp'));
    renameSync(path + '.tmp', path);
    return { [out.file]: { bytes: statSync(path).size, sha256: await sha256File(path), rows: group.rows } };
  }
  const next = group.make();
  const writers = group.outputs.map((out) => {
    const path = join(DATA_DIR, out.file);
    return { out, writer: out.parquet ? openParquetWriter(path, out.parquet) : openWriter(path) };
  });
  for (const { out, writer } of writers) if (out.header) await writer.write(out.header);
  for (let i = 0; i < group.rows; i++) {
    const cells = next();
    for (const { out, writer } of writers) {
      if (out.from !== undefined && (i < out.from || i >= out.to)) continue;
      await writer.write(out.parquet ? cells : out.format(cells));
    }
  }
  const result = {};
  for (const { out, writer } of writers) {
    const rows = out.from !== undefined ? out.to - out.from : group.rows;
    result[out.file] = { ...(await writer.close()), rows };
  }
  return result;
}

async function groupIsCurrent(group, manifest, verify) {
  for (const out of group.outputs) {
    const entry = manifest.files[out.file];
    const path = join(DATA_DIR, out.file);
    if (!entry || entry.version !== GENERATOR_VERSION || !existsSync(path) || statSync(path).size !== entry.bytes) return false;
    if (verify && (await sha256File(path)) !== entry.sha256) return false;
  }
  return true;
}

/**
 * Makes sure the files for `cases` exist and are current. Returns the manifest entries ({ bytes, sha256, rows }).
 * @param {{ cases: string[], verify?: boolean, log?: (line: string) => void }} options
 */
export async function generate({ cases, verify = false, log = (line) => console.log(line) }) {
  mkdirSync(DATA_DIR, { recursive: true });
  const manifest = readManifest();
  const wanted = new Set(cases);
  const groups = GROUPS.filter((g) => g.cases.some((c) => wanted.has(c)));
  // The gzip group reads binary-1m.csv, so it needs that group too.
  if (groups.some((g) => g.gzipOf) && !groups.some((g) => g.name === 'binary-1m')) groups.unshift(GROUPS[0]);
  for (const group of groups) {
    if (await groupIsCurrent(group, manifest, verify)) {
      log(`data: ${group.outputs.map((o) => o.file).join(', ')} up to date`);
      continue;
    }
    const started = process.hrtime.bigint();
    const files = await writeGroup(group);
    for (const [file, entry] of Object.entries(files)) manifest.files[file] = { version: GENERATOR_VERSION, ...entry };
    writeManifest(manifest);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    log(`data: wrote ${Object.keys(files).join(', ')} (${group.rows.toLocaleString('en-US')} rows) in ${seconds.toFixed(1)} s`);
  }
  return manifest.files;
}

export const ALL_CASES = [...new Set(GROUPS.filter((g) => !g.optIn).flatMap((g) => g.cases))];
export const BIG_CASES = [...new Set(GROUPS.filter((g) => g.optIn).flatMap((g) => g.cases))];
export const QUICK_CASES = ALL_CASES.filter((c) => c.includes('-1m'));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const cases = onlyAt >= 0 ? [args[onlyAt + 1]] : args.includes('--quick') ? QUICK_CASES : ALL_CASES;
  await generate({ cases, verify: args.includes('--verify') });
}
