import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { OutputName } from '../config/inputs.js';
import type { Settings } from '../config/settings.js';
import type { ActionContext } from '../github/context.js';
import { GitHubRequestError, type GitHubPort } from '../github/port.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import { uploadFilesArtifact } from '../github/artifacts.js';
import { renderHtmlReport } from '../report/html-report.js';
import { toHtmlReportInput } from '../report/html-input.js';
import { toJsonReport } from '../report/json.js';
import { COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { byAttention, headline, type Report } from '../report/report.js';
import { byteLength, capAnnotations, CHECK_RUN_TEXT_BYTES, fitBytes, JOB_SUMMARY_BYTES } from './github-limits.js';

const BOT = 'github-actions[bot]';

export interface PublishInput {
  readonly report: Report;
  readonly settings: Settings;
  readonly status: string;
  readonly context: ActionContext | undefined;
  readonly port: GitHubPort | undefined;
  readonly baselineSha: string | undefined;
  /** Publish the verdict as a check run on the pull request's head (the workflow_run pattern, docs/baseline.md#fork-pull-requests). */
  readonly checkRun?: boolean;
}

/**
 * Publishes the report everywhere (docs/report.md): job summary, outputs, JSON report file, one annotation per broken
 * rule, and the sticky PR comment. A comment that cannot be written (a fork's read-only token) is not fatal:
 * the summary says why it was skipped, and the gate still passes or fails.
 */
export async function publish(input: PublishInput): Promise<void> {
  const { settings } = input;
  const folder = join(process.env.RUNNER_TEMP ?? process.cwd(), 'model-gate');
  await mkdir(folder, { recursive: true });
  const htmlPath = join(folder, `report-${settings.commentTag}.html`);
  await writeFile(htmlPath, renderHtmlReport(toHtmlReportInput(input.report)));
  const htmlReportUrl = await uploadHtmlReport(input, htmlPath, folder);
  const report = htmlReportUrl ? { ...input.report, htmlReportUrl } : input.report;
  input = { ...input, report };
  const comment = await publishComment(input);
  const notes = comment.skipped ? [`The pull request comment was skipped: ${comment.skipped}`] : [];
  if (input.checkRun) notes.push(...(await publishCheckRun(input)));
  const summaryReport = notes.length > 0 ? { ...report, notes: [...notes, ...report.notes] } : report;
  const prefix = notes.map((n) => `> ${n}\n\n`).join('');
  // The runner drops a whole summary above 1 MiB; keep a margin for what other steps' core.summary adds.
  const summaryBytes = JOB_SUMMARY_BYTES - 4096 - byteLength(prefix);
  await core.summary
    .addRaw(`${prefix}${fitBytes((maxLength) => renderMarkdown(summaryReport, { maxLength, fullReportHint: 'the JSON report holds every metric' }), summaryBytes)}`)
    .write();

  const reportPath = join(folder, `report-${settings.commentTag}.json`);
  const json = toJsonReport(summaryReport) as { regressions: string[] };
  await writeFile(reportPath, `${JSON.stringify(json, null, 2)}\n`);

  const outputs: Record<OutputName, string> = {
    status: input.status,
    passed: String(report.passed),
    metrics: JSON.stringify(Object.fromEntries(report.gate.verdicts.filter((v) => v.current !== undefined).map((v) => [v.id, v.current]))),
    regressions: JSON.stringify(json.regressions),
    report: reportPath,
    'comment-url': comment.url ?? '',
    'baseline-sha': input.baselineSha ?? '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  // GitHub shows 10 errors and 10 warnings per step: the most important first, then how many more.
  const annotations = byAttention(report.gate.verdicts)
    .filter((v) => v.status === 'fail' || v.status === 'warn')
    .map((v) => ({ level: v.status === 'fail' ? ('error' as const) : ('warning' as const), message: `${v.id}: ${v.reasons.join('; ')}` }));
  for (const annotation of capAnnotations(annotations, 'the job summary and the JSON report list them all')) {
    if (annotation.level === 'error') core.error(annotation.message, { title: 'model-gate' });
    else core.warning(annotation.message, { title: 'model-gate' });
  }
}

async function publishComment(input: PublishInput): Promise<{ url?: string; skipped?: string }> {
  const { report, settings, context, port } = input;
  const pr = context?.pullRequest;
  if (!pr || !context || !port) return {};
  if (settings.comment === 'never') return { skipped: 'comment is set to never' };
  const changed = report.gate.verdicts.some((v) => (v.change !== undefined && v.change !== 'unchanged') || v.status === 'new' || v.status === 'removed');
  const createIfMissing =
    settings.comment === 'always' ||
    (settings.comment === 'on-failure' && (report.gate.status === 'fail' || report.gate.status === 'warn')) ||
    (settings.comment === 'on-change' && (changed || report.gate.status === 'fail'));
  try {
    const token = await port.tokenIdentity();
    const outcome = await upsertStickyComment(
      port,
      pr.number,
      {
        tag: settings.commentTag,
        runId: context.runId,
        runAttempt: context.runAttempt,
        authors: token.kind === 'user' ? [BOT, token.login] : [BOT],
        acceptBots: token.kind === 'installation',
      },
      renderMarkdown(report, { maxLength: COMMENT_LIMIT - 200 }),
      { createIfMissing },
    );
    if (outcome.action === 'skipped') return { skipped: outcome.reason };
    if (outcome.action === 'kept-newer') core.info('model-gate: a newer run already reported on this pull request; its comment stays');
    return { url: outcome.comment.htmlUrl };
  } catch (error) {
    if (!(error instanceof GitHubRequestError)) throw error;
    const fork = pr.headRepository !== undefined && pr.headRepository !== `${context.owner}/${context.repo}`;
    const why = fork && (error.status === 403 || error.status === 404)
      ? 'this pull request comes from a fork, whose token is read-only; see "Fork pull requests" in the model-gate README for the workflow_run recipe'
      : error.message;
    core.warning(`model-gate: the pull request comment was skipped: ${why}`);
    return { skipped: why };
  }
}

/** The verdict as a check run on the PR's head SHA, so branch protection can require it (needs checks: write). */
async function publishCheckRun(input: PublishInput): Promise<string[]> {
  const { report, context, port } = input;
  const pr = context?.pullRequest;
  if (!pr || !port) return [];
  const { title } = headline(report);
  try {
    const url = await port.createCheckRun({
      name: `model-gate${input.settings.commentTag === 'default' ? '' : ` (${input.settings.commentTag})`}`,
      headSha: pr.headSha,
      conclusion: report.passed ? (report.gate.status === 'no-baseline' ? 'neutral' : 'success') : 'failure',
      title: title.replace(/^\S+\s/, ''),
      summary: fitBytes((maxLength) => renderMarkdown(report, { maxLength }), CHECK_RUN_TEXT_BYTES),
      detailsUrl: `${input.context!.serverUrl}/${input.context!.owner}/${input.context!.repo}/actions/runs/${input.context!.runId}`,
    });
    core.info(`model-gate: check run published: ${url}`);
    return [];
  } catch (error) {
    if (!(error instanceof GitHubRequestError)) throw error;
    core.warning(`model-gate: the check run was not published: ${error.message}`);
    return [`The check run was not published: ${error.message}`];
  }
}

/** report-artifact: uploads the HTML report and returns the artifact's URL for the comment's link. */
async function uploadHtmlReport(input: PublishInput, htmlPath: string, folder: string): Promise<string | undefined> {
  const { settings, context } = input;
  if (!settings.reportArtifact || !context) return undefined;
  try {
    const id = await uploadFilesArtifact(settings.reportArtifact, [htmlPath], folder, settings.retentionDays);
    return id === undefined ? undefined : `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${id}`;
  } catch (error) {
    core.warning(`model-gate: the HTML report was not uploaded: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
