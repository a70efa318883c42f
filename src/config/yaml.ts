import type * as Yaml from 'yaml';

/**
 * The `yaml` package, loaded on demand. It was about 300 KB of the CLI's 760 KB main chunk, ~5-10 ms of every
 * start-up, yet most runs (a CSV of predictions, no config file, no `columns` or `rules`) parse no YAML at all.
 * So the parsers stay synchronous and pure, and the shell awaits `loadYaml()` before input that may hold YAML
 * reaches them (src/shell/load-settings.ts, src/shell/load-run.ts); ncc gives the package a chunk of its own.
 * Only types are imported statically here, and the compiler erases them.
 */
let yaml: typeof Yaml | undefined;

/** Loads the YAML parser; idempotent, and free once loaded. */
export async function loadYaml(): Promise<void> {
  yaml ??= await import('yaml');
}

/**
 * The loaded `yaml` module. Throws a plain Error when `loadYaml()` was not awaited first: a bug in the shell,
 * not bad input, so callers take it before their `try` that turns parse errors into messages for the user.
 */
export function loadedYaml(): typeof Yaml {
  if (yaml === undefined) throw new Error('internal error: the YAML parser was used before loadYaml()');
  return yaml;
}
