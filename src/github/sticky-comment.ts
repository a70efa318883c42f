import type { GitHubPort, IssueComment } from './port.js';

/** Identifies this gate's comment on a PR (docs/report.md) and which run wrote it, so older runs never win. */
export interface CommentIdentity {
  readonly tag: string;
  readonly runId: number;
  readonly runAttempt: number;
  /** Logins whose comments count as our own; others' copies of the marker are ignored. */
  readonly authors: readonly string[];
  /**
   * With an installation token (GITHUB_TOKEN or an App's), comments of any `Bot`-type author count too: an App
   * token cannot learn its own `<app>[bot]` login (GET /user answers 403), and no person can author as a Bot,
   * so a human's comment that copies the marker is still never taken over (docs/github.md).
   */
  readonly acceptBots?: boolean;
}

const MAX_COMMENTS = 3_000;

export function markerOf(identity: CommentIdentity): string {
  return `<!-- model-gate:${identity.tag} run:${identity.runId}.${identity.runAttempt} -->`;
}

function markerRun(body: string, tag: string): [number, number] | undefined {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^<!-- model-gate:${escaped} run:(\\d+)\\.(\\d+) -->`).exec(body);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

const newer = (a: readonly [number, number], b: readonly [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

export type CommentOutcome =
  | { readonly action: 'created' | 'updated'; readonly comment: IssueComment }
  | { readonly action: 'kept-newer'; readonly comment: IssueComment }
  | { readonly action: 'skipped'; readonly reason: string };

/**
 * Creates or updates the one sticky comment. Lists every page of comments and only considers our own marked
 * ones; updates the oldest in place; never overwrites a report from a newer run. After creating, it lists again:
 * if two racing runs both created one, the oldest survives, the rest are deleted, and the newest run's report
 * ends up in it. The create is never retried blindly (a retried POST would make duplicates).
 */
export async function upsertStickyComment(
  port: GitHubPort,
  issue: number,
  identity: CommentIdentity,
  report: string,
  options: { readonly createIfMissing: boolean },
): Promise<CommentOutcome> {
  const body = `${markerOf(identity)}\n${report}`;
  const ours: [number, number] = [identity.runId, identity.runAttempt];
  const authors = new Set(identity.authors);
  const isOurs = (c: IssueComment) => (authors.has(c.author) || (identity.acceptBots === true && c.authorType === 'Bot')) && markerRun(c.body, identity.tag) !== undefined;
  const marked = async () => (await port.listComments(issue, MAX_COMMENTS)).filter(isOurs).sort((a, b) => a.id - b.id);

  let existing = await marked();
  let created = false;
  if (existing.length === 0) {
    if (!options.createIfMissing) return { action: 'skipped', reason: 'nothing to report under the comment setting, and no earlier comment to update' };
    // The created comment tells who the token comments as, whatever kind of token it is.
    authors.add((await port.createComment(issue, body)).author);
    created = true;
    existing = await marked();
  }
  const [keep, ...duplicates] = existing;
  if (!keep) return { action: 'skipped', reason: 'the created comment could not be found again' };
  // The newest report among all copies is the one that must survive in the oldest comment.
  let newest = { run: ours, body };
  for (const comment of existing) {
    const run = markerRun(comment.body, identity.tag)!;
    if (newer(run, newest.run)) newest = { run, body: comment.body };
  }
  for (const duplicate of duplicates) await port.deleteComment(duplicate.id);
  const kept = keep.body === newest.body ? keep : await port.updateComment(keep.id, newest.body);
  if (newest.body !== body) return { action: 'kept-newer', comment: kept };
  return { action: created ? 'created' : 'updated', comment: kept };
}
