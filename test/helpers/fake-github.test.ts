import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readZip, sha40, startFakeGitHub, type FakeGitHub } from './fake-github/index.js';

// @actions/github reads GITHUB_API_URL once, when first imported, and @actions/artifact's downloadArtifact
// builds its Octokit from that default. So the fake must exist and the env be set before the first
// (dynamic) import of either package; static imports would point them at api.github.com.
const ENV_KEYS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL', 'GITHUB_API_URL'] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
let fake: FakeGitHub;
let artifactLib: typeof import('@actions/artifact');
let githubLib: typeof import('@actions/github');

beforeAll(async () => {
  fake = await startFakeGitHub();
  process.env.ACTIONS_RUNTIME_TOKEN = fake.runtimeToken;
  process.env.ACTIONS_RESULTS_URL = fake.resultsUrl;
  process.env.GITHUB_SERVER_URL = 'https://github.com';
  process.env.GITHUB_API_URL = fake.apiUrl;
  githubLib = await import('@actions/github');
  artifactLib = await import('@actions/artifact');
});

afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  await fake.close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fake-github-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

describe('fake GitHub with the real @actions/artifact client', () => {
  it('uploads through Twirp CreateArtifact → Azure blocks → FinalizeArtifact and keeps the files', async () => {
    const dir = tempDir('upload');
    const bytes = Buffer.from(JSON.stringify({ schema: 1, metrics: { accuracy: 0.5 } }));
    writeFileSync(join(dir, 'baseline.json'), bytes);
    const client = new artifactLib.DefaultArtifactClient();
    const result = await client.uploadArtifact('model-gate-baseline', [join(dir, 'baseline.json')], dir, { retentionDays: 5 });

    const upload = fake.state.uploads[0]!;
    expect(upload.name).toBe('model-gate-baseline');
    expect(upload.runBackendId).toBe(fake.runBackendId);
    expect(upload.finalized).toBe(true);
    expect(upload.retentionDays).toBe(5);
    expect(Buffer.from(upload.files['baseline.json']!)).toEqual(bytes);
    expect(result.size).toBe(upload.size);
    expect(`sha256:${result.digest}`).toBe(upload.digest);
    expect(result.id).toBe(upload.artifactId);
    const paths = fake.requests.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`);
    expect(paths[0]).toBe('POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact 200');
    expect(paths).toContain('POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact 200');
    expect(fake.requests.some((r) => r.method === 'PUT' && r.path.includes('comp=blocklist') && r.status === 201)).toBe(true);

    // The finalized upload is listed as an artifact of the current run, and a second upload of the name is refused.
    expect(fake.state.artifacts.find((a) => a.id === result.id)?.run_id).toBe(fake.state.uploadRunId);
    await expect(client.uploadArtifact('model-gate-baseline', [join(dir, 'baseline.json')], dir)).rejects.toThrow(/already exists/);

    // Without findBy the client downloads its own run's artifact via ListArtifacts + GetSignedArtifactURL.
    const out = tempDir('own');
    await client.downloadArtifact(result.id!, { path: out });
    expect(readFileSync(join(out, 'baseline.json'))).toEqual(bytes);
  });

  it('downloads a seeded artifact of another run through the REST zip redirect (findBy, skipDecompress)', async () => {
    const run = fake.addRun({ head_sha: sha40('base') });
    const artifact = fake.addArtifact(run.id, 'model-gate-baseline', { 'baseline.json': '{"schema":1}' });
    const out = tempDir('download');
    const findBy = { token: 'ghs_fake', workflowRunId: run.id, repositoryOwner: 'acme', repositoryName: 'model' };
    const client = new artifactLib.DefaultArtifactClient();

    const listed = await client.getArtifact('model-gate-baseline', { findBy });
    expect(listed.artifact.id).toBe(artifact.id);
    const result = await client.downloadArtifact(artifact.id, { path: out, findBy, skipDecompress: true, expectedHash: artifact.digest });
    expect(result.digestMismatch).toBe(false);
    expect(readdirSync(out)).toEqual(['model-gate-baseline.zip']);
    const zip = readFileSync(join(out, 'model-gate-baseline.zip'));
    expect(new Uint8Array(zip)).toEqual(artifact.zip);
    expect(Buffer.from(readZip(zip)!['baseline.json']!).toString()).toBe('{"schema":1}');
    expect(fake.requests.map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toContain(`GET /repos/acme/model/actions/artifacts/${artifact.id}/zip 302`);
  });
});

describe('fake GitHub with Octokit (@actions/github)', () => {
  let gh: FakeGitHub;
  let octokit: ReturnType<typeof import('@actions/github').getOctokit>;
  const repo = { owner: 'acme', repo: 'model' };

  beforeEach(async () => {
    gh = await startFakeGitHub();
    octokit = githubLib.getOctokit('ghs_fake', { baseUrl: gh.apiUrl });
    return () => gh.close();
  });

  it('paginates 150 comments over 2 pages at per_page 100, with Link headers', async () => {
    gh.addComments(7, 150);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 100 });
    expect(comments).toHaveLength(150);
    expect(comments[149]!.body).toBe('comment 150 from octocat');
    expect(gh.requests.map((r) => r.path)).toEqual(['/repos/acme/model/issues/7/comments?per_page=100', '/repos/acme/model/issues/7/comments?per_page=100&page=2']);
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('page=5>; rel="last"');
  });

  it('creates, updates and deletes comments as the bot', async () => {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 3, body: '<!-- model-gate:default --> hi' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.user?.type).toBe('Bot');
    await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'updated' });
    expect(gh.state.comments[0]!.body).toBe('updated');
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    expect(gh.state.comments).toHaveLength(0);
    await expect(octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id })).rejects.toMatchObject({ status: 404 });
  });

  it('answers compare with the merge base, 404 for an unknown pair', async () => {
    gh.state.compare['aaa...bbb'] = 'ccc';
    const { data } = await octokit.rest.repos.compareCommits({ ...repo, base: 'aaa', head: 'bbb' });
    expect(data.merge_base_commit.sha).toBe('ccc');
    expect(data.status).toBe('diverged');
    await expect(octokit.rest.repos.compareCommits({ ...repo, base: 'x', head: 'y' })).rejects.toMatchObject({ status: 404 });
  });

  it('lists workflow runs newest first, filtered by branch, status (= conclusion) and event', async () => {
    const old = gh.addRun();
    gh.addRun({ conclusion: 'failure' });
    gh.addRun({ head_branch: 'feature' });
    gh.addRun({ event: 'pull_request' });
    gh.addRun({ path: '.github/workflows/other.yml', workflow_id: 99 });
    const newest = gh.addRun();
    const { data } = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'eval.yml', branch: 'main', status: 'success', event: 'push' });
    expect(data.total_count).toBe(2);
    expect(data.workflow_runs.map((r) => r.id)).toEqual([newest.id, old.id]);
    const byId = await octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 99 });
    expect(byId.data.workflow_runs).toHaveLength(1);
    const single = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: old.id });
    expect(single.data.head_sha).toBe(old.head_sha);
  });

  it('redirects an artifact zip to the blob, 410 when expired', async () => {
    const run = gh.addRun();
    const artifact = gh.addArtifact(run.id, 'baseline', { 'a.txt': 'A' });
    const expired = gh.addArtifact(run.id, 'old', { 'a.txt': 'A' }, { expired: true });
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name: 'baseline' });
    expect(listed.data.artifacts.map((a) => a.id)).toEqual([artifact.id]);
    expect(listed.data.artifacts[0]!.digest).toBe(artifact.digest);
    const manual = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip', request: { redirect: 'manual' } });
    expect(manual.status).toBe(302);
    expect(manual.headers.location).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/_blobs/${artifact.id}\\.zip\\?sig=`));
    expect(manual.headers.location!.startsWith(gh.apiUrl)).toBe(false);
    const followed = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
    expect(new Uint8Array(followed.data as ArrayBuffer)).toEqual(artifact.zip);
    await expect(octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: expired.id, archive_format: 'zip' })).rejects.toMatchObject({ status: 410 });
  });

  it('serves pulls, issues with labels, PRs of a commit, and check runs', async () => {
    const pull = gh.addPull({ number: 5, labels: [{ name: 'model' }] });
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 5 })).data.head.sha).toBe(pull.head.sha);
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 5 })).data.labels).toMatchObject([{ name: 'model' }]);
    const prs = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: pull.head.sha });
    expect(prs.data.map((p) => p.number)).toEqual([5]);
    const check = await octokit.rest.checks.create({ ...repo, name: 'model-gate', head_sha: pull.head.sha, status: 'in_progress' });
    expect(check.status).toBe(201);
    await octokit.rest.checks.update({ ...repo, check_run_id: check.data.id, conclusion: 'failure', output: { title: 'regressed', summary: 's' } });
    expect(gh.state.checkRuns[0]).toMatchObject({ name: 'model-gate', status: 'completed', conclusion: 'failure', output: { title: 'regressed' } });
    expect(gh.state.checkRuns[0]!.received).toHaveLength(2);
  });

  it('refuses writes with a read-only token, requests without a token, and GET /user', async () => {
    gh.state.readOnlyToken = true;
    const forbidden = { status: 403, message: expect.stringContaining('Resource not accessible by integration') as unknown };
    await expect(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })).rejects.toMatchObject(forbidden);
    await expect(octokit.rest.checks.create({ ...repo, name: 'n', head_sha: 'abc' })).rejects.toMatchObject(forbidden);
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject(forbidden);
    expect((await fetch(`${gh.apiUrl}/repos/acme/model/pulls/1`)).status).toBe(401);
    const unknown = await fetch(`${gh.apiUrl}/repos/acme/model/releases`, { headers: { authorization: 'Bearer x' } });
    expect(unknown.status).toBe(404);
    expect(gh.requests.at(-1)).toEqual({ method: 'GET', path: '/repos/acme/model/releases', status: 404, authorized: true });
  });

  it('injects transient 502s and primary / secondary rate limits', async () => {
    const get = (): Promise<Response> => fetch(`${gh.apiUrl}/repos/acme/model/issues/1/comments`, { headers: { authorization: 'token x' } });
    gh.state.transientFailures = 2;
    expect([(await get()).status, (await get()).status, (await get()).status]).toEqual([502, 502, 200]);
    gh.state.rateLimitNext = 'primary';
    const primary = await get();
    expect(primary.status).toBe(403);
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    gh.state.rateLimitNext = 'secondary-429';
    const secondary = await get();
    expect(secondary.status).toBe(429);
    expect(secondary.headers.get('retry-after')).toBe('1');
    expect(((await secondary.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    expect((await get()).status).toBe(200);
  });

  it('is recognised by the real retry and throttling plugins', async () => {
    const { retry } = await import('@octokit/plugin-retry');
    const { throttling } = await import('@octokit/plugin-throttling');
    const limits: string[] = [];
    const throttled = githubLib.getOctokit(
      'ghs_fake',
      {
        baseUrl: gh.apiUrl,
        retry: { retryAfterBaseValue: 10 },
        throttle: {
          onRateLimit: () => (limits.push('primary'), true),
          onSecondaryRateLimit: () => (limits.push('secondary'), true),
        },
      },
      retry,
      throttling,
    );
    gh.addComments(1, 3);
    gh.state.transientFailures = 1;
    expect((await throttled.rest.issues.listComments({ ...repo, issue_number: 1 })).data).toHaveLength(3);
    gh.state.rateLimitNext = 'primary';
    expect((await throttled.rest.issues.listComments({ ...repo, issue_number: 1 })).data).toHaveLength(3);
    gh.state.rateLimitNext = 'secondary';
    expect((await throttled.rest.issues.listComments({ ...repo, issue_number: 1 })).data).toHaveLength(3);
    expect(limits).toEqual(['primary', 'secondary']);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 200, 403, 200, 403, 200]);
  });
});

