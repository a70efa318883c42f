// `npm run bench` — model-gate against pandas read_csv + scikit-learn on the same files, in one run (docs/performance.md).
//
//   npm run bench [-- --quick] [-- --big] [-- --only CASE] [-- --repeat N] [-- --timeout SEC] [-- --python PATH] [-- --verify-data] [-- --keep-env]
//
// Generates the data deterministically (bench/generate.mjs), then for each case runs model-gate's CLI and
// bench/sklearn_metrics.py ALTERNATELY as separate processes (the harness never loads the data itself), measuring
// wall time (hrtime) and peak RSS (GNU `/usr/bin/time -v`, else getrusage(RUSAGE_CHILDREN) via bench/rusage.py).
// Every metric must agree to 1e-9 relative; a disagreement prints a MISMATCH line. A process that crashes, runs
// out of memory or times out is reported as FAILED with the reason and the run continues.
// Exit code: 0 all agreed, 1 a mismatch or a FAILED run, 2 bad usage or a missing prerequisite.
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { ALL_CASES, BIG_CASES, DATA_DIR, QUICK_CASES, generate } from './generate.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PY_SCRIPT = join(BENCH_DIR, 'sklearn_metrics.py');
const RUSAGE_SCRIPT = join(BENCH_DIR, 'rusage.py');
const GNU_TIME = '/usr/bin/time';
const APT_COMMAND = 'apt-get install -y python3-sklearn python3-pandas';
const TOLERANCE = 1e-9;
const MB = 1e6;

const M = 1_000_000;
const shards = (base) => [1, 2, 3, 4].map((p) => `${base}.part-${p}.csv`);
/**
 * `pyFiles`, when set, are what the Python side reads instead of `files`: Debian's python3-pandas has no pyarrow,
 * so for a Parquet case pandas reads the CSV file holding the same rows.
 * `mgOnly` cases run model-gate alone.
 * @type {Record<string, { task: string, rows: number, files: string[], pyFiles?: string[], repeat: number, mgOnly?: boolean }>}
 */
const CASES = {
  'binary-1m': { task: 'binary', rows: M, files: ['binary-1m.csv'], repeat: 5 },
  'binary-1m-jsonl': { task: 'binary', rows: M, files: ['binary-1m.jsonl'], repeat: 5 },
  'binary-1m-gz': { task: 'binary', rows: M, files: ['binary-1m.csv.gz'], repeat: 5 },
  'multiclass-1m': { task: 'multiclass', rows: M, files: ['multiclass-1m.csv'], repeat: 5 },
  'regression-1m': { task: 'regression', rows: M, files: ['regression-1m.csv'], repeat: 5 },
  'binary-10m': { task: 'binary', rows: 10 * M, files: ['binary-10m.csv'], repeat: 1 },
  'binary-10m-shards': { task: 'binary', rows: 10 * M, files: shards('binary-10m'), repeat: 1 },
  'binary-1m-parquet': { task: 'binary', rows: M, files: ['binary-1m.parquet'], pyFiles: ['binary-1m.csv'], repeat: 5 },
  'binary-10m-parquet': { task: 'binary', rows: 10 * M, files: ['binary-10m.parquet'], pyFiles: ['binary-10m.csv'], repeat: 1 },
  // --big: issue 6's 1 GB file and its 4 shards, model-gate only (pandas would need about 8 GB and minutes).
  'binary-80m': { task: 'binary', rows: 80 * M, files: ['binary-80m.csv'], repeat: 1, mgOnly: true },
  'binary-80m-shards': { task: 'binary', rows: 80 * M, files: shards('binary-80m'), repeat: 1, mgOnly: true },
};

// ---------------------------------------------------------------------------------------------------------------
// Options

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error(
    'usage: npm run bench -- [--quick] [--big] [--only CASE] [--repeat N] [--timeout SEC] [--python PATH] [--verify-data] [--no-gnu-time] [--keep-env]\n' +
      `cases: ${ALL_CASES.join(', ')}, stats (vitest bench only), llm-items (bench/llm-items.mjs only); --big adds ${BIG_CASES.join(', ')}`,
  );
  process.exit(message ? 2 : 0);
}

/**
 * The environments of the two sides: the caller's, less the variables that slow one side for reasons that have
 * nothing to do with the work measured (printed, so the table says what it measured). `keep` keeps them all.
 */
