import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { safeUnzip } from '../baseline/safe-unzip.js';
import { InputError, isUserError } from '../errors.js';
import { compileGlob } from '../gate/match-rules.js';
import type { GitHubPort } from '../github/port.js';

/** An eval run's results can be large (10M predictions), but not unbounded. */
const CURRENT_LIMITS = { maxEntries: 10_000, maxTotalBytes: 4 * 1024 ** 3 };
const MAX_ARTIFACT_BYTES = 2 * 1024 ** 3;

/**
 * Downloads the artifacts of another run whose names match `pattern` (a glob such as `eval-shard-*`) and
 * extracts each into its own folder under a fresh temporary one, with the limits of docs/baseline.md#untrusted-archives The contents
 * are untrusted data: they are only ever parsed by model-gate's readers, never executed.
 */
export async function downloadCurrentArtifacts(port: GitHubPort, runId: number, pattern: string): Promise<{ root: string; folders: string[]; note: string }> {
  const matcher = compileGlob(pattern);
  const artifacts = (await port.listRunArtifacts(runId, undefined)).filter((a) => matcher.test(a.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (artifacts.length === 0) throw new InputError(`run ${runId} has no artifact matching "${pattern}" (current-artifact)`);
  const expired = artifacts.filter((a) => a.expired);
  if (expired.length > 0) {
    // Never gate on the shards that are left: metrics of a subset are wrong metrics.
    const names = expired.slice(0, 5).map((a) => `"${a.name}"`).join(', ') + (expired.length > 5 ? `, … (${expired.length - 5} more)` : '');
    throw new InputError(`${expired.length} of the ${artifacts.length} artifacts of run ${runId} matching "${pattern}" have expired (${names}); rerun the evaluation (current-artifact)`);
  }
  const oversized = artifacts.find((a) => a.sizeInBytes > MAX_ARTIFACT_BYTES);
  if (oversized) {
    throw new InputError(`artifact "${oversized.name}" is ${(oversized.sizeInBytes / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit; refusing to download it`);
  }
  const root = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'model-gate-current-'));
  const folders: string[] = [];
  try {
    for (const [index, artifact] of artifacts.entries()) {
      const files = safeUnzip(await port.downloadArtifact(artifact), `artifact "${artifact.name}"`, CURRENT_LIMITS);
      // Folders are numbered, not named after the artifact: its name is the uploader's choice.
      const folder = join(root, `artifact-${index + 1}`);
      for (const [name, bytes] of files) {
        const target = join(folder, name);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, bytes, { flag: 'wx' });
      }
      folders.push(folder);
    }
  } catch (error) {
    // Nothing of a refused artifact stays behind; a file system refusal (a name the disk cannot hold) is the
    // artifact's fault, said as such rather than as an internal error.
    await rm(root, { recursive: true, force: true });
    if (isUserError(error)) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') throw new InputError(`artifact could not be extracted (${code}): an entry name the file system refuses`);
    throw error;
  }
  return { root, folders, note: `read ${artifacts.length} artifact${artifacts.length === 1 ? '' : 's'} of run ${runId} matching "${pattern}"` };
}
