import type { GitHubPort, PullRequestSummary } from './port.js';

export type PullRequestLookup = { readonly pull: PullRequestSummary } | { readonly refused: string };

/**
 * Finds the pull request a `workflow_run` reports on, from the triggering run's head SHA — never from anything
 * inside its artifact, which a fork controls (SPEC §4.4) — and checks it: open, its head still at that SHA, and
 * its base in this repository. Anything else is refused with the reason, and nothing is published.
 */
export async function findPullRequest(port: GitHubPort, headSha: string, repository: string): Promise<PullRequestLookup> {
  const numbers = await port.pullsForCommit(headSha);
  const reasons: string[] = [];
  for (const number of numbers.slice(0, 20)) {
    const pull = await port.getPull(number);
    if (pull.baseRepository !== repository) {
      reasons.push(`#${number} targets ${pull.baseRepository}, not ${repository}`);
    } else if (pull.state !== 'open') {
      reasons.push(`pull request #${number} is ${pull.state}`);
    } else if (pull.headSha !== headSha) {
      reasons.push(`pull request #${number} has moved on to ${pull.headSha.slice(0, 7)}: this result is for ${headSha.slice(0, 7)}, an older commit`);
    } else {
      return { pull };
    }
  }
  if (reasons.length === 0) reasons.push(`no pull request of ${repository} has ${headSha.slice(0, 7)} as its head`);
  return { refused: `not publishing to a pull request: ${reasons.join('; ')}` };
}
