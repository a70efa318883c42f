import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { ColumnOverrides } from '../ingest/columns.js';
import type { ResolveOptions } from '../ingest/resolve.js';
import type { InputReader } from './inputs.js';

export const TASKS = ['auto', 'binary', 'multiclass', 'regression'] as const;
export type TaskSetting = (typeof TASKS)[number];

/** Everything that shapes how prediction files become metrics. */
export interface EvaluateSettings extends ResolveOptions {
  readonly columns: ColumnOverrides;
}

const columnsSchema = z.strictObject({
  label: z.string().min(1).optional(),
  prediction: z.string().min(1).optional(),
  score: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  weight: z.string().min(1).optional(),
  slices: z.union([z.string().min(1).transform((s) => [s]), z.array(z.string().min(1))]).optional(),
});

/**
 * Parses the evaluate settings from raw inputs (action inputs or CLI flags, already as strings). Every problem
 * is a ConfigError naming the input and what was expected, raised before any file is read.
 */
export function parseEvaluateSettings(read: InputReader): EvaluateSettings {
  const task = readChoice(read, 'task', TASKS, 'auto');
  const positive = read('positive-label');
  const threshold = read('decision-threshold');
  return Object.freeze({
    task,
    positiveLabel: positive === undefined || positive === '' ? undefined : positive,
    decisionThreshold: threshold === undefined || threshold === '' ? undefined : parseNumberInput('decision-threshold', threshold),
    columns: parseColumns(read('columns')),
  });
}

export function parseColumns(text: string | undefined): ColumnOverrides {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`columns: not valid YAML (${firstLine((error as Error).message)})`);
  }
  const parsed = columnsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.length > 0 ? `columns.${issue.path.join('.')}` : 'columns';
    const detail =
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected label, prediction, score, id, weight, slices`
        : `expected ${key === 'columns' ? 'a map such as {label: y, prediction: y_hat}' : key.endsWith('slices') ? 'a column name or a list of them' : 'a column name'}`;
    throw new ConfigError(`${key}: ${detail}`);
  }
  return parsed.data;
}

export function readChoice<T extends string>(
  read: InputReader,
  name: Parameters<InputReader>[0],
  choices: readonly T[],
  fallback: T,
): T {
  const raw = read(name)?.trim();
  if (raw === undefined || raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name}: "${raw}" is not one of ${choices.join(', ')}`);
}

export function parseNumberInput(name: string, raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) throw new ConfigError(`${name}: "${raw}" is not a number`);
  return value;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!;
}
