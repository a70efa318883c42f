import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cli, tempFiles } from './cli.js';
import { tempDir } from './temp.js';

/** Writes an event payload where the runner would (GITHUB_EVENT_PATH); removed when the test ends. */
export function eventFile(payload: unknown): string {
  const path = join(tempDir('model-gate-event-'), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

/** A baseline bundle's files, as `model-gate record` writes them for `csv` at `sha` (extra flags appended). */
export async function recordBundleFiles(csv: string, sha: string, extra: readonly string[] = []): Promise<Record<string, Uint8Array>> {
  const dir = tempFiles({ 'p.csv': csv });
  const run = await cli(['record', 'p.csv', '--out', 'bundle', '--sha', sha, ...extra], dir);
  expect(run.code, run.stderr).toBe(0);
  return Object.fromEntries(readdirSync(join(dir, 'bundle')).map((f) => [f, readFileSync(join(dir, 'bundle', f))]));
}
