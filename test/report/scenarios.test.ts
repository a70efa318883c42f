import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
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
