import { idParam, json, match, message, notFound, paginate, type FakeRequest, type Reply, type RouteEnv } from './http.js';
import { minimalRepositoryJson, overlay, repositoryId, template, userJson } from './shapes.js';
import { fullName, type Artifact, type WorkflowRun } from './state.js';

/** Conclusions GitHub accepts in `?status=` (they filter on `conclusion`); the others filter on `status`. */
const CONCLUSIONS = new Set(['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required', 'stale', 'startup_failure']);

/** GitHub Actions REST routes under /repos/{o}/{r}/actions/…; undefined when none matches. */
export function actionsRoutes(req: FakeRequest, env: RouteEnv, segments: readonly string[]): Reply | undefined {
  if (req.method !== 'GET') return undefined;
  let m = match('actions/workflows/:workflow_id/runs', segments);
  if (m) return listRuns(req, env, m.workflow_id!);
  m = match('actions/runs/:run_id', segments);
  if (m) {
    const run = env.state.workflowRuns.find((r) => r.id === idParam(m!.run_id));
    return run ? json(200, runJson(env, run)) : notFound();
  }
  m = match('actions/runs/:run_id/artifacts', segments);
  if (m) return listArtifacts(req, env, idParam(m.run_id));
  m = match('actions/artifacts/:artifact_id', segments);
  if (m) {
    const artifact = findArtifact(env, m.artifact_id);
    return artifact ? json(200, artifactJson(env, artifact)) : notFound();
  }
  m = match('actions/artifacts/:artifact_id/:format', segments);
  if (m && m.format === 'zip') {
    const artifact = findArtifact(env, m.artifact_id);
    if (!artifact) return notFound();
    if (artifact.expired) return message(410, 'Artifact has expired');
    if (artifact.gone) return notFound();
    return { status: 302, headers: { location: `${env.blobUrl}/_blobs/${artifact.id}.zip?sig=fake-signature&se=2099-01-01` } };
  }
  return undefined;
}

