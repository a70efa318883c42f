import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The files real tools wrote, copied byte for byte into test/fixtures/real-world (SOURCES.md says from where). */
export const REAL_WORLD_ROOT = fileURLToPath(new URL('../fixtures/real-world', import.meta.url));

/** The path of one real-world fixture; a missing one is a broken checkout, said plainly. */
export function realWorld(...parts: string[]): string {
  const path = resolve(REAL_WORLD_ROOT, ...parts);
  if (!existsSync(path)) throw new Error(`real-world fixture missing: ${path} (see test/fixtures/real-world/SOURCES.md)`);
  return path;
}
