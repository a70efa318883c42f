import { ConfigError } from '../errors.js';
import { FAIL_ON, IF_NO_BASELINE, type FailOn, type IfNoBaseline } from '../gate/outcome.js';
import type { Rule } from '../gate/rules.js';
import type { ColumnOverrides } from '../ingest/table/columns.js';
import type { ResolveOptions } from '../ingest/resolve.js';
import { INPUT_NAMES, type InputName, type InputReader } from './inputs.js';
import { parseRules } from './parse-rules.js';
import { loadedYaml } from './yaml.js';

export const TASKS = ['auto', 'binary', 'multiclass', 'regression'] as const;
export const MODES = ['auto', 'compare', 'record', 'evaluate'] as const;
export const COMMENT_MODES = ['always', 'on-change', 'on-failure', 'never'] as const;

/** Everything that shapes how prediction files become metrics. */
export interface EvaluateSettings extends ResolveOptions {
  readonly columns: ColumnOverrides;
}

/** One validated, frozen settings object: inputs (or CLI flags) over the config file over defaults. */
export interface Settings {
  readonly evaluate: EvaluateSettings;
  readonly predictions: string | undefined;
  readonly metrics: string | undefined;
  readonly rules: readonly Rule[];
  readonly minSliceSize: number;
  readonly significance: 'auto' | 'off' | number;
  readonly failOn: FailOn;
  readonly ifNoBaseline: IfNoBaseline;
  readonly mode: (typeof MODES)[number];
  readonly baseline: string;
  readonly baselineArtifact: string;
  readonly baselineWorkflow: string | undefined;
  readonly baselineBranch: string | undefined;
  readonly comment: (typeof COMMENT_MODES)[number];
  readonly commentTag: string;
  readonly acceptLabel: string;
  /** Whether the accept label may also accept broken `min`/`max` rules of severity error (config file only). */
  readonly acceptAbsoluteRules: boolean;
  /** Show the text of newly failing LLM eval items in the report (config file only; eval data may be private). */
  readonly showItemText: boolean;
  readonly retentionDays: number | undefined;
  readonly history: number;
  readonly currentArtifact: string | undefined;
  readonly currentRunId: number | undefined;
  /** Upload the HTML report as an artifact of this name (unset: the report is only written to disk). */
  readonly reportArtifact: string | undefined;
}

/** Keys a config file may hold: every input, plus settings that have no input of their own. */
const CONFIG_ONLY_KEYS = ['min-slice-size', 'accept-absolute-rules', 'show-item-text'] as const;
type ConfigKey = InputName | (typeof CONFIG_ONLY_KEYS)[number];

/** A config file's contents, parsed and checked for unknown keys. */
export type ConfigFile = ReadonlyMap<ConfigKey, unknown>;

export function parseConfigFile(text: string, file: string): ConfigFile {
  const yaml = loadedYaml();
  let value: unknown;
  try {
    value = yaml.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid YAML (${(error as Error).message.split('\n', 1)[0]})`);
  }
  if (value === null || value === undefined) return new Map();
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${file}: expected a map of settings`);
  const known: readonly string[] = [...INPUT_NAMES, ...CONFIG_ONLY_KEYS];
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const close = known.find((k) => editDistance(k, key) <= 2);
      throw new ConfigError(`${file}: unknown setting "${key}"${close ? ` (did you mean "${close}"?)` : ''}`);
    }
  }
  return new Map(Object.entries(value) as [ConfigKey, unknown][]);
}

/**
 * Parses every setting once, before any file is read: inputs win over the config file, the config file over
 * defaults; `rules` merge key by key (an input rule replaces the config's rule for the same key).
 */
export function parseSettings(read: InputReader, config: ConfigFile = new Map(), configName = 'config file'): Settings {
  const text = (name: InputName): string | undefined => {
    const input = read(name)?.trim();
    if (input !== undefined && input !== '') return input;
    const value = config.get(name);
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    // A list or a map where one value belongs (`task: [binary]`) must not fall back to the default silently.
    if (value !== undefined && value !== null) {
      throw new ConfigError(`${configName}: ${name}: expected a single value, found ${Array.isArray(value) ? 'a list' : 'a map'}`);
    }
    return undefined;
  };
  const choice = <T extends string>(name: InputName, choices: readonly T[], fallback: T): T => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if ((choices as readonly string[]).includes(raw)) return raw as T;
    throw new ConfigError(`${name}: "${raw}" is not one of ${choices.join(', ')}`);
  };
  const configRules = config.get('rules');
  const rules = mergeRules(
    configRules === undefined ? [] : parseRules(configRules, `${configName}: rules`),
    parseRules(read('rules') ?? '', 'rules'),
  );
  const columnsInput = read('columns');
  const columns =
    columnsInput !== undefined && columnsInput.trim() !== ''
      ? parseColumns(columnsInput)
      : config.has('columns')
        ? parseColumnsValue(config.get('columns'), `${configName}: columns`)
        : {};
  const threshold = text('decision-threshold');
  const significance = text('significance') ?? 'auto';

  return Object.freeze({
    evaluate: Object.freeze({
      task: choice('task', TASKS, 'auto'),
      positiveLabel: text('positive-label'),
      decisionThreshold: threshold === undefined ? undefined : parseNumberInput('decision-threshold', threshold),
      columns,
    }),
    predictions: text('predictions'),
    metrics: text('metrics'),
    rules,
    minSliceSize: parseCount('min-slice-size', config.get('min-slice-size'), 30),
    significance: significance === 'auto' || significance === 'off' ? significance : parseAlpha(significance),
    failOn: choice('fail-on', FAIL_ON, 'error'),
    ifNoBaseline: choice('if-no-baseline', IF_NO_BASELINE, 'warn'),
    mode: choice('mode', MODES, 'auto'),
    baseline: text('baseline') ?? 'artifact',
    baselineArtifact: text('baseline-artifact') ?? 'model-gate-baseline',
    baselineWorkflow: text('baseline-workflow'),
    baselineBranch: text('baseline-branch'),
    comment: choice('comment', COMMENT_MODES, 'always'),
    commentTag: parseTag(text('comment-tag') ?? 'default'),
    acceptLabel: text('accept-label') ?? 'model-gate: accept-regression',
    acceptAbsoluteRules: parseBoolean('accept-absolute-rules', config.get('accept-absolute-rules')),
    showItemText: parseBoolean('show-item-text', config.get('show-item-text')),
    retentionDays: optionalCount('retention-days', text('retention-days')),
    history: parseCount('history', text('history'), 30),
    currentArtifact: text('current-artifact'),
    currentRunId: optionalCount('current-run-id', text('current-run-id')),
    reportArtifact: text('report-artifact'),
  });
}

