import { buildZip, sha256Hex, type ZipFiles } from './zip.js';

/** `{ full_name: 'owner/repo' }`, as GitHub nests repositories in runs and pulls. */
export interface RepoRef {
  full_name: string;
}

/** A workflow run (GET /actions/runs/{id}); only the fields model-gate reads. */
export interface WorkflowRun {
  id: number;
  run_number: number;
  run_attempt: number;
  name: string;
  /** `.github/workflows/eval.yml`; the runs endpoint matches a file-name workflow_id against its basename. */
  path: string;
  workflow_id: number;
  head_sha: string;
  head_branch: string;
  event: string; // 'push' | 'pull_request' | 'workflow_run' | …
  status: string; // 'completed' | 'in_progress' | 'queued'
  conclusion: string | null; // 'success' | 'failure' | 'cancelled' | null
  created_at: string; // ISO 8601
  head_repository: RepoRef;
  repository: RepoRef;
}

/** An artifact of a run. `zip` is served by GET /_blobs/{id}.zip after the REST /zip redirect. */
export interface Artifact {
  id: number;
  run_id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  /** Deleted after it was listed: the zip endpoint answers 404 (a race with retention or a manual delete). */
  gone?: boolean;
  created_at: string;
  expires_at: string;
  /** `sha256:<hex of zip>` */
  digest: string;
  zip: Uint8Array;
}

export interface PullRef {
  sha: string;
  ref: string;
  /** null when the head repository (a fork) was deleted: GitHub then answers `"repo": null`. */
  repo: RepoRef | null;
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  title: string;
  head: PullRef;
  base: PullRef;
  labels: { name: string }[];
  /** Earlier head SHAs: GitHub still associates a pushed-over commit with its pull request. */
  pastHeads?: string[];
}

export interface CommentUser {
  login: string;
  type: string; // 'Bot' | 'User'
}

/** An issue / PR comment. */
export interface IssueComment {
  id: number;
  issue_number: number;
  body: string;
  /** null for a deleted account: GitHub answers `"user": null`. */
  user: CommentUser | null;
  created_at: string;
  updated_at: string;
  html_url: string;
}

/** A check run, as POST /check-runs created it and later PATCHes changed it. */
export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output?: { title?: string; summary?: string; text?: string };
  /** Every JSON body received for it, the POST first, then each PATCH. */
  received: Record<string, unknown>[];
}

/** An artifact uploaded through the results service (Twirp + Azure blob), as `@actions/artifact` does it. */
export interface Upload {
  name: string;
  runBackendId: string;
  jobBackendId: string;
  /** The run (state.uploadRunId at creation) the artifact belongs to. */
  uploadRunId: number;
  /** Bytes of the committed blob (0 until the block list is committed). */
  size: number;
  zip: Uint8Array;
  /** The unzipped files ({} when the blob is not a zip, e.g. with `skipArchive`). */
  files: Record<string, Uint8Array>;
  finalized: boolean;
  retentionDays?: number;
  expiresAt?: string;
  mimeType?: string;
  /** `sha256:<hex>` as FinalizeArtifact reported it. */
  digest?: string;
  /** The id of the entry added to `artifacts` when finalized. */
  artifactId?: number;
}

/**
 * What the next REST request answers instead of its normal reply: a primary limit that resets in a second or
 * in most of an hour, or a secondary limit (403 or 429, with `retry-after`).
 */
export type RateLimitKind = 'primary' | 'primary-long' | 'secondary' | 'secondary-429';

/**
 * The kind of token the action uses, and what GitHub makes of it (docs/github.md, "Tokens"):
 * - `github-token`: GITHUB_TOKEN, the `github-actions` App's installation token; comments by `github-actions[bot]`.
 * - `app`: another App's installation token; comments by `<slug>[bot]` (type Bot); GET /user answers 403.
 * - `pat`: a personal access token; GET /user answers its login; comments by that user; no check runs.
 */
export type TokenKind = 'github-token' | 'app' | 'pat';

/** Everything the fake serves, as plain mutable data: seed it before the run, inspect it after. */
export interface FakeState {
  owner: string;
  repo: string;
  workflowRuns: WorkflowRun[];
  /** Workflow files of the repository; the runs endpoint answers 404 for any other (GitHub does). */
  workflows: string[];
  artifacts: Artifact[];
  /** `${base}...${head}` → merge-base SHA. Unknown pairs answer 404. */
  compare: Record<string, string>;
  /** Compare answers 403, as for a token without contents: read. */
  compareForbidden?: boolean;
  /** Committer dates by commit SHA, for the merge-base commit in compare answers. */
  commitDates: Record<string, string>;
  pulls: PullRequest[];
  comments: IssueComment[];
  checkRuns: CheckRun[];
  uploads: Upload[];
  /** POST/PATCH/DELETE on comments and check runs answer 403 "Resource not accessible by integration" (fork token). */
  readOnlyToken: boolean;
  /** The next N REST GET requests answer 502 (each one decrements it). */
  transientFailures: number;
  /** The next REST request answers a primary (403, x-ratelimit-remaining: 0) or secondary (403/429, retry-after: 1) limit. */
  rateLimitNext: RateLimitKind | null;
  /** Login of the token's user, given to comments it creates (type 'Bot' when it ends with `[bot]`). */
  commentLogin: string;
  /** The kind of token; set it with `useToken` to keep `commentLogin` in step. */
  tokenKind: TokenKind;
  /** The run id a finalized upload is listed under in `artifacts` (the "current" run). */
  uploadRunId: number;
  /** Next id handed out for runs, artifacts, comments and check runs. */
  nextId: number;
}

