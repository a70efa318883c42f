import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { tempFiles } from '../helpers/cli.js';
import { workflowRunEvent } from '../helpers/events.js';
import { eventFile, recordBundleFiles } from '../helpers/scenario.js';
import { sha40, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

const BASELINE_CSV = readFileSync('examples/baseline-predictions.csv', 'utf8');
const CURRENT_CSV = readFileSync('examples/predictions.csv', 'utf8');
const FORK = 'stranger/model';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

const bundleFiles = (csv: string, sha: string, rules: string) => recordBundleFiles(csv, sha, ['--rules', rules]);

/** main has a baseline recorded with `rules` at the merge-base of PR `number`, which comes from a fork. */
async function seedForkPullRequest(number: number, rules = 'f1: { max-regression: 1% }', extra: Record<string, unknown> = {}) {
  const mergeBase = sha40(`merge-base-${number}`);
  const baselineRun = fake.addRun({ head_sha: mergeBase });
  fake.addArtifact(baselineRun.id, 'model-gate-baseline', await bundleFiles(BASELINE_CSV, mergeBase, rules));
  const head = sha40(`fork-head-${number}`);
  const pull = fake.addPull({ number, head: { sha: head, ref: 'main', repo: { full_name: FORK } }, ...extra });
  fake.state.compare[`${pull.base.sha}...${head}`] = mergeBase;
  // The fork's pull_request run: untrusted; its artifact holds the eval results.
  const evalRun = fake.addRun({ head_sha: head, event: 'pull_request', head_repository: { full_name: FORK } });
  return { mergeBase, head, pull, evalRun };
}


/** The trusted gate workflow, triggered by `workflow_run` of the fork's eval run. */
function runGateWorkflow(evalRun: { id: number; head_sha: string }, inputs: Record<string, string> = {}): Promise<ActionRun> {
  // A fork's run: GitHub leaves workflow_run.pull_requests empty; the fork's branch is `main`.
  const event = workflowRunEvent({ id: evalRun.id, headSha: evalRun.head_sha, headBranch: 'main', headRepository: FORK, repository: 'acme/model' });
  return runAction(
    { 'current-artifact': 'eval-results', predictions: 'predictions.csv', rules: 'f1: { max-regression: 1% }', 'github-token': 'ghs_write', ...inputs },
    tempFiles({}),
    {
      ...fake.env(),
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: eventFile(event),
      GITHUB_SHA: sha40('main-tip'),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '7000',
      GITHUB_RUN_NUMBER: '70',
      GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/gate.yml@refs/heads/main',
    },
  );
}

const comments = (issue: number) => fake.state.comments.filter((c) => c.issue_number === issue && c.body.startsWith('<!-- model-gate:'));

describe('trust: fork pull requests through workflow_run, rules a PR cannot loosen, accepted regressions', () => {
  it('comments on the fork PR found from the head SHA, ignoring the PR number the artifact claims, and publishes a check run', async () => {
    const { head, evalRun } = await seedForkPullRequest(20);
    fake.addPull({ number: 21 });
    fake.addArtifact(evalRun.id, 'eval-results', { 'predictions.csv': CURRENT_CSV, 'pr.json': JSON.stringify({ number: 21 }), 'event.json': JSON.stringify({ pull_request: { number: 21 } }) });
    const run = await runGateWorkflow(evalRun);
    expect(run.code, run.stdout).toBe(0);
    expect(comments(21)).toHaveLength(0);
    const [comment] = comments(20);
    expect(comment!.body).toContain('### ❌ model-gate: failed');
    const [check] = fake.state.checkRuns;
    expect(check).toMatchObject({ head_sha: head, name: 'model-gate', conclusion: 'failure' });
    expect(run.stdout).toContain(`published as a check run on ${head.slice(0, 7)}`);
  });

  it('refuses a closed pull request and a head that moved on, publishing nothing', async () => {
    const closed = await seedForkPullRequest(22, undefined, { state: 'closed' });
    fake.addArtifact(closed.evalRun.id, 'eval-results', { 'predictions.csv': CURRENT_CSV });
    const first = await runGateWorkflow(closed.evalRun);
    expect(first.stdout).toContain('not publishing to a pull request: pull request #22 is closed');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('(not published to any pull request)');
    expect(comments(22)).toHaveLength(0);

    const moved = await seedForkPullRequest(23);
    moved.pull.pastHeads = [moved.head];
    moved.pull.head = { ...moved.pull.head, sha: sha40('newer-head') };
    fake.addArtifact(moved.evalRun.id, 'eval-results', { 'predictions.csv': CURRENT_CSV });
    const second = await runGateWorkflow(moved.evalRun);
    expect(second.stdout).toMatch(/pull request #23 has moved on to [0-9a-f]{7}: this result is for [0-9a-f]{7}, an older commit/);
    expect(comments(23)).toHaveLength(0);
    expect(fake.state.checkRuns).toHaveLength(0);
  });

  it('fails a PR that loosens a rule on the baseline\'s rule, and says so', async () => {
    const { evalRun } = await seedForkPullRequest(24, 'f1: { max-regression: 1% }');
    fake.addArtifact(evalRun.id, 'eval-results', { 'predictions.csv': CURRENT_CSV });
    const run = await runGateWorkflow(evalRun, { rules: 'f1: { max-regression: 50% }' });
    expect(run.outputs.status).toBe('fail');
    expect(JSON.parse(run.outputs.regressions!)).toEqual(['f1']);
    const body = comments(24)[0]!.body.replaceAll('\u200d', '');
    expect(body).toContain('baseline rule: fell 6.8 pts (−10%), worse; allowed worsening 1% (0.7 pts); the 97.5% interval (Holm over 2 checks)');
    // The table shows the interval of the check that failed, the same numbers as its reason.
    const interval = /the 97\.5% interval \(Holm over 2 checks\) (−[\d.]+ … −[\d.]+) pts/.exec(body)![1]!;
    expect(body).toMatch(new RegExp(`\\| ❌ \\| f1 ↑ \\|[^\\n]*worse \\(${interval}\\)`));
    expect(body).toContain('rule "f1": this pull request says max-regression 50%, the baseline max-regression 1%; a metric fails if it breaks either');
  });

  it('passes with the accept label, keeping the regression in the table marked accepted', async () => {
    const { evalRun, pull } = await seedForkPullRequest(25);
    pull.labels = [{ name: 'model-gate: accept-regression' }];
    fake.addArtifact(evalRun.id, 'eval-results', { 'predictions.csv': CURRENT_CSV });
    const run = await runGateWorkflow(evalRun);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs.status).toBe('pass');
    expect(comments(25)[0]!.body).toMatch(/\| ☑️ \| f1 ↑ \|/);
    expect(comments(25)[0]!.body).toContain('accepted by the "model-gate: accept-regression" label');
    expect(fake.state.checkRuns[0]).toMatchObject({ conclusion: 'success' });
  });

  it.each([
    ['path traversal', () => {
      const zip = zipSync({ 'aaaaaaaaaaa/predictions.csv': new TextEncoder().encode(CURRENT_CSV) });
      const from = new TextEncoder().encode('aaaaaaaaaaa/predictions.csv');
      const to = new TextEncoder().encode('../../../../predictions.csv');
      for (let i = 0; i + from.length <= zip.length; i++) if (from.every((b, k) => zip[i + k] === b)) zip.set(to, i);
      return zip;
    }, /refused archive: entry "\.\.\/\.\.\/\.\.\/\.\.\/predictions\.csv" would escape the extraction folder/],
    ['a symbolic link', () => {
      const zip = zipSync({ 'predictions.csv': new TextEncoder().encode('/etc/passwd') });
      const view = new DataView(zip.buffer);
      for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) { view.setUint16(i + 4, (3 << 8) | 20, true); view.setUint32(i + 38, (0o120777 << 16) >>> 0, true); }
      return zip;
    }, /refused archive: entry "predictions\.csv" is a symbolic link/],
    ['an oversized archive', () => {
      const zip = zipSync({ 'predictions.csv': new TextEncoder().encode(CURRENT_CSV) });
      const view = new DataView(zip.buffer);
      for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
      return zip;
    }, /artifact "eval-results" is 3\.0 GiB, above the 2 GiB limit; refusing to download it/],
    ['a file of the wrong shape', () => zipSync({ 'predictions.csv': new TextEncoder().encode('{"pull_request": {"number": 1}}\n') }), /predictions\.csv.*(no label column|not valid|expected)/],
  ])('refuses a poisoned artifact: %s', async (name, build, message) => {
    const { evalRun } = await seedForkPullRequest(30);
    fake.addArtifact(evalRun.id, 'eval-results', {}, { zip: build() });
    if (name === 'an oversized archive') fake.state.artifacts.at(-1)!.size_in_bytes = 3 * 1024 ** 3;
    const run = await runGateWorkflow(evalRun);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(message);
    // The pull request is known, so the error is published there: a required check never waits forever.
    const [check] = fake.state.checkRuns;
    expect(check).toMatchObject({ head_sha: evalRun.head_sha, conclusion: 'failure', output: { title: 'could not evaluate this pull request' } });
    expect(check!.output!.summary).toMatch(/refus|GiB|predictions\.csv/);
    const [comment, ...more] = comments(30);
    expect(more).toHaveLength(0);
    expect(comment!.body).toContain('### ⚠️ model-gate: could not evaluate this pull request');
  });
});
