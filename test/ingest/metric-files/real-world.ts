import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared real-world artifacts (shared/fixtures/real-world, see its SOURCES.md) live next to the repository,
 * not in it; vitest runs from the repository root.
 */
const REAL_WORLD = join(process.cwd(), '..', 'shared', 'fixtures', 'real-world');

/** A real-world file's name and text; a missing file fails with the path that was expected. */
export function readRealWorld(folder: string, file: string): { name: string; text: string } {
  const path = join(REAL_WORLD, folder, file);
  if (!existsSync(path)) {
    throw new Error(`real-world fixture missing: ${path} (expected ../shared/fixtures/real-world beside the repository)`);
  }
  return { name: `${folder}/${file}`, text: readFileSync(path, 'utf8') };
}

/** Reads a synthetic fixture from test/fixtures/metric-files. */
export function readFixture(file: string): { name: string; text: string } {
  const path = join(process.cwd(), 'test', 'fixtures', 'metric-files', file);
  return { name: file, text: readFileSync(path, 'utf8') };
}
