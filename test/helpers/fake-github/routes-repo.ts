import { idParam, json, match, message, notFound, paginate, readJson, type FakeRequest, type Reply, type RouteEnv } from './http.js';
import { overlay, repositoryJson, template, userJson } from './shapes.js';
import { addComment, fullName, isoSeconds, newId, type CheckRun, type IssueComment, type PullRequest } from './state.js';

const FORBIDDEN = 'Resource not accessible by integration';
/** GitHub's limit on an issue comment body, in characters ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_CHARS = 65_536;
/** Check-run output.summary and output.text: bytes, not characters (github/docs#35252, dorny/test-reporter#57). */
const CHECK_RUN_BYTES = 65_535;

/** Issues, comments, pulls, compare and check-run routes under /repos/{o}/{r}/…; undefined when none matches. */
export function repoRoutes(req: FakeRequest, env: RouteEnv, segments: readonly string[]): Reply | undefined {
  const { state } = env;
  if (segments[0] === 'compare' && segments.length >= 2 && req.method === 'GET') return compare(env, segments.slice(1).map(decodeURIComponent).join('/'));

  let m = match('issues/:n/comments', segments);
  if (m) {
    const issue = idParam(m.n);
    if (req.method === 'GET') {
      const all = state.comments.filter((c) => c.issue_number === issue).sort((a, b) => a.id - b.id);
      const page = paginate(req, env, all);
      return json(200, page.items.map((c) => commentJson(env, c)), page.headers);
    }
    if (req.method === 'POST') {
      if (state.readOnlyToken) return message(403, FORBIDDEN);
      const body = readJson(req)?.body;
      if (typeof body !== 'string' || issue === undefined) return message(422, 'Validation Failed');
      if ([...body].length > COMMENT_CHARS) return tooLong('IssueComment', 'body', `Body is too long (maximum is ${COMMENT_CHARS} characters)`);
      return json(201, commentJson(env, addComment(state, issue, body)));
    }
    return undefined;
  }
  m = match('issues/comments/:id', segments);
  if (m) {
    const id = idParam(m.id);
    const index = state.comments.findIndex((c) => c.id === id);
    if (req.method === 'GET') return index < 0 ? notFound() : json(200, commentJson(env, state.comments[index]!));
    if (req.method !== 'PATCH' && req.method !== 'DELETE') return undefined;
    if (state.readOnlyToken) return message(403, FORBIDDEN);
    if (index < 0) return notFound();
    if (req.method === 'DELETE') {
      state.comments.splice(index, 1);
      return { status: 204 };
    }
    const body = readJson(req)?.body;
    if (typeof body !== 'string') return message(422, 'Validation Failed');
    if ([...body].length > COMMENT_CHARS) return tooLong('IssueComment', 'body', `Body is too long (maximum is ${COMMENT_CHARS} characters)`);
    const comment = state.comments[index]!;
    comment.body = body;
    comment.updated_at = isoSeconds();
    return json(200, commentJson(env, comment));
  }
  m = match('issues/:n', segments);
  if (m && req.method === 'GET') {
    const pull = state.pulls.find((p) => p.number === idParam(m!.n));
    return pull ? json(200, issueJson(env, pull)) : notFound();
  }
  m = match('pulls/:n', segments);
  if (m && req.method === 'GET') {
    const pull = state.pulls.find((p) => p.number === idParam(m!.n));
    return pull ? json(200, pullJson(env, pull)) : notFound();
  }
  if (match('pulls', segments) && req.method === 'GET') {
    const q = req.url.searchParams;
    const head = q.get('head');
    const wanted = q.get('state') ?? 'open';
    const pulls = state.pulls
      .filter((p) => wanted === 'all' || p.state === wanted)
      // `head=<owner>:<branch>`; a deleted fork's pull request has no head owner left to match.
      .filter((p) => !head || (p.head.repo !== null && `${p.head.repo.full_name.split('/')[0]}:${p.head.ref}` === head))
      .sort((a, b) => b.number - a.number);
    const page = paginate(req, env, pulls);
    return json(200, page.items.map((p) => pullJson(env, p)), page.headers);
  }
  m = match('commits/:sha/pulls', segments);
  if (m && req.method === 'GET') {
    const sha = m.sha ?? '';
    // A commit that exists only in a fork is not an object of the base repository, so GitHub associates no pull
    // request with it here: `[]` (TooTallNate/nx.js#410, retransmission/retransmission#280,
    // quarkusio/pt.quarkus.io#389). Same-repository heads are found, pushed-over ones too.
    const pulls = state.pulls.filter((p) => p.head.repo?.full_name === fullName(state) && (p.head.sha === sha || (p.pastHeads ?? []).includes(sha)));
    const page = paginate(req, env, pulls);
    return json(200, page.items.map((p) => pullJson(env, p)), page.headers);
  }
  if (match('check-runs', segments) && req.method === 'POST') return createCheckRun(req, env);
  m = match('check-runs/:id', segments);
  if (m && req.method === 'PATCH') {
    if (state.readOnlyToken) return message(403, FORBIDDEN);
    const run = state.checkRuns.find((c) => c.id === idParam(m!.id));
    if (!run) return notFound();
    applyCheckRun(run, readJson(req) ?? {});
    return json(200, checkRunJson(env, run));
  }
  return undefined;
}

