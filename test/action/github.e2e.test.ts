import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { tempFiles } from '../helpers/cli.js';
import { pullRequestEvent, pushEvent } from '../helpers/events.js';
import { eventFile, recordBundleFiles } from '../helpers/scenario.js';
import { sha40, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

const BASELINE_CSV = readFileSync('examples/baseline-predictions.csv', 'utf8');
const CURRENT_CSV = readFileSync('examples/predictions.csv', 'utf8');
const RULES = 'accuracy: { min: 0.85, max-regression: 0.01 }\nf1: { max-regression: 2% }';
const ARTIFACT = 'model-gate-baseline';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => {
  await fake.close();
});

const bundleFiles = (csv: string, sha: string) => recordBundleFiles(csv, sha, ['--columns', '{slices: [region]}']);

/** Seeds a trusted default-branch run at `sha` holding a baseline recorded from `csv`. */
async function seedBaselineRun(csv: string, sha: string, extra: Parameters<FakeGitHub['addRun']>[0] = {}) {
  const run = fake.addRun({ head_sha: sha, ...extra });
  fake.addArtifact(run.id, ARTIFACT, await bundleFiles(csv, sha));
  return run;
}


/** Runs the bundled action for pull request `number` as run `runId`, with a merge-base of `mergeBase`. */
async function runOnPullRequest(number: number, csv: string, options: { runId?: number; attempt?: number; mergeBase?: string; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  const pull = fake.state.pulls.find((p) => p.number === number) ?? fake.addPull({ number });
  if (options.mergeBase) fake.state.compare[`${pull.base.sha}...${pull.head.sha}`] = options.mergeBase;
  const event = eventFile(pullRequestEvent(pull, 'acme/model'));
  return runAction(
    { predictions: 'predictions.csv', rules: RULES, columns: '{slices: [region]}', 'github-token': 'ghs_test', ...options.inputs },
    tempFiles({ 'predictions.csv': csv }),
    {
      ...fake.env(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: sha40(`merge-${number}`),
      GITHUB_REF: `refs/pull/${number}/merge`,
      GITHUB_RUN_ID: String(options.runId ?? 9000),
      GITHUB_RUN_NUMBER: '90',
      GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1),
      GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/eval.yml@refs/pull/1/merge',
    },
  );
}

/** Markdown as a reader sees it: the zero-width joiners that stop mentions and #refs are invisible. */
const visible = (markdown: string) => markdown.replaceAll('\u200d', '');

const comments = (issue: number) => fake.state.comments.filter((c) => c.issue_number === issue && c.body.startsWith('<!-- model-gate:'));

describe('the action on GitHub, end to end against a fake API on 127.0.0.1', () => {
  it('records on a push to the default branch: uploads the bundle with the previous baseline in its history', async () => {
    const previous = await seedBaselineRun(BASELINE_CSV, sha40('previous'));
    const run = await runAction(
      { predictions: 'predictions.csv', rules: RULES, 'github-token': 'ghs_test', 'retention-days': '7' },
      tempFiles({ 'predictions.csv': CURRENT_CSV }),
      {
        ...fake.env(),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventFile(pushEvent('acme/model', 'refs/heads/main', sha40('new-main'))),
        GITHUB_SHA: sha40('new-main'),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: '5000',
        GITHUB_RUN_NUMBER: '50',
        GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/eval.yml@refs/heads/main',
      },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('recorded');
    const upload = fake.state.uploads.find((u) => u.name === ARTIFACT && u.finalized);
    expect(upload, run.stdout).toBeDefined();
    expect(upload!.retentionDays ?? 7).toBe(7);
    const bundle = JSON.parse(new TextDecoder().decode(upload!.files['model-gate-baseline.json'])) as {
      provenance: { sha: string; runId: number };
      metrics: Record<string, number>;
      history: { sha: string; runId: number }[];
      rules: { key: string }[];
    };
    expect(bundle.provenance).toMatchObject({ sha: sha40('new-main'), runId: 5000 });
    expect(bundle.metrics.accuracy).toBeCloseTo(0.868, 12);
    expect(bundle.history.map((h) => h.sha)).toEqual([sha40('previous')]);
    expect(bundle.rules.map((r) => r.key)).toEqual(['accuracy', 'f1']);
    expect(upload!.files['examples.bin.gz']).toBeDefined();
    expect(previous.id).toBeGreaterThan(0);
  });

  it('fails a pull request with a regression, with exactly one comment naming the baseline', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(BASELINE_CSV, mergeBase);
    const run = await runOnPullRequest(1, CURRENT_CSV, { mergeBase });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('fail');
    // f1 is confidently worse than allowed; accuracy's interval overlaps its allowance, so it only warns.
    expect(JSON.parse(run.outputs.regressions!)).toEqual(['f1']);
    expect(run.outputs['baseline-sha']).toBe(mergeBase);
    expect(run.stdout).toMatch(/::error title=model-gate::f1: fell 6\.8 pts \(−10%25\), worse; allowed worsening 2%25 \(1\.4 pts\); the 97\.5%25 interval \(Holm over 2 checks\) −\d+\.\d … −\d+\.\d pts lies wholly beyond it/);
    expect(run.stdout).toContain('::warning title=model-gate::accuracy: fell 2.0 pts (−2.3%25), worse; allowed worsening 1 pt; beyond it on the point estimate, but the 95%25 interval');
    const [comment, ...others] = comments(1);
    expect(others).toHaveLength(0);
    expect(comment!.body).toMatch(/^<!-- model-gate:default run:9000\.1 -->\n### ❌ model-gate: failed/);
    expect(visible(comment!.body)).toContain(`baseline ${mergeBase.slice(0, 7)} (run #1, 2024-01-01, this PR's merge-base)`);
    expect(comment!.body).toContain('paired on 2,000 shared examples');
    expect(comment!.body).toContain('| Δ (interval) |');
    expect(comment!.body).toContain('the 97.5% interval (Holm over 2 checks)');
    expect(comment!.body).toContain('Prediction churn (95 right → wrong, 55 wrong → right)');
    expect(run.outputs['comment-url']).toBe(comment!.html_url);
    expect(run.summary).toContain('### ❌ model-gate: failed');
  });

  it('updates the same comment on a rerun, found behind 150 other comments', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(BASELINE_CSV, mergeBase);
    fake.addComments(2, 150);
    await runOnPullRequest(2, CURRENT_CSV, { mergeBase, runId: 100 });
    const first = comments(2);
    expect(first).toHaveLength(1);
    fake.addComments(2, 5);
    const rerun = await runOnPullRequest(2, BASELINE_CSV, { mergeBase, runId: 101 });
    expect(rerun.code).toBe(0);
    const after = comments(2);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(first[0]!.id);
    expect(after[0]!.body).toMatch(/^<!-- model-gate:default run:101\.1 -->\n### ✅ model-gate: passed/);
  });

  it('passes an improvement', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(CURRENT_CSV, mergeBase);
    const run = await runOnPullRequest(3, BASELINE_CSV, { mergeBase });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs.passed).toBe('true');
  });

  it('falls back to an older run when the merge-base artifact has expired, and says so', async () => {
    const older = await seedBaselineRun(CURRENT_CSV, sha40('older'));
    const mergeBase = sha40('merge-base');
    const expired = fake.addRun({ head_sha: mergeBase });
    fake.addArtifact(expired.id, ARTIFACT, await bundleFiles(BASELINE_CSV, mergeBase), { expired: true });
    fake.state.commitDates[mergeBase] = expired.created_at;
    const run = await runOnPullRequest(4, BASELINE_CSV, { mergeBase });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(older.head_sha);
    expect(visible(run.summary)).toContain(`run #${expired.run_number} (${mergeBase.slice(0, 7)}): its baseline artifact has expired; trying an older run`);
    expect(run.summary).toContain('not the merge-base: the newest baseline before it');
  });

  it('with no baseline at all: status no-baseline, absolute rules still gate, the comment says how to record one', async () => {
    const run = await runOnPullRequest(5, CURRENT_CSV, { inputs: { rules: 'accuracy: { min: 0.9 }' } });
    expect(run.outputs.status).toBe('fail');
    expect(run.stdout).toContain('accuracy: 0.868 is below the minimum 0.9');
    const passing = await runOnPullRequest(6, CURRENT_CSV, { inputs: { rules: 'accuracy: { min: 0.8 }' } });
    expect(passing.code).toBe(0);
    expect(passing.outputs.status).toBe('no-baseline');
    expect(comments(6)[0]!.body).toContain('record one by running this workflow on a push to main');
  });

  it('with a read-only token (a fork): still fails the check, and the summary says why the comment was skipped', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(BASELINE_CSV, mergeBase);
    fake.addPull({ number: 7, head: { sha: sha40('fork-head'), ref: 'main', repo: { full_name: 'stranger/model' } } });
    fake.state.readOnlyToken = true;
    const run = await runOnPullRequest(7, CURRENT_CSV, { mergeBase });
    expect(run.code).toBe(1);
    expect(comments(7)).toHaveLength(0);
    expect(run.summary).toContain('The pull request comment was skipped: this pull request comes from a fork, whose token is read-only');
    expect(run.outputs['comment-url']).toBe('');
  });

  it("never takes a baseline from a fork's branch named main", async () => {
    const mergeBase = sha40('merge-base');
    const forkRun = fake.addRun({ head_sha: mergeBase, head_repository: { full_name: 'stranger/model' }, event: 'pull_request' });
    fake.addArtifact(forkRun.id, ARTIFACT, await bundleFiles(CURRENT_CSV.replaceAll(',0,1,', ',1,1,'), mergeBase));
    const trusted = await seedBaselineRun(BASELINE_CSV, sha40('trusted'));
    const run = await runOnPullRequest(8, CURRENT_CSV, { mergeBase });
    expect(run.outputs['baseline-sha']).toBe(trusted.head_sha);
    expect(fake.requests.some((r) => r.path.includes(`/runs/${forkRun.id}/artifacts`))).toBe(false);
    expect(run.summary).toContain('ignored as baseline: not a successful push to this repository by this workflow');
  });

  it('refuses a zip-slip artifact and a zip bomb, failing with one line', async () => {
    const mergeBase = sha40('merge-base');
    const slip = fake.addRun({ head_sha: mergeBase });
    const zip = zipSync({ 'aa/model-gate-baseline.json': new TextEncoder().encode('{}') });
    const evil = zip.slice();
    const from = new TextEncoder().encode('aa/model-gate-baseline.json');
    const to = new TextEncoder().encode('../model-gate-baseline.json');
    for (let i = 0; i + from.length <= evil.length; i++) if (from.every((b, k) => evil[i + k] === b)) evil.set(to, i);
    fake.addArtifact(slip.id, ARTIFACT, {}, { zip: evil });
    const run = await runOnPullRequest(9, CURRENT_CSV, { mergeBase });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::artifact "model-gate-baseline" of run #\d+: refused archive: entry "\.\.\/model-gate-baseline\.json" would escape the extraction folder \(zip slip\)/);

    // A bomb announces a huge size in its headers (the unit tests cover one that lies about it).
    const bombBase = sha40('bomb-base');
    const bombRun = fake.addRun({ head_sha: bombBase });
    const bombZip = zipSync({ 'model-gate-baseline.json': [new Uint8Array(4096), { level: 9 }] });
    const view = new DataView(bombZip.buffer);
    for (let i = 0; i + 4 <= bombZip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
    fake.addArtifact(bombRun.id, ARTIFACT, {}, { zip: bombZip });
    const bomb = await runOnPullRequest(10, CURRENT_CSV, { mergeBase: bombBase });
    expect(bomb.code).toBe(1);
    expect(bomb.stdout).toMatch(/refused archive: more than \d+ bytes uncompressed/);
  });

  it('retries transient failures of reads and waits out a secondary rate limit', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(BASELINE_CSV, mergeBase);
    fake.state.rateLimitNext = 'secondary';
    fake.state.transientFailures = 2;
    const run = await runOnPullRequest(12, BASELINE_CSV, { mergeBase });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['baseline-sha']).toBe(mergeBase);
    expect(fake.requests.filter((r) => r.status === 502)).toHaveLength(2);
    expect(fake.requests.some((r) => r.status === 403 || r.status === 429)).toBe(true);
    expect(comments(12)).toHaveLength(1);
  });

  it('leaves one comment, holding the newest report, when two runs race', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(BASELINE_CSV, mergeBase);
    fake.addPull({ number: 11 });
    const [older, newer] = await Promise.all([
      runOnPullRequest(11, CURRENT_CSV, { mergeBase, runId: 200 }),
      runOnPullRequest(11, BASELINE_CSV, { mergeBase, runId: 201 }),
    ]);
    expect(older.code).toBe(1);
    expect(newer.code).toBe(0);
    const left = comments(11);
    expect(left).toHaveLength(1);
    expect(left[0]!.body).toMatch(/^<!-- model-gate:default run:201\.1 -->/);
  });
});

