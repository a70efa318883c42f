import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { tempFiles } from '../helpers/cli.js';
import { pullRequestEvent, workflowRunEvent } from '../helpers/events.js';
import { eventFile, recordBundleFiles } from '../helpers/scenario.js';
import { sha40, startFakeGitHub, useToken, type FakeGitHub, type TokenKind } from '../helpers/fake-github/index.js';

/**
 * GitHub as it really behaves where its OpenAPI description is silent (docs/github.md): fork pull requests in the
 * workflow_run pattern, every kind of token, limits in bytes, artifacts that vanish, workflow names that do not
 * exist. Every response the fake serves here is also validated against GitHub's published schema.
 */

const BASELINE_CSV = readFileSync('examples/baseline-predictions.csv', 'utf8');
const CURRENT_CSV = readFileSync('examples/predictions.csv', 'utf8');
const FORK = 'stranger/model';
const RULES = 'f1: { max-regression: 1% }';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

const comments = (issue: number) => fake.state.comments.filter((c) => c.issue_number === issue && c.body.startsWith('<!-- model-gate:'));

/** main has a baseline at the merge-base of fork PR `number`, whose own pull_request run uploaded `files`. */
async function seedForkPullRequest(number: number, files: Record<string, string> = { 'predictions.csv': CURRENT_CSV }) {
  const mergeBase = sha40(`merge-base-${number}`);
  const baselineRun = fake.addRun({ head_sha: mergeBase });
  fake.addArtifact(baselineRun.id, 'model-gate-baseline', await recordBundleFiles(BASELINE_CSV, mergeBase, ['--rules', RULES]));
  const head = sha40(`fork-head-${number}`);
  const branch = `patch-${number}`;
  const pull = fake.addPull({ number, head: { sha: head, ref: branch, repo: { full_name: FORK } } });
  fake.state.compare[`${pull.base.sha}...${head}`] = mergeBase;
  const evalRun = fake.addRun({ head_sha: head, head_branch: branch, event: 'pull_request', head_repository: { full_name: FORK } });
  fake.addArtifact(evalRun.id, 'eval-results', files);
  return { head, branch, pull, evalRun };
}

