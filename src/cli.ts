import { parseArgs } from 'node:util';
import type { InputName } from './config/inputs.js';
import { isUserError, UsageError } from './errors.js';
import { renderEvaluationMarkdown, renderEvaluationText, toEvaluationJson } from './report/evaluation-report.js';
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { loadRun } from './shell/load-run.js';
import { loadSettings } from './shell/load-settings.js';

const USAGE = `Usage:
  model-gate evaluate FILES… [options] [--format text|markdown|json]
  model-gate compare --baseline PATH… --current PATH… [--rules YAML | --config FILE] [options]
                     [--format text|markdown|json] [--html FILE] [--no-color]
  model-gate record FILES… --out DIR [--previous DIR] [--sha SHA] [--rules YAML | --config FILE] [options]

FILES and PATHs are prediction files (CSV, TSV, JSONL, JSON; .gz too), metric files (JSON, YAML, Hugging Face,
lm-evaluation-harness, scikit-learn reports, DVC, Keras logs, MLflow metric files, TensorBoard event files) or
log folders, in any mix; globs work. Repeat --baseline/--current for several paths.
Options: --task auto|binary|multiclass|regression  --columns YAML  --positive-label L  --decision-threshold T
         --fail-on error|warning|never  --if-no-baseline pass|warn|fail  --significance auto|off|ALPHA  --debug
Exit codes: 0 success (compare: passed, possibly with warnings), 1 compare: rules failed,
            2 bad usage or bad input (one line on stderr), 3 internal error.`;

/** Where the CLI writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly cwd: string;
  write(text: string): void;
  error(text: string): void;
  /** Whether stdout takes ANSI colours: a TTY, and NO_COLOR unset (https://no-color.org). */
  readonly color?: boolean;
}

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Flags shared by the commands; each maps to the action input of the same name. */
const SETTING_FLAGS = {
  task: { type: 'string' },
  columns: { type: 'string' },
  'positive-label': { type: 'string' },
  'decision-threshold': { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  debug: { type: 'boolean' },
} as const;

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (isUserError(error)) {
      io.error(`model-gate: ${error.message}\n`);
      if (debug && error.stack) io.error(`${error.stack}\n`);
      return 2;
    }
    io.error(`model-gate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 3;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'evaluate') return runEvaluate(rest, io);
  if (command === 'compare') return runCompare(rest, io);
  if (command === 'record') return runRecord(rest, io);
  throw new UsageError(`unknown command "${command}"; run model-gate --help`);
}

async function runEvaluate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, SETTING_FLAGS);
  if (positionals.length === 0) throw new UsageError('evaluate needs at least one file');
  const format = parseFormat(values.format);
  const settings = await loadSettings(flagReader(values), io.cwd);
  const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
  if (format === 'json') io.write(`${JSON.stringify(toEvaluationJson(run), null, 2)}\n`);
  else if (format === 'markdown') io.write(renderEvaluationMarkdown(run));
  else io.write(renderEvaluationText(run));
  return 0;
}

async function runCompare(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    ...SETTING_FLAGS,
    baseline: { type: 'string', multiple: true },
    current: { type: 'string', multiple: true },
    rules: { type: 'string' },
    'fail-on': { type: 'string' },
    'if-no-baseline': { type: 'string' },
    significance: { type: 'string' },
    html: { type: 'string' },
    'no-color': { type: 'boolean' },
  });
  const current = [...(values.current ?? []), ...positionals];
  if (current.length === 0) throw new UsageError('compare needs --current PATH (the run under review)');
  if (!values.baseline || values.baseline.length === 0) {
    throw new UsageError('compare needs --baseline PATH (a baseline bundle, metrics or predictions), or --baseline none');
  }
  const format = parseFormat(values.format);
  const settings = await loadSettings(flagReader(values), io.cwd);
  const currentRun = await loadRun(current.join('\n'), settings.evaluate, io.cwd);
  const noBaseline = values.baseline.length === 1 && values.baseline[0] === 'none';
  const baselineRun = noBaseline ? undefined : await loadRun(values.baseline.join('\n'), settings.evaluate, io.cwd);
  const { compareRuns, renderHtmlReport, toHtmlReportInput, toJsonReport, renderMarkdown, renderText } = await import('./cli/compare-code.js');
  const report = compareRuns(currentRun, baselineRun, { ...settings, expectBaseline: !noBaseline });
  if (values.html) await writeFile(resolve(io.cwd, values.html), renderHtmlReport(toHtmlReportInput(report)));
  if (format === 'json') io.write(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
  else if (format === 'markdown') io.write(renderMarkdown(report));
  else io.write(renderText(report, { color: io.color === true && values['no-color'] !== true }));
  return report.passed ? 0 : 1;
}

async function runRecord(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    ...SETTING_FLAGS,
    out: { type: 'string' },
    previous: { type: 'string' },
    rules: { type: 'string' },
    sha: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('record needs at least one file');
  if (!values.out) throw new UsageError('record needs --out DIR, the folder to write the baseline bundle into');
  const settings = await loadSettings(flagReader(values), io.cwd);
  const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
  const { buildBundle, readBundle, writeBundle } = await import('./cli/record-code.js');
  const previous = values.previous ? (await readBundle(resolve(io.cwd, values.previous), values.previous)).bundle : undefined;
  const { bundle, examples } = buildBundle({
    run,
    settings,
    previous,
    provenance: {
      sha: values.sha ?? 'local',
      ref: null,
      runId: null,
      runNumber: null,
      runAttempt: null,
      workflow: null,
      repository: null,
      date: new Date().toISOString(),
    },
  });
  const files = await writeBundle(resolve(io.cwd, values.out), bundle, examples);
  io.write(`model-gate: recorded ${Object.keys(bundle.metrics).length} metrics into ${values.out} (${files.map((f) => basename(f)).join(', ')})\n`);
  for (const note of bundle.notes) io.write(`  - ${note}\n`);
  return 0;
}

function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new UsageError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
}

/** Flags read like action inputs, so both entry points share one settings parser. */
function flagReader(values: Record<string, unknown>) {
  return (name: InputName): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

function parseFlags<T extends FlagSpec>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n', 1)[0]);
  }
}
