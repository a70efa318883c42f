import type { TriggeringRun } from './context.js';
import type { GitHubPort, PullRequestSummary } from './port.js';

export type PullRequestLookup = { readonly pull: PullRequestSummary } | { readonly refused: string };

/** At most this many candidate pull requests are read before giving up. */
const MAX_CANDIDATES = 20;

/**
 * Finds the pull request a `workflow_run` reports on — never from anything inside its artifact, which a fork
 * controls — and checks it: open, its head still at the run's SHA, and its base in this repository. Anything
 * else is refused with the reason, and nothing is published.
 *
 * Where the candidates come from (docs/github.md, "Fork pull requests"):
 * 1. `workflow_run.pull_requests`, when GitHub filled it (same-repository pull requests only);
 * 2. this repository's pull requests whose head is `<head owner>:<head branch>` — the only way to find a
 *    fork's: `GET /repos/{base}/commits/{sha}/pulls` answers `[]` for a commit that exists only in the fork;
 * 3. the commit's associated pull requests, asked of this repository and of the head repository.
 */
export async function findPullRequest(port: GitHubPort, run: TriggeringRun, repository: string): Promise<PullRequestLookup> {
  const reasons: string[] = [];
  const seen = new Set<number>();
  const check = (pull: PullRequestSummary): PullRequestSummary | undefined => {
    if (seen.has(pull.number)) return undefined;
    seen.add(pull.number);
    if (pull.baseRepository !== repository) {
      reasons.push(`#${pull.number} targets ${pull.baseRepository}, not ${repository}`);
    } else if (pull.state !== 'open') {
      reasons.push(`pull request #${pull.number} is ${pull.state}`);
    } else if (pull.headSha !== run.headSha) {
      reasons.push(`pull request #${pull.number} has moved on to ${pull.headSha.slice(0, 7)}: this result is for ${run.headSha.slice(0, 7)}, an older commit`);
    } else {
      return pull;
    }
    return undefined;
  };
  const byNumbers = async (numbers: readonly number[]): Promise<PullRequestSummary | undefined> => {
    for (const number of numbers.filter((n) => !seen.has(n)).slice(0, MAX_CANDIDATES)) {
      const found = check(await port.getPull(number));
      if (found) return found;
    }
    return undefined;
  };

  let found = await byNumbers(run.pullRequests);
  const owner = run.headRepository?.split('/')[0];
  if (!found && owner && run.headBranch) {
    for (const pull of (await port.pullsByHead(`${owner}:${run.headBranch}`)).slice(0, MAX_CANDIDATES)) {
      found = check(pull);
      if (found) break;
    }
  }
  found ??= await byNumbers(await port.pullsForCommit(run.headSha));
  if (!found && run.headRepository && run.headRepository !== repository) {
    // The fork knows its own commit; a pull request found there is still checked against this repository.
    found = await byNumbers(await port.pullsForCommit(run.headSha, run.headRepository).catch(() => []));
  }
  if (found) return { pull: found };
  if (reasons.length === 0) reasons.push(`no pull request of ${repository} has ${run.headSha.slice(0, 7)} as its head`);
  return { refused: `not publishing to a pull request: ${reasons.join('; ')}` };
}
