import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { buildBundle } from './baseline/record.js';
import type { InputName } from './config/inputs.js';
import type { Settings } from './config/settings.js';
import { ConfigError, InputError, isUserError } from './errors.js';
import { compareRuns } from './gate/compare.js';
import { isGhes, downloadArtifactZip, uploadFilesArtifact } from './github/artifacts.js';
import { readActionContext, type ActionContext } from './github/context.js';
import type { GitHubPort } from './github/port.js';
import { createOctokit, createRestPort } from './github/rest.js';
import type { RunMetrics } from './ingest/combine-run.js';
import type { Provenance } from './report/report.js';
import { writeBundle } from './shell/bundle-files.js';
import { fetchBaseline, type FetchedBaseline } from './shell/github-baseline.js';
import { loadRun } from './shell/load-run.js';
import { loadSettings } from './shell/load-settings.js';
import { publish } from './shell/publish.js';
import { downloadCurrentArtifacts } from './shell/current-artifact.js';
import { splitPatterns } from './shell/read-files.js';
import { findPullRequest } from './github/find-pull-request.js';
import { publishFailure, type FailureTarget } from './shell/publish-failure.js';

type Mode = 'record' | 'compare' | 'evaluate';

/**
 * The action's entry (docs/architecture.md): read the inputs once, pick the mode, compute, gate, publish the report, and only
 * then fail the step with one line if the gate says so. Errors a user can cause end in `setFailed` with their
 * message; anything else is a bug and keeps its stack.
 */
