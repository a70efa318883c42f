import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderCurveChart, renderTrendChart } from '../../../src/report/mermaid.js';
import { ACCURACY, HOSTILE_ID, HOSTILE_TREND, LOG_LOSS, PRECISION_RECALL, ROC, trend } from './fixtures.js';

/**
 * Every mermaid block the renderers write, and every one in the golden files, parsed by the real `mermaid`
 * package. mermaid.parse needs a DOM even in Node (its DOMPurify is built from `window` when mermaid is first
 * imported: "DOMPurify.addHook is not a function" without one), so this file alone gives it jsdom's window and
 * document, then imports mermaid.
 */
let parse: (text: string) => Promise<unknown>;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  vi.stubGlobal('window', dom.window);
  vi.stubGlobal('document', dom.window.document);
  const { default: mermaid } = await import('mermaid');
  parse = (text) => mermaid.parse(text);
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const SNAPSHOTS = join(import.meta.dirname, '__snapshots__');

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

/** mermaid accepts a series longer or shorter than the x-axis; GitHub would then draw it wrong, so check it too. */
function expectSeriesToFitAxis(block: string): void {
  const categories = /^ {4}x-axis (?:"[^"]*" )?\[(.*)\]$/m.exec(block)?.[1];
  expect(categories, block).toBeDefined();
  const count = categories!.match(/"[^"]*"|[^,\s][^,]*/g)!.length;
  for (const series of block.matchAll(/^ {4}(?:line|bar) \[(.*)\]$/gm)) expect(series[1]!.split(', ')).toHaveLength(count);
}

const rendered: Record<string, string> = {
  'trend accuracy': renderTrendChart(ACCURACY),
  'trend with a gap': renderTrendChart(LOG_LOSS),
  'trend of one run': renderTrendChart(trend('f1', [0.8])),
  'trend without this run': renderTrendChart(trend('f1', [0.8, 0.82, null])),
  'trend of large and tiny values': renderTrendChart(trend('n', [1234567, 1234890, 1e-9])),
  'hostile trend': renderTrendChart(HOSTILE_TREND),
  roc: renderCurveChart('ROC curve', ROC, 'false positive rate', 'true positive rate', 'AUC'),
  'roc without baseline': renderCurveChart('ROC curve', { baseline: undefined, current: ROC.current }, 'fpr', 'tpr'),
  'precision-recall': renderCurveChart('Precision-recall curve', PRECISION_RECALL, 'recall', 'precision', 'AP'),
  'hostile curve': renderCurveChart(HOSTILE_ID, ROC, '<b>"x"</b>', 'y\n```\n%%{init}%%', '$$AUC$$'),
};

describe('mermaid blocks parse with the mermaid package', () => {
  it.each(Object.entries(rendered))('%s', async (_, markdown) => {
    const blocks = mermaidBlocks(markdown);
    expect(blocks).toHaveLength(1);
    await expect(parse(blocks[0]!)).resolves.toMatchObject({ diagramType: 'xychart' });
    expectSeriesToFitAxis(blocks[0]!);
  });

  it('every block in the golden files, the PR comment goldens included', async () => {
    const folders = [SNAPSHOTS, join(import.meta.dirname, '..', '__snapshots__')];
    const files = folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => join(folder, f)));
    const blocks = files.flatMap((f) => mermaidBlocks(readFileSync(f, 'utf8')).map((b) => [f, b] as const));
    expect(blocks.some(([f]) => f.endsWith('paired-example.md'))).toBe(true);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const [file, block] of blocks) {
      await expect(parse(block), file).resolves.toMatchObject({ diagramType: 'xychart' });
      expectSeriesToFitAxis(block);
    }
  });

  it('fails on a syntax error (so the checks above can fail)', async () => {
    const block = mermaidBlocks(rendered['trend accuracy']!)[0]!;
    const broken = block.replace('    line [', '    line [0.5,, ');
    expect(broken).not.toBe(block);
    await expect(parse(broken)).rejects.toThrow(/Parse error/);
    await expect(parse(block.replace('x-axis [', 'x-axis ["unclosed, '))).rejects.toThrow(/Parse error/);
  });
});
