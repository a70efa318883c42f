// The CLI's commands and options, in one table: the parser accepts exactly these options, the help text lists
// exactly these, and "did you mean" suggests among these, so none of the three can drift from the others.
// Pure: no I/O; src/cli.ts prints what these functions return.
import { TASKS } from '../config/settings.js';
import { FAIL_ON, IF_NO_BASELINE } from '../gate/outcome.js';

/** One long option. `value` names its argument (a string option); without it the option is a switch. */
export interface OptionSpec {
  readonly name: string;
  readonly value?: string;
  /** May be given more than once; the values accumulate in order. */
  readonly multiple?: boolean;
  /** One line: what it does. */
  readonly meaning: string;
  /** What happens when it is not given; 'required' when it must be given; none for --help. */
  readonly default?: string;
  /** A one-letter alias (only -h today). */
  readonly short?: string;
}

export interface CommandSpec {
  readonly name: CommandName;
  /** One line for the overview. */
  readonly summary: string;
  /** The command line shape, without "model-gate <name>". */
  readonly synopsis: string;
  /** What the positional arguments are; undefined when the command takes none. */
  readonly positionals?: string;
  readonly options: readonly OptionSpec[];
  readonly example: string;
}

export const COMMAND_NAMES = ['evaluate', 'compare', 'record'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const HELP: OptionSpec = { name: 'help', short: 'h', meaning: 'print this help and exit' };

const TASK: OptionSpec = {
  name: 'task',
  value: TASKS.join('|'),
  meaning: 'the kind of model; auto infers it from the labels and predictions',
  default: 'auto',
};
const COLUMNS: OptionSpec = {
  name: 'columns',
  value: 'YAML',
  meaning: 'column names as a YAML map of label, prediction, score, id, weight, slices (a list)',
  default: 'found by their usual names, such as y_true, label, y_pred, y_score',
};
const POSITIVE_LABEL: OptionSpec = {
  name: 'positive-label',
  value: 'L',
  meaning: 'the positive class for binary metrics',
  default: '1, true, or the larger of two sorted labels',
};
const DECISION_THRESHOLD: OptionSpec = {
  name: 'decision-threshold',
  value: 'T',
  meaning: 'threshold on the score when a binary file has no prediction column; may be negative',
  default: '0.5; decision scores need one',
};
const CONFIG: OptionSpec = {
  name: 'config',
  value: 'FILE',
  meaning: 'a YAML file of these settings (and rules); options on the command line override it',
  default: '.github/model-gate.yml if it exists',
};
export const FORMATS = ['text', 'markdown', 'json'] as const;
const FORMAT: OptionSpec = { name: 'format', value: FORMATS.join('|'), meaning: 'how to print the result', default: 'text' };
const DEBUG: OptionSpec = { name: 'debug', meaning: 'add the stack trace to an error message', default: 'off' };
const RULES: OptionSpec = {
  name: 'rules',
  value: 'YAML',
  meaning: 'inline rules, e.g. "accuracy: { min: 0.90, max-regression: 1% }"; each replaces the config file\'s rule of the same key',
  default: 'the config file\'s rules, else none',
};

/** The settings every command reads, in the order the help lists them. */
const SETTINGS = [TASK, COLUMNS, POSITIVE_LABEL, DECISION_THRESHOLD, CONFIG] as const;

const FILES =
  'prediction files (CSV, TSV, JSONL, JSON, Parquet; .gz too), metric files (JSON, YAML, Hugging Face, ' +
  'lm-evaluation-harness, scikit-learn reports, DVC, Keras logs, MLflow, TensorBoard event files) or log folders, ' +
  'in any mix; globs work';

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  evaluate: {
    name: 'evaluate',
    summary: 'compute the metrics of one run and print them',
    synopsis: 'FILES… [options]',
    positionals: `FILES: ${FILES}`,
    options: [...SETTINGS, FORMAT, DEBUG, HELP],
    example: 'model-gate evaluate predictions.csv --columns "{slices: [region]}" --format markdown',
  },
  compare: {
    name: 'compare',
    summary: 'compare a run with a baseline under rules; exit 1 when a rule fails',
    synopsis: '--baseline PATH… --current PATH… [options]',
    positionals: 'PATH…: files as for evaluate; extra positional FILES are added to --current',
    options: [
      {
        name: 'baseline',
        value: 'PATH',
        multiple: true,
        meaning: 'the baseline: a bundle folder written by record, metric or prediction files, or none; repeat for several',
        default: 'required',
      },
      { name: 'current', value: 'PATH', multiple: true, meaning: 'the run under review; repeat for several', default: 'required' },
      RULES,
      { name: 'fail-on', value: FAIL_ON.join('|'), meaning: 'which failed rules make the exit code 1', default: 'error' },
      { name: 'if-no-baseline', value: IF_NO_BASELINE.join('|'), meaning: 'the outcome when the baseline holds nothing to compare', default: 'warn' },
      {
        name: 'significance',
        value: 'auto|off|ALPHA',
        meaning: 'paired statistics: a regression fails only when it is confidently beyond its allowance; off compares the raw values',
        default: 'auto',
      },
      { name: 'html', value: 'FILE', meaning: 'also write the self-contained HTML report to FILE', default: 'no HTML report' },
      { name: 'no-color', meaning: 'no ANSI colours in the text report', default: 'colours on a terminal unless NO_COLOR is set' },
      ...SETTINGS,
      FORMAT,
      DEBUG,
      HELP,
    ],
    example: 'model-gate compare --baseline baseline-predictions.csv --current predictions.csv --rules "f1: { max-regression: 1% }"',
  },
  record: {
    name: 'record',
    summary: 'write a baseline bundle of a run for later comparisons',
    synopsis: 'FILES… --out DIR [options]',
    positionals: `FILES: ${FILES}`,
    options: [
      { name: 'out', value: 'DIR', meaning: 'the folder to write the baseline bundle into', default: 'required' },
      { name: 'previous', value: 'DIR', meaning: 'an earlier bundle whose history the new one carries on', default: 'no history' },
      { name: 'sha', value: 'SHA', meaning: 'the commit the bundle is recorded for', default: 'local' },
      { ...RULES, meaning: 'rules recorded in the bundle, by which later comparisons are judged as well' },
      ...SETTINGS,
      DEBUG,
      HELP,
    ],
    example: 'model-gate record predictions.csv --out baseline --sha "$(git rev-parse HEAD)"',
  },
};