export async function run(): Promise<void> {
  // What is known when an error strikes: in the workflow_run pattern it is still published on the pull request.
  const reached: { failure?: FailureTarget } = {};
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = await loadSettings((name: InputName) => core.getInput(name), workspace);
    const readContext = process.env.GITHUB_REPOSITORY ? readActionContext(process.env) : undefined;
    const mode = pickMode(settings, readContext);
    const fromArtifact = settings.currentArtifact !== undefined;
    const port = readContext && (fromArtifact || needsGitHub(settings, mode)) ? gitHubPort(readContext) : undefined;
    const notes: string[] = [];
    // workflow_run: the pull request comes from the triggering run, never from its artifact.
    const { context, refused } = await attachPullRequest(readContext, port);
    if (refused) {
      notes.push(refused);
      core.warning(`model-gate: ${refused}`);
    }
    if (context?.workflowRun && context.pullRequest && port && mode === 'compare') {
      reached.failure = { context, port, commentTag: settings.commentTag, commentAllowed: settings.comment !== 'never' };
    }
    const current = fromArtifact ? await loadCurrentArtifact(settings, context, port) : await loadCurrent(settings, workspace);

    const found = await findBaseline(settings, mode, context, port, workspace);
    notes.push(...found.notes);
    const pr = context?.pullRequest;
    const accepted = mode === 'compare' && pr !== undefined && pr.labels.includes(settings.acceptLabel);
    const report = compareRuns(current, found.baseline, {
      ...settings,
      ...(accepted ? { accept: { label: settings.acceptLabel, absoluteRules: settings.acceptAbsoluteRules } } : {}),
      ifNoBaseline: mode === 'compare' ? settings.ifNoBaseline : 'pass',
      failOn: mode === 'record' ? 'never' : settings.failOn,
      expectBaseline: mode === 'compare',
      currentLabel: pr ? 'this PR' : 'this run',
      ...(found.provenance ? { baselineProvenance: found.provenance } : {}),
    });
    let status: string = report.gate.status === 'no-baseline' && mode !== 'compare' ? 'pass' : report.gate.status;
    if (mode === 'record') {
      notes.push(...(await record(settings, context, current, found.fetched)));
      status = 'recorded';
    }
    const withNotes = { ...report, notes: [...notes, ...report.notes] };
    // In the workflow_run pattern this job's own status attaches to the default branch, so it never fails on the
    // verdict: the verdict lives in the check run on the PR's head (or nowhere, when the PR was refused).
    const viaWorkflowRun = context?.workflowRun !== undefined;
    await publish({ report: withNotes, settings, status, context, port: mode === 'compare' ? port : undefined, baselineSha: found.sha, checkRun: viaWorkflowRun && pr !== undefined });
    if (viaWorkflowRun) {
      core.info(`model-gate: ${report.outcome} (${pr ? `published as a check run on ${pr.headSha.slice(0, 7)}` : 'not published to any pull request'})`);
    } else if (!report.passed) {
      core.setFailed(`model-gate: ${report.outcome}`);
    } else {
      core.info(`model-gate: ${mode === 'record' ? 'baseline recorded; ' : ''}${report.outcome}`);
    }
  } catch (error) {
    if (isUserError(error)) core.setFailed(error.message);
    else core.setFailed(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (reached.failure) {
      const reason = isUserError(error) ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
      await publishFailure(reached.failure, reason).catch((e: unknown) => core.warning(`model-gate: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
}

/** For a workflow_run event, finds and checks the pull request of the triggering run (docs/baseline.md#fork-pull-requests). */
async function attachPullRequest(context: ActionContext | undefined, port: GitHubPort | undefined): Promise<{ context: ActionContext | undefined; refused?: string }> {
  const triggering = context?.workflowRun;
  if (!context || !triggering || context.pullRequest || !port) return { context };
  const lookup = await findPullRequest(port, triggering, `${context.owner}/${context.repo}`);
  if ('refused' in lookup) return { context, refused: lookup.refused };
  const pull = lookup.pull;
  return {
    context: {
      ...context,
      pullRequest: {
        number: pull.number,
        title: '',
        baseRef: pull.baseRef,
        baseSha: pull.baseSha,
        headSha: pull.headSha,
        headRepository: pull.headRepository ?? undefined,
        labels: pull.labels,
      },
    },
  };
}

/** current-artifact: the eval results of another run (the fork's pull_request run, or matrix shards). */
async function loadCurrentArtifact(settings: Settings, context: ActionContext | undefined, port: GitHubPort | undefined): Promise<RunMetrics> {
  if (!context || !port) throw new ConfigError('current-artifact needs a GitHub workflow run (GITHUB_REPOSITORY) and github-token');
  const runId = settings.currentRunId ?? context.workflowRun?.id ?? context.runId;
  const { root, folders, note } = await downloadCurrentArtifacts(port, runId, settings.currentArtifact!);
  core.info(`model-gate: ${note}`);
  const patterns = [settings.predictions, settings.metrics].filter((p): p is string => p !== undefined);
  // Without predictions/metrics, every file of the artifacts is read (and recognised by content).
  const paths = patterns.length === 0 ? folders : folders.flatMap((folder) => patterns.flatMap((p) => splitPatterns(p).map((glob) => join(folder, glob))));
  try {
    return await loadRun(paths.join('\n'), settings.evaluate, root);
  } finally {
    // Everything is read by now: the extracted files leave no trace in the runner's temp folder.
    await rm(root, { recursive: true, force: true });
  }
}

/** `auto` records on a push to the default branch and compares on pull requests (README.md#inputs). */
function pickMode(settings: Settings, context: ActionContext | undefined): Mode {
  if (settings.mode !== 'auto') return settings.mode;
  if (!context) return 'evaluate';
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target' || context.eventName === 'workflow_run') return 'compare';
  if (context.eventName === 'push' && context.defaultBranch && context.ref === `refs/heads/${context.defaultBranch}`) return 'record';
  core.info(`model-gate: event "${context.eventName}" on ${context.ref}: evaluating only (set mode to compare or record to change that)`);
  return 'evaluate';
}

function needsGitHub(settings: Settings, mode: Mode): boolean {
  return mode === 'record' || (mode === 'compare' && (settings.baseline === 'artifact' || settings.comment !== 'never'));
}

function gitHubPort(context: ActionContext): GitHubPort {
  const token = core.getInput('github-token');
  if (!token) throw new ConfigError('github-token: empty; the default ${{ github.token }} needs no setting, a custom one must not be blank');
  const options = { token, apiUrl: context.apiUrl, owner: context.owner, repo: context.repo, log: (m: string) => core.info(m) };
  const rest = createRestPort(createOctokit(options), options);
  if (isGhes(context.serverUrl)) return rest;
  // On github.com the artifact client downloads (with its digest check); on GHES the REST zip endpoint does.
  return { ...rest, downloadArtifact: (artifact) => downloadArtifactZip(artifact, { token, owner: context.owner, repo: context.repo }) };
}

async function loadCurrent(settings: Settings, workspace: string): Promise<RunMetrics> {
  const patterns = [settings.predictions, settings.metrics].filter((p): p is string => p !== undefined).join('\n');
  if (patterns === '') {
    throw new ConfigError("predictions / metrics: no files given; set predictions to the eval step's output, e.g. eval/predictions.csv");
  }
  return loadRun(patterns, settings.evaluate, workspace);
}

async function findBaseline(
  settings: Settings,
  mode: Mode,
  context: ActionContext | undefined,
  port: GitHubPort | undefined,
  workspace: string,
): Promise<{ baseline?: RunMetrics; provenance?: Provenance; notes: string[]; sha?: string; fetched?: FetchedBaseline }> {
  if (mode === 'evaluate' || settings.baseline === 'none') return { notes: [] };
  if (settings.baseline !== 'artifact') {
    const baseline = await loadRun(settings.baseline, settings.evaluate, workspace);
    return { baseline, notes: [], provenance: { sha: 'local', runNumber: null, date: '', match: 'local' } };
  }
  if (!context || !port) return { notes: ['no GitHub context (GITHUB_REPOSITORY): artifact baselines need a workflow run'] };
  let fetchedBaseline: Awaited<ReturnType<typeof fetchBaseline>>;
  try {
    fetchedBaseline = await fetchBaseline(port, context, settings, mode === 'record' ? 'history' : 'compare');
  } catch (error) {
    // Recording must not be blocked by a damaged predecessor: its history is lost, a new chain starts.
    if (mode !== 'record' || !(error instanceof InputError)) throw error;
    return { notes: [`the previous baseline could not be read (${error.message}); starting a new history chain`] };
  }
  const { baseline, notes } = fetchedBaseline;
  if (!baseline) {
    if (mode === 'compare') notes.push(`no baseline found: record one by running this workflow on a push to ${context.pullRequest?.baseRef ?? context.defaultBranch ?? 'the default branch'}`);
    else notes.push('no earlier baseline found: this one starts the history chain');
    return { notes };
  }
  return {
    fetched: baseline,
    baseline: baseline.loaded.run,
    notes,
    sha: baseline.sha,
    provenance: {
      sha: baseline.sha,
      runNumber: baseline.runNumber,
      date: baseline.date,
      match: mode === 'record' ? 'newest' : baseline.match,
      url: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${baseline.runId}`,
    },
  };
}

/**
 * Record mode (docs/baseline.md#the-baseline-bundle): the bundle, carrying the previous baseline's history forward, uploaded as the
 * baseline artifact. Returns notes for the report.
 */
async function record(settings: Settings, context: ActionContext | undefined, current: RunMetrics, previous: FetchedBaseline | undefined): Promise<string[]> {
  if (!context) throw new ConfigError('mode record needs a GitHub workflow run (GITHUB_REPOSITORY, GITHUB_SHA, …)');
  if (isGhes(context.serverUrl)) {
    throw new ConfigError('record: @actions/artifact cannot upload on GitHub Enterprise Server; upload the bundle with actions/upload-artifact@v3 instead (see README)');
  }
  const { bundle, examples, items } = buildBundle({
    run: current,
    settings,
    previous: previous?.loaded.bundle,
    provenance: {
      sha: context.sha,
      ref: context.ref,
      runId: context.runId,
      runNumber: context.runNumber,
      runAttempt: context.runAttempt,
      workflow: context.workflowPath ?? null,
      repository: `${context.owner}/${context.repo}`,
      date: new Date().toISOString(),
    },
  });
  const folder = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'model-gate-baseline-'));
  let id: number | undefined;
  try {
    const files = await writeBundle(folder, bundle, examples, items);
    id = await uploadFilesArtifact(settings.baselineArtifact, files, folder, settings.retentionDays);
  } finally {
    // Uploaded (or failed): the bundle's files leave no trace in the runner's temp folder.
    await rm(folder, { recursive: true, force: true });
  }
  core.info(`model-gate: uploaded baseline artifact "${settings.baselineArtifact}" (id ${id ?? '?'}) with ${Object.keys(bundle.metrics).length} metrics`);
  return [`recorded the baseline for ${context.sha.slice(0, 7)} as artifact "${settings.baselineArtifact}"`, ...bundle.notes];
}
