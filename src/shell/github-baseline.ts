import { bundleFromFiles, type LoadedBundle } from '../baseline/bundle.js';
import { resolveBaseline, type BaselineMatch } from '../baseline/resolve.js';
import { safeUnzip } from '../baseline/safe-unzip.js';
import type { Settings } from '../config/settings.js';
import type { ActionContext } from '../github/context.js';
import { ConfigError } from '../errors.js';
import { GitHubRequestError, RateLimitError, type GitHubPort, type MergeBase } from '../github/port.js';

export interface FetchedBaseline {
  readonly loaded: LoadedBundle;
  readonly runId: number;
  readonly runNumber: number;
  readonly sha: string;
  readonly date: string;
  readonly match: BaselineMatch;
}

/**
 * The baseline for this run from the artifacts of earlier default-branch runs (docs/baseline.md#finding-the-baseline): for a pull request
 * the run of its merge-base (or the nearest earlier one); in record mode the newest run before this one.
 */
export async function fetchBaseline(
  port: GitHubPort,
  context: ActionContext,
  settings: Settings,
  purpose: 'compare' | 'history',
): Promise<{ baseline: FetchedBaseline | undefined; notes: string[] }> {
  const notes: string[] = [];
  const pr = context.pullRequest;
  const branch = settings.baselineBranch ?? pr?.baseRef ?? context.defaultBranch ?? context.ref.replace(/^refs\/heads\//, '');
  // In the workflow_run pattern the triggering (eval) workflow records the baselines, not the gate workflow.
  const ownPath = context.workflowRun?.path ?? context.workflowPath;
  const workflowPath = settings.baselineWorkflow ? undefined : ownPath;
  const workflow = settings.baselineWorkflow ?? ownPath?.split('/').pop();
  if (!workflow) {
    notes.push('cannot tell which workflow records baselines (GITHUB_WORKFLOW_REF is not set); set baseline-workflow');
    return { baseline: undefined, notes };
  }
  let target: MergeBase | undefined;
  if (purpose === 'compare' && pr) {
    try {
      target = await port.mergeBase(pr.baseSha, pr.headSha);
      if (!target) notes.push(`the merge-base of ${pr.baseSha.slice(0, 7)} and ${pr.headSha.slice(0, 7)} is unknown; using the newest baseline on ${branch}`);
    } catch (error) {
      // Without contents: read the compare endpoint answers 403: the newest baseline still gates, with a note.
      if (!(error instanceof GitHubRequestError) || error instanceof RateLimitError || error.status !== 403) throw error;
      notes.push(`${error.message}; using the newest baseline on ${branch} instead of the merge-base's`);
    }
  }
  let found: Awaited<ReturnType<typeof resolveBaseline>>;
  try {
    found = await resolveBaseline(port, {
      repository: `${context.owner}/${context.repo}`,
      workflow,
      workflowPath,
      branch,
      target,
      artifactName: settings.baselineArtifact,
      excludeRunId: context.runId,
    });
  } catch (error) {
    if (error instanceof GitHubRequestError && error.status === 404 && /list workflow runs/.test(error.message)) {
      const which = settings.baselineWorkflow ? `baseline-workflow: "${settings.baselineWorkflow}"` : `the workflow "${workflow}"`;
      throw new ConfigError(`${which} is not a workflow of ${context.owner}/${context.repo} (GitHub answered 404); name the file under .github/workflows that records baselines, e.g. eval.yml`);
    }
    throw error;
  }
  const { resolved, notes: resolveNotes } = found;
  notes.push(...resolveNotes);
  if (!resolved) return { baseline: undefined, notes };
  const source = `artifact "${resolved.artifact.name}" of run #${resolved.run.runNumber}`;
  const loaded = bundleFromFiles(safeUnzip(resolved.zip, source), source);
  return {
    baseline: {
      loaded,
      runId: resolved.run.id,
      runNumber: resolved.run.runNumber,
      sha: resolved.run.headSha,
      date: resolved.run.createdAt,
      match: resolved.match,
    },
    notes,
  };
}