/** What the program itself accepts before a command. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { ...HELP, meaning: 'print this overview; model-gate COMMAND --help prints that command\'s usage' },
  { name: 'version', meaning: 'print the version of model-gate' },
];

const EXIT_CODES = `Exit codes: 0 success (compare: passed, possibly with warnings), 1 compare: rules failed,
            2 bad usage or bad input (one line on stderr), 3 internal error.`;

/** The text of `model-gate --help`. */
export function renderOverview(): string {
  const width = Math.max(...COMMAND_NAMES.map((name) => name.length));
  const commands = COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name].summary}`);
  return [
    'Usage: model-gate COMMAND [options]',
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    ...GLOBAL_OPTIONS.flatMap(renderOption),
    '',
    'Run model-gate COMMAND --help for the options of a command.',
    EXIT_CODES,
    '',
  ].join('\n');
}

/** The text of `model-gate <command> --help`: synopsis, every option with its meaning and default, an example. */
export function renderCommandUsage(name: CommandName): string {
  const command = COMMANDS[name];
  return [
    `Usage: model-gate ${name} ${command.synopsis}`,
    '',
    `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.positionals ? ['', ...wrapText(`${command.positionals}.`, WIDTH)] : []),
    '',
    'Options:',
    ...command.options.flatMap(renderOption),
    '',
    'Example:',
    `  ${command.example}`,
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}

/**
 * An option's lines in a help text: the flag, then its meaning and default in a column; a flag too wide for the
 * column gets a line of its own.
 */
function renderOption(option: OptionSpec): string[] {
  const flag = `  ${formatFlag(option)}`;
  const when = option.default === undefined ? '' : option.default === 'required' ? ' (required)' : ` (default: ${option.default})`;
  const text = wrapText(`${option.meaning}${when}`, WIDTH - COLUMN).map((line) => `${' '.repeat(COLUMN)}${line}`);
  if (flag.length + 2 > COLUMN) return [flag, ...text];
  return [`${flag.padEnd(COLUMN)}${text[0]!.trimStart()}`, ...text.slice(1)];
}

/** `-h, --help`, `--task auto|binary|…`: the option as the user types it. */
export function formatFlag(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

/** Help lines stay within WIDTH characters (a long example excepted); meanings start at column COLUMN. */
const WIDTH = 100;
const COLUMN = 28;

/** Splits text at spaces into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}
