import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

// Temporary folders that remove themselves: inside a test, when that test ends (passed, failed or timed out);
// outside one (a describe block, a beforeAll), when the test file's tests are done. The run's temp guard
// (test/setup/temp-guard.ts) fails the suite when anything is left behind, so helpers that write outside the
// repository take their folder from here.

const outsideTests = new Set<string>();
afterAll(() => {
  for (const path of outsideTests) rmSync(path, { recursive: true, force: true });
  outsideTests.clear();
});

/** A fresh, empty temporary folder, removed when the current test (or file) finishes. */
export function tempDir(prefix = 'model-gate-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  removeWhenDone(dir);
  return dir;
}

/** Removes `path` (a file or a folder) when the current test ends, or the test file when called outside a test. */
export function removeWhenDone(path: string): void {
  try {
    onTestFinished(() => rmSync(path, { recursive: true, force: true }));
  } catch {
    outsideTests.add(path);
  }
}
