import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputReader } from '../config/inputs.js';
import { parseConfigFile, parseSettings, type Settings } from '../config/settings.js';
import { ConfigError } from '../errors.js';

export const DEFAULT_CONFIG = '.github/model-gate.yml';

/**
 * Reads the config file (the `config` input, else .github/model-gate.yml when it exists) and parses every
 * setting once. A config file that was named but cannot be read is an error; the default one is optional.
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
  const config = text === undefined ? undefined : parseConfigFile(text, path);
  return parseSettings(read, config, path);
}
