// Writes the Parquet fixtures under test/fixtures/parquet/, each with a CSV twin holding the same data, so the
// tests can check that the Parquet reader gives the same metrics as the CSV path. Deterministic: run it again
// and the files come out byte for byte the same.
//
//   node scripts/generate-parquet-fixtures.mjs
//
// Written with hyparquet-writer (a devDependency) because neither pyarrow nor fastparquet is packaged for the
// Debian release the project runs on; the files use what pandas/pyarrow files use: RLE_DICTIONARY-encoded
// strings, optional (nullable) columns, INT64 ids, snappy compression, several row groups.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'parquet');

/** mulberry32: a small deterministic generator. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to 6 decimals, as scores usually are; the CSV twin then spells the same double. */
const round6 = (x) => Math.round(x * 1e6) / 1e6;

function csvCell(value) {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'bigint' ? value.toString() : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes NAME.parquet from the columns and NAME.csv with the same rows. `columns` are hyparquet-writer column
 * sources; `csv` (optional) maps a column's values to what the CSV twin should hold.
 */
function write(name, columns, options = {}) {
  const { csv = {}, ...parquetOptions } = options;
  const buffer = parquetWriteBuffer({ columnData: columns, codec: 'UNCOMPRESSED', statistics: true, ...parquetOptions });
  writeFileSync(join(OUT, `${name}.parquet`), new Uint8Array(buffer));
  if (csv === false) return;
  const rows = columns[0].data.length;
  const lines = [columns.map((c) => csvCell(c.name)).join(',')];
  for (let r = 0; r < rows; r++) {
    lines.push(columns.map((c) => csvCell(csv[c.name] ? csv[c.name](c.data[r]) : c.data[r])).join(','));
  }
  writeFileSync(join(OUT, `${name}.csv`), `${lines.join('\n')}\n`);
}

function binaryData(n, seed) {
  const next = rng(seed);
  const id = [];
  const yTrue = [];
  const yPred = [];
  const yScore = [];
  for (let i = 0; i < n; i++) {
    const label = next() < 0.4 ? 1 : 0;
    // Scores that lean towards the label, with some ties (rounded to two decimals every fifth row).
    let score = Math.min(1, Math.max(0, 0.5 * next() + (label ? 0.35 : 0.1) + 0.1 * (next() - 0.5)));
    score = i % 5 === 0 ? Math.round(score * 100) / 100 : round6(score);
    id.push(1000 + i);
    yTrue.push(label);
    yScore.push(score);
    yPred.push(score >= 0.5 ? 1 : 0);
  }
  return { id, yTrue, yPred, yScore };
}

mkdirSync(OUT, { recursive: true });

// 1. Binary: int ids, 0/1 labels and predictions, double scores.
{
  const d = binaryData(300, 1);
  const columns = () => [
    { name: 'id', data: d.id.map(BigInt), type: 'INT64' },
    { name: 'y_true', data: d.yTrue, type: 'INT32' },
    { name: 'y_pred', data: d.yPred, type: 'INT32' },
    { name: 'y_score', data: d.yScore, type: 'DOUBLE' },
  ];
  write('binary', columns());
  // 2. The same data snappy-compressed (pandas' default codec), and gzip-compressed.
  write('binary-snappy', columns(), { codec: 'SNAPPY' });
  write('binary-gzip', columns(), { codec: 'GZIP', compressors: { GZIP: (bytes) => new Uint8Array(gzipSync(bytes)) } });
}

// 3. Multiclass: string labels (dictionary-encoded, as pandas writes categoricals) and prob_<class> columns.
{
  const next = rng(2);
  const classes = ['bird', 'cat', 'dog'];
  const yTrue = [];
  const yPred = [];
  const probs = classes.map(() => []);
  const split = [];
  for (let i = 0; i < 240; i++) {
    const k = Math.floor(next() * 3);
    const raw = classes.map((_, j) => next() + (j === k ? 0.6 : 0));
    const total = raw.reduce((a, b) => a + b, 0);
    const p = raw.map((x) => round6(x / total));
    p[2] = round6(1 - p[0] - p[1]);
    yTrue.push(classes[k]);
    yPred.push(classes[p.indexOf(Math.max(...p))]);
    p.forEach((x, j) => probs[j].push(x));
    split.push(i % 3 === 0 ? 'night' : 'day');
  }
  write('multiclass', [
    { name: 'y_true', data: yTrue, type: 'STRING' },
    { name: 'y_pred', data: yPred, type: 'STRING' },
    ...classes.map((c, j) => ({ name: `prob_${c}`, data: probs[j], type: 'DOUBLE' })),
    { name: 'split', data: split, type: 'STRING' },
  ]);
}

// 4. Regression: double targets and predictions, an unused float32 column, and sample weights (used only when
// columns.weight names them).
{
  const next = rng(3);
  const yTrue = [];
  const yPred = [];
  const extra = [];
  const weight = [];
  for (let i = 0; i < 200; i++) {
    const t = round6(10 + 5 * next() + (i % 7));
    yTrue.push(t);
    yPred.push(round6(t + 2 * (next() - 0.5)));
    extra.push(Math.fround(next()));
    weight.push(1 + (i % 4));
  }
  write('regression', [
    { name: 'target', data: yTrue, type: 'DOUBLE' },
    { name: 'prediction', data: yPred, type: 'DOUBLE' },
    { name: 'latency_ms', data: extra, type: 'FLOAT' },
    { name: 'sample_weight', data: weight, type: 'INT32' },
  ]);
}

// 5. Several row groups (7 of 50 rows, the last one shorter), snappy: they must concatenate in order.
{
  const d = binaryData(330, 4);
  write(
    'row-groups',
    [
      { name: 'example_id', data: d.id, type: 'INT32' },
      { name: 'label', data: d.yTrue, type: 'INT32' },
      { name: 'probability', data: d.yScore, type: 'DOUBLE' },
    ],
    { rowGroupSize: 50, codec: 'SNAPPY' },
  );
}

// 6. A null in the (optional) label column at record 8: bad input naming the record.
{
  const d = binaryData(20, 5);
  const yTrue = d.yTrue.map((v, i) => (i === 7 ? null : v));
  write(
    'null-label',
    [
      { name: 'y_true', data: yTrue, type: 'INT32', nullable: true },
      { name: 'y_score', data: d.yScore, type: 'DOUBLE' },
    ],
    { csv: false },
  );
}

// 7. INT64 ids above 2^53 that differ only in the last digits: they must stay distinct and exact.
{
  const d = binaryData(64, 6);
  const base = 2n ** 53n;
  const ids = d.id.map((_, i) => base + BigInt(i) + (i % 2 === 0 ? 0n : 9_000_000_000_000_000n));
  write('big-ids', [
    { name: 'id', data: ids, type: 'INT64' },
    { name: 'y_true', data: d.yTrue.map(BigInt), type: 'INT64' },
    { name: 'y_score', data: d.yScore, type: 'DOUBLE' },
  ]);
}

// 8. Boolean labels and predictions, float32 scores (the CSV twin spells each float32 exactly as a double).
{
  const d = binaryData(150, 7);
  write(
    'bool-float32',
    [
      { name: 'actual', data: d.yTrue.map((v) => v === 1), type: 'BOOLEAN' },
      { name: 'predicted', data: d.yPred.map((v) => v === 1), type: 'BOOLEAN' },
      { name: 'score', data: d.yScore.map((v) => Math.fround(v)), type: 'FLOAT' },
    ],
    { csv: { score: (v) => String(Math.fround(v)) } },
  );
}

// 9. Per-class probabilities as one list<double> column `y_score` (classes in sorted order), like a JSONL array.
{
  const next = rng(8);
  const yTrue = [];
  const scores = [];
  for (let i = 0; i < 90; i++) {
    const k = i % 3;
    const raw = [0, 1, 2].map((j) => next() + (j === k ? 0.5 : 0));
    const total = raw.reduce((a, b) => a + b, 0);
    const p = raw.map((x) => round6(x / total));
    p[2] = round6(1 - p[0] - p[1]);
    yTrue.push(k);
    scores.push(p);
  }
  write(
    'list-scores',
    [
      { name: 'y_true', data: yTrue },
      { name: 'y_score', data: scores },
    ],
    {
      csv: false,
      schema: [
        { name: 'schema', num_children: 2 },
        { name: 'y_true', type: 'INT32', repetition_type: 'REQUIRED' },
        { name: 'y_score', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
      ],
    },
  );
  // Its JSONL twin, which the existing reader understands.
  writeFileSync(
    join(OUT, 'list-scores.jsonl'),
    yTrue.map((y, i) => JSON.stringify({ y_true: y, y_score: scores[i] })).join('\n') + '\n',
  );
}
