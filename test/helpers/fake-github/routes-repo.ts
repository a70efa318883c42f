import { idParam, json, match, message, notFound, paginate, readJson, type FakeRequest, type Reply, type RouteEnv } from './http.js';
import { addComment, fullName, isoSeconds, newId, type CheckRun, type IssueComment, type PullRequest } from './state.js';

const FORBIDDEN = 'Resource not accessible by integration';

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
  m = match('commits/:sha/pulls', segments);
  if (m && req.method === 'GET') {
    const sha = m.sha ?? '';
    const pulls = state.pulls.filter((p) => p.head.sha === sha || (p.pastHeads ?? []).includes(sha));
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
  const mergeBase = env.state.compare[spec];
  const [base = '', head = ''] = spec.split('...');
  if (mergeBase === undefined) return notFound();
  const ahead = head === mergeBase ? 0 : 1;
  const behind = base === mergeBase ? 0 : 1;
  const status = ahead && behind ? 'diverged' : ahead ? 'ahead' : behind ? 'behind' : 'identical';
  return json(200, {
    url: `${env.apiUrl}/repos/${fullName(env.state)}/compare/${spec}`,
    base_commit: { sha: base },
    merge_base_commit: { sha: mergeBase, commit: { committer: { date: env.state.commitDates[mergeBase] ?? null } } },
    status,
    ahead_by: ahead,
    behind_by: behind,
    total_commits: ahead,
    commits: [],
    files: [],
  });
}

function createCheckRun(req: FakeRequest, env: RouteEnv): Reply {
  if (env.state.readOnlyToken) return message(403, FORBIDDEN);
  const body = readJson(req);
  if (!body || typeof body.name !== 'string' || typeof body.head_sha !== 'string') return message(422, 'Validation Failed');
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
  return {
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    output: run.output ?? null,
    status: run.status ?? 'queued',
    conclusion: run.conclusion ?? null,
    url: `${env.apiUrl}/repos/${fullName(env.state)}/check-runs/${run.id}`,
    html_url: `https://github.com/${fullName(env.state)}/runs/${run.id}`,
  };
}

function commentJson(env: RouteEnv, c: IssueComment): Record<string, unknown> {
  const repo = fullName(env.state);
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${env.apiUrl}/repos/${repo}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${env.apiUrl}/repos/${repo}/issues/${c.issue_number}`,
    body: c.body,
    user: { ...c.user, id: c.user.type === 'Bot' ? 41_898_282 : 583_231 },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

function pullJson(env: RouteEnv, p: PullRequest): Record<string, unknown> {
  const repo = fullName(env.state);
  return {
    ...p,
    id: p.number + 500_000,
    url: `${env.apiUrl}/repos/${repo}/pulls/${p.number}`,
    html_url: `https://github.com/${repo}/pull/${p.number}`,
    draft: false,
    merged: false,
    user: { login: 'octocat', type: 'User' },
  };
}

function issueJson(env: RouteEnv, p: PullRequest): Record<string, unknown> {
  const repo = fullName(env.state);
  return {
    id: p.number + 900_000,
    number: p.number,
    title: p.title,
    state: p.state,
    labels: p.labels.map((l, i) => ({ id: i + 1, name: l.name })),
    user: { login: 'octocat', type: 'User' },
    html_url: `https://github.com/${repo}/pull/${p.number}`,
    pull_request: { url: `${env.apiUrl}/repos/${repo}/pulls/${p.number}` },
  };
}
