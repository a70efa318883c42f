import type { ArtifactInfo, GitHubPort, MergeBase, WorkflowRun } from '../github/port.js';
import { GitHubRequestError } from '../github/port.js';

export interface ResolveRequest {
  /** `owner/repo`: only runs whose head repository is this one are trusted. */
  readonly repository: string;
  /** Workflow file name or id, as the REST API takes it (`eval.yml`). */
  readonly workflow: string;
  /** The workflow's path (`.github/workflows/eval.yml`): runs of other workflows are not trusted. */
  readonly workflowPath: string | undefined;
  readonly branch: string;
  /** The commit the baseline should describe: the PR's merge-base, or undefined for "the newest". */
  readonly target: MergeBase | undefined;
  readonly artifactName: string;
  /** A run never serves as its own baseline (record mode looks for the previous one). */
  readonly excludeRunId?: number;
}

export type BaselineMatch = 'merge-base' | 'before-merge-base' | 'newest';

export interface ResolvedBaseline {
  readonly run: WorkflowRun;
  readonly artifact: ArtifactInfo;
  readonly zip: Uint8Array;
  readonly match: BaselineMatch;
}

/** How many runs are listed, and how many of them are tried for an artifact, before giving up. */
const MAX_RUNS = 300;
const MAX_TRIES = 20;

/** A run counts as a baseline only if the default branch itself produced it (docs/baseline.md#finding-the-baseline step 3). */
export function isTrustedRun(run: WorkflowRun, request: ResolveRequest): boolean {
  return (
    run.event === 'push' &&
    run.conclusion === 'success' &&
    run.headRepository === request.repository &&
    (request.workflowPath === undefined || run.path === request.workflowPath) &&
    run.id !== request.excludeRunId
  );
}

/**
 * Orders the trusted candidates: the run of the merge-base itself, then the newest runs created before the
 * merge-base commit, then the newest runs of all.
 */
export function orderCandidates(runs: readonly WorkflowRun[], request: ResolveRequest): { run: WorkflowRun; match: BaselineMatch }[] {
  const trusted = runs.filter((run) => isTrustedRun(run, request)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const target = request.target;
  const ordered: { run: WorkflowRun; match: BaselineMatch }[] = [];
  const seen = new Set<number>();
  const add = (run: WorkflowRun, match: BaselineMatch) => {
    if (seen.has(run.id)) return;
    seen.add(run.id);
    ordered.push({ run, match });
  };
  if (target) {
    for (const run of trusted) if (run.headSha === target.sha) add(run, 'merge-base');
    if (target.date) {
      const before = Date.parse(target.date);
      for (const run of trusted) if (Date.parse(run.createdAt) <= before) add(run, 'before-merge-base');
    }
  }
  for (const run of trusted) add(run, 'newest');
  return ordered;
}

/**
 * Finds and downloads the baseline (docs/baseline.md#finding-the-baseline): trusted runs in order of preference; a run whose artifact has
 * expired or is missing is skipped, with a note, for the next one. Never throws for "no baseline".
 */
export async function resolveBaseline(port: GitHubPort, request: ResolveRequest): Promise<{ resolved: ResolvedBaseline | undefined; notes: string[] }> {
  const notes: string[] = [];
  const runs = await port.listWorkflowRuns(request.workflow, request.branch, MAX_RUNS);
  const untrusted = runs.filter((run) => !isTrustedRun(run, request) && run.id !== request.excludeRunId);
  if (untrusted.length > 0) {
    notes.push(`${untrusted.length} run${untrusted.length === 1 ? '' : 's'} on ${request.branch} ignored as baseline: not a successful push to this repository by this workflow`);
  }
  const candidates = orderCandidates(runs, request).slice(0, MAX_TRIES);
  for (const { run, match } of candidates) {
    const artifacts = await port.listRunArtifacts(run.id, request.artifactName);
    const artifact = artifacts.find((a) => a.name === request.artifactName && !a.expired);
    if (!artifact) {
      const expired = artifacts.some((a) => a.name === request.artifactName && a.expired);
      notes.push(`run #${run.runNumber} (${run.headSha.slice(0, 7)}): ${expired ? 'its baseline artifact has expired' : `no "${request.artifactName}" artifact`}; trying an older run`);
      continue;
    }
    try {
      const zip = await port.downloadArtifact(artifact);
      return { resolved: { run, artifact, zip, match }, notes };
    } catch (error) {
      if (error instanceof GitHubRequestError && (error.status === 410 || error.status === 404)) {
        notes.push(`run #${run.runNumber}: the baseline artifact is gone (${error.status}); trying an older run`);
        continue;
      }
      throw error;
    }
  }
  return { resolved: undefined, notes };
}
