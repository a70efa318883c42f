import { describe, expect, it } from 'vitest';
import type { TriggeringRun } from '../../src/github/context.js';
import { findPullRequest } from '../../src/github/find-pull-request.js';
import type { GitHubPort, PullRequestSummary } from '../../src/github/port.js';

const HEAD = 'a'.repeat(40);
const pull = (number: number, extra: Partial<PullRequestSummary> = {}): PullRequestSummary => ({
  number,
  state: 'open',
  headSha: HEAD,
  baseRef: 'main',
  baseSha: 'b'.repeat(40),
  baseRepository: 'acme/model',
  headRepository: 'stranger/model',
  labels: [],
  ...extra,
});

/** A port that knows `pulls` and answers the commit lookups like GitHub: nothing for a fork-only commit. */
function port(pulls: PullRequestSummary[], byCommit: Record<string, number[]> = {}): { port: GitHubPort; calls: string[] } {
  const calls: string[] = [];
  const stub = {
    getPull: (n: number) => {
      calls.push(`getPull ${n}`);
      return Promise.resolve(pulls.find((p) => p.number === n)!);
    },
    pullsByHead: (head: string) => {
      calls.push(`pullsByHead ${head}`);
      return Promise.resolve(pulls.filter((p) => `${p.headRepository?.split('/')[0]}:fix` === head));
    },
    pullsForCommit: (sha: string, repository = 'acme/model') => {
      calls.push(`pullsForCommit ${repository}`);
      return Promise.resolve(byCommit[repository] ?? []);
    },
  };
  return { port: stub as unknown as GitHubPort, calls };
}

const run = (extra: Partial<TriggeringRun> = {}): TriggeringRun => ({
  id: 1,
  headSha: HEAD,
  event: 'pull_request',
  headRepository: 'stranger/model',
  headBranch: 'fix',
  path: '.github/workflows/eval.yml',
  pullRequests: [],
  ...extra,
});

describe('finding the pull request of a workflow_run', () => {
  it('uses workflow_run.pull_requests first (same-repository pull requests)', async () => {
    const { port: p, calls } = port([pull(7, { headRepository: 'acme/model' })]);
    expect(await findPullRequest(p, run({ pullRequests: [7], headRepository: 'acme/model' }), 'acme/model')).toMatchObject({ pull: { number: 7 } });
    expect(calls).toEqual(['getPull 7']);
  });

  it("finds a fork's pull request by <owner>:<branch> when pull_requests is empty", async () => {
    const { port: p, calls } = port([pull(8)]);
    expect(await findPullRequest(p, run(), 'acme/model')).toMatchObject({ pull: { number: 8 } });
    expect(calls).toEqual(['pullsByHead stranger:fix']);
  });

  it('falls back to the commit as the fork knows it, and still checks the base', async () => {
    const { port: p, calls } = port([pull(9, { headRepository: null }), pull(10, { baseRepository: 'stranger/model' })], { 'stranger/model': [10, 9] });
    expect(await findPullRequest(p, run({ headBranch: 'other' }), 'acme/model')).toMatchObject({ pull: { number: 9 } });
    expect(calls).toEqual(['pullsByHead stranger:other', 'pullsForCommit acme/model', 'pullsForCommit stranger/model', 'getPull 10', 'getPull 9']);
  });

  it('refuses, with every reason, a closed pull request and one that moved on', async () => {
    const { port: p } = port([pull(11, { state: 'closed' }), pull(12, { headSha: 'c'.repeat(40), headRepository: 'stranger/model' })], { 'acme/model': [12] });
    const lookup = await findPullRequest(p, run(), 'acme/model');
    expect(lookup).toEqual({ refused: 'not publishing to a pull request: pull request #11 is closed; pull request #12 has moved on to ccccccc: this result is for aaaaaaa, an older commit' });
  });
});
