import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  GitHubRequestError,
  RateLimitError,
  type ArtifactInfo,
  type GitHubPort,
  type IssueComment,
  type MergeBase,
  type PullRequestSummary,
  type TokenIdentity,
  type WorkflowRun,
} from './port.js';

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
 * The longest model-gate waits for a rate limit, in seconds: a primary limit resets within the hour, and a job
 * that sleeps most of an hour looks hung. Above this it fails with the reset time instead (docs/github.md).
 */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 180;
/** Artifacts are listed 100 a page; a matrix has at most 256 jobs, so 10 pages are plenty. */
const MAX_ARTIFACT_PAGES = 10;

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
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
          waitOrGiveUp('rate limit', retryAfter, request, retryCount, options.log),
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) =>
          waitOrGiveUp('secondary rate limit', retryAfter, request, retryCount, options.log),
      },
    },
    retry,
    throttling,
  );
}

function waitOrGiveUp(kind: string, retryAfter: number, request: { method: string; url: string }, retryCount: number, log: (m: string) => void): boolean {
  if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
    log(`${kind} on ${request.method} ${request.url} resets in ${retryAfter}s, longer than model-gate waits (${MAX_RATE_LIMIT_WAIT_SECONDS}s)`);
    return false;
  }
  if (retryCount >= RATE_LIMIT_RETRIES) return false;
  log(`${kind} on ${request.method} ${request.url}; retrying after ${retryAfter}s`);
  return true;
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
    async tokenIdentity(): Promise<TokenIdentity> {
      // An installation token (GITHUB_TOKEN or an App's) answers 403 "Resource not accessible by integration".
      try {
        return { kind: 'user', login: (await octokit.rest.users.getAuthenticated()).data.login };
      } catch {
        return { kind: 'installation' };
      }
    },

    async mergeBase(base, head): Promise<MergeBase | undefined> {
      // A 404 (a commit GitHub no longer has) answers undefined; a 403 is thrown for the caller to note.
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
      const artifacts: ArtifactInfo[] = [];
      let total = 0;
      for (let page = 1; page <= MAX_ARTIFACT_PAGES; page++) {
        const { data } = await call(`list the artifacts of run ${runId}`, 'actions: read', () =>
          octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, ...(name === undefined ? {} : { name }), per_page: 100, page }),
        );
        total = data.total_count;
        for (const a of data.artifacts) {
          artifacts.push({ id: a.id, name: a.name, expired: a.expired, sizeInBytes: a.size_in_bytes, digest: (a as { digest?: string | null }).digest ?? null, runId });
        }
        if (data.artifacts.length < 100 || artifacts.length >= total) break;
      }
      // Never a silent subset: metrics computed on some of the shards are wrong metrics.
      if (artifacts.length < total) {
        throw new GitHubRequestError(`run ${runId} has ${total} artifacts; model-gate reads at most ${MAX_ARTIFACT_PAGES * 100} and would compute on a subset`, 0);
      }
      return artifacts;
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
      // The signed URL carries its own authorization; it is fetched without the token, through the same
      // proxy-aware fetch (HTTPS_PROXY, NO_PROXY) @actions/github gives Octokit.
      const proxyFetch = (octokit.request.endpoint.DEFAULTS.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch;
      const blob = await proxyFetch(location, { redirect: 'follow' });
      if (!blob.ok) throw new GitHubRequestError(`downloading artifact ${artifact.id}: the blob store answered ${blob.status}`, blob.status);
      return new Uint8Array(await blob.arrayBuffer());
    },

    async pullsForCommit(sha, repository = `${owner}/${repo}`) {
      const [o = owner, r = repo] = repository.split('/');
      const { data } = await call('find the pull request of the triggering run', 'pull-requests: read', () =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: o, repo: r, commit_sha: sha, per_page: 100 }),
      );
      return data.map((pull) => pull.number);
    },

    async pullsByHead(head) {
      const { data } = await call('find the pull request of the triggering run', 'pull-requests: read', () =>
        octokit.rest.pulls.list({ owner, repo, head, state: 'all', per_page: 100 }),
      );
      return data.map(toPullSummary);
    },

    async getPull(number): Promise<PullRequestSummary> {
      const { data } = await call(`read pull request #${number}`, 'pull-requests: read', () => octokit.rest.pulls.get({ owner, repo, pull_number: number }));
      return toPullSummary(data);
    },

    async createCheckRun(request) {
      try {
        const { data } = await octokit.rest.checks.create({
          owner,
          repo,
          name: request.name,
          head_sha: request.headSha,
          status: 'completed',
          conclusion: request.conclusion,
          ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
          output: { title: request.title, summary: request.summary },
          request: { retries: 0 },
        });
        return data.html_url ?? '';
      } catch (error) {
        const failure = toRequestError(error, 'publish the check run', 'checks: write');
        // Only GitHub Apps may create check runs; a personal access token gets this 403 whatever its scopes.
        if (failure.status === 403 && /authenticate via a GitHub App/i.test(failure.message)) {
          throw new GitHubRequestError(
            'cannot publish the check run: GitHub lets only GitHub Apps create check runs, and github-token is a personal access token; ' +
              'use the default GITHUB_TOKEN (with permissions: checks: write) or a GitHub App installation token (docs/github.md)',
            403,
          );
        }
        throw failure;
      }
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

function toComment(c: { id: number; body?: string | null; user?: { login: string; type?: string } | null; html_url: string }): IssueComment {
  return { id: c.id, body: c.body ?? '', author: c.user?.login ?? '', authorType: c.user?.type ?? '', htmlUrl: c.html_url };
}

interface PullData {
  number: number;
  state: string;
  head: { sha: string; repo: { full_name: string } | null };
  base: { ref: string; sha: string; repo: { full_name: string } };
  labels: { name?: string }[];
}

function toPullSummary(data: PullData): PullRequestSummary {
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    baseRepository: data.base.repo.full_name,
    // null when the fork was deleted
    headRepository: data.head.repo?.full_name ?? null,
    labels: data.labels.map((l) => l.name ?? '').filter((n) => n !== ''),
  };
}

/**
 * A REST error in words: which call failed, and for 401/403/404 which permission the workflow needs; an
 * exhausted rate limit says when it resets.
 */
export function toRequestError(error: unknown, what: string, permission: string): GitHubRequestError {
  if (error instanceof GitHubRequestError) return error;
  const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 0;
  const detail = (error instanceof Error ? error.message.split('\n', 1)[0] : String(error)) ?? '';
  const headers: Record<string, string | undefined> = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  const reset = Number(headers['x-ratelimit-reset']);
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(detail))) {
    const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '';
    return new RateLimitError(`cannot ${what}: the GitHub API rate limit is exhausted (${status}: ${detail})${when}; rerun the job after that`, status);
  }
  const hint =
    status === 401
      ? ': the token is invalid or expired (github-token)'
      : status === 403 || status === 404
        ? `: the token may lack "${permission}" (add it under permissions: in the workflow)`
        : '';
  return new GitHubRequestError(`cannot ${what} (${status || 'network error'}: ${detail})${hint}`, status);
}
