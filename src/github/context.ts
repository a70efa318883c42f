import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';

/** The facts of this workflow run that model-gate needs, read once from the runner's environment. */
export interface ActionContext {
  readonly owner: string;
  readonly repo: string;
  readonly eventName: string;
  readonly sha: string;
  readonly ref: string;
  readonly runId: number;
  readonly runNumber: number;
  readonly runAttempt: number;
  /** `.github/workflows/eval.yml`, from GITHUB_WORKFLOW_REF. */
  readonly workflowPath: string | undefined;
  readonly defaultBranch: string | undefined;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly pullRequest: PullRequestInfo | undefined;
  /** For a `workflow_run` event: the run that triggered this one (the fork-safe pattern, docs/baseline.md#fork-pull-requests). */
  readonly workflowRun: TriggeringRun | undefined;
}

export interface TriggeringRun {
  readonly id: number;
  readonly headSha: string;
  readonly event: string;
  readonly headRepository: string | undefined;
  /** The branch of the triggering run, in `headRepository`: with its owner, how a fork's pull request is found. */
  readonly headBranch: string | undefined;
  /** The triggering run's workflow file: the one that records baselines in the two-workflow pattern. */
  readonly path: string | undefined;
  /** `workflow_run.pull_requests`: filled for same-repository pull requests, always empty for forks. */
  readonly pullRequests: readonly number[];
}

export interface PullRequestInfo {
  readonly number: number;
  readonly title: string;
  readonly baseRef: string;
  readonly baseSha: string;
  readonly headSha: string;
  /** `owner/repo` the head branch lives in; differs from ours for forks. */
  readonly headRepository: string | undefined;
  readonly labels: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads GITHUB_* variables and the event payload (GITHUB_EVENT_PATH). */
export function readActionContext(env: Env): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new ConfigError('GITHUB_REPOSITORY is not set: run model-gate as a GitHub Actions step, or use the CLI');
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = (payload.pull_request ?? undefined) as Record<string, unknown> | undefined;
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const workflowPath = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef)?.[1];
  const repositoryPayload = payload.repository as { default_branch?: string } | undefined;
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    runNumber: Number(env.GITHUB_RUN_NUMBER ?? 0),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    workflowPath,
    defaultBranch: repositoryPayload?.default_branch,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    pullRequest: pr && toPullRequest(pr),
    workflowRun: toTriggeringRun(payload.workflow_run),
  };
}

/** The event payload; one that is set but cannot be read is an error, never silently no event at all. */
function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`GITHUB_EVENT_PATH: cannot read the event payload ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`GITHUB_EVENT_PATH: the event payload ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ConfigError(`GITHUB_EVENT_PATH: the event payload ${path} is not a JSON object`);
  }
  return payload as Record<string, unknown>;
}

function toPullRequest(pr: Record<string, unknown>): PullRequestInfo {
  const base = pr.base as { ref?: string; sha?: string } | undefined;
  const head = pr.head as { sha?: string; repo?: { full_name?: string } | null } | undefined;
  const labels = Array.isArray(pr.labels) ? (pr.labels as { name?: unknown }[]) : [];
  return {
    number: Number(pr.number),
    title: typeof pr.title === 'string' ? pr.title : '',
    baseRef: base?.ref ?? '',
    baseSha: base?.sha ?? '',
    headSha: head?.sha ?? '',
    headRepository: head?.repo?.full_name ?? undefined,
    labels: labels.map((l) => (typeof l.name === 'string' ? l.name : '')).filter((n) => n !== ''),
  };
}

function toTriggeringRun(value: unknown): TriggeringRun | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const run = value as {
    id?: unknown;
    head_sha?: unknown;
    head_branch?: unknown;
    event?: unknown;
    path?: unknown;
    head_repository?: { full_name?: unknown } | null;
    pull_requests?: unknown;
  };
  if (typeof run.id !== 'number' || typeof run.head_sha !== 'string') return undefined;
  const pulls = Array.isArray(run.pull_requests) ? (run.pull_requests as { number?: unknown }[]) : [];
  return {
    id: run.id,
    headSha: run.head_sha,
    event: typeof run.event === 'string' ? run.event : '',
    headRepository: typeof run.head_repository?.full_name === 'string' ? run.head_repository.full_name : undefined,
    headBranch: typeof run.head_branch === 'string' ? run.head_branch : undefined,
    path: typeof run.path === 'string' ? run.path : undefined,
    pullRequests: pulls.map((p) => p?.number).filter((n): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0),
  };
}
