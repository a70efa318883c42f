import { parseArgs } from 'node:util';
import type { InputName } from './config/inputs.js';
import { parseEvaluateSettings } from './config/settings.js';
import { isUserError, UsageError } from './errors.js';
import {
  renderEvaluationMarkdown,
  renderEvaluationText,
  toEvaluationJson,
} from './report/evaluation-report.js';
import { evaluateFiles } from './shell/evaluate-files.js';

const USAGE = `Usage:
  model-gate evaluate FILES… [--task auto|binary|multiclass|regression] [--columns YAML]
                     [--positive-label L] [--decision-threshold T] [--format text|markdown|json]

FILES are prediction files or globs (CSV, TSV, JSONL, JSON; .gz too). Exit codes: 0 success,
2 bad usage or bad input (one line on stderr; --debug adds the stack trace).`;

/** Where the CLI writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly cwd: string;
  write(text: string): void;
  error(text: string): void;
}

const FORMATS = ['text', 'markdown', 'json'] as const;

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
  throw new UsageError(`unknown command "${command}"\n${USAGE}`);
}

async function runEvaluate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    task: { type: 'string' },
    columns: { type: 'string' },
    'positive-label': { type: 'string' },
    'decision-threshold': { type: 'string' },
    format: { type: 'string' },
    debug: { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('evaluate needs at least one file');
  const format = values.format ?? 'text';
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: "${String(format)}" is not one of ${FORMATS.join(', ')}`);
  }
  const settings = parseEvaluateSettings((name: InputName) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  });
  const evaluation = await evaluateFiles(positionals.join('\n'), settings, io.cwd);
  if (format === 'json') io.write(`${JSON.stringify(toEvaluationJson(evaluation), null, 2)}\n`);
  else if (format === 'markdown') io.write(renderEvaluationMarkdown(evaluation));
  else io.write(renderEvaluationText(evaluation));
  return 0;
}

type FlagSpec = Record<string, { type: 'string' | 'boolean' }>;

function parseFlags(args: readonly string[], options: FlagSpec) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n', 1)[0]);
  }
}
