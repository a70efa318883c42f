import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/escape.js';
import { cli, tempFiles } from '../helpers/cli.js';

/**
 * GitHub turns bare URLs into links (GFM autolinks: `https://`, `http://`, `ftp://`, `mailto:`, `www.`). A metric
 * id, an item key or a class name from an artifact must not become a clickable link in the comment. markdown-it
 * with `linkify` stands in for GitHub's autolinking here.
 */
const md = new MarkdownIt({ linkify: true });
const anchors = (markdown: string) => [...md.render(markdown).matchAll(/<a [^>]*>/g)].map((m) => m[0]);
/**
 * GFM's `www.` autolink, which markdown-it's linkify leaves out: `www.` at the start or after whitespace, `*`, `_`,
 * `~` or `(`. An escaped `_` is still a `_` before the `www`.
 */
const wwwAutolink = (markdown: string) => /(^|[\s*_~(])www\./i.test(markdown);
const links = (markdown: string) => anchors(markdown).length > 0 || wwwAutolink(markdown);

const URLS = [
  'https://evil.example/login',
  'HTTP://evil.example',
  'see http://evil.example/x?y=1 now',
  'ftp://evil.example/file',
  'www.evil.com/login',
  'Www.Evil.com',
  'mailto:someone@evil.example',
  'acc_https://evil.example',
  'f1[class=https://evil.example/cat]',
];

describe('URLs in artifact text', () => {
  it('escapeMarkdown leaves no autolink, and the text reads the same', () => {
    for (const text of URLS) {
      const escaped = escapeMarkdown(text);
      expect([text, anchors(escaped), wwwAutolink(escaped)]).toEqual([text, [], false]);
      expect(md.renderInline(escaped).replaceAll('\u200d', '').replaceAll('&amp;', '&')).toBe(text);
    }
    // Without the escape, every one of them is a link: the check above would catch a regression.
    for (const text of URLS) expect([text, links(text)]).toEqual([text, true]);
  });

  it('leaves ordinary ids unchanged', () => {
    for (const id of ['arc_easy/acc', 'gsm8k/exact_match,strict-match', 'eval/loss', 'precision(B)', 'time_qa/accuracy', 'model.py', 'http_status_ok', 'www_score', 'latency:p95']) {
      expect(escapeMarkdown(id)).not.toContain('\u200d');
      expect(md.renderInline(escapeMarkdown(id))).toBe(md.utils.escapeHtml(id));
    }
  });

  it('no link in a comment whose metric ids, class names and item keys carry URLs', async () => {
    const classes = ['https://evil.example/login', 'www.evil.example', 'cat'];
    const rows = (wrongEvery: number) => ['target,prediction', ...Array.from({ length: 90 }, (_, i) => `${classes[i % 3]},${classes[(i + (i % wrongEvery === 0 ? 1 : 0)) % 3]}`)].join('\n');
    const deepEval = (passing: boolean) =>
      JSON.stringify({
        testRunData: {
          testFile: 'test_links.py',
          testPassed: 2,
          testFailed: 0,
          testCases: ['https://evil.example/case', 'www.evil.example/other', 'plain'].map((name) => ({
            name,
            input: 'q',
            success: true,
            metricsData: [{ name: 'Correctness', score: passing || name === 'plain' ? 1 : 0, threshold: 0.5, success: passing || name === 'plain', error: null }],
          })),
        },
      });
    const dir = tempFiles({
      'b.csv': rows(9),
      'c.csv': rows(3),
      'b.json': JSON.stringify({ 'https://evil.example/metric': 0.9, 'www.evil.example': 0.5 }),
      'c.json': JSON.stringify({ 'https://evil.example/metric': 0.7, 'www.evil.example': 0.4 }),
      'bd.json': deepEval(true),
      'cd.json': deepEval(false),
    });
    const outputs: string[] = [];
    for (const [baseline, current] of [['b.csv', 'c.csv'], ['b.json', 'c.json'], ['bd.json', 'cd.json']]) {
      const run = await cli(['compare', '--baseline', baseline!, '--current', current!, '--rules', 'default: {max-regression: 0.01}', '--format', 'markdown'], dir);
      expect(run.stderr).toBe('');
      outputs.push(run.stdout);
    }
    const all = outputs.join('\n');
    // The report does show them: as class names, metric ids and newly failing item keys.
    expect(all.replaceAll('\u200d', '')).toContain('https://evil.example/login');
    expect(all.replaceAll('\u200d', '')).toContain('https://evil.example/metric');
    expect(all.replaceAll('\u200d', '')).toContain('https://evil.example/case');
    expect(all.replaceAll('\u200d', '')).toContain('www.evil.example/other');
    expect(anchors(all).filter((a) => a.includes('evil'))).toEqual([]);
    expect(wwwAutolink(all)).toBe(false);
  });
});
