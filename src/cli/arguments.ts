// Parses a command's arguments against its options in ./usage.ts. Hand-written rather than node:util's
// parseArgs, which refuses an option value that starts with a dash (`--decision-threshold -0.5`) and cannot
// suggest the option that was meant. Pure: throws UsageError, prints nothing.
import { UsageError } from '../errors.js';
import type { OptionSpec } from './usage.js';

export interface ParsedArguments {
  readonly positionals: readonly string[];
  /** The last value of a string option, undefined when not given. */
  readonly string: (name: string) => string | undefined;
  /** Every value of a repeatable option, in order. */
  readonly list: (name: string) => readonly string[];
  /** Whether a switch was given. */
  readonly flag: (name: string) => boolean;
  /** Like string(), but undefined for a name the command does not take as a string: reads flags like action inputs. */
  readonly input: (name: string) => string | undefined;
}

/**
 * `--name value`, `--name=value`, switches, `-h`, and `--` (everything after it is positional). A value is the
 * next argument whatever it starts with, except another long option: `--columns --format json` is a missing value.
 * `where` names the command in messages ("model-gate compare").
 */
export function parseArguments(args: readonly string[], options: readonly OptionSpec[], where: string): ParsedArguments {
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const given = arg.startsWith('--') ? (equals < 0 ? arg : arg.slice(0, equals)) : arg;
    const option = options.find((o) => `--${o.name}` === given || (o.short !== undefined && `-${o.short}` === given));
    if (!option) throw new UsageError(explainUnknownOption(given, options, where));
    if (!option.value) {
      if (equals >= 0 && arg.startsWith('--')) throw new UsageError(`option --${option.name} takes no value`);
      values[option.name] = true;
      continue;
    }
    let value: string;
    if (equals >= 0 && arg.startsWith('--')) value = arg.slice(equals + 1);
    else {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`option --${option.name} needs a value (${option.value})`);
      }
      value = next;
      i++;
    }
    if (option.multiple) values[option.name] = [...((values[option.name] as string[] | undefined) ?? []), value];
    else values[option.name] = value;
  }
  // Reading an option the command does not declare is a programming error: the help would not list it.
  const declared = (name: string, kind: 'string' | 'list' | 'flag'): OptionSpec => {
    const option = options.find((o) => o.name === name);
    const actual = option === undefined ? undefined : !option.value ? 'flag' : option.multiple ? 'list' : 'string';
    if (actual !== kind) throw new Error(`${where} reads --${name} as a ${kind}, but declares it ${actual === undefined ? 'not at all' : `as a ${actual}`}`);
    return option!;
  };
  return {
    positionals,
    string: (name) => (declared(name, 'string'), values[name] as string | undefined),
    list: (name) => (declared(name, 'list'), (values[name] as string[] | undefined) ?? []),
    flag: (name) => (declared(name, 'flag'), values[name] === true),
    input: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
  };
}

/** "unknown option --thresold (did you mean --decision-threshold?)", one line. */
export function explainUnknownOption(given: string, options: readonly OptionSpec[], where: string): string {
  const close = suggestNearest(given.replace(/^-+/, ''), options.map((o) => o.name));
  return close === undefined
    ? `unknown option ${escapeArgument(given)}; run ${where} --help for the options`
    : `unknown option ${escapeArgument(given)} (did you mean --${close}?)`;
}

/** An argument echoed in a message: control characters as \xHH (no terminal escapes), at most 60 characters. */
export function escapeArgument(arg: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = arg.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > 60 ? `${visible.slice(0, 59)}…` : visible;
}

/**
 * The candidate nearest to what was typed, or undefined when none is plausibly meant. A candidate is compared
 * whole and by each of its hyphen-separated tails, so "thresold" finds "decision-threshold" through "threshold";
 * a prefix of a candidate ("base" for "baseline") counts as a match. Allowed typos: a third of the length, at
 * least 1 and at most 3.
 */
export function suggestNearest(typed: string, candidates: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  if (word === '') return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const parts = name.split('-');
    const forms = parts.map((_, i) => parts.slice(i).join('-'));
    const distance = Math.min(...forms.map((form) => (word.length >= 3 && form.startsWith(word) ? 0 : editDistance(word, form))));
    if (distance <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) && (!best || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}

/** Levenshtein distance, counting a swap of two neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
