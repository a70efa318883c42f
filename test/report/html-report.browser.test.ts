import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport, type HtmlReportInput } from '../../src/report/html-report.js';
import { HOSTILE_REPORT, REPORT } from './pictures/fixtures.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../helpers/chromium.js';

/**
 * The HTML report opened in Debian's headless Chromium through playwright-core (which never downloads a browser):
 * no console error, every chart drawn with real geometry, and a screenshot. A missing Chromium fails the test
 * on purpose: CI must install it.
 */
const present = chromiumAvailable('html-report.browser.test');

let browser: Browser | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-html-'));
  if (present) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 20_000);

/** The launched browser (the suite is skipped without one). */
function launched(): Browser {
  return browser!;
}

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Console errors and warnings, uncaught errors, dialogs and any request that left the file. */
  problems: string[];
}

async function open(input: HtmlReportInput, name: string): Promise<Opened> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, renderHtmlReport(input));
  const page = await launched().newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== pathToFileURL(file).href) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.skipIf(!present)('the HTML report in headless Chromium', () => {
  it('draws every chart and matrix without a console error, and screenshots well', async () => {
    const { page, problems } = await open(REPORT, 'report');
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return {
          label: svg.getAttribute('aria-label'),
          visible: box.width > 0 && box.height > 0,
          paths: [...svg.querySelectorAll('path.series')].map((path) => {
            const bbox = (path as unknown as { getBBox(): { width: number; height: number } }).getBBox();
            return { d: path.getAttribute('d') ?? '', width: bbox.width, height: bbox.height };
          }),
        };
      }),
    );
    expect(charts.map((c) => c.label)).toEqual(['accuracy (higher is better)', 'log_loss (lower is better)', 'ROC curve', 'Precision–recall curve']);
    for (const chart of charts) {
      expect(chart.visible, chart.label ?? '').toBe(true);
      expect(chart.paths.length, chart.label ?? '').toBeGreaterThan(0);
      for (const path of chart.paths) {
        expect(path.d).toMatch(/^M.+L/);
        expect(path.width, `${chart.label} ${path.d}`).toBeGreaterThan(50);
        expect(path.height, `${chart.label} ${path.d}`).toBeGreaterThan(10);
      }
    }
    expect(charts[2]!.paths).toHaveLength(2);
    expect(await page.locator('table.confusion').count()).toBe(3);
    expect(await page.locator('table.metrics tbody tr').count()).toBe(4);

    const png = join(dir, 'report.png');
    await page.screenshot({ path: png, fullPage: true });
    const bytes = readFileSync(png);
    const size = pngSize(bytes);
    expect(bytes.length).toBeGreaterThan(30_000);
    expect(size.width).toBe(1280);
    expect(size.height).toBeGreaterThan(900);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows hostile strings as text and runs nothing', async () => {
    const { page, problems } = await open(HOSTILE_REPORT, 'hostile');
    expect(await page.title()).toBe(HOSTILE_REPORT.title);
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('pre.summary').textContent()).toBe(HOSTILE_REPORT.markdownSummary);
    expect(await page.locator('table.confusion th', { hasText: '<script>' }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