export function createState(owner: string, repo: string): FakeState {
  return {
    owner,
    repo,
    workflowRuns: [],
    workflows: ['.github/workflows/eval.yml', '.github/workflows/gate.yml'],
    artifacts: [],
    compare: {},
    commitDates: {},
    pulls: [],
    comments: [],
    checkRuns: [],
    uploads: [],
    readOnlyToken: false,
    transientFailures: 0,
    rateLimitNext: null,
    commentLogin: 'github-actions[bot]',
    tokenKind: 'github-token',
    uploadRunId: 7_000_000,
    nextId: 1000,
  };
}

/** GitHub's timestamp format: ISO 8601 without milliseconds. */
export function isoSeconds(ms: number = Date.now()): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function newId(state: FakeState): number {
  return state.nextId++;
}

export function fullName(state: FakeState): string {
  return `${state.owner}/${state.repo}`;
}

/** Switches the token kind; an App's comments are by `model-gate-app[bot]`, a PAT's by the user `octo-maintainer`. */
export function useToken(state: FakeState, kind: TokenKind): void {
  state.tokenKind = kind;
  state.commentLogin = kind === 'github-token' ? 'github-actions[bot]' : kind === 'app' ? 'model-gate-app[bot]' : 'octo-maintainer';
}

/** Adds a trusted-looking run (push, success, this repo, eval.yml); later runs get later `created_at`. */
export function addRun(state: FakeState, run: Partial<WorkflowRun> = {}): WorkflowRun {
  const id = run.id ?? newId(state);
  const number = state.workflowRuns.length + 1;
  const full = run.repository ?? { full_name: fullName(state) };
  const created: WorkflowRun = {
    id,
    run_number: number,
    run_attempt: 1,
    name: 'eval',
    path: '.github/workflows/eval.yml',
    workflow_id: 161_335,
    head_sha: sha40(`run-${id}`),
    head_branch: 'main',
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    created_at: isoSeconds(Date.UTC(2024, 0, 1) + number * 3_600_000),
    head_repository: full,
    repository: full,
    ...run,
  };
  state.workflowRuns.push(created);
  if (!state.workflows.includes(created.path)) state.workflows.push(created.path);
  return created;
}

/** Adds an artifact of `runId` whose zip holds `files`; size and digest are computed from the zip. */
export function addArtifact(state: FakeState, runId: number, name: string, files: ZipFiles, extra: Partial<Artifact> = {}): Artifact {
  const zip = extra.zip ?? buildZip(files);
  const now = Date.now();
  const artifact: Artifact = {
    id: newId(state),
    run_id: runId,
    name,
    size_in_bytes: zip.length,
    expired: false,
    created_at: isoSeconds(now),
    expires_at: isoSeconds(now + 90 * 86_400_000),
    digest: `sha256:${sha256Hex(zip)}`,
    zip,
    ...extra,
  };
  state.artifacts.push(artifact);
  return artifact;
}

export function addPull(state: FakeState, pull: Partial<PullRequest> & { number: number }): PullRequest {
  const repo = { full_name: fullName(state) };
  const created: PullRequest = {
    state: 'open',
    title: `PR #${pull.number}`,
    head: { sha: sha40(`head-${pull.number}`), ref: `feature-${pull.number}`, repo },
    base: { sha: sha40(`base-${pull.number}`), ref: 'main', repo },
    labels: [],
    ...pull,
  };
  state.pulls.push(created);
  return created;
}

/** Adds one comment; by default from the bot itself (`commentLogin`). */
export function addComment(state: FakeState, issueNumber: number, body: string, user?: CommentUser | null): IssueComment {
  const id = newId(state);
  const at = isoSeconds();
  const comment: IssueComment = {
    id,
    issue_number: issueNumber,
    body,
    user: user ?? botUser(state),
    created_at: at,
    updated_at: at,
    html_url: `https://github.com/${fullName(state)}/pull/${issueNumber}#issuecomment-${id}`,
  };
  state.comments.push(comment);
  return comment;
}

/** Seeds `count` comments from other (human) users, e.g. 150 to force pagination. */
export function addComments(state: FakeState, issueNumber: number, count: number, login = 'octocat'): IssueComment[] {
  return Array.from({ length: count }, (_, i) => addComment(state, issueNumber, `comment ${i + 1} from ${login}`, { login, type: 'User' }));
}

export function botUser(state: FakeState): CommentUser {
  return { login: state.commentLogin, type: state.commentLogin.endsWith('[bot]') ? 'Bot' : 'User' };
}

/** A deterministic 40-hex-digit SHA derived from `seed`. */
export function sha40(seed: string): string {
  return sha256Hex(new TextEncoder().encode(seed)).slice(0, 40);
}
