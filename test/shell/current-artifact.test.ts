import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArtifactInfo, GitHubPort } from '../../src/github/port.js';
import { downloadCurrentArtifacts } from '../../src/shell/current-artifact.js';
import { tempDir } from '../helpers/temp.js';

const artifact = (id: number, name: string): ArtifactInfo => ({ id, name, expired: false, sizeInBytes: 100, digest: null, runId: 7 });

/** The two calls downloadCurrentArtifacts makes, over zips held in memory. */
function port(zips: Record<string, Uint8Array>): GitHubPort {
  const artifacts = Object.keys(zips).map((name, i) => artifact(i + 1, name));
  return {
    listRunArtifacts: () => Promise.resolve(artifacts),
    downloadArtifact: (a: ArtifactInfo) => Promise.resolve(zips[a.name]!),
  } as unknown as GitHubPort;
}

/** The runner's temp folder, where the artifacts are extracted: a fresh one per test. */
function runnerTemp(): string {
  const dir = tempDir('model-gate-runner-');
  vi.stubEnv('RUNNER_TEMP', dir);
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('downloadCurrentArtifacts', () => {
  it('extracts each matching artifact into its own folder under one root', async () => {
    const runner = runnerTemp();
    const { root, folders } = await downloadCurrentArtifacts(
      port({ 'eval-shard-1': zipSync({ 'p.csv': new TextEncoder().encode('y_true,y_pred\n1,1\n') }), other: zipSync({}) }),
      7,
      'eval-shard-*',
    );
    expect(readdirSync(runner).map((name) => join(runner, name))).toEqual([root]);
    expect(folders).toEqual([join(root, 'artifact-1')]);
    expect(readFileSync(join(root, 'artifact-1', 'p.csv'), 'utf8')).toBe('y_true,y_pred\n1,1\n');
  });

  it('removes what it extracted when a later artifact is refused', async () => {
    const runner = runnerTemp();
    const good = zipSync({ 'p.csv': new TextEncoder().encode('y_true,y_pred\n1,1\n') });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(downloadCurrentArtifacts(port({ 'eval-shard-1': good, 'eval-shard-2': broken }), 7, 'eval-shard-*')).rejects.toThrow(/eval-shard-2/);
    expect(readdirSync(runner)).toEqual([]);
  });

  it('refuses a file beside a folder of the same name with a clear message, and leaves no temporary folder', async () => {
    const runner = runnerTemp();
    const good = zipSync({ 'p.csv': new TextEncoder().encode('y_true,y_pred\n1,1\n') });
    const hostile = zipSync({ q: new Uint8Array([1]), 'q/b': new Uint8Array([2]) });
    await expect(downloadCurrentArtifacts(port({ 'eval-1': good, 'eval-2': hostile }), 7, 'eval-*')).rejects.toThrow(
      'artifact "eval-2": refused archive: entry "q/b" needs a folder "q" where another entry is a file',
    );
    expect(readdirSync(runner)).toEqual([]);
  });
});
