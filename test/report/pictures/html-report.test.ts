import { describe, expect, it } from 'vitest';
import { HTML_REPORT_CSP, renderHtmlReport } from '../../../src/report/html-report.js';
import { escapeHtml } from '../../../src/report/escape.js';
import { niceRange, niceTicks } from '../../../src/report/svg-chart.js';
import { HOSTILE_CLASS, HOSTILE_REPORT, REPORT } from './fixtures.js';

describe('renderHtmlReport', () => {
  it('is one self-contained file with a strict CSP and no script', async () => {
    const html = renderHtmlReport(REPORT);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`);
    expect(HTML_REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html.match(/<table class="confusion">/g)).toHaveLength(3);
    await expect(html).toMatchFileSnapshot('__snapshots__/report.html');
  });

  it('draws each series as a path of M and L commands, breaking the line at a missing run', () => {
    const html = renderHtmlReport(REPORT);
    const paths = [...html.matchAll(/<path class="series" d="([^"]*)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(6);
    for (const d of paths) expect(d).toMatch(/^M[\d.]+ [\d.]+(?:[ML][\d.]+ [\d.]+)+$/);
    // log_loss has a run without a value: its line starts again after the gap.
    expect(paths[1]!.match(/M/g)).toHaveLength(2);
  });

  it('escapes every string from an artifact', () => {
    const html = renderHtmlReport(HOSTILE_REPORT);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('&#34;]; x-axis [evil');
    expect(html).toContain(escapeHtml(HOSTILE_CLASS));
    expect(html).toContain('<title>&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>');
  });
});

describe('svg helpers', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`&<>"'x`)).toBe('&#38;&#60;&#62;&#34;&#39;x');
  });

  it('picks round ticks and a padded range within 0..1 for rates', () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceRange([0.889, 0.918])).toEqual({ min: 0.88, max: 0.93 });
    expect(niceRange([0.95, 1])).toEqual({ min: 0.94, max: 1 });
  });
});
