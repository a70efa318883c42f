import { ConfigError } from '../errors.js';
import type { Direction, Regression, Rule, Severity } from '../gate/rules.js';
import { loadedYaml } from './yaml.js';

const RULE_KEYS = ['min', 'max', 'max-regression', 'direction', 'severity', 'required', 'max-newly-failing'] as const;

/**
 * Parses rules from YAML text (the `rules` input, `--rules`) or an already-parsed value (a config file's
 * `rules:` map). Every problem names the rule and the key: `rules."f1".max-regression: "2 percent" is not …`.
 */
export function parseRules(source: unknown, origin = 'rules'): Rule[] {
  let value = source;
  if (typeof source === 'string') {
    if (source.trim() === '') return [];
    const yaml = loadedYaml();
    try {
      value = yaml.parse(source);
    } catch (error) {
      throw new ConfigError(`${origin}: not valid YAML (${(error as Error).message.split('\n', 1)[0]})`);
    }
  }
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${origin}: expected a map of metric ids to rules, such as "accuracy: { min: 0.9 }"`);
  }
  return Object.entries(value as Record<string, unknown>).map(([key, body]) => parseRule(key, body, `${origin}.${quoteKey(key)}`));
}

function parseRule(key: string, body: unknown, where: string): Rule {
  if (key.trim() === '') throw new ConfigError(`${where}: a rule needs a metric id or glob`);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ConfigError(`${where}: expected a map such as { min: 0.9, max-regression: 1% }`);
  }
  const fields = body as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    if (!(RULE_KEYS as readonly string[]).includes(name)) {
      throw new ConfigError(`${where}: unknown key "${name}"; expected ${RULE_KEYS.join(', ')}`);
    }
  }
  const rule: Rule = {
    key,
    min: optionalNumber(fields.min, `${where}.min`),
    max: optionalNumber(fields.max, `${where}.max`),
    maxRegression: fields['max-regression'] === undefined ? undefined : parseRegression(fields['max-regression'], `${where}.max-regression`),
    direction: optionalChoice<Direction>(fields.direction, ['higher', 'lower'], `${where}.direction`),
    severity: optionalChoice<Severity>(fields.severity, ['error', 'warning'], `${where}.severity`) ?? 'error',
    required: optionalBoolean(fields.required, `${where}.required`) ?? false,
    ...optionalCount(fields['max-newly-failing'], `${where}.max-newly-failing`),
  };
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
    throw new ConfigError(`${where}: min ${rule.min} is above max ${rule.max}, so nothing could pass`);
  }
  if (rule.min === undefined && rule.max === undefined && rule.maxRegression === undefined && !rule.required && rule.maxNewlyFailing === undefined) {
    throw new ConfigError(`${where}: the rule checks nothing; give min, max, max-regression, max-newly-failing or required: true`);
  }
  return rule;
}

/** `0.01` is absolute, `2%` relative; negative allowances make no sense and are refused. */
export function parseRegression(value: unknown, where: string): Regression {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { kind: 'absolute', value };
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(value);
    if (match) return { kind: 'relative', percent: Number(match[1]) };
    const number = Number(value);
    if (value.trim() !== '' && Number.isFinite(number) && number >= 0) return { kind: 'absolute', value: number };
  }
  throw new ConfigError(`${where}: ${shown(value)} is not an allowed regression; use a number ≥ 0 (0.01) or a percentage (2%)`);
}

function optionalNumber(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new ConfigError(`${where}: expected a finite number, found ${shown(value)}`);
}

/** A YAML value as the file wrote it: JSON.stringify would write NaN and Infinity (`.nan`, `.inf`) as null. */
function shown(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan (not a number)' : `${value > 0 ? '' : '-'}.inf (infinity)`;
  return JSON.stringify(value);
}

/** `max-newly-failing: N`, a whole number of items ≥ 0; absent stays absent (the field is optional on Rule). */
function optionalCount(value: unknown, where: string): { maxNewlyFailing?: number } {
  if (value === undefined) return {};
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { maxNewlyFailing: value };
  throw new ConfigError(`${where}: expected a whole number of items ≥ 0, found ${JSON.stringify(value)}`);
}

function optionalBoolean(value: unknown, where: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  throw new ConfigError(`${where}: expected true or false, found ${JSON.stringify(value)}`);
}

function optionalChoice<T extends string>(value: unknown, choices: readonly T[], where: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`${where}: expected ${choices.join(' or ')}, found ${JSON.stringify(value)}`);
}

function quoteKey(key: string): string {
  return /^[\w-]+$/.test(key) ? key : JSON.stringify(key);
}