describe('pictures: the trend across default-branch runs', () => {
  it('three recorded runs feed the trend of a fourth (PR) run', async () => {
    const shas = ['first', 'second', 'third'].map((s) => sha40(s));
    const csvs = [BASELINE_CSV, BASELINE_CSV.replace(/,1,1,0\.9/g, ',1,0,0.4'), BASELINE_CSV];
    for (const [i, sha] of shas.entries()) {
      const runRecord = fake.addRun({ head_sha: sha });
      fake.state.uploadRunId = runRecord.id;
      const run = await runAction(
        { predictions: 'predictions.csv', rules: RULES, 'github-token': 'ghs_test' },
        tempFiles({ 'predictions.csv': csvs[i]! }),
        {
          ...fake.env(),
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: eventFile(pushEvent('acme/model', 'refs/heads/main', sha)),
          GITHUB_SHA: sha,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_RUN_ID: String(runRecord.id),
          GITHUB_RUN_NUMBER: String(runRecord.run_number),
          GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/eval.yml@refs/heads/main',
        },
      );
      expect(run.outputs.status, run.stdout).toBe('recorded');
    }
    const pr = await runOnPullRequest(40, CURRENT_CSV, { mergeBase: shas[2]! });
    const body = comments(40)[0]!.body;
    expect(pr.outputs['baseline-sha']).toBe(shas[2]);
    // Three default-branch points (two from the history chain, one from the baseline itself), then this PR.
    expect(body).toMatch(/\| ❌ \| f1 ↑ \|[^\n]*\| [▁▂▃▄▅▆▇█]{3} → [▁▂▃▄▅▆▇█] \|/);
    expect(body).toContain('Trends over the last 3 default-branch runs');
    expect(body).toContain('```mermaid');
    expect(body).toContain('xychart-beta');
    for (const sha of shas) expect(body).toContain(sha.slice(0, 7));
    expect(body).toContain('ROC and precision-recall curves (the areas moved: baseline vs current)');
    expect(body).toContain('Confusion matrices');
  });
});