function benchEnvironments(keep) {
  const drop = (names, why, side) => {
    const env = { ...process.env };
    const set = keep ? [] : names.filter((name) => name in env);
    for (const name of set) delete env[name];
    const what = names.join(' / ');
    console.log(
      keep
        ? `${side} runs: environment kept as it is (--keep-env)`
        : set.length
          ? `${side} runs: unset ${set.map((n) => `${n}=${process.env[n]}`).join(', ')} (${why})`
          : `${side} runs: ${what} not set, nothing to unset`,
    );
    return env;
  };
  return {
    pyEnv: drop(['OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE'], 'they slow numpy on this machine', 'python'),
    mgEnv: drop(['NODE_EXTRA_CA_CERTS'], 'Node parses the bundle at every start; evaluate makes no TLS connection', 'model-gate'),
  };
}

function parseArgs(argv) {
  const options = { quick: false, big: false, only: undefined, repeat: undefined, timeout: 1800, python: '/usr/bin/python3', verifyData: false, gnuTime: true, keepEnv: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${arg} needs a value`));
    if (arg === '--quick') options.quick = true;
    else if (arg === '--big') options.big = true;
    else if (arg === '--only') options.only = value();
    else if (arg === '--repeat') options.repeat = Number(value());
    else if (arg === '--timeout') options.timeout = Number(value());
    else if (arg === '--python') options.python = value();
    else if (arg === '--verify-data') options.verifyData = true;
    else if (arg === '--no-gnu-time') options.gnuTime = false;
    else if (arg === '--keep-env') options.keepEnv = true;
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option ${arg}`);
  }
  if (options.repeat !== undefined && !(Number.isInteger(options.repeat) && options.repeat >= 1)) usage('--repeat must be a positive integer');
  if (!(options.timeout > 0)) usage('--timeout must be a positive number of seconds');
  if (options.only !== undefined && options.only !== 'stats' && options.only !== 'llm-items' && !CASES[options.only]) usage(`unknown case ${options.only}`);
  return options;
}

// ---------------------------------------------------------------------------------------------------------------
// Environment