function mergeRules(fromConfig: readonly Rule[], fromInput: readonly Rule[]): Rule[] {
  const byKey = new Map(fromConfig.map((rule) => [rule.key, rule]));
  for (const rule of fromInput) byKey.set(rule.key, rule);
  return [...byKey.values()];
}

const COLUMN_KEYS = ['label', 'prediction', 'score', 'id', 'weight', 'slices', 'scores', 'repeat', 'cluster'] as const;
/** Keys that take a name or a list of names. */
const LIST_KEYS = new Set(['slices', 'scores']);

export function parseColumns(text: string | undefined): ColumnOverrides {
  if (text === undefined || text.trim() === '') return {};
  const yaml = loadedYaml();
  let value: unknown;
  try {
    value = yaml.parse(text);
  } catch (error) {
    throw new ConfigError(`columns: not valid YAML (${(error as Error).message.split('\n', 1)[0]})`);
  }
  return parseColumnsValue(value, 'columns');
}

/**
 * `columns` as a map of role → column name (`slices`: a name or a list of names). Hand-written rather than a
 * schema library: this is the only schema every CLI run needs, and loading one cost more start-up time than
 * evaluating a 100,000-row file (test/config/columns-schema.test.ts checks it against the zod schema it replaced).
 */
export function parseColumnsValue(value: unknown, where: string): ColumnOverrides {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${where}: expected a map such as {label: y, prediction: y_hat}`);
  }
  const entries = Object.entries(value);
  const unknown = entries.map(([key]) => key).filter((key) => !(COLUMN_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new ConfigError(
      `${where}: unknown key ${unknown.map((k) => `"${k}"`).join(', ')}; expected ${COLUMN_KEYS.join(', ')}`,
    );
  }
  const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  const out: { -readonly [K in keyof ColumnOverrides]: ColumnOverrides[K] } = {};
  for (const [key, v] of entries) {
    if (v === undefined) continue;
    if (LIST_KEYS.has(key)) {
      const list = key as 'slices' | 'scores';
      if (isName(v)) out[list] = [v];
      else if (Array.isArray(v) && v.every(isName)) out[list] = [...v];
      else throw new ConfigError(`${where}.${key}: expected a column name or a list of them`);
    } else if (isName(v)) {
      out[key as Exclude<(typeof COLUMN_KEYS)[number], 'slices' | 'scores'>] = v;
    } else {
      throw new ConfigError(`${where}.${key}: expected a column name`);
    }
  }
  if (out.scores && !out.id) throw new ConfigError(`${where}.scores: scored records pair items by id; name the id column too (columns.id)`);
  return out;
}

export function parseNumberInput(name: string, raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) throw new ConfigError(`${name}: "${raw}" is not a number`);
  return value;
}

function parseAlpha(raw: string): number {
  const alpha = Number(raw);
  if (!Number.isFinite(alpha) || alpha <= 0 || alpha >= 0.5) {
    throw new ConfigError(`significance: "${raw}" is not auto, off, or an alpha between 0 and 0.5 such as 0.05`);
  }
  return alpha;
}

function parseCount(name: string, raw: unknown, fallback: number): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name}: ${JSON.stringify(raw)} is not a whole number ≥ 0`);
  return value;
}

function optionalCount(name: string, raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : parseCount(name, raw, 0);
}

/** Strict: YAML booleans only, never the string "false" read as true. */
function parseBoolean(name: string, raw: unknown): boolean {
  if (raw === undefined || raw === null) return false;
  if (typeof raw === 'boolean') return raw;
  throw new ConfigError(`${name}: expected true or false, found ${JSON.stringify(raw)}`);
}

function parseTag(tag: string): string {
  if (!/^[\w.-]{1,64}$/.test(tag)) throw new ConfigError(`comment-tag: "${tag}" may hold only letters, digits, '.', '_' and '-'`);
  return tag;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