describe('shards: an eval split across a matrix', () => {
  const lines = CURRENT_CSV.trimEnd().split('\n');
  const header = lines[0]!;
  const rows = lines.slice(1);
  const shard = (from: number, to: number) => `${header}\n${rows.slice(from, to).join('\n')}\n`;

  it('merges three shard artifacts of this run into one evaluation', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(BASELINE_CSV, mergeBase);
    const third = Math.ceil(rows.length / 3);
    for (const [k, [from, to]] of [[0, third], [third, 2 * third], [2 * third, rows.length]].entries()) {
      fake.addArtifact(9000, `eval-shard-${k + 1}`, { 'predictions.csv': shard(from!, to!) });
    }
    fake.addArtifact(9000, 'unrelated', { 'predictions.csv': shard(0, 10) });
    const run = await runOnPullRequest(50, CURRENT_CSV, { mergeBase, runId: 9000, inputs: { 'current-artifact': 'eval-shard-*' } });
    expect(run.stdout).not.toContain('::error::internal');
    const metrics = JSON.parse(run.outputs.metrics!) as Record<string, number>;
    expect(metrics.n).toBe(2000);
    expect(metrics.accuracy).toBeCloseTo(0.868, 12);
    expect(metrics['n[region=apac]']).toBe(350);
  });

  it('refuses shards that overlap (the same id twice)', async () => {
    fake.addArtifact(9001, 'eval-shard-1', { 'predictions.csv': shard(0, 100) });
    fake.addArtifact(9001, 'eval-shard-2', { 'predictions.csv': shard(50, 150) });
    const run = await runOnPullRequest(51, CURRENT_CSV, { runId: 9001, inputs: { 'current-artifact': 'eval-shard-*' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*predictions\.csv:2 \(column "id"\): duplicate id "txn-00051"; ids must be unique across all files/);
  });
});

describe('pictures: history and the HTML report', () => {
  it('says that a first baseline starts the history chain', async () => {
    const first = fake.addRun({ head_sha: sha40('very-first') });
    fake.state.uploadRunId = first.id;
    const run = await runAction(
      { predictions: 'predictions.csv', 'github-token': 'ghs_test' },
      tempFiles({ 'predictions.csv': BASELINE_CSV }),
      {
        ...fake.env(),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventFile(pushEvent('acme/model', 'refs/heads/main', sha40('very-first'))),
        GITHUB_SHA: sha40('very-first'),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: String(first.id),
        GITHUB_RUN_NUMBER: String(first.run_number),
        GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/eval.yml@refs/heads/main',
      },
    );
    expect(run.outputs.status, run.stdout).toBe('recorded');
    expect(run.summary).toContain('no earlier baseline found: this one starts the history chain');
  });

  it('starts a new history chain, with a note, when the previous baseline is corrupt', async () => {
    const damaged = fake.addRun({ head_sha: sha40('damaged') });
    fake.addArtifact(damaged.id, ARTIFACT, { 'model-gate-baseline.json': '{"schema": "model-gate/baseline@1", "metrics": ' });
    const recording = fake.addRun({ head_sha: sha40('after-damage') });
    fake.state.uploadRunId = recording.id;
    const run = await runAction(
      { predictions: 'predictions.csv', 'github-token': 'ghs_test' },
      tempFiles({ 'predictions.csv': CURRENT_CSV }),
      {
        ...fake.env(),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventFile(pushEvent('acme/model', 'refs/heads/main', sha40('after-damage'))),
        GITHUB_SHA: sha40('after-damage'),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: String(recording.id),
        GITHUB_RUN_NUMBER: String(recording.run_number),
        GITHUB_WORKFLOW_REF: 'acme/model/.github/workflows/eval.yml@refs/heads/main',
      },
    );
    expect(run.outputs.status, run.stdout).toBe('recorded');
    expect(visible(run.summary)).toMatch(/the previous baseline could not be read \(.*not valid JSON.*\); starting a new history chain/);
    const upload = fake.state.uploads.find((u) => u.uploadRunId === recording.id && u.finalized)!;
    const bundle = JSON.parse(new TextDecoder().decode(upload.files['model-gate-baseline.json'])) as { history: unknown[] };
    expect(bundle.history).toEqual([]);
  });

  it('uploads the HTML report when report-artifact is set and links it from the comment', async () => {
    const mergeBase = sha40('merge-base');
    await seedBaselineRun(BASELINE_CSV, mergeBase);
    fake.state.uploadRunId = 9000;
    const run = await runOnPullRequest(60, CURRENT_CSV, { mergeBase, inputs: { 'report-artifact': 'model-gate-report' } });
    const upload = fake.state.uploads.find((u) => u.name === 'model-gate-report' && u.finalized);
    expect(upload, run.stdout).toBeDefined();
    const html = new TextDecoder().decode(upload!.files['report-default.html']);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script');
    const body = comments(60)[0]!.body;
    expect(body).toMatch(new RegExp(`Full report, with every metric, slice and chart: \\[HTML report\\]\\(https://github\\.com/acme/model/actions/runs/9000/artifacts/${upload!.artifactId}\\)`));
  });
});