describe('fake GitHub lifetime', () => {
  it('refuses connections after close()', async () => {
    const gh = await startFakeGitHub();
    expect((await fetch(`${gh.apiUrl}/user`, { headers: { authorization: 'token x' } })).status).toBe(403);
    await gh.close();
    await expect(fetch(`${gh.apiUrl}/user`)).rejects.toThrow();
  });

  it('does not keep a process alive when never closed', () => {
    // Compile the helper to plain ESM in a temp folder and run it in a child that never calls close().
    const dir = tempDir('child');
    const src = resolve('test/helpers/fake-github');
    mkdirSync(join(dir, 'fake-github'));
    for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
      const { outputText } = ts.transpileModule(readFileSync(join(src, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(join(dir, 'fake-github', file.replace(/\.ts$/, '.js')), outputText);
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const script = `import { startFakeGitHub } from './fake-github/index.js';
      const gh = await startFakeGitHub();
      const res = await fetch(gh.apiUrl + '/user', { headers: { authorization: 'token x' } });
      console.log('status', res.status);`;
    writeFileSync(join(dir, 'main.js'), script);
    const started = Date.now();
    const child = spawnSync(process.execPath, [join(dir, 'main.js')], { cwd: dir, timeout: 20_000, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('status 403');
    expect(child.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
