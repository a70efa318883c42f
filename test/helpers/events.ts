import { createRequire } from 'node:module';
import { overlay } from './fake-github/shapes.js';

/**
 * Event payloads for GITHUB_EVENT_PATH, each starting from a payload GitHub really sent (recorded in
 * @octokit/webhooks-examples) and adapted to the scenario, so the action reads the shape GitHub delivers —
 * extra fields, nulls and all — rather than one the tests invented.
 */

interface WebhookExamples {
  readonly name: string;
  readonly examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const recorded = require('@octokit/webhooks-examples') as WebhookExamples[];

function example(event: string, pick: (e: Record<string, unknown>) => boolean): Record<string, unknown> {
  const found = recorded.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching ${event} payload`);
  return structuredClone(found);
}

const repositoryOf = (fullName: string) => {
  const [owner = '', name = ''] = fullName.split('/');
  return { full_name: fullName, name, owner: { login: owner }, default_branch: 'main', html_url: `https://github.com/${fullName}` };
};

export interface WorkflowRunEvent {
  readonly id: number;
  readonly headSha: string;
  readonly headBranch: string;
  /** `owner/repo` the triggering run's commit lives in: a fork's for a fork pull request. */
  readonly headRepository: string;
  readonly repository: string;
  readonly event?: string;
  readonly path?: string;
  /** What GitHub puts in `workflow_run.pull_requests`: same-repository pull requests only, `[]` for a fork's. */
  readonly pullRequests?: readonly number[];
}

/** A `workflow_run` `completed` payload (recorded: a run of .github/workflows/test.yml), adapted. */
export function workflowRunEvent(run: WorkflowRunEvent): Record<string, unknown> {
  const base = example('workflow_run', (e) => e.action === 'completed' && typeof (e.workflow_run as { path?: unknown }).path === 'string');
  return overlay(base, {
    repository: repositoryOf(run.repository),
    workflow_run: {
      id: run.id,
      head_sha: run.headSha,
      head_branch: run.headBranch,
      event: run.event ?? 'pull_request',
      path: run.path ?? '.github/workflows/eval.yml',
      conclusion: 'success',
      status: 'completed',
      head_repository: repositoryOf(run.headRepository),
      repository: repositoryOf(run.repository),
      pull_requests: (run.pullRequests ?? []).map((number) => ({ number, url: `https://api.github.com/repos/${run.repository}/pulls/${number}`, id: 500_000 + number })),
    },
  }) as Record<string, unknown>;
}

export interface PullRequestEvent {
  readonly number: number;
  readonly title?: string;
  readonly head: { readonly sha: string; readonly ref: string; readonly repo: { readonly full_name: string } | null };
  readonly base: { readonly sha: string; readonly ref: string; readonly repo: { readonly full_name: string } | null };
  readonly labels: readonly { readonly name: string }[];
}

/** A `pull_request` `opened` payload, adapted to `pull` in `repository`. */
export function pullRequestEvent(pull: PullRequestEvent, repository: string): Record<string, unknown> {
  const base = example('pull_request', (e) => e.action === 'opened');
  const ref = (r: PullRequestEvent['head']) => ({ sha: r.sha, ref: r.ref, label: `${r.repo?.full_name.split('/')[0] ?? 'ghost'}:${r.ref}`, repo: r.repo === null ? null : repositoryOf(r.repo.full_name) });
  return overlay(base, {
    number: pull.number,
    repository: repositoryOf(repository),
    pull_request: { number: pull.number, title: pull.title ?? `PR #${pull.number}`, state: 'open', head: ref(pull.head), base: ref(pull.base), labels: pull.labels.map((l) => ({ name: l.name })) },
  }) as Record<string, unknown>;
}

/** A `push` payload to `ref` at `sha` in `repository`. */
export function pushEvent(repository: string, ref: string, sha: string): Record<string, unknown> {
  const base = example('push', () => true);
  return overlay(base, { ref, after: sha, base_ref: null, repository: { ...repositoryOf(repository), master_branch: 'main' } }) as Record<string, unknown>;
}