function compare(env: RouteEnv, spec: string): Reply {
  if (env.state.compareForbidden) return message(403, FORBIDDEN);
  const mergeBase = env.state.compare[spec];
  const [base = '', head = ''] = spec.split('...');
  if (mergeBase === undefined) return notFound();
  const repo = fullName(env.state);
  const ahead = head === mergeBase ? 0 : 1;
  const behind = base === mergeBase ? 0 : 1;
  const status = ahead && behind ? 'diverged' : ahead ? 'ahead' : behind ? 'behind' : 'identical';
  const commit = (sha: string, date: string | null) => ({
    sha,
    node_id: `C_${sha.slice(0, 8)}`,
    url: `${env.apiUrl}/repos/${repo}/commits/${sha}`,
    html_url: `https://github.com/${repo}/commit/${sha}`,
    comments_url: `${env.apiUrl}/repos/${repo}/commits/${sha}/comments`,
    commit: {
      url: `${env.apiUrl}/repos/${repo}/git/commits/${sha}`,
      author: { name: 'Octo Cat', email: 'octocat@github.com', date: date ?? '2024-01-01T00:00:00Z' },
      committer: date === null ? null : { name: 'Octo Cat', email: 'octocat@github.com', date },
      message: `commit ${sha.slice(0, 7)}`,
      comment_count: 0,
      tree: { sha, url: `${env.apiUrl}/repos/${repo}/git/trees/${sha}` },
    },
    author: null,
    committer: null,
    parents: [],
  });
  return json(200, {
    url: `${env.apiUrl}/repos/${repo}/compare/${spec}`,
    html_url: `https://github.com/${repo}/compare/${spec}`,
    permalink_url: `https://github.com/${repo}/compare/${spec}`,
    diff_url: `https://github.com/${repo}/compare/${spec}.diff`,
    patch_url: `https://github.com/${repo}/compare/${spec}.patch`,
    base_commit: commit(base, env.state.commitDates[base] ?? null),
    merge_base_commit: commit(mergeBase, env.state.commitDates[mergeBase] ?? null),
    status,
    ahead_by: ahead,
    behind_by: behind,
    total_commits: ahead,
    commits: [],
    files: [],
  });
}

/** GitHub's 422 for a field over its limit. */
function tooLong(resource: string, field: string, text: string): Reply {
  return json(422, { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message: text }], documentation_url: 'https://docs.github.com/rest' });
}

function createCheckRun(req: FakeRequest, env: RouteEnv): Reply {
  if (env.state.readOnlyToken) return message(403, FORBIDDEN);
  // Only GitHub Apps may use the Checks API; a personal access token gets this 403 whatever its scopes
  // (actions/github-script#118, EnricoMi/publish-unit-test-result-action#53).
  if (env.state.tokenKind === 'pat') return message(403, 'You must authenticate via a GitHub App.', {}, 'https://docs.github.com/rest/checks/runs#create-a-check-run');
  const body = readJson(req);
  if (!body || typeof body.name !== 'string' || typeof body.head_sha !== 'string') return message(422, 'Validation Failed');
  const output = (body.output ?? {}) as { summary?: unknown; text?: unknown };
  for (const field of ['summary', 'text'] as const) {
    const value = output[field];
    if (typeof value === 'string' && Buffer.byteLength(value) > CHECK_RUN_BYTES) {
      return tooLong('CheckRun', field, `${field} exceeds a maximum bytesize of ${CHECK_RUN_BYTES}`);
    }
  }
  // action_required needs somewhere to act (REST docs, "Create a check run": details_url).
  if (body.conclusion === 'action_required' && typeof body.details_url !== 'string') return tooLong('CheckRun', 'details_url', 'details_url is required for action_required');
  const run: CheckRun = { id: newId(env.state), name: body.name, head_sha: body.head_sha, received: [] };
  applyCheckRun(run, body);
  env.state.checkRuns.push(run);
  return json(201, checkRunJson(env, run));
}

function applyCheckRun(run: CheckRun, body: Record<string, unknown>): void {
  run.received.push(body);
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.status === 'string') run.status = body.status;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (body.output && typeof body.output === 'object') run.output = { ...run.output, ...(body.output as CheckRun['output']) };
}

