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
  readonly author: string;
  readonly htmlUrl: string;
}

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
  readonly conclusion: 'success' | 'failure' | 'neutral';
  readonly title: string;
  readonly summary: string;
}

export interface MergeBase {
  readonly sha: string;
  /** The merge-base commit's committer date, to find the newest baseline recorded before it. */
  readonly date: string | null;
}

export interface GitHubPort {
  /** The login behind the token (a PAT's user), or undefined for GITHUB_TOKEN, which cannot read /user. */
  currentLogin(): Promise<string | undefined>;
  mergeBase(base: string, head: string): Promise<MergeBase | undefined>;
  /** Successful runs of a workflow on a branch, newest first, at most `maxRuns`. */
  listWorkflowRuns(workflow: string, branch: string, maxRuns: number): Promise<WorkflowRun[]>;
  /** A run's artifacts; `name` filters by exact name, undefined lists them all. */
  listRunArtifacts(runId: number, name: string | undefined): Promise<ArtifactInfo[]>;
  /** Pull requests whose head is this commit (GitHub's "pull requests associated with a commit"). */
  pullsForCommit(sha: string): Promise<number[]>;
  getPull(number: number): Promise<PullRequestSummary>;
  createCheckRun(request: CheckRunRequest): Promise<string>;
  /** The artifact's zip, as bytes; model-gate extracts it itself (SPEC §4.5). */
  downloadArtifact(artifact: ArtifactInfo): Promise<Uint8Array>;
  listComments(issue: number, maxComments: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
}

/** A REST failure, with the status, so callers can tell "forbidden" from "gone" without knowing Octokit. */
export class GitHubRequestError extends Error {
  override readonly name = 'GitHubRequestError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}
