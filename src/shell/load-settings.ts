import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputName, InputReader } from '../config/inputs.js';
import { parseConfigFile, parseSettings, type Settings } from '../config/settings.js';
import { loadYaml } from '../config/yaml.js';
import { ConfigError } from '../errors.js';

export const DEFAULT_CONFIG = '.github/model-gate.yml';

/** The inputs whose values are YAML text (see parseSettings); anything else is read as plain text. */
const YAML_INPUTS = ['columns', 'rules'] as const satisfies readonly InputName[];

/**
 * Reads the config file (the `config` input, else .github/model-gate.yml when it exists) and parses every
 * setting once. A config file that was named but cannot be read is an error; the default one is optional.
 * The YAML parser is loaded only when there is YAML to parse: a config file, or a YAML input that is set.
 */
export async function loadSettings(read: InputReader, cwd: string): Promise<Settings> {
  const named = read('config')?.trim();
  const path = named || DEFAULT_CONFIG;
  let text: string | undefined;
  try {
    text = await readFile(path.startsWith('/') ? path : join(cwd, path), 'utf8');
  } catch {
    if (named) throw new ConfigError(`config: cannot read "${named}"`);
  }
  if (text !== undefined || YAML_INPUTS.some((name) => (read(name)?.trim() ?? '') !== '')) await loadYaml();
  const config = text === undefined ? undefined : parseConfigFile(text, path);
  return parseSettings(read, config, path);
}
