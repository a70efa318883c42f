import { describe, expect, it } from 'vitest';
import { metricCells } from '../../src/report/cells.js';
import { toHtmlReportInput } from '../../src/report/html-input.js';
import { renderHtmlReport } from '../../src/report/html-report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { escapeHtml } from '../../src/report/escape.js';
import { displayWidth, renderText } from '../../src/report/text.js';
import { buildScenario, SCENARIOS } from './scenarios.js';

/**
 * The comment and the terminal report of every scenario a reviewer meets, as golden files
 * (test/report/__snapshots__/scenario-*.md, *.txt): a diff of these is a diff of what reviewers will read.
 * test/report/comment.browser.test.ts renders the same markdown files in Chromium.
 */
describe('the report of each scenario (golden files)', () => {
  for (const name of SCENARIOS) {
    it(name, async () => {
      const report = await buildScenario(name);
      const markdown = renderMarkdown(report);
      expect(markdown).not.toMatch(/\d\.?\d*e[+-]\d/);
      await expect(markdown).toMatchFileSnapshot(`__snapshots__/scenario-${name}.md`);
      const text = renderText(report);
      for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
      await expect(text).toMatchFileSnapshot(`__snapshots__/scenario-${name}.txt`);
    }, 60_000);
  }
});

describe('the header', () => {
  it('names the baseline bundle’s commit, run and date once, also for compare --baseline DIR', async () => {
    const markdown = renderMarkdown(await buildScenario('history'));
    const header = markdown.split('\n')[2]!;
    expect(header).toBe('**2 warnings · 1 passed** · binary · 1,500 examples · baseline 0b7e3f9 (run #\u200d47, 2026-11-17, a local baseline)');
    expect(markdown.match(/1,500 examples/g)).toHaveLength(1);
  }, 60_000);

  it('without a baseline, max-regression rules read "not checked", never ✅', async () => {
    const markdown = renderMarkdown(await buildScenario('no-baseline'));
    expect(markdown).toContain('**1 passed · 3 not checked (no baseline)**');
    expect(markdown).toContain('| ➖ | f1 ↑ | 0.608 | max-regression 2% |');
    expect(markdown).toContain('| ✅ | accuracy ↑ | 0.868 | min 0.85, max-regression 0.01 |');
    expect(markdown).toContain('- ➖ **f1** ↑ max-regression 2%: not checked: no baseline to compare with');
  }, 60_000);
});

describe('the HTML report is the full report', () => {
  it('holds every reason, interval and rule of the comment, the slices, the churn and the verdict in words', async () => {
    const report = await buildScenario('fail');
    const html = renderHtmlReport(toHtmlReportInput(report));
    const markdown = renderMarkdown(report);
    expect(html).toContain('<div class="verdict fail">failed — 2 failed · 2 warnings · 3 passed</div>');
    for (const verdict of report.gate.verdicts.filter((v) => v.status === 'fail' || v.status === 'warn')) {
      for (const reason of verdict.reasons) expect(html).toContain(escapeHtml(reason));
      const cells = metricCells(verdict);
      expect(markdown).toContain(cells.interval);
      expect(html).toContain(escapeHtml(cells.interval));
      expect(html).toContain(escapeHtml(cells.rule));
    }
    // Severity order: failures, then warnings, then the rest.
    const order = [...html.matchAll(/<tr class="(\w+)">/g)].map((m) => m[1]);
    expect(order.slice(0, 4)).toEqual(['fail', 'fail', 'warn', 'warn']);
    expect(html).toContain('<h2>Slices (3 gated, 0 not)</h2>');
    expect(html).toContain('<h2>Prediction churn (95 right → wrong, 55 wrong → right)</h2>');
    expect(html).toContain('<h2>Next steps</h2>');
  }, 60_000);
});
