import { isUserError, UsageError } from './errors.js';
import { renderEvaluationMarkdown, renderEvaluationText, toEvaluationJson } from './report/evaluation-report.js';
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { loadRun } from './shell/load-run.js';
import { loadSettings } from './shell/load-settings.js';
import { escapeArgument, explainUnknownOption, parseArguments, suggestNearest, type ParsedArguments } from './cli/arguments.js';
import { COMMAND_NAMES, COMMANDS, FORMATS, GLOBAL_OPTIONS, renderCommandUsage, renderOverview, type CommandName } from './cli/usage.js';
import { VERSION } from './cli/version.js';

/** Where the CLI writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly cwd: string;
  write(text: string): void;
  error(text: string): void;
  /** Whether stdout takes ANSI colours: a TTY, and NO_COLOR unset (https://no-color.org). */
  readonly color?: boolean;
}

type Format = (typeof FORMATS)[number];

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
  if (command === undefined) {
    io.error(renderOverview());
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.write(renderOverview());
    else if (isCommand(topic)) io.write(renderCommandUsage(topic));
    else throw new UsageError(explainUnknownCommand(topic));
    return 0;
  }
  if (command === '--version') {
    io.write(`model-gate ${VERSION}\n`);
    return 0;
  }
  if (!isCommand(command)) {
    throw new UsageError(command.startsWith('-') ? explainUnknownOption(command, GLOBAL_OPTIONS, 'model-gate') : explainUnknownCommand(command));
  }
  if (asksForHelp(rest)) {
    io.write(renderCommandUsage(command));
    return 0;
  }
  const args = parseArguments(rest, COMMANDS[command].options, `model-gate ${command}`);
  if (command === 'evaluate') return runEvaluate(args, io);
  if (command === 'compare') return runCompare(args, io);
  return runRecord(args, io);
}

function isCommand(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

function explainUnknownCommand(name: string): string {
  const close = suggestNearest(name, COMMAND_NAMES);
  return `unknown command "${escapeArgument(name)}"${close ? ` (did you mean ${close}?)` : ''}; run model-gate --help`;
}

/** `--help` or `-h` anywhere before `--` shows the command's usage, whatever else the line holds. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

async function runEvaluate(args: ParsedArguments, io: CliIo): Promise<number> {
  const { positionals } = args;
  if (positionals.length === 0) throw new UsageError('evaluate needs at least one file');
  const format = parseFormat(args.string('format'));
  const settings = await loadSettings(args.input, io.cwd);
  const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
  if (format === 'json') io.write(`${JSON.stringify(toEvaluationJson(run), null, 2)}\n`);
  else if (format === 'markdown') io.write(renderEvaluationMarkdown(run));
  else io.write(renderEvaluationText(run));
  return 0;
}

async function runCompare(args: ParsedArguments, io: CliIo): Promise<number> {
  const current = [...args.list('current'), ...args.positionals];
  const baseline = args.list('baseline');
  if (current.length === 0) throw new UsageError('compare needs --current PATH (the run under review)');
  if (baseline.length === 0) {
    throw new UsageError('compare needs --baseline PATH (a baseline bundle, metrics or predictions), or --baseline none');
  }
  const format = parseFormat(args.string('format'));
  const settings = await loadSettings(args.input, io.cwd);
  const currentRun = await loadRun(current.join('\n'), settings.evaluate, io.cwd);
  const noBaseline = baseline.length === 1 && baseline[0] === 'none';
  const baselineRun = noBaseline ? undefined : await loadRun(baseline.join('\n'), settings.evaluate, io.cwd);
  const { compareRuns, renderHtmlReport, toHtmlReportInput, toJsonReport, renderMarkdown, renderText } = await import('./cli/compare-code.js');
  const report = compareRuns(currentRun, baselineRun, { ...settings, expectBaseline: !noBaseline });
  const html = args.string('html');
  if (html) await writeFile(resolve(io.cwd, html), renderHtmlReport(toHtmlReportInput(report)));
  if (format === 'json') io.write(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
  else if (format === 'markdown') io.write(renderMarkdown(report));
  else io.write(renderText(report, { color: io.color === true && !args.flag('no-color') }));
  return report.passed ? 0 : 1;
}

async function runRecord(args: ParsedArguments, io: CliIo): Promise<number> {
  const { positionals } = args;
  const out = args.string('out');
  const previousDir = args.string('previous');
  if (positionals.length === 0) throw new UsageError('record needs at least one file');
  if (!out) throw new UsageError('record needs --out DIR, the folder to write the baseline bundle into');
  const settings = await loadSettings(args.input, io.cwd);
  const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
  const { buildBundle, readBundle, writeBundle } = await import('./cli/record-code.js');
  const previous = previousDir ? (await readBundle(resolve(io.cwd, previousDir), previousDir)).bundle : undefined;
  const { bundle, examples, items } = buildBundle({
    run,
    settings,
    previous,
    provenance: {
      sha: args.string('sha') ?? 'local',
      ref: null,
      runId: null,
      runNumber: null,
      runAttempt: null,
      workflow: null,
      repository: null,
      date: new Date().toISOString(),
    },
  });
  const files = await writeBundle(resolve(io.cwd, out), bundle, examples, items);
  io.write(`model-gate: recorded ${Object.keys(bundle.metrics).length} metrics into ${out} (${files.map((f) => basename(f)).join(', ')})\n`);
  for (const note of bundle.notes) io.write(`  - ${note}\n`);
  return 0;
}

function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new UsageError(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
}