/** GET /_blobs/{id}.zip?sig=… — the "blob storage" the zip redirect points at (no authorization, like a SAS URL). */
export function serveBlob(req: FakeRequest, env: RouteEnv): Reply {
  const m = /^\/_blobs\/(\d+)\.zip$/.exec(req.url.pathname);
  if (req.method !== 'GET' || !m) return notFound();
  if (!req.url.searchParams.get('sig')) return { status: 403, body: 'AuthenticationFailed: missing sig', headers: { 'content-type': 'text/plain' } };
  // The signed URL is its own authorization: blob storage refuses a request that also sends the GitHub token
  // (cloudflare/workers-sdk#4816, cloudposse/atmos#2683), so a client must not forward it across the redirect.
  if (req.headers.authorization) {
    return { status: 403, body: '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message></Error>', headers: { 'content-type': 'application/xml' } };
  }
  const artifact = env.state.artifacts.find((a) => a.id === Number(m[1]));
  if (!artifact) return { status: 404, body: 'BlobNotFound', headers: { 'content-type': 'text/plain' } };
  const file = `${artifact.name}.zip`;
  return {
    status: 200,
    body: artifact.zip,
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${file.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file)}`,
    },
  };
}

function listRuns(req: FakeRequest, env: RouteEnv, workflowId: string): Reply {
  const q = req.url.searchParams;
  const numeric = idParam(workflowId);
  // A workflow file the repository does not have is a 404, not an empty list.
  const known = numeric !== undefined ? env.state.workflowRuns.some((r) => r.workflow_id === numeric) : env.state.workflows.some((w) => basename(w) === workflowId);
  if (!known) return notFound();
  const runs = env.state.workflowRuns
    .filter((r) => (numeric !== undefined ? r.workflow_id === numeric : basename(r.path) === workflowId))
    .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
    .filter((r) => !q.get('event') || r.event === q.get('event'))
    .filter((r) => !q.get('head_sha') || r.head_sha === q.get('head_sha'))
    .filter((r) => {
      const status = q.get('status');
      if (!status) return true;
      return CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status;
    })
    .sort(newestFirst);
  const page = paginate(req, env, runs);
  return json(200, { total_count: runs.length, workflow_runs: page.items.map((r) => runJson(env, r)) }, page.headers);
}

function listArtifacts(req: FakeRequest, env: RouteEnv, runId: number | undefined): Reply {
  const name = req.url.searchParams.get('name');
  // Newest first, across pages, as GitHub lists them (the REST docs' example and actions/toolkit's paging rely on it).
  const artifacts = env.state.artifacts
    .filter((a) => a.run_id === runId && (!name || a.name === name))
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  const page = paginate(req, env, artifacts);
  return json(200, { total_count: artifacts.length, artifacts: page.items.map((a) => artifactJson(env, a)) }, page.headers);
}

function findArtifact(env: RouteEnv, raw: string | undefined): Artifact | undefined {
  const id = idParam(raw);
  return env.state.artifacts.find((a) => a.id === id);
}

export function runJson(env: RouteEnv, run: WorkflowRun): Record<string, unknown> {
  const repo = fullName(env.state);
  const base = `${env.apiUrl}/repos/${repo}/actions/runs/${run.id}`;
  const { head_repository, repository, ...fields } = run;
  return overlay(template('GET /repos/{owner}/{repo}/actions/runs/{run_id}', 200), {
    ...fields,
    node_id: `WFR_${run.id}`,
    check_suite_id: run.id + 1,
    check_suite_node_id: `CS_${run.id + 1}`,
    display_title: run.name,
    updated_at: run.created_at,
    run_started_at: run.created_at,
    url: base,
    html_url: `https://github.com/${repo}/actions/runs/${run.id}`,
    jobs_url: `${base}/jobs`,
    logs_url: `${base}/logs`,
    check_suite_url: `${env.apiUrl}/repos/${repo}/check-suites/${run.id + 1}`,
    artifacts_url: `${base}/artifacts`,
    cancel_url: `${base}/cancel`,
    rerun_url: `${base}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${env.apiUrl}/repos/${repo}/actions/workflows/${run.workflow_id}`,
    actor: userJson('octocat', 'User'),
    triggering_actor: userJson('octocat', 'User'),
    referenced_workflows: [],
    head_commit: {
      id: run.head_sha,
      tree_id: run.head_sha,
      message: `commit ${run.head_sha.slice(0, 7)}`,
      timestamp: run.created_at,
      author: { name: 'Octo Cat', email: 'octocat@github.com' },
      committer: { name: 'Octo Cat', email: 'octocat@github.com' },
    },
    // Same-repository pull requests only: GitHub leaves this empty for a fork's run (actions/runner#3444,
    // github/docs#22501); the fake's seeded runs carry none, which is what model-gate must cope with.
    pull_requests: [],
    repository: minimalRepositoryJson(repository.full_name),
    head_repository: minimalRepositoryJson(head_repository.full_name),
    head_repository_id: repositoryId(head_repository.full_name),
  }) as Record<string, unknown>;
}

export function artifactJson(env: RouteEnv, a: Artifact): Record<string, unknown> {
  const repo = fullName(env.state);
  const run = env.state.workflowRuns.find((r) => r.id === a.run_id);
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.size_in_bytes,
    url: `${env.apiUrl}/repos/${repo}/actions/artifacts/${a.id}`,
    archive_download_url: `${env.apiUrl}/repos/${repo}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    digest: a.digest,
    created_at: a.created_at,
    updated_at: a.created_at,
    expires_at: a.expires_at,
    workflow_run: {
      id: a.run_id,
      repository_id: repositoryId(repo),
      head_repository_id: repositoryId(run?.head_repository.full_name ?? repo),
      head_branch: run?.head_branch ?? 'main',
      head_sha: run?.head_sha ?? '0'.repeat(40),
    },
  };
}

function newestFirst(a: WorkflowRun, b: WorkflowRun): number {
  return b.created_at.localeCompare(a.created_at) || b.id - a.id;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
