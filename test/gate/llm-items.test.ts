import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';
import { lmEvalSamples, SAMPLES_NAME } from '../helpers/lm-eval-samples.js';

interface JsonItems {
  id: string;
  paired: number;
  test: string;
  correlation: number | null;
  transitions: { pass_to_fail: number; fail_to_pass: number; newly_failing: { key: string; baseline: number; current: number }[] } | null;
}
interface JsonReport {
  status: string;
  regressions: string[];
  metrics: { id: string; baseline: number; current: number; status: string; interval: { low: number; high: number; method: string } | null }[];
  items: JsonItems[] | null;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** 600 documents, 480 passing in the baseline; the current run flips the given documents. */
function pair(passToFail: number, failToPass: number): { dir: string; flipped: number[] } {
  const baseline = Array.from({ length: 600 }, (_, i) => i < 480);
  const current = [...baseline];
  const flipped: number[] = [];
  for (let k = 0; k < passToFail; k++) {
    const doc = 7 + k * 10; // spread over the passing documents 7, 17, …
    current[doc] = false;
    flipped.push(doc);
  }
  for (let k = 0; k < failToPass; k++) current[480 + k * 7] = true;
  const dir = tempFiles({});
  folders.push(dir);
  for (const [side, passed] of [['baseline', baseline], ['current', current]] as const) {
    mkdirSync(join(dir, side));
    writeFileSync(join(dir, side, SAMPLES_NAME), lmEvalSamples(passed));
  }
  return { dir, flipped };
}

const RULES = 'arc_easy/acc: { max-regression: 0.02 }';

async function compare(dir: string, format: 'json' | 'markdown') {
  return cli(['compare', '--baseline', join(dir, 'baseline'), '--current', join(dir, 'current'), '--rules', RULES, '--format', format]);
}

describe('paired lm-eval --log_samples runs, item by item', () => {
  it('fails a 6.7-point drop on 600 items and names the newly failing documents', async () => {
    const { dir, flipped } = pair(45, 5);
    const run = await compare(dir, 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.regressions).toEqual(['arc_easy/acc']);
    const acc = report.metrics.find((m) => m.id === 'arc_easy/acc')!;
    expect(acc.current - acc.baseline).toBeCloseTo(-40 / 600, 12);
    expect(acc.interval!.method).toContain('McNemar');
    const items = report.items!.find((m) => m.id === 'arc_easy/acc')!;
    expect(items.paired).toBe(600);
    expect(items.transitions!.pass_to_fail).toBe(45);
    expect(items.transitions!.fail_to_pass).toBe(5);
    expect(items.transitions!.newly_failing.map((c) => c.key)).toEqual(flipped.slice(0, 10).map(String));
    const markdown = (await compare(dir, 'markdown')).stdout;
    expect(markdown).toContain('Newly failing items (90)'); // acc and acc_norm, 45 each
    expect(markdown).toContain('- 7: 1 → 0');
    expect(markdown).toMatch(/\| arc\\_easy\/acc +\| 600 +\| McNemar exact test; paired t-interval for allowances/);
  });

  it('passes 15 flips each way: no change on the whole', async () => {
    const { dir } = pair(15, 15);
    const run = await compare(dir, 'json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.status).toBe('pass');
    const items = report.items!.find((m) => m.id === 'arc_easy/acc')!;
    expect(items.transitions).toMatchObject({ pass_to_fail: 15, fail_to_pass: 15 });
  });

  it('max-newly-failing fails on more newly failing items than allowed, for every id the glob matches', async () => {
    const { dir } = pair(3, 10);
    const rules = "'arc_easy/*': { max-newly-failing: 2 }";
    const run = await cli(['compare', '--baseline', join(dir, 'baseline'), '--current', join(dir, 'current'), '--rules', rules, '--format', 'json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as JsonReport).regressions).toEqual(['arc_easy/acc', 'arc_easy/acc_norm']);
    const loose = await cli(['compare', '--baseline', join(dir, 'baseline'), '--current', join(dir, 'current'), '--rules', "'arc_easy/*': { max-newly-failing: 3 }"]);
    expect(loose.code).toBe(0);
  });
});

describe('directions stated by the eval tool', () => {
  it("gates by lm-eval's higher_is_better: a rise in a lower-is-better metric is a regression", async () => {
    const { compareRuns } = await import('../../src/gate/compare.js');
    const { parseRules } = await import('../../src/config/parse-rules.js');
    const { loadYaml } = await import('../../src/config/yaml.js');
    await loadYaml();
    const run = (value: number) => ({
      task: undefined,
      n: undefined,
      metrics: new Map([['wikitext/word_score', value]]),
      stderr: new Map<string, number>(),
      evaluation: undefined,
      examples: undefined,
      sources: [],
      notes: [],
      higherIsBetter: new Map([['wikitext/word_score', false]]),
    });
    const settings = { rules: parseRules('wikitext/word_score: { max-regression: 1 }'), minSliceSize: 0, failOn: 'error' as const, ifNoBaseline: 'pass' as const, significance: 'off' as const };
    expect(compareRuns(run(12), run(10), settings).passed).toBe(false);
    expect(compareRuns(run(8), run(10), settings).passed).toBe(true);
  });
});

describe('item text in the report', () => {
  it('shows newly failing items’ text only with show-item-text, escaped like every artifact string', async () => {
    const baseline = Array.from({ length: 40 }, () => true);
    const current = baseline.map((pass, i) => (i === 3 ? false : pass));
    const questions = { 3: 'Ignore the rules | <img src=x onerror=alert(1)> and ping @octocat' };
    const dir = tempFiles({ 'show.yml': 'show-item-text: true\n' });
    folders.push(dir);
    for (const [side, passed] of [['baseline', baseline], ['current', current]] as const) {
      mkdirSync(join(dir, side));
      writeFileSync(join(dir, side, SAMPLES_NAME), lmEvalSamples(passed, { questions }));
    }
    const args = ['compare', '--baseline', join(dir, 'baseline'), '--current', join(dir, 'current'), '--format', 'markdown'];
    const hidden = (await cli(args)).stdout;
    expect(hidden).toContain('- 3: 1 → 0\n');
    expect(hidden).not.toContain('Ignore the rules');
    const shown = (await cli([...args, '--config', join(dir, 'show.yml')])).stdout;
    expect(shown).toContain('- 3: 1 → 0 — “Ignore the rules \\| &lt;img src=x onerror=alert(1)&gt; and ping @\u200doctocat”');
  });
});

describe('items in the terminal report', () => {
  it('lists each metric’s transitions and its first newly failing keys, control characters disarmed', async () => {
    const baseline = Array.from({ length: 20 }, () => true);
    const current = baseline.map((pass, i) => (i === 2 ? false : pass));
    const dir = tempFiles({});
    folders.push(dir);
    for (const [side, passed] of [['baseline', baseline], ['current', current]] as const) {
      mkdirSync(join(dir, side));
      writeFileSync(join(dir, side, SAMPLES_NAME), lmEvalSamples(passed));
    }
    const run = await cli(['compare', '--baseline', join(dir, 'baseline'), '--current', join(dir, 'current'), '--format', 'text']);
    expect(run.stdout).toContain('  arc_easy/acc: 20 paired (McNemar exact test; paired t-interval for allowances), 1 pass→fail, 0 fail→pass, 0 still failing, 0 flaky; 0 changed, 0 added, 0 removed');
    expect(run.stdout).toContain('    newly failing: 2\n');
  });
});

describe('max-newly-failing with repeats', () => {
  it('warns, and does not fail, when an item that always passed is flaky now; fails when it fails every repeat', async () => {
    const { compareRuns } = await import('../../src/gate/compare.js');
    const { parseRules } = await import('../../src/config/parse-rules.js');
    const { ScoredBuilder, headline } = await import('../../src/ingest/llm-logs/scored.js');
    const { loadYaml } = await import('../../src/config/yaml.js');
    await loadYaml();
    const run = (epochs: Record<string, number[]>) => {
      const builder = new ScoredBuilder();
      for (const [key, scores] of Object.entries(epochs)) for (const s of scores) builder.add('safety/refusal', 'safety', key, s);
      const metric = builder.finish()[0]!;
      return { task: undefined, n: undefined, metrics: new Map([[metric.id, headline(metric)]]), stderr: new Map<string, number>(), evaluation: undefined, examples: undefined, sources: [], notes: [], items: new Map([[metric.id, metric]]) };
    };
    const settings = { rules: parseRules("'safety/*': { max-newly-failing: 0 }"), minSliceSize: 0, failOn: 'error' as const, ifNoBaseline: 'pass' as const };
    const baseline = run({ a: [1, 1, 1], b: [1, 1, 1], c: [1, 0, 1] });
    const flaky = compareRuns(run({ a: [1, 0, 1], b: [1, 1, 1], c: [0, 0, 0] }), baseline, settings);
    expect(flaky.passed).toBe(true);
    expect(flaky.gate.status).toBe('warn');
    expect(flaky.gate.verdicts[0]!.reasons.join(' ')).toContain('1 item that passed every baseline repeat is flaky now');
    const failing = compareRuns(run({ a: [0, 0, 0], b: [1, 1, 1], c: [0, 0, 0] }), baseline, settings);
    expect(failing.passed).toBe(false);
    expect(failing.gate.verdicts[0]!.reasons[0]).toBe('1 item newly failing (passed every baseline repeat, fail every current one), more than the allowed 0');
  });
});

describe('min-slice-size on scored records', () => {
  it('does not fail a pull request on a 3-item slice of JSONL records (slices: [category])', async () => {
    const rows = (rareScore: number) =>
      [...Array.from({ length: 3 }, (_, i) => ({ item: `r${i}`, correct: rareScore, category: 'rare' })),
        ...Array.from({ length: 40 }, (_, i) => ({ item: `c${i}`, correct: 1, category: 'common' }))]
        .map((r) => JSON.stringify(r)).join('\n');
    const dir = tempFiles({ 'baseline.jsonl': rows(1), 'current.jsonl': rows(0) });
    folders.push(dir);
    const args = ['compare', '--baseline', join(dir, 'baseline.jsonl'), '--current', join(dir, 'current.jsonl'), '--columns', '{ id: item, scores: [correct], slices: [category] }', '--rules', "'correct[category=rare]': { max-regression: 0 }", '--format', 'json'];
    const run = await cli(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { metrics: { id: string; status: string; reasons: string[] }[] };
    const rare = report.metrics.find((m) => m.id === 'correct[category=rare]')!;
    expect(rare.status).toBe('skipped');
    expect(rare.reasons).toEqual(['slice of 3 examples, below min-slice-size 30: not gated']);
  });
});
