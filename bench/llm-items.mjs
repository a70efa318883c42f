// `node bench/llm-items.mjs` — scored records item by item: 100,000 items × 5 epochs of an Inspect-like JSON
// Lines file (one line per sample and epoch: id, epoch, score), baseline against current, through model-gate's CLI
// (`compare` with `columns: { id, scores: [score], repeat: epoch }`), beside a pandas reference that computes the
// same means (mean over items of the mean over epochs). The two must agree to 1e-9 before a time is printed.
//
//   node bench/llm-items.mjs [--items N] [--epochs K] [--repeat R] [--cli PATH] [--python PATH]
//
// --cli defaults to dist/cli/index.js (`npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const ITEMS = Number(option('items', 100_000));
const EPOCHS = Number(option('epochs', 5));
const REPEAT = Number(option('repeat', 3));
const CLI = option('cli', join(ROOT, 'dist', 'cli', 'index.js'));
const PYTHON = option('python', '/usr/bin/python3');

/** A small seeded generator (mulberry32), so the files are the same on every run. */
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

function writeRun(path, seed, shift) {
  const next = rng(seed);
  const difficulty = rng(7); // the same items in both runs
  const lines = [];
  for (let i = 0; i < ITEMS; i++) {
    const p = Math.min(1, Math.max(0, difficulty() + shift));
    for (let e = 1; e <= EPOCHS; e++) lines.push(`{"id":"sample-${i}","epoch":${e},"score":${next() < p ? 1 : 0}}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const PANDAS = `
import json, sys, time
import pandas as pd
start = time.perf_counter()
means = {}
for side, path in (("baseline", sys.argv[1]), ("current", sys.argv[2])):
    frame = pd.read_json(path, lines=True)
    means[side] = float(frame.groupby("id")["score"].mean().mean())
print(json.dumps({"means": means, "seconds": time.perf_counter() - start}))
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'model-gate-llm-bench-'));
try {
  const baseline = join(dir, 'baseline.jsonl');
  const current = join(dir, 'current.jsonl');
  writeRun(baseline, 1, 0);
  writeRun(current, 2, -0.01);
  const size = statSync(baseline).size;
  const cliArgs = [CLI, 'compare', '--baseline', baseline, '--current', current, '--columns', '{ id: id, scores: [score], repeat: epoch }', '--rules', 'score: { max-regression: 0.02 }', '--format', 'json'];
  const times = [];
  let report;
  for (let r = 0; r < REPEAT; r++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, cliArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (run.status !== 0 && run.status !== 1) throw new Error(`model-gate failed (${run.status}): ${run.stderr}`);
    report = JSON.parse(run.stdout);
  }
  const python = spawnSync(PYTHON, ['-c', PANDAS, baseline, current], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (python.status !== 0) throw new Error(`pandas reference failed: ${python.stderr}`);
  const reference = JSON.parse(python.stdout);
  const score = report.metrics.find((m) => m.id === 'score');
  for (const side of ['baseline', 'current']) {
    const difference = Math.abs(score[side] - reference.means[side]);
    if (!(difference <= 1e-9 * Math.max(1, Math.abs(reference.means[side])))) {
      console.error(`MISMATCH ${side}: model-gate ${score[side]}, pandas ${reference.means[side]}`);
      process.exit(1);
    }
  }
  const items = report.items.find((m) => m.id === 'score');
  console.log(`items × epochs: ${ITEMS} × ${EPOCHS} (${(2 * size / 1e6).toFixed(0)} MB in two files); means agree with pandas to 1e-9`);
  console.log(`score: baseline ${score.baseline.toFixed(6)}, current ${score.current.toFixed(6)}, ${items.paired} paired items, ${items.test}`);
  console.log(`| LLM items, JSONL (2 runs) | ${ITEMS / 1000}k × ${EPOCHS} epochs | ${(2 * size / 1e6).toFixed(0)} MB | ${median(times).toFixed(2)} s | ${reference.seconds.toFixed(2)} s (means only) |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
