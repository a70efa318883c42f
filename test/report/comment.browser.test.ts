import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../helpers/chromium.js';

/**
 * The golden comments (test/report/__snapshots__/scenario-*.md) rendered as GitHub renders them — markdown-it
 * with HTML, tables and links, a GitHub-like markdown stylesheet, Mermaid 11 — in Debian's headless Chromium, in
 * an 820-pixel comment column with a 900-pixel-tall window. Skipped, with what to install, only when Chromium
 * is absent (.ci/run installs it). MODEL_GATE_SCREENSHOTS=1 also writes the screenshots to docs/images/.
 */
const ARGS = CHROMIUM_ARGS;
const COLUMN = 820;
const FOLD = 900;
const HERE = new URL('.', import.meta.url).pathname;
const CASES = ['pass', 'fail', 'warnings', 'multiclass', 'regression', 'slices', 'metric-files', 'history'] as const;
const SCREENSHOTS = new Set(['fail', 'multiclass', 'history']);
const CHART_SHOTS: Partial<Record<string, string>> = { history: 'comment-trend.png', regression: 'comment-residuals.png' };

const present = chromiumAvailable('comment.browser.test');

let browser: BrowserContext | undefined;
let dir: string;
let profile: string;

beforeAll(async () => {
  if (!present) return;
  dir = mkdtempSync(join(tmpdir(), 'model-gate-comment-'));
  profile = mkdtempSync(join(tmpdir(), 'model-gate-chromium-'));
  // A fresh profile folder per run (removed afterwards), so nothing from an earlier run leaks in.
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: { width: COLUMN + 40, height: FOLD } });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The comment as a page: GitHub's renderer settings, the stylesheet, and Mermaid turning ```mermaid blocks into SVG. */
function page(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: true });
  const css = readFileSync(join(HERE, '../helpers/github-markdown.css'), 'utf8');
  const mermaid = pathToFileURL(join(HERE, '../../node_modules/mermaid/dist/mermaid.min.js')).href;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css} body { margin: 0; } .markdown-body { width: ${COLUMN}px; padding: 16px; }</style></head>
<body><article class="markdown-body">${md.render(markdown)}</article>
<script src="${mermaid}"></script>
<script>
window.mermaidErrors = [];
window.mermaidDone = (async () => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  let i = 0;
  for (const code of document.querySelectorAll('pre > code.language-mermaid')) {
    try {
      const { svg } = await mermaid.render('chart' + i++, code.textContent);
      const holder = document.createElement('div');
      holder.className = 'mermaid-chart';
      holder.innerHTML = svg;
      code.parentElement.replaceWith(holder);
    } catch (error) { window.mermaidErrors.push(String(error && error.message || error)); }
  }
  return i;
})();
</script></body></html>`;
}

describe.skipIf(!present)('the golden comments rendered as GitHub renders them, at 820 px', () => {
  for (const name of CASES) {
    it(`${name}: no table overflows, Mermaid draws every chart uncut, the verdict and failing rows are above the fold`, async () => {
      const markdown = readFileSync(join(HERE, `__snapshots__/scenario-${name}.md`), 'utf8');
      const file = join(dir, `${name}.html`);
      writeFileSync(file, page(markdown));
      const tab = await browser!.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (e) => problems.push(e.message));
      await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const charts = await tab.evaluate(() => (window as unknown as { mermaidDone: Promise<number> }).mermaidDone);
      expect(await tab.evaluate(() => (window as unknown as { mermaidErrors: string[] }).mermaidErrors)).toEqual([]);
      expect(await tab.locator('svg[aria-roledescription="error"], .error-icon').count()).toBe(0);
      expect(await tab.locator('.mermaid-chart svg').count()).toBe(charts);
      // No chart title or label is cut off by its chart's edge.
      await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const cut = await tab.$$eval('.mermaid-chart svg', (svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, b: t.getBoundingClientRect() })).filter(({ b }) => b.width > 0 && (b.left < box.left - 1 || b.right > box.right + 1)).map(({ text }) => text);
        }),
      );
      expect(cut).toEqual([]);
      // Every table fits the column once its folds are open: no horizontal scroll.
      await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const overflow = await tab.$$eval('.markdown-body table', (tables) => tables.map((t) => ({ head: t.querySelector('tr')?.textContent?.trim().slice(0, 60), scroll: t.scrollWidth, client: t.clientWidth })).filter((t) => t.scroll > t.client + 1));
      expect(overflow).toEqual([]);
      // No cell of the main table wraps onto a third line.
      const tallest = await tab.$eval('.markdown-body table', (table) => {
        const line = parseFloat(getComputedStyle(table).lineHeight);
        return Math.max(...[...table.querySelectorAll('td')].map((td) => (td.getBoundingClientRect().height - 13) / line));
      });
      expect(tallest).toBeLessThan(2.5);
      // The sparkline stays on one line.
      const trendLines = await tab.$eval('.markdown-body table', (table) => {
        const column = [...table.querySelectorAll('th')].findIndex((th) => th.textContent === 'trend');
        if (column < 0) return [];
        const line = parseFloat(getComputedStyle(table).lineHeight);
        return [...table.querySelectorAll('tr')].slice(1).map((tr) => (tr.children[column]!.getBoundingClientRect().height - 13) / line);
      });
      for (const lines of trendLines) expect(lines).toBeLessThan(1.5);
      if (markdown.includes('| trend |')) expect(trendLines.length).toBeGreaterThan(0);
      // The first screen, folds closed as a reader meets them: the verdict and every failing row are on it.
      await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => d.removeAttribute('open')));
      const verdict = await tab.locator('h3').first().boundingBox();
      expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(FOLD);
      const failing = await tab.$$eval('.markdown-body table:first-of-type tr, .markdown-body li', (rows) =>
        rows.filter((r) => r.textContent?.startsWith('❌') || r.querySelector('td')?.textContent === '❌').map((r) => r.getBoundingClientRect().bottom),
      );
      if (markdown.includes('| ❌ |')) expect(failing.length).toBeGreaterThan(0);
      for (const bottom of failing) expect(bottom).toBeLessThanOrEqual(FOLD);
      expect(problems).toEqual([]);
      const png = await tab.screenshot({ clip: { x: 0, y: 0, width: COLUMN, height: FOLD } });
      expect(png.length).toBeGreaterThan(10_000);
      if (process.env.MODEL_GATE_SCREENSHOTS === '1') {
        const out = join(HERE, '../../docs/images');
        mkdirSync(out, { recursive: true });
        if (SCREENSHOTS.has(name)) writeFileSync(join(out, `comment-${name}.png`), png);
        const chart = CHART_SHOTS[name];
        if (chart) {
          // One chart unfolded: a trend against the rule's limit, or where a regression model's error grew.
          await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
          await tab.locator('.mermaid-chart').first().screenshot({ path: join(out, chart) });
        }
      }
      await tab.close();
    }, 60_000);
  }
});
