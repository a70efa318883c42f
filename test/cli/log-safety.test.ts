import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logSafe } from '../../src/errors.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { cli, tempFiles } from '../helpers/cli.js';

// tempFiles removes its folder when the test ends.
const files = (content: Record<string, string>) => tempFiles(content);

describe('messages safe for a log', () => {
  it('a cell cannot print a workflow command through an error: the message stays one line', async () => {
    const dir = files({ 'p.csv': 'y_true,y_pred\n1,1\n"x\n::warning::pwned\r\u001b[2J",1\n' });
    const run = await cli(['evaluate', 'p.csv', '--task', 'regression'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('model-gate: p.csv:3 (column "y_true"): "x\\n::warning::pwned\\r\\u001b[2J" is not a number; regression needs numeric values\n');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });

  it('every typed error is one line, whatever it quotes', () => {
    for (const text of ['a\nb', 'a\r\nb', 'a\u2028b', 'a\u0085b', 'a\u202eb', 'a\u0000b']) expect([...logSafe(text)].filter((c) => c.charCodeAt(0) < 32 || '\u2028\u0085\u202e'.includes(c))).toEqual([]);
  });

  it('shows bidi overrides and escapes $…$ math in markdown, and shows bidi overrides in the terminal and in HTML', async () => {
    const id = 'acc\u202eliaf$x$';
    const dir = files({ 'b.json': JSON.stringify({ [id]: 0.9 }), 'c.json': JSON.stringify({ [id]: 0.5 }) });
    const rules = ['--rules', `"${id}": {min: 0.8}`];
    const markdown = await cli(['compare', '--baseline', 'b.json', '--current', 'c.json', ...rules, '--format', 'markdown', '--html', 'r.html'], dir);
    expect(markdown.stdout).toContain('acc&lt;U+202E&gt;liaf\\$x\\$');
    const text = await cli(['compare', '--baseline', 'b.json', '--current', 'c.json', ...rules, '--format', 'text'], dir);
    expect(text.stdout).toContain('acc<U+202E>liaf$x$');
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('acc&#60;U+202E&#62;liaf');
    for (const out of [markdown.stdout, text.stdout, html]) expect(out).not.toContain('\u202e');
    expect(escapeMarkdown('costs $5 and $6')).toBe('costs \\$5 and \\$6');
  });
});

describe('option values', () => {
  it('takes a negative number as the value of --decision-threshold', async () => {
    const dir = files({ 'p.csv': 'y_true,y_score\n1,0.5\n0,-1\n1,-0.2\n' });
    const run = await cli(['evaluate', 'p.csv', '--decision-threshold', '-0.5', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ metrics: { accuracy: 1 } });
  });
});
