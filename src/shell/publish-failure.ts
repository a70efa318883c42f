import * as core from '@actions/core';
import type { ActionContext } from '../github/context.js';
import { GitHubRequestError, type GitHubPort } from '../github/port.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { escapeMarkdown } from '../report/escape.js';
import { CHECK_RUN_TEXT_BYTES, truncateBytes } from './github-limits.js';

export interface FailureTarget {
  readonly context: ActionContext;
  readonly port: GitHubPort;
  readonly commentTag: string;
  readonly commentAllowed: boolean;
}

/**
 * In the `workflow_run` pattern the gate job's own status belongs to the default branch, so a pull request whose
 * gate job fails would wait forever for a required `model-gate` check. When the pull request is known, an error
 * is therefore published like a verdict: a failing check run on its head with the reason, and the sticky
 * comment. Failures to publish are logged, never thrown: the error itself has already failed the step.
 */
export async function publishFailure(target: FailureTarget, reason: string): Promise<void> {
  const { context, port } = target;
  const pr = context.pullRequest;
  if (!pr) return;
  const body = `### ⚠️ model-gate: could not evaluate this pull request\n\n${escapeMarkdown(reason)}\n\nSee the [gate run](${runUrl(context)}) for the log.`;
  try {
    await port.createCheckRun({
      name: `model-gate${target.commentTag === 'default' ? '' : ` (${target.commentTag})`}`,
      headSha: pr.headSha,
      conclusion: 'failure',
      title: 'could not evaluate this pull request',
      summary: truncateBytes(body, CHECK_RUN_TEXT_BYTES),
      detailsUrl: runUrl(context),
    });
  } catch (error) {
    core.warning(`model-gate: the failing check run was not published either: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!target.commentAllowed) return;
  try {
    const token = await port.tokenIdentity();
    await upsertStickyComment(
      port,
      pr.number,
      {
        tag: target.commentTag,
        runId: context.runId,
        runAttempt: context.runAttempt,
        authors: token.kind === 'user' ? ['github-actions[bot]', token.login] : ['github-actions[bot]'],
        acceptBots: token.kind === 'installation',
      },
      body,
      { createIfMissing: true },
    );
  } catch (error) {
    if (!(error instanceof GitHubRequestError)) throw error;
    core.warning(`model-gate: the pull request comment about the error was not written: ${error.message}`);
  }
}

function runUrl(context: ActionContext): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}
