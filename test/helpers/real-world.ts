import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real-world fixtures live in the project's shared folder beside the repository (../shared), as laid out
 * for development and CI; see its SOURCES.md for where each file came from. They are read in place, not copied.
 */
export function realWorld(...parts: string[]): string {
  const root = resolve(process.cwd(), '../shared/fixtures/real-world');
  if (!existsSync(root)) throw new Error(`real-world fixtures not found at ${root}: clone the repo beside shared/`);
  return resolve(root, ...parts);
}
