import { beforeAll, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/config/parse-rules.js';
import { loadYaml } from '../../src/config/yaml.js';
import { compareRuns } from '../../src/gate/compare.js';
import type { RunMetrics } from '../../src/ingest/combine-run.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';

// The parsers are synchronous; the shell loads the YAML library first, and so do these tests.
beforeAll(loadYaml);

function run(metrics: Record<string, number | null>, notes: string[] = []): RunMetrics {
  return { task: undefined, n: undefined, metrics: new Map(Object.entries(metrics)), stderr: new Map(), evaluation: undefined, examples: undefined, sources: ['eval/metrics.json'], notes };
}

function report(rules: string, current: Record<string, number | null>, baseline?: Record<string, number | null>, notes: string[] = []) {
  return compareRuns(run(current, notes), baseline && run(baseline), {
    rules: parseRules(rules),
    minSliceSize: 30,
    failOn: 'error',
    ifNoBaseline: 'warn',
  });
}

const BASE = { n: 2000, accuracy: 0.912, f1: 0.861, roc_auc: 0.955, log_loss: 0.231 };
const RULES = 'accuracy: { min: 0.9, max-regression: 0.01 }\nf1: { max-regression: 2% }\nlog_loss: { max-regression: 5% }';

describe('the PR comment (golden files in test/report/__snapshots__)', () => {
  it('all pass', async () => {
    const md = renderMarkdown(report(RULES, { ...BASE, accuracy: 0.915, f1: 0.86 }, BASE));
    await expect(md).toMatchFileSnapshot('__snapshots__/all-pass.md');
  });

  it('regressions come first, each with its reason', async () => {
    const r = report(RULES, { ...BASE, accuracy: 0.89, f1: 0.83, log_loss: 0.26 }, BASE);
    expect(r.passed).toBe(false);
    const md = renderMarkdown(r);
    expect(md.indexOf('| ❌ | accuracy ↑')).toBeLessThan(md.indexOf('| ✅ |') === -1 ? Infinity : md.indexOf('| ✅ |'));
    await expect(md).toMatchFileSnapshot('__snapshots__/regressions.md');
  });

  it('warnings pass the step', async () => {
    const r = report('accuracy: { min: 0.92, severity: warning }', BASE, BASE);
    expect(r.passed).toBe(true);
    await expect(renderMarkdown(r)).toMatchFileSnapshot('__snapshots__/warnings.md');
  });

  it('no baseline: absolute rules only, and how to record one', async () => {
    await expect(renderMarkdown(report(RULES, BASE))).toMatchFileSnapshot('__snapshots__/no-baseline.md');
  });

  it('new and removed metrics', async () => {
    const md = renderMarkdown(report('default: { max-regression: 0.05 }', { ...BASE, mcc: 0.7 }, { ...BASE, brier_score: 0.08 }));
    expect(md).toContain('| 🆕 | mcc ↑ |');
    expect(md).toContain('| ❌ | brier\\_score ↓ | 0.08 |');
    await expect(md).toMatchFileSnapshot('__snapshots__/new-and-removed.md');
  });

  it('slices: failing slices in the main table, the rest folded', async () => {
    const slices = (acc: number) => ({ 'n[region=eu]': 900, 'accuracy[region=eu]': acc, 'n[region=apac]': 20, 'accuracy[region=apac]': 0.5 });
    const md = renderMarkdown(report('"accuracy[region=*]": { min: 0.85 }', { ...BASE, ...slices(0.84) }, { ...BASE, ...slices(0.9) }));
    expect(md).toContain('| ❌ | accuracy\\[region=eu\\] ↑');
    expect(md).toContain('| ⏭️ | region=apac | 20 |');
    await expect(md).toMatchFileSnapshot('__snapshots__/slices.md');
  });

  it('trims a 2,000-metric report under the comment limit, regressions kept, with a note', async () => {
    const current: Record<string, number> = {};
    const baseline: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) {
      current[`task_${String(i).padStart(4, '0')}/acc`] = 0.5 + (i % 7) / 100;
      baseline[`task_${String(i).padStart(4, '0')}/acc`] = 0.5 + (i % 5) / 100;
    }
    const md = renderMarkdown(report('"task_*": { max-regression: 0.03 }', current, baseline));
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toContain("Trimmed to fit GitHub's comment limit");
    const failing = Object.keys(current).filter((id) => baseline[id]! - current[id]! > 0.03 + 1e-9);
    expect(failing.length).toBeGreaterThan(40);
    for (const id of failing.slice(0, 50)) expect(md).toContain(`| ❌ | ${id.replaceAll('_', '\\_')} ↑ |`);
    await expect(md.slice(0, 3000)).toMatchFileSnapshot('__snapshots__/trimmed-head.md');
  });
});

describe('hostile names from artifacts', () => {
  const hostile = [
    'acc|uracy',
    'x`code`',
    '<img src=x onerror=alert(1)>',
    '@octocat please look',
    'see #123 and [link](https://example.com)',
    `${'very_long_id_'.repeat(40)}end`,
    'new\nline',
  ];

  it('render as text and keep every table row at its column count', () => {
    const metrics = Object.fromEntries(hostile.map((id, i) => [id, i / 10]));
    const md = renderMarkdown(report('default: { min: 0 }', metrics, metrics, ['note from @someone: <b>bold</b>']));
    const rows = md.split('\n').filter((line) => line.startsWith('|'));
    for (const row of rows) {
      const cells = row.slice(1, -1).split(/(?<!\\)\|/);
      expect(cells.length, row).toBeGreaterThanOrEqual(5);
      expect(cells.length, row).toBe(rows[0]!.slice(1, -1).split(/(?<!\\)\|/).length);
    }
    expect(md).not.toMatch(/<img/);
    expect(md).not.toMatch(/<b>/);
    expect(md).not.toMatch(/@octocat/);
    expect(md).not.toMatch(/@someone/);
    expect(md).not.toMatch(/(?<!\\)`/);
    expect(md).not.toMatch(/(?<!\\)\[link\]/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('cannot drive the terminal with control characters', () => {
    const text = renderText(report('', { 'evil\u001b[2J': 1 }, { 'evil\u001b[2J': 1 }));
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil?[2J');
  });
});
