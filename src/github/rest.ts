import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHubRequestError, type ArtifactInfo, type GitHubPort, type IssueComment, type MergeBase, type PullRequestSummary, type WorkflowRun } from './port.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RestOptions {
  readonly token: string;
  /** GITHUB_API_URL: github.com, GitHub Enterprise Server, or the tests' fake API. */
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly log: (message: string) => void;
}

/** Retries of rate-limited requests before giving up. */
const RATE_LIMIT_RETRIES = 2;

/**
 * The Octokit client: reads retry transient failures (plugin-retry), all requests respect primary and secondary
 * rate limits (plugin-throttling). Writes that could duplicate (creating a comment) opt out of retries per call.
 */
export function createOctokit(options: RestOptions): Octokit {
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: 3 },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`rate limited on ${request.method} ${request.url}; retrying after ${retryAfter}s`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.log(`secondary rate limit on ${request.method} ${request.url}; retrying after ${retryAfter}s`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}

/** The GitHubPort over REST. Pagination is bounded; errors become GitHubRequestError with a message that says what to do. */
export function createRestPort(octokit: Octokit, options: RestOptions): GitHubPort {
  const { owner, repo } = options;
  const call = async <T>(what: string, permission: string, request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw toRequestError(error, what, permission);
    }
  };

  return {
    async currentLogin() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return undefined;
      }
    },

    async mergeBase(base, head): Promise<MergeBase | undefined> {
      try {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 });
        return { sha: data.merge_base_commit.sha, date: data.merge_base_commit.commit.committer?.date ?? null };
      } catch (error) {
        const failure = toRequestError(error, 'compare the pull request with its base', 'contents: read');
        if (failure.status === 404) return undefined;
        throw failure;
      }
    },

    async listWorkflowRuns(workflow, branch, maxRuns): Promise<WorkflowRun[]> {
      const runs: WorkflowRun[] = [];
      for (let page = 1; runs.length < maxRuns && page <= Math.ceil(maxRuns / 100); page++) {
        const { data } = await call('list workflow runs', 'actions: read', () =>
          octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: workflow, branch, status: 'success', per_page: 100, page }),
        );
        for (const run of data.workflow_runs) {
          runs.push({
            id: run.id,
            runNumber: run.run_number,
            headSha: run.head_sha,
            headBranch: run.head_branch ?? null,
            event: run.event,
            conclusion: run.conclusion ?? null,
            createdAt: run.created_at,
            path: run.path,
            headRepository: run.head_repository?.full_name ?? null,
          });
        }
        if (data.workflow_runs.length < 100) break;
      }
      return runs.slice(0, maxRuns);
    },

    async listRunArtifacts(runId, name): Promise<ArtifactInfo[]> {
      const { data } = await call(`list the artifacts of run ${runId}`, 'actions: read', () =>
        octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, ...(name === undefined ? {} : { name }), per_page: 100 }),
      );
      return data.artifacts.map((a) => ({
        id: a.id,
        name: a.name,
        expired: a.expired,
        sizeInBytes: a.size_in_bytes,
        digest: (a as { digest?: string | null }).digest ?? null,
        runId,
      }));
    },

    async downloadArtifact(artifact): Promise<Uint8Array> {
      // The zip endpoint answers with a redirect to blob storage; following it ourselves keeps the token off that host.
      const response = await call('download the baseline artifact', 'actions: read', () =>
        octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip', request: { redirect: 'manual' } }),
      );
      const location = (response.headers as Record<string, string | undefined>).location;
      if (response.status !== 302 || !location) {
        const data = response.data;
        if (data instanceof ArrayBuffer) return new Uint8Array(data);
        throw new GitHubRequestError(`downloading artifact ${artifact.id}: expected a redirect, got ${response.status}`, response.status);
      }
      const blob = await fetch(location);
      if (!blob.ok) throw new GitHubRequestError(`downloading artifact ${artifact.id}: the blob store answered ${blob.status}`, blob.status);
      return new Uint8Array(await blob.arrayBuffer());
    },

    async pullsForCommit(sha) {
      const { data } = await call('find the pull request of the triggering run', 'pull-requests: read', () =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 }),
      );
      return data.map((pull) => pull.number);
    },

    async getPull(number): Promise<PullRequestSummary> {
      const { data } = await call(`read pull request #${number}`, 'pull-requests: read', () => octokit.rest.pulls.get({ owner, repo, pull_number: number }));
      return {
        number: data.number,
        state: data.state,
        headSha: data.head.sha,
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        baseRepository: data.base.repo.full_name,
        headRepository: data.head.repo?.full_name ?? null,
        labels: data.labels.map((l) => l.name),
      };
    },

    async createCheckRun(request) {
      const { data } = await call('publish the check run', 'checks: write', () =>
        octokit.rest.checks.create({
          owner,
          repo,
          name: request.name,
          head_sha: request.headSha,
          status: 'completed',
          conclusion: request.conclusion,
          output: { title: request.title, summary: request.summary },
          request: { retries: 0 },
        }),
      );
      return data.html_url ?? '';
    },

    async listComments(issue, maxComments): Promise<IssueComment[]> {
      const comments: IssueComment[] = [];
      for (let page = 1; comments.length < maxComments && page <= Math.ceil(maxComments / 100); page++) {
        const { data } = await call('list the pull request\'s comments', 'pull-requests: read', () =>
          octokit.rest.issues.listComments({ owner, repo, issue_number: issue, per_page: 100, page }),
        );
        comments.push(...data.map(toComment));
        if (data.length < 100) break;
      }
      return comments;
    },

    async createComment(issue, body) {
      const { data } = await call('comment on the pull request', 'pull-requests: write', () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body, request: { retries: 0 } }),
      );
      return toComment(data);
    },

    async updateComment(id, body) {
      const { data } = await call('update the pull request comment', 'pull-requests: write', () =>
        octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }),
      );
      return toComment(data);
    },

    async deleteComment(id) {
      try {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
      } catch (error) {
        const failure = toRequestError(error, 'delete a duplicate comment', 'pull-requests: write');
        if (failure.status !== 404) throw failure; // already deleted by a racing run
      }
    },
  };
}

function toComment(c: { id: number; body?: string | null; user?: { login: string } | null; html_url: string }): IssueComment {
  return { id: c.id, body: c.body ?? '', author: c.user?.login ?? '', htmlUrl: c.html_url };
}

/** A REST error in words: which call failed, and for 401/403/404 which permission the workflow needs. */
export function toRequestError(error: unknown, what: string, permission: string): GitHubRequestError {
  const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0;
  const detail = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
  const hint =
    status === 401
      ? ': the token is invalid or expired (github-token)'
      : status === 403 || status === 404
        ? `: the token may lack "${permission}" (add it under permissions: in the workflow)`
        : '';
  return new GitHubRequestError(`cannot ${what} (${status || 'network error'}: ${detail})${hint}`, status);
}
