import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubPort } from '../../src/github/port.js';
import { downloadCurrentArtifacts } from '../../src/shell/current-artifact.js';

let runnerTemp: string;
let saved: string | undefined;
beforeEach(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'model-gate-runner-'));
  saved = process.env.RUNNER_TEMP;
  process.env.RUNNER_TEMP = runnerTemp;
});
afterEach(() => {
  if (saved === undefined) delete process.env.RUNNER_TEMP;
  else process.env.RUNNER_TEMP = saved;
  rmSync(runnerTemp, { recursive: true, force: true });
});

/** A port serving one artifact per zip, named eval-1, eval-2… */
function port(zips: Uint8Array[]): GitHubPort {
  const artifacts = zips.map((zip, i) => ({ id: i + 1, name: `eval-${i + 1}`, sizeInBytes: zip.length, expired: false }));
  return {
    listRunArtifacts: async () => artifacts,
    downloadArtifact: async (artifact: { id: number }) => zips[artifact.id - 1]!,
  } as unknown as GitHubPort;
}

describe('the artifacts of another run', () => {
  it('refuses a file beside a folder of the same name with a clear message, and leaves no temporary folder', async () => {
    const good = zipSync({ 'p.csv': new TextEncoder().encode('y_true,y_pred\n1,1\n') });
    const hostile = zipSync({ q: new Uint8Array([1]), 'q/b': new Uint8Array([2]) });
    await expect(downloadCurrentArtifacts(port([good, hostile]), 7, 'eval-*')).rejects.toThrow(
      'artifact "eval-2": refused archive: entry "q/b" needs a folder "q" where another entry is a file',
    );
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  it('extracts good artifacts into numbered folders', async () => {
    const good = zipSync({ 'a/p.csv': new TextEncoder().encode('y_true,y_pred\n1,1\n') });
    const { root, folders } = await downloadCurrentArtifacts(port([good]), 7, 'eval-*');
    expect(folders).toEqual([join(root, 'artifact-1')]);
    expect(readdirSync(join(root, 'artifact-1', 'a'))).toEqual(['p.csv']);
  });
});
