import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { createRestPort, toRequestError } from '../../src/github/rest.js';
import { RateLimitError } from '../../src/github/port.js';
import { startFakeGitHub, useToken, type FakeGitHub } from '../helpers/fake-github/index.js';

/** The REST port against the fake playing GitHub Enterprise Server (responses validated against the GHES description). */
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub({ ghes: true });
});
afterEach(async () => {
  await fake.close();
});

function port(fetchSpy?: typeof fetch) {
  const options = { token: 'ghs_port', apiUrl: fake.apiUrl, owner: 'acme', repo: 'model', log: () => undefined };
  const octokit = getOctokit(options.token, { baseUrl: fake.apiUrl, ...(fetchSpy ? { request: { fetch: fetchSpy } } : {}) });
  return createRestPort(octokit, options);
}

describe('the REST port, as GitHub Enterprise Server answers it', () => {
  it('downloads the zip through the same (proxy-aware) fetch as Octokit, without the token on the signed URL', async () => {
    const run = fake.addRun();
    const artifact = fake.addArtifact(run.id, 'model-gate-baseline', { 'a.txt': 'A' });
    const seen: { url: string; authorization: string | null }[] = [];
    const spy: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      seen.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      return fetch(input, init);
    };
    const [listed] = await port(spy).listRunArtifacts(run.id, 'model-gate-baseline');
    const zip = await port(spy).downloadArtifact(listed!);
    expect(zip).toEqual(artifact.zip);
    const blob = seen.find((s) => s.url.includes('/_blobs/'));
    expect(blob).toBeDefined();
    expect(blob!.authorization).toBeNull();
    expect(fake.requests.find((r) => r.path.startsWith('/_blobs/'))).toMatchObject({ status: 200, authorized: false });
  });

  it('reads every page of a run\'s artifacts (newest first on GitHub), 250 of them', async () => {
    const run = fake.addRun();
    for (let i = 0; i < 250; i++) fake.addArtifact(run.id, `shard-${i}`, { 'a.txt': String(i) });
    const artifacts = await port().listRunArtifacts(run.id, undefined);
    expect(new Set(artifacts.map((a) => a.name)).size).toBe(250);
    expect(fake.requests.filter((r) => r.path.includes('/artifacts?'))).toHaveLength(3);
  });

  it('tells the token kinds apart: an installation gets 403 on GET /user, a personal access token its login', async () => {
    expect(await port().tokenIdentity()).toEqual({ kind: 'installation' });
    useToken(fake.state, 'pat');
    expect(await port().tokenIdentity()).toEqual({ kind: 'user', login: 'octo-maintainer' });
  });

  it('finds a fork pull request by head owner:branch, and a deleted fork as a null head repository', async () => {
    fake.addPull({ number: 3, head: { sha: 'a'.repeat(40), ref: 'fix', repo: { full_name: 'stranger/model' } } });
    fake.addPull({ number: 4, head: { sha: 'b'.repeat(40), ref: 'fix', repo: null } });
    expect((await port().pullsByHead('stranger:fix')).map((p) => p.number)).toEqual([3]);
    expect(await port().pullsForCommit('a'.repeat(40))).toEqual([]);
    expect((await port().getPull(4)).headRepository).toBeNull();
  });
});

describe('REST errors', () => {
  it('an exhausted rate limit is a RateLimitError with the reset time, not a permission hint', () => {
    const error = Object.assign(new Error('API rate limit exceeded for installation ID 1.'), {
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' } },
    });
    const failure = toRequestError(error, 'list workflow runs', 'actions: read');
    expect(failure).toBeInstanceOf(RateLimitError);
    expect(failure.message).toBe(
      'cannot list workflow runs: the GitHub API rate limit is exhausted (403: API rate limit exceeded for installation ID 1.); it resets at 2026-01-01T00:00:00Z; rerun the job after that',
    );
  });
});