function pythonInfo(python) {
  const probe = 'import sys, numpy, pandas, sklearn; print(sys.version.split()[0], numpy.__version__, pandas.__version__, sklearn.__version__)';
  const result = spawnSync(python, ['-c', probe], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  const [version, numpy, pandas, sklearn] = result.stdout.trim().split(/\s+/);
  return { version, numpy, pandas, sklearn };
}

function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return match ? match[1].trim() : 'unknown CPU';
  } catch {
    return 'unknown CPU';
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring one process

function parseGnuTime(text) {
  const field = (name) => {
    const match = new RegExp(`^\\s*${name}:\\s*(.+)$`, 'm').exec(text);
    return match ? match[1].trim() : undefined;
  };
  const signal = /Command terminated by signal (\d+)/.exec(text);
  const rss = field('Maximum resident set size \\(kbytes\\)');
  return {
    maxrssKb: rss === undefined ? undefined : Number(rss),
    cpuS: Number(field('User time \\(seconds\\)') ?? 0) + Number(field('System time \\(seconds\\)') ?? 0),
    signal: signal ? Number(signal[1]) : undefined,
  };
}

function parseRusage(text) {
  const data = JSON.parse(text);
  return { maxrssKb: data.maxrss_kb, cpuS: data.user_s + data.sys_s, signal: data.signal ?? undefined };
}

/** Runs `command` (argv) and resolves { ok, seconds, rssMb, cpuS, output, reason }. Never rejects. */
function measure(command, { env, timeoutS, gnuTime, python }) {
  const scratch = mkdtempSync(join(tmpdir(), 'model-gate-bench-'));
  const accounting = join(scratch, 'usage');
  const argv = gnuTime ? [GNU_TIME, '-v', '-o', accounting, ...command] : [python, RUSAGE_SCRIPT, accounting, ...command];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stdout = [];
    let stdoutBytes = 0;
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => {
      if (stdoutBytes < 16 * MB) stdout.push(chunk);
      stdoutBytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-16_384);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutS * 1000);
    const finish = (code, spawnError) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let usage = {};
      try {
        const text = readFileSync(accounting, 'utf8');
        usage = gnuTime ? parseGnuTime(text) : parseRusage(text);
      } catch {
        /* the accounting file is missing when the wrapper itself was killed */
      }
      rmSync(scratch, { recursive: true, force: true });
      const result = { seconds, rssMb: usage.maxrssKb === undefined ? undefined : (usage.maxrssKb * 1024) / MB, cpuS: usage.cpuS };
      const out = Buffer.concat(stdout).toString('utf8');
      let reason;
      if (spawnError) reason = `could not start ${argv[0]}: ${spawnError.message}`;
      else if (timedOut) reason = `timed out after ${timeoutS} s`;
      else if (code !== 0 || usage.signal !== undefined) reason = failureReason(stderr, code, usage.signal);
      if (reason) return resolve({ ...result, ok: false, reason });
      try {
        return resolve({ ...result, ok: true, output: JSON.parse(out) });
      } catch {
        return resolve({ ...result, ok: false, reason: `output is not JSON: ${JSON.stringify(out.slice(0, 200))}` });
      }
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

function failureReason(stderr, code, signal) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Command (exited with non-zero status|terminated by signal)/.test(l));
  const status = signal !== undefined ? `killed by signal ${signal}` : `exit ${code}`;
  if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr)) return `out of memory (JavaScript heap), ${status}`;
  if (/MemoryError/.test(stderr)) return `out of memory (Python MemoryError), ${status}`;
  if (signal === 9) return `${status} (SIGKILL: likely the kernel OOM killer)`;
  const informative = lines.find((l) => /error|invalid|cannot|failed/i.test(l)) ?? lines[0] ?? 'no message';
  return `${status}: ${informative.slice(0, 240)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing metrics

function agree(a, b) {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Returns mismatch descriptions ({ metric, mg, py, detail }) between model-gate's and sklearn's outputs. */
function compareOutputs(spec, mg, py) {
  const problems = [];
  if (mg.task !== spec.task) problems.push({ metric: 'task', mg: mg.task, py: spec.task });
  if (mg.n !== spec.rows) problems.push({ metric: 'n', mg: mg.n, py: spec.rows });
  if (py.n !== spec.rows) problems.push({ metric: 'n (python)', mg: spec.rows, py: py.n });
  for (const [metric, expected] of Object.entries(py.metrics)) {
    if (!(metric in (mg.metrics ?? {}))) problems.push({ metric, mg: 'missing', py: expected });
    else if (!agree(mg.metrics[metric], expected)) problems.push({ metric, mg: mg.metrics[metric], py: expected });
  }
  return problems;
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const relDiff = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) : NaN);

// ---------------------------------------------------------------------------------------------------------------
// Formatting

const fmtS = (s) => (s === undefined ? 'n/a' : s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`);
const fmtMb = (mb) => (mb === undefined ? 'n/a' : mb >= 1000 ? `${(mb / 1000).toFixed(2)} GB` : `${mb.toFixed(0)} MB`);
const fmtX = (x) => (x === undefined || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(x < 1 ? 3 : 2)}×`);
const fmtRows = (n) => (n >= M ? `${n / M}M` : n.toLocaleString('en-US'));

function markdownTable(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const argsText = process.argv.slice(2).join(' ');
  const reproduce = `npm ci && npm run build && npm run bench${argsText ? ` -- ${argsText}` : ''}`;

  const py = pythonInfo(options.python);
  if (!py) {
    console.error(`bench: ${options.python} cannot import numpy, pandas and scikit-learn. Install the Debian packages with:\n  ${APT_COMMAND}`);
    process.exit(2);
  }
  if (!existsSync(CLI)) {
    console.error(`bench: ${relative(ROOT, CLI)} is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
  const gnuTime = options.gnuTime && existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;
  const memGb = totalmem() / 2 ** 30;
  const machine =
    `machine: ${cpuModel()}, ${availableParallelism()} cores, ${memGb.toFixed(0)} GB RAM; node ${process.version}; ` +
    `python ${py.version}, pandas ${py.pandas}, scikit-learn ${py.sklearn}, numpy ${py.numpy}`;
  console.log(machine);
  console.log(`reproduce: ${reproduce}`);
  console.log(`peak RSS: ${gnuTime ? `${GNU_TIME} -v (Maximum resident set size)` : 'getrusage(RUSAGE_CHILDREN) via bench/rusage.py (GNU time not available)'}`);

  // Variables this machine sets that slow one side down for reasons that have nothing to do with the work
  // measured: OpenBLAS tuning that slows numpy here, and a CA bundle Node parses at every start (40 ms here; a
  // GitHub runner sets none, and evaluate makes no TLS connection). Each side runs without its own;
  // --keep-env measures with the environment as it is.
  const { pyEnv, mgEnv } = benchEnvironments(options.keepEnv);
  if (newestMtime(join(ROOT, 'src')) > statSync(CLI).mtimeMs) console.log('WARNING: src/ is newer than dist/; run `npm run build` to measure the current code.');

  const chosen = options.only === 'stats' || options.only === 'llm-items' ? [] : options.only ? [options.only] : options.quick ? QUICK_CASES : ALL_CASES;
  const caseNames = options.big ? [...new Set([...chosen, ...BIG_CASES])] : chosen;
  await generate({ cases: caseNames, verify: options.verifyData, log: (line) => console.log(line) });
  // `--only stats` and `--only llm-items` generate no files, and may run before any case ever did.
  const manifest = caseNames.length > 0 ? JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')).files : {};

  const results = {};
  const mismatches = [];
  const failures = [];
  for (const name of caseNames) {
    const spec = CASES[name];
    const repeat = options.repeat ?? spec.repeat;
    const files = spec.files.map((f) => join(DATA_DIR, f));
    const bytes = spec.files.reduce((sum, f) => sum + manifest[f].bytes, 0);
    const rel = files.map((f) => relative(ROOT, f));
    const mgCommand = [process.execPath, relative(ROOT, CLI), 'evaluate', ...rel, '--format', 'json'];
    const pyRel = spec.pyFiles ? spec.pyFiles.map((f) => relative(ROOT, join(DATA_DIR, f))) : rel;
    const pyCommand = [options.python, relative(ROOT, PY_SCRIPT), '--task', spec.task, ...pyRel];
    console.log(`\n${name}: ${fmtRows(spec.rows)} rows, ${fmtMb(bytes / MB)} (${spec.files.join(' ')}), ${repeat} run(s) each, alternating`);
    if (spec.pyFiles) console.log(`  pandas+sklearn reads ${spec.pyFiles.join(' ')} (the same rows; Debian's pandas has no pyarrow to read Parquet)`);
    const mgRuns = [];
    const pyRuns = [];
    for (let run = 1; run <= repeat; run++) {
      const mgFailed = mgRuns.some((r) => !r.ok);
      const mg = mgFailed ? undefined : await measure(mgCommand, { env: mgEnv, timeoutS: options.timeout, gnuTime, python: options.python });
      if (mg) mgRuns.push(mg);
      const pyRun = spec.mgOnly ? undefined : await measure(pyCommand, { env: pyEnv, timeoutS: options.timeout, gnuTime, python: options.python });
      if (pyRun) pyRuns.push(pyRun);
      const show = (r, skipped = 'skipped (failed before)') => (!r ? skipped : r.ok ? `${fmtS(r.seconds)}, ${fmtMb(r.rssMb)}` : `FAILED after ${fmtS(r.seconds)} (${r.reason})`);
      console.log(`  run ${run}/${repeat}: model-gate ${show(mg)} | pandas+sklearn ${show(pyRun, spec.mgOnly ? 'not run' : undefined)}`);
    }
    const mgOk = mgRuns.filter((r) => r.ok);
    const pyOk = pyRuns.filter((r) => r.ok);
    for (const r of mgRuns.filter((x) => !x.ok)) failures.push(`FAILED ${name} model-gate: ${r.reason}`);
    for (const r of pyRuns.filter((x) => !x.ok)) failures.push(`FAILED ${name} pandas+sklearn: ${r.reason}`);
    if (pyOk.length > 0) {
      const reference = pyOk[0].output;
      const seen = new Set();
      for (const r of mgOk) {
        for (const p of compareOutputs(spec, r.output, reference)) {
          if (seen.has(p.metric)) continue;
          seen.add(p.metric);
          const diff = relDiff(p.mg, p.py);
          const line = `MISMATCH ${name} ${p.metric}: model-gate ${p.mg} vs scikit-learn ${p.py}${Number.isNaN(diff) ? '' : ` (relative difference ${diff.toExponential(2)})`}`;
          mismatches.push(line);
          console.log(`  ${line}`);
        }
      }
      if (mgOk.length > 0 && seen.size === 0) console.log(`  metrics agree to ${TOLERANCE} relative (${Object.keys(reference.metrics).length} metrics, n=${reference.n})`);
      const t = reference.timings;
      if (t) console.log(`  python breakdown (run 1): import ${fmtS(t.import_s)}, read ${fmtS(t.read_s)}, metrics ${fmtS(t.metrics_s)}`);
    }
    for (const r of mgOk.slice(1)) {
      const differing = Object.keys(mgOk[0].output.metrics).filter((k) => r.output.metrics[k] !== mgOk[0].output.metrics[k]);
      if (differing.length) console.log(`  WARNING model-gate is not deterministic across runs: ${differing.join(', ')}`);
    }
    results[name] = {
      ...spec,
      bytes,
      mg: { ok: mgOk.length === mgRuns.length && mgOk.length > 0, seconds: median(mgOk.map((r) => r.seconds)), rssMb: median(mgOk.map((r) => r.rssMb)), runs: mgRuns.map(({ output: _o, ...r }) => r), metrics: mgOk[0]?.output.metrics },
      py: { ok: pyOk.length === pyRuns.length && pyOk.length > 0, seconds: median(pyOk.map((r) => r.seconds)), rssMb: median(pyOk.map((r) => r.rssMb)), runs: pyRuns.map(({ output: _o, ...r }) => r), metrics: pyOk[0]?.output.metrics },
    };
  }

  // Same data as shards must give identical metrics.
  for (const base of ['binary-10m', 'binary-80m']) {
    const whole = results[base];
    const parts = results[`${base}-shards`];
    if (!whole?.mg.metrics || !parts?.mg.metrics) continue;
    const keys = Object.keys(whole.mg.metrics);
    const notIdentical = keys.filter((k) => parts.mg.metrics[k] !== whole.mg.metrics[k]);
    const beyond = notIdentical.filter((k) => !agree(parts.mg.metrics[k], whole.mg.metrics[k]));
    for (const k of beyond) {
      const line = `MISMATCH shards vs whole file ${k}: 4 shards ${parts.mg.metrics[k]} vs one file ${whole.mg.metrics[k]}`;
      mismatches.push(line);
    }
    whole.shardsIdentical = notIdentical.length === 0;
    console.log(
      `\nshards: ${notIdentical.length === 0 ? `model-gate metrics on 4 shards are identical to the single ${fmtRows(whole.rows)}-row file` : `${notIdentical.length} metric(s) not bit-identical (${notIdentical.join(', ')}), ${beyond.length} beyond ${TOLERANCE}`}`,
    );
  }

  // Table.
  const growth = (name) => {
    const small = results[name.endsWith('-parquet') ? 'binary-1m-parquet' : 'binary-1m'];
    const big = results[name];
    return name.startsWith('binary-10m') && small?.mg.seconds && big?.mg.seconds ? big.mg.seconds / small.mg.seconds : undefined;
  };
  const rows = Object.entries(results).map(([name, r]) => {
    const mgTime = r.mg.ok ? fmtS(r.mg.seconds) : 'FAILED';
    const pyTime = r.mgOnly ? 'not run' : r.py.ok ? fmtS(r.py.seconds) : 'FAILED';
    const both = r.mg.ok && r.py.ok;
    const g = growth(name);
    return [
      name,
      fmtRows(r.rows),
      fmtMb(r.bytes / MB),
      mgTime,
      pyTime,
      both ? fmtX(r.mg.seconds / r.py.seconds) : 'n/a',
      r.mg.ok ? fmtMb(r.mg.rssMb) : 'FAILED',
      r.mgOnly ? 'not run' : r.py.ok ? fmtMb(r.py.rssMb) : 'FAILED',
      both && r.mg.rssMb && r.py.rssMb ? fmtX(r.mg.rssMb / r.py.rssMb) : 'n/a',
      g === undefined ? '' : fmtX(g),
    ];
  });
  if (rows.length > 0) {
    const header = ['case', 'rows', 'file size', 'model-gate time', 'pandas+sklearn time', 'time ratio (mg/py)', 'model-gate peak RSS', 'py peak RSS', 'RSS ratio', 'mg 1M→10M time'];
    console.log(`\n${machine}\nmedian of the runs per case; peak RSS of the whole process; command: ${reproduce}\n`);
    console.log(markdownTable(header, rows));
    const csvTwins = Object.entries(results).filter(([, r]) => r.pyFiles);
    if (csvTwins.length) {
      console.log(`\n${csvTwins.map(([n]) => n).join(', ')}: pandas+sklearn read the CSV file with the same rows (${[...new Set(csvTwins.flatMap(([, r]) => r.pyFiles))].join(', ')}); Debian's pandas has no pyarrow.`);
    }

    // Issue 6 acceptance targets (informational; they do not change the exit code).
    const targets = [];
    const check = (label, value, ok, shown) => value !== undefined && targets.push(`  ${ok ? 'met    ' : 'NOT MET'}  ${label}: ${shown}`);
    const r10 = results['binary-10m'];
    if (r10?.mg.ok && r10.py.ok) {
      const t = r10.mg.seconds / r10.py.seconds;
      const m = r10.mg.rssMb / r10.py.rssMb;
      check('10M binary time ≤ 0.10× pandas+sklearn', t, t <= 0.1, fmtX(t));
      check('10M binary peak RSS ≤ 0.5× pandas+sklearn', m, m <= 0.5, fmtX(m));
    }
    const g = growth('binary-10m');
    check('1M → 10M time growth ≤ 12×', g, g <= 12, fmtX(g));
    const pq10 = results['binary-10m-parquet'];
    if (pq10?.mg.ok && r10?.mg.ok) {
      const t = pq10.mg.seconds / r10.mg.seconds;
      check('10M Parquet time ≤ 10M CSV time (model-gate)', t, t <= 1, `${fmtX(t)} the CSV time, peak RSS ${fmtX(pq10.mg.rssMb / r10.mg.rssMb)}`);
    }
    const big = results['binary-80m'];
    if (big?.mg.ok) {
      check(`${fmtMb(big.bytes / MB)} CSV (${fmtRows(big.rows)} rows) within 3 GB peak RSS`, big.mg.rssMb, big.mg.rssMb <= 3000, `${fmtMb(big.mg.rssMb)} in ${fmtS(big.mg.seconds)}`);
      if (big.shardsIdentical !== undefined) check('the same rows as 4 shards give identical metrics', 1, big.shardsIdentical, big.shardsIdentical ? 'identical' : 'different');
    }
    for (const name of ['multiclass-1m', 'regression-1m']) {
      const r = results[name];
      if (r?.mg.ok && r.py.ok) check(`${name} ≥ 5× faster`, r.py.seconds / r.mg.seconds, r.py.seconds / r.mg.seconds >= 5, `${fmtX(r.py.seconds / r.mg.seconds)} faster`);
    }
    if (targets.length) console.log(`\nissue 6 targets (informational):\n${targets.join('\n')}`);
  }
  for (const line of failures) console.log(line);
  for (const line of mismatches) console.log(line);
  if (caseNames.length) {
    writeFileSync(join(DATA_DIR, 'results.json'), JSON.stringify({ machine, reproduce, results }, null, 2) + '\n');
    console.log(`\n${mismatches.length} mismatch(es), ${failures.length} failed run(s); details in ${relative(ROOT, join(DATA_DIR, 'results.json'))}`);
  }

  // Micro-benchmarks of the statistics code, when present.
  let vitestFailed = false;
  const statsBench = join(BENCH_DIR, 'stats.bench.ts');
  if (existsSync(statsBench) && (options.only === undefined || options.only === 'stats')) {
    const config = join(BENCH_DIR, 'vitest.config.ts');
    const args = ['vitest', 'bench', '--run', relative(ROOT, statsBench), ...(existsSync(config) ? ['--config', relative(ROOT, config)] : [])];
    console.log(`\n$ npx ${args.join(' ')}`);
    const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
    vitestFailed = result.status !== 0;
    if (vitestFailed) console.log(`vitest bench exited with ${result.status ?? result.signal}`);
  }

  // LLM eval items: scored records compared item by item (bench/llm-items.mjs), beside pandas.
  let itemsFailed = false;
  if (options.only === undefined || options.only === 'llm-items') {
    const args = [join(BENCH_DIR, 'llm-items.mjs'), '--cli', CLI, '--python', options.python];
    console.log(`\n$ node ${relative(ROOT, args[0])}`);
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    itemsFailed = result.status !== 0;
    if (itemsFailed) console.log(`llm-items exited with ${result.status ?? result.signal}`);
  }

  process.exit(mismatches.length || failures.length || vitestFailed || itemsFailed ? 1 : 0);
}

await main();