function checkRunJson(env: RouteEnv, run: CheckRun): Record<string, unknown> {
  const repo = fullName(env.state);
  const app = env.state.tokenKind === 'app' ? 'model-gate-app' : 'github-actions';
  return overlay(template('POST /repos/{owner}/{repo}/check-runs', 201), {
    id: run.id,
    node_id: `CR_${run.id}`,
    name: run.name,
    head_sha: run.head_sha,
    external_id: '',
    details_url: typeof run.received[0]?.details_url === 'string' ? run.received[0].details_url : null,
    output: {
      title: run.output?.title ?? null,
      summary: run.output?.summary ?? null,
      text: run.output?.text ?? null,
      annotations_count: 0,
      annotations_url: `${env.apiUrl}/repos/${repo}/check-runs/${run.id}/annotations`,
    },
    status: run.status ?? 'queued',
    conclusion: run.conclusion ?? null,
    started_at: isoSeconds(),
    completed_at: run.conclusion ? isoSeconds() : null,
    url: `${env.apiUrl}/repos/${repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${repo}/runs/${run.id}`,
    check_suite: { id: run.id + 1 },
    app: { slug: app, name: app, owner: userJson('acme', 'User') },
    pull_requests: [],
  }) as Record<string, unknown>;
}

function commentJson(env: RouteEnv, c: IssueComment): Record<string, unknown> {
  const repo = fullName(env.state);
  return overlay(template('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', 200), {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${env.apiUrl}/repos/${repo}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${env.apiUrl}/repos/${repo}/issues/${c.issue_number}`,
    body: c.body,
    // null for a deleted account ("ghost"); the schema allows it and readers must too.
    user: c.user === null ? null : userJson(c.user.login, c.user.type),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user?.type === 'Bot' ? 'NONE' : 'MEMBER',
    pin: null,
    minimized: null,
  }) as Record<string, unknown>;
}

function pullRef(ref: PullRequest['head']): Record<string, unknown> {
  const owner = ref.repo?.full_name.split('/')[0] ?? 'ghost';
  return {
    label: `${owner}:${ref.ref}`,
    ref: ref.ref,
    sha: ref.sha,
    user: userJson(owner, 'User'),
    repo: ref.repo === null ? null : repositoryJson(ref.repo.full_name),
  };
}

function pullJson(env: RouteEnv, p: PullRequest): Record<string, unknown> {
  const repo = fullName(env.state);
  const url = `${env.apiUrl}/repos/${repo}/pulls/${p.number}`;
  const fields: Partial<PullRequest> = { ...p };
  delete fields.pastHeads;
  return overlay(template('GET /repos/{owner}/{repo}/pulls/{pull_number}', 200), {
    ...fields,
    id: p.number + 500_000,
    node_id: `PR_${p.number}`,
    url,
    html_url: `https://github.com/${repo}/pull/${p.number}`,
    diff_url: `https://github.com/${repo}/pull/${p.number}.diff`,
    patch_url: `https://github.com/${repo}/pull/${p.number}.patch`,
    issue_url: `${env.apiUrl}/repos/${repo}/issues/${p.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    comments_url: `${env.apiUrl}/repos/${repo}/issues/${p.number}/comments`,
    statuses_url: `${env.apiUrl}/repos/${repo}/statuses/${p.head.sha}`,
    labels: p.labels.map((l, i) => ({ id: i + 1, node_id: `LA_${i + 1}`, url: `${env.apiUrl}/repos/${repo}/labels/${encodeURIComponent(l.name)}`, name: l.name, description: '', color: 'ededed', default: false })),
    head: pullRef(p.head),
    base: pullRef(p.base),
    user: userJson('octocat', 'User'),
    requested_reviewers: [],
    requested_teams: [],
    assignee: null,
    assignees: [],
    milestone: null,
    draft: false,
    merged: false,
    merged_by: null,
    auto_merge: null,
    closed_at: p.state === 'closed' ? isoSeconds() : null,
    merged_at: null,
  }) as Record<string, unknown>;
}

function issueJson(env: RouteEnv, p: PullRequest): Record<string, unknown> {
  const repo = fullName(env.state);
  return overlay(template('GET /repos/{owner}/{repo}/issues/{issue_number}', 200), {
    id: p.number + 900_000,
    node_id: `I_${p.number}`,
    number: p.number,
    title: p.title,
    state: p.state,
    url: `${env.apiUrl}/repos/${repo}/issues/${p.number}`,
    repository_url: `${env.apiUrl}/repos/${repo}`,
    labels_url: `${env.apiUrl}/repos/${repo}/issues/${p.number}/labels{/name}`,
    comments_url: `${env.apiUrl}/repos/${repo}/issues/${p.number}/comments`,
    events_url: `${env.apiUrl}/repos/${repo}/issues/${p.number}/events`,
    html_url: `https://github.com/${repo}/pull/${p.number}`,
    locked: false,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    labels: p.labels.map((l, i) => ({ id: i + 1, node_id: `LA_${i + 1}`, url: `${env.apiUrl}/repos/${repo}/labels/${encodeURIComponent(l.name)}`, name: l.name, description: '', color: 'ededed', default: false })),
    user: userJson('octocat', 'User'),
    assignee: null,
    assignees: [],
    milestone: null,
    closed_at: null,
    comments: env.state.comments.filter((c) => c.issue_number === p.number).length,
    author_association: 'CONTRIBUTOR',
    pull_request: { url: `${env.apiUrl}/repos/${repo}/pulls/${p.number}`, html_url: `https://github.com/${repo}/pull/${p.number}`, diff_url: null, patch_url: null },
  }) as Record<string, unknown>;
}
