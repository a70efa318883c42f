import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubRequestError, type ArtifactInfo } from './port.js';

/**
 * The only module that knows @actions/artifact. It is imported lazily: the client and its Azure dependencies
 * are most of the bundle, and evaluate/compare runs without uploads should not pay for loading them.
 */
type ArtifactModule = typeof import('@actions/artifact');
let loaded: Promise<ArtifactModule> | undefined;
const artifactModule = () => (loaded ??= import('@actions/artifact'));

/** GitHub Enterprise Server: @actions/artifact v2+ refuses to run there, so model-gate uses the REST zip endpoint. */
export function isGhes(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

/** Uploads files (the baseline bundle, the HTML report) as an artifact of this run; returns its id. */
export async function uploadFilesArtifact(name: string, files: readonly string[], root: string, retentionDays: number | undefined): Promise<number | undefined> {
  const { DefaultArtifactClient } = await artifactModule();
  const client = new DefaultArtifactClient();
  const result = await client.uploadArtifact(name, [...files], root, retentionDays === undefined ? {} : { retentionDays });
  return result.id;
}

/**
 * The HTTP status of a failed download: the REST call's own (Octokit's RequestError carries `status`, e.g. 404
 * for a deleted artifact, 410 for an expired one), else the blob store's, which @actions/artifact only puts in
 * its message ("Unexpected HTTP response from blob storage: 404 …"); 0 when there is none.
 */
export function downloadStatus(error: unknown, message: string): number {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return status;
  const blob = /blob storage: (\d{3})\b/.exec(message);
  return blob ? Number(blob[1]) : 0;
}

export interface DownloadTarget {
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
}

/**
 * Downloads an artifact's zip with @actions/artifact (`findBy`, `skipDecompress`: model-gate extracts it itself,
 * with limits) and checks its digest: a mismatch is an error, not a log line (docs/baseline.md#untrusted-archives).
 */
export async function downloadArtifactZip(artifact: ArtifactInfo, target: DownloadTarget): Promise<Uint8Array> {
  const { DefaultArtifactClient } = await artifactModule();
  const folder = await mkdtemp(join(tmpdir(), 'model-gate-download-'));
  try {
    const result = await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: folder,
      skipDecompress: true,
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
      findBy: { token: target.token, workflowRunId: artifact.runId, repositoryOwner: target.owner, repositoryName: target.repo },
    });
    if (result.digestMismatch) {
      throw new GitHubRequestError(`artifact ${artifact.id} ("${artifact.name}") does not match its recorded digest: refusing it`, 0);
    }
    const [file] = await readdir(folder);
    if (!file) throw new GitHubRequestError(`artifact ${artifact.id} downloaded nothing`, 0);
    return new Uint8Array(await readFile(join(folder, file)));
  } catch (error) {
    if (error instanceof GitHubRequestError) throw error;
    const message = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '';
    throw new GitHubRequestError(`cannot download artifact ${artifact.id} ("${artifact.name}"): ${message}`, downloadStatus(error, message));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