/** The trusted gate workflow on `workflow_run` of the fork's run, as run `runId`. */
function runGate(evalRun: { id: number; head_sha: string; head_branch: string }, options: { runId?: number; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  const event = workflowRunEvent({ id: evalRun.id, headSha: evalRun.head_sha, headBranch: evalRun.head_branch, headRepository: FORK, repository: 'acme/model' });
  return runAction(
    { 'current-artifact': 'eval-results', predictions: 'predictions.csv', rules: RULES, 'github-token': 'ghs_gate', ...options.inputs },
    tempFiles({}),
    {
      ...fake.env(),
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile(event),
      GITHUB_SHA: sha40('main-tip'),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: String(options.runId ?? 7000),
      GITHUB_RUN_NUMBER: '70',
      GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/gate.yml@refs/heads/main',
    },
  );
}

/** The action on a same-repository pull request `number` (pull_request event), run `runId`. */
function runOnPullRequest(number: number, csv: string, options: { runId?: number; mergeBase?: string; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  const pull = fake.state.pulls.find((p) => p.number === number) ?? fake.addPull({ number });
  if (options.mergeBase) fake.state.compare[`${pull.base.sha}...${pull.head.sha}`] = options.mergeBase;
  return runAction(
    { predictions: 'predictions.csv', rules: RULES, 'github-token': 'ghs_test', ...options.inputs },
    tempFiles({ 'predictions.csv': csv }),
    {
      ...fake.env(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(pullRequestEvent(pull, 'acme/model')),
      GITHUB_SHA: sha40(`merge-${number}`),
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_RUN_ID: String(options.runId ?? 9000),
      GITHUB_RUN_NUMBER: '90',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/eval.yml@refs/pull/1/merge',
    },
  );
}

describe('fork pull requests through workflow_run, with every kind of token', () => {
  it('finds the fork PR (commits/{sha}/pulls answers [] for it), comments, and fails a check run on the fork head', async () => {
    const { head, evalRun } = await seedForkPullRequest(20);
    const run = await runGate(evalRun);
    expect(run.code, run.stdout).toBe(0);
    const [comment, ...more] = comments(20);
    expect(more).toHaveLength(0);
    expect(comment!.body).toContain('### ❌ model-gate: failed');
    expect(fake.state.checkRuns).toHaveLength(1);
    expect(fake.state.checkRuns[0]).toMatchObject({ head_sha: head, name: 'model-gate', conclusion: 'failure' });
    expect(fake.requests.some((r) => r.path.startsWith('/repos/acme/model/pulls?') && r.path.includes(`head=stranger%3Apatch-20`))).toBe(true);
  });

  it('keeps one comment over three runs with a GitHub App installation token, and never takes over a human copy of the marker', async () => {
    useToken(fake.state, 'app');
    const { evalRun } = await seedForkPullRequest(21);
    const human = fake.addComment(21, '<!-- model-gate:default run:99999.1 -->\nI copied the marker', { login: 'mallory', type: 'User' });
    for (const runId of [7001, 7002, 7003]) {
      const run = await runGate(evalRun, { runId });
      expect(run.code, run.stdout).toBe(0);
    }
    const ours = comments(21).filter((c) => c.id !== human.id);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.user).toEqual({ login: 'model-gate-app[bot]', type: 'Bot' });
    expect(ours[0]!.body).toMatch(/^<!-- model-gate:default run:7003\.1 -->/);
    expect(fake.state.comments.find((c) => c.id === human.id)!.body).toBe('<!-- model-gate:default run:99999.1 -->\nI copied the marker');
    expect(fake.requests.filter((r) => r.path === '/user').map((r) => r.status)).toEqual([403, 403, 403]);
    expect(fake.state.checkRuns.map((c) => c.conclusion)).toEqual(['failure', 'failure', 'failure']);
  });

  it('with a personal access token: one comment by its user, and a clear message that check runs need a GitHub App', async () => {
    useToken(fake.state, 'pat');
    const { evalRun } = await seedForkPullRequest(22);
    const first = await runGate(evalRun, { runId: 7101 });
    await runGate(evalRun, { runId: 7102 });
    expect(comments(22)).toHaveLength(1);
    expect(comments(22)[0]!.user).toEqual({ login: 'octo-maintainer', type: 'User' });
    expect(fake.state.checkRuns).toHaveLength(0);
    const why = 'GitHub lets only GitHub Apps create check runs, and github-token is a personal access token; use the default GITHUB_TOKEN (with permissions: checks: write) or a GitHub App installation token';
    expect(first.stdout).toContain(why);
    expect(first.summary).toContain('The check run was not published: cannot publish the check run: GitHub lets only GitHub Apps');
    expect(first.stdout).not.toContain('may lack "checks: write"');
  });

  it.each<[TokenKind, string]>([
    ['github-token', 'github-actions[bot]'],
    ['app', 'model-gate-app[bot]'],
  ])('an error in workflow_run mode still reports on the PR (%s): a failing check run with the reason, and the comment', async (kind, author) => {
    useToken(fake.state, kind);
    const { head, evalRun } = await seedForkPullRequest(23, { 'predictions.csv': 'id,label\n1,1\n' });
    const run = await runGate(evalRun);
    expect(run.code).toBe(1);
    const [check] = fake.state.checkRuns;
    expect(check).toMatchObject({ head_sha: head, conclusion: 'failure', output: { title: 'could not evaluate this pull request' } });
    expect(check!.received[0]!.details_url).toBe('https://github.com/acme/model/actions/runs/7000');
    const [comment] = comments(23);
    expect(comment!.user?.login).toBe(author);
    expect(comment!.body).toContain('could not evaluate this pull request');
    expect(comment!.body).toContain('predictions.csv');
  });
});

describe('artifacts: every page, and the ones that vanish', () => {
  const lines = CURRENT_CSV.trimEnd().split('\n');
  const header = lines[0]!;
  const rows = lines.slice(1);

  it('reads all 110 shard artifacts of a run (two pages), so n counts every row', async () => {
    const shards = 110;
    for (let k = 0; k < shards; k++) {
      const shard = rows.filter((_, i) => i % shards === k);
      fake.addArtifact(9000, `eval-shard-${String(k + 1).padStart(3, '0')}`, { 'predictions.csv': `${header}\n${shard.join('\n')}\n` });
    }
    const run = await runOnPullRequest(30, CURRENT_CSV, { runId: 9000, inputs: { 'current-artifact': 'eval-shard-*', predictions: 'predictions.csv', columns: '{slices: [region]}' } });
    expect(run.outputs.metrics, run.stdout).toBeDefined();
    const metrics = JSON.parse(run.outputs.metrics!) as Record<string, number>;
    expect(metrics.n, run.stdout).toBe(rows.length);
    expect(metrics.accuracy).toBeCloseTo(0.868, 12);
    expect(run.stdout).toContain(`read ${shards} artifacts of run 9000 matching "eval-shard-*"`);
    expect(fake.requests.filter((r) => r.path.startsWith('/repos/acme/model/actions/runs/9000/artifacts'))).toHaveLength(2);
  });

  it('names the expired shards instead of gating on the rest', async () => {
    fake.addArtifact(9001, 'eval-shard-1', { 'predictions.csv': `${header}\n${rows.slice(0, 100).join('\n')}\n` });
    fake.addArtifact(9001, 'eval-shard-2', { 'predictions.csv': `${header}\n${rows.slice(100, 200).join('\n')}\n` }, { expired: true });
    const run = await runOnPullRequest(31, CURRENT_CSV, { runId: 9001, inputs: { 'current-artifact': 'eval-shard-*' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::1 of the 2 artifacts of run 9001 matching "eval-shard-*" have expired ("eval-shard-2"); rerun the evaluation (current-artifact)');
  });

  it('falls back to the next older baseline run when the newest one\'s zip answers 404, with a note', async () => {
    const older = fake.addRun({ head_sha: sha40('older') });
    fake.addArtifact(older.id, 'model-gate-baseline', await recordBundleFiles(BASELINE_CSV, older.head_sha));
    const mergeBase = sha40('merge-base-32');
    const deleted = fake.addRun({ head_sha: mergeBase });
    fake.addArtifact(deleted.id, 'model-gate-baseline', await recordBundleFiles(BASELINE_CSV, mergeBase), { gone: true });
    const run = await runOnPullRequest(32, BASELINE_CSV, { mergeBase });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(older.head_sha);
    expect(run.summary.replaceAll('\u200d', '')).toContain(`run #${deleted.run_number}: the baseline artifact is gone (404); trying an older run`);
    expect(run.stdout).not.toContain('internal error');
  });
});

describe('REST failures are one line with a cause', () => {
  it('a misspelled baseline-workflow (404) ends in one clear line', async () => {
    const run = await runOnPullRequest(40, CURRENT_CSV, { inputs: { 'baseline-workflow': 'evl.yml' } });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      '::error::baseline-workflow: "evl.yml" is not a workflow of acme/model (GitHub answered 404); name the file under .github/workflows that records baselines, e.g. eval.yml',
    ]);
    expect(run.stdout).not.toContain('internal error');
  });

  it('an exhausted primary rate limit is not waited out for most of an hour: it fails with the reset time', async () => {
    fake.state.rateLimitNext = 'primary-long';
    const run = await runOnPullRequest(41, CURRENT_CSV);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/::error::cannot [^\n]*: the GitHub API rate limit is exhausted \(403: API rate limit exceeded[^\n]*\); it resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ; rerun the job after that/);
    expect(run.stdout).not.toContain('internal error');
  });

  it('a compare the token may not read (403) falls back to the newest baseline, with a note', async () => {
    const newest = fake.addRun({ head_sha: sha40('newest-main') });
    fake.addArtifact(newest.id, 'model-gate-baseline', await recordBundleFiles(BASELINE_CSV, newest.head_sha));
    const pull = fake.addPull({ number: 42 });
    fake.state.compareForbidden = true;
    const run = await runOnPullRequest(pull.number, BASELINE_CSV);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(newest.head_sha);
    expect(run.summary).toContain('cannot compare the pull request with its base (403');
    expect(run.summary).toContain('using the newest baseline on main instead of the merge-base');
  });

  it('an unreadable GITHUB_EVENT_PATH is an error that says so', async () => {
    const run = await runAction({ predictions: 'p.csv', 'github-token': 'ghs_test' }, tempFiles({ 'p.csv': CURRENT_CSV }), {
      ...fake.env(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: '/nonexistent/event.json',
      GITHUB_SHA: sha40('x'),
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_RUN_ID: '1',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::GITHUB_EVENT_PATH: cannot read the event payload /nonexistent/event.json (ENOENT)');
  });
});

describe('limits are bytes: a report of CJK and emoji metric ids', () => {
  it('trims the check run to 65,535 bytes and the job summary to 1 MiB, and annotates 10 of 3,000 failures', async () => {
    // 3,000 metrics, each id 60 CJK characters and an emoji (~190 bytes, ~62 UTF-16 units), all below their minimum.
    const ids = Array.from({ length: 3000 }, (_, i) => `${'精度指標評価'.repeat(10)}_${String(i).padStart(4, '0')}_🎯`);
    const metrics = JSON.stringify(Object.fromEntries(ids.map((id) => [id, 0.5])));
    const { head, evalRun } = await seedForkPullRequest(50, { 'metrics.json': metrics });
    const run = await runGate(evalRun, { inputs: { predictions: '', metrics: 'metrics.json', rules: '"*": { min: 0.9 }' } });
    expect(run.code, run.stdout).toBe(0);
    const [check] = fake.state.checkRuns;
    expect(check, run.stdout).toMatchObject({ head_sha: head, conclusion: 'failure' });
    const summary = check!.output!.summary!;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65_535);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(60_000);
    expect(summary).toContain('✂️ Trimmed');
    expect(summary).toContain(ids[0]!.slice(0, 12));
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).toContain('### ❌ model-gate: failed');
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error title=model-gate::'));
    expect(annotations).toHaveLength(10);
    const failing = (JSON.parse(run.outputs.regressions!) as string[]).length;
    expect(failing).toBeGreaterThanOrEqual(3000);
    expect(annotations[9]).toContain(`${failing - 9} more failing metrics (GitHub shows 10 errors per step); the job summary and the JSON report list them all`);
  });
});
