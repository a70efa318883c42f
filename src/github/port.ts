import { GitHubError } from '../errors.js';

/**
 * What model-gate needs from GitHub, as plain data. The core (baseline resolution, the comment logic) depends
 * on this interface only; src/github/rest.ts implements it with Octokit, tests with a fake API.
 */

export interface WorkflowRun {
  readonly id: number;
  readonly runNumber: number;
  readonly headSha: string;
  readonly headBranch: string | null;
  readonly event: string;
  readonly conclusion: string | null;
  readonly createdAt: string;
  /** The workflow file, e.g. `.github/workflows/eval.yml`. */
  readonly path: string;
  /** `owner/repo` of the head repository: a fork's branch named `main` is not ours. */
  readonly headRepository: string | null;
}

export interface ArtifactInfo {
  readonly id: number;
  readonly name: string;
  readonly expired: boolean;
  readonly sizeInBytes: number;
  readonly digest: string | null;
  readonly runId: number;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  /** The author's login; '' when GitHub answers a null `user` (a deleted account). */
  readonly author: string;
  /** `Bot` for an App's comments (GITHUB_TOKEN included), `User` for people and personal access tokens. */
  readonly authorType: string;
  readonly htmlUrl: string;
}

/**
 * Who the token is, as far as GitHub tells: a user (a personal access token: GET /user answers its login), or
 * an App installation (GITHUB_TOKEN or an App's token: GET /user answers 403), whose comments carry a `[bot]`
 * login of type `Bot` that the token cannot look up.
 */
export type TokenIdentity = { readonly kind: 'user'; readonly login: string } | { readonly kind: 'installation' };

export interface PullRequestSummary {
  readonly number: number;
  readonly state: string;
  readonly headSha: string;
  readonly baseRef: string;
  readonly baseSha: string;
  readonly baseRepository: string;
  readonly headRepository: string | null;
  readonly labels: readonly string[];
}

export interface CheckRunRequest {
  readonly name: string;
  readonly headSha: string;
  readonly conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  readonly title: string;
  readonly summary: string;
  /** The gate run's page; GitHub requires one for `action_required`. */
  readonly detailsUrl?: string;
}

export interface MergeBase {
  readonly sha: string;
  /** The merge-base commit's committer date, to find the newest baseline recorded before it. */
  readonly date: string | null;
}

export interface GitHubPort {
  /** What kind of token this is (see TokenIdentity). */
  tokenIdentity(): Promise<TokenIdentity>;
  mergeBase(base: string, head: string): Promise<MergeBase | undefined>;
  /** Successful runs of a workflow on a branch, newest first, at most `maxRuns`. */
  listWorkflowRuns(workflow: string, branch: string, maxRuns: number): Promise<WorkflowRun[]>;
  /** Every page of a run's artifacts; `name` filters by exact name, undefined lists them all. */
  listRunArtifacts(runId: number, name: string | undefined): Promise<ArtifactInfo[]>;
  /**
   * Pull requests whose head is this commit (GitHub's "pull requests associated with a commit"), asked of
   * `repository` (`owner/repo`, default this one): a commit only in a fork is known to the fork, not to us.
   */
  pullsForCommit(sha: string, repository?: string): Promise<number[]>;
  /** Pull requests of this repository whose head is `owner:branch`, newest first (how a fork's pull request is found). */
  pullsByHead(head: string): Promise<PullRequestSummary[]>;
  getPull(number: number): Promise<PullRequestSummary>;
  createCheckRun(request: CheckRunRequest): Promise<string>;
  /** The artifact's zip, as bytes; model-gate extracts it itself (docs/baseline.md#untrusted-archives). */
  downloadArtifact(artifact: ArtifactInfo): Promise<Uint8Array>;
  listComments(issue: number, maxComments: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
}

/** A REST failure, with the status, so callers can tell "forbidden" from "gone" without knowing Octokit. */
export class GitHubRequestError extends GitHubError {
  override readonly name: string = 'GitHubRequestError';
}

/** An exhausted rate limit (403 or 429): never a missing permission, never a reason to fall back. */
export class RateLimitError extends GitHubRequestError {
  override readonly name: string = 'RateLimitError';
}
