import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { realWorld } from '../../helpers/real-world.js';


/** A real-world file's name and text; a missing file fails with the path that was expected. */
export function readRealWorld(folder: string, file: string): { name: string; text: string } {
  const path = realWorld(folder, file);
  return { name: `${folder}/${file}`, text: readFileSync(path, 'utf8') };
}

/** Reads a synthetic fixture from test/fixtures/metric-files. */
export function readFixture(file: string): { name: string; text: string } {
  const path = join(process.cwd(), 'test', 'fixtures', 'metric-files', file);
  return { name: file, text: readFileSync(path, 'utf8') };
}
