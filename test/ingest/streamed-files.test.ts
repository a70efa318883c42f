import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPredictions } from '../../src/ingest/read-predictions.js';
import { resolveEvalSet } from '../../src/ingest/resolve.js';
import { evaluate } from '../../src/metrics/evaluate.js';
import { cli, tempFiles } from '../helpers/cli.js';

/** Metrics as the CLI prints them for these files. */
async function metricsOf(dir: string, ...files: string[]): Promise<unknown> {
  const run = await cli(['evaluate', ...files, '--format', 'json'], dir);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { metrics: unknown }).metrics;
}

/** The same through the whole-text reader, as files were read before streaming. */
function metricsOfText(text: string, name = 'p.csv'): unknown {
  const evaluation = evaluate(resolveEvalSet(readPredictions([{ name, text }], {}), { task: 'auto', positiveLabel: undefined, decisionThreshold: undefined }));
  return Object.fromEntries(evaluation.metrics);
}

/** Rows enough to span several read and inflate chunks (over 1 MiB), with ties and a multi-byte slice of text. */
function bigCsv(rows: number): string {
  const lines = ['y_true,y_pred,y_score,note'];
  for (let i = 0; i < rows; i++) lines.push(`${i % 3 === 0 ? 1 : 0},${i % 5 === 0 ? 1 : 0},${((i * 7919) % 1000) / 1000},${i % 97 === 0 ? '"é, ü"' : 'x'}`);
  return `${lines.join('\r\n')}\r\n`;
}

const error = async (dir: string, ...files: string[]) => (await cli(['evaluate', ...files], dir)).stderr.trimEnd();

describe('streamed prediction files', () => {
  it('give the metrics of the whole-text reader, plain and gzipped', async () => {
    const text = bigCsv(120_000);
    const dir = tempFiles({ 'p.csv': text, 'p.csv.gz': gzipSync(text), 'p.tsv': text.replaceAll(',', '\t').replace('"é\t ü"', '"é, ü"') });
    const expected = metricsOfText(text);
    expect(await metricsOf(dir, 'p.csv')).toEqual(expected);
    expect(await metricsOf(dir, 'p.csv.gz')).toEqual(expected);
    expect(await metricsOf(dir, 'p.tsv')).toEqual(expected);
  });

  it('give the metrics of the whole-text reader for JSON Lines and regression files of several read chunks', async () => {
    // The shell reads a file into one reused buffer: a reader that kept a chunk past its turn would read garbage.
    const rows = Array.from({ length: 40_000 }, (_, i) => ({ y_true: i % 3 === 0 ? 1 : 0, y_pred: i % 5 === 0 ? 1 : 0, y_score: ((i * 7919) % 1000) / 1000, note: i % 97 === 0 ? 'é, "ü"' : 'x' }));
    const jsonl = `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const regression = `y_true,y_pred\n${Array.from({ length: 90_000 }, (_, i) => `${((i * 7919) % 100_003) / 7},${((i * 104_729) % 100_019) / 7}`).join('\n')}\n`;
    expect(jsonl.length).toBeGreaterThan(1.5 * 2 ** 20);
    expect(regression.length).toBeGreaterThan(2 << 20);
    const dir = tempFiles({ 'p.jsonl': jsonl, 'r.csv': regression });
    expect(await metricsOf(dir, 'p.jsonl')).toEqual(metricsOfText(jsonl, 'p.jsonl'));
    expect(await metricsOf(dir, 'r.csv')).toEqual(metricsOfText(regression));
  });

  it('check UTF-8 across chunk boundaries, and report bad bytes anywhere as before', async () => {
    const head = 'y_true,y_pred,note\n';
    const filler = head + '1,1,x\n'.repeat(170_000);
    // A three-byte character straddling the end of the first 1 MiB read, then an invalid byte much later.
    const straddling = `${filler}1,0,${'x'.repeat((1 << 20) - 1 - filler.length - 4)}€\n${'0,1,€\n'.repeat(1000)}`;
    expect(Buffer.from(straddling).subarray((1 << 20) - 1, (1 << 20) + 2).toString()).toBe('€');
    const dir = tempFiles({
      'ok.csv': straddling,
      'bad.csv': Buffer.concat([Buffer.from(straddling), Buffer.from([0x31, 0x2c, 0x31, 0x2c, 0xff, 0x0a])]),
      'nul.csv': `y_true,y_pred\n1,1\n1,\u0000\n`,
      'cut.csv': Buffer.concat([Buffer.from(`${head}1,1,`), Buffer.from('€').subarray(0, 2)]),
    });
    expect(await cli(['evaluate', 'ok.csv'], dir)).toMatchObject({ code: 0 });
    // The line and byte offset of the bad byte, 171,003 lines in: the place is found again only on failure.
    const badAt = Buffer.byteLength(straddling) + 4;
    expect(await error(dir, 'bad.csv')).toBe(`model-gate: bad.csv:171003: not UTF-8 text: byte 0xFF at byte offset ${badAt} (save the file as UTF-8)`);
    expect(await error(dir, 'nul.csv')).toBe('model-gate: nul.csv: binary data (NUL bytes), not a text file');
    expect(await error(dir, 'cut.csv')).toBe('model-gate: cut.csv:2: not UTF-8 text: a character cut short at the end at byte offset 23 (save the file as UTF-8)');
  });

  it('keep the order of errors of reading every file whole before parsing any', async () => {
    const good = 'y_true,y_pred\n1,1\n0,0\n';
    const dir = tempFiles({
      'a.csv': 'y_true,y_pred\n1,\n',
      'b.csv.gz': gzipSync(bigCsv(50_000)).subarray(0, 40_000),
      'c.csv': good,
      'd.csv': Buffer.from([0x79, 0x2c, 0xc3, 0x28, 0x0a]),
    });
    // A parse error in the first file, a truncated gzip stream in the second: the read error came first.
    expect(await error(dir, 'a.csv', 'b.csv.gz')).toMatch(/^model-gate: b\.csv\.gz: not a valid gzip file \(unexpected end of file\)$/);
    // A missing file after a file with invalid UTF-8: the UTF-8 error, found first.
    expect(await error(dir, 'd.csv', 'missing.csv')).toBe('model-gate: d.csv:1: not UTF-8 text: byte 0xC3 at byte offset 2 (save the file as UTF-8)');
    // A parse error before a missing file: the missing file.
    expect(await error(dir, 'a.csv', 'missing.csv')).toBe('model-gate: missing.csv: no such file');
    expect(await error(dir, 'c.csv', 'a.csv')).toBe('model-gate: a.csv:2 (column "y_pred"): empty cell; every row needs a value here');
  });

  it('still read Keras logs and bundles named .csv as metric files, not predictions', async () => {
    const dir = tempFiles({ 'log.csv': 'epoch,accuracy,loss\n0,0.5,1.2\n1,0.75,0.8\n' });
    const run = await cli(['evaluate', 'log.csv', '--format', 'json'], dir);
    expect((JSON.parse(run.stdout) as { metrics: Record<string, number> }).metrics).toMatchObject({ accuracy: 0.75, loss: 0.8 });
  });

  it('read Parquet files into the same metrics as their CSV twins', async () => {
    const fixtures = fileURLToPath(new URL('../fixtures/parquet/', import.meta.url));
    const dir = tempFiles({});
    for (const name of ['binary.parquet', 'binary.csv', 'regression.parquet', 'regression.csv']) copyFileSync(join(fixtures, name), join(dir, name));
    expect(await metricsOf(dir, 'binary.parquet')).toEqual(await metricsOf(dir, 'binary.csv'));
    expect(await metricsOf(dir, 'regression.parquet')).toEqual(await metricsOf(dir, 'regression.csv'));
    const gz = tempFiles({ 'p.parquet.gz': gzipSync(readFileSync(join(fixtures, 'binary.parquet'))) });
    expect(await metricsOf(gz, 'p.parquet.gz')).toEqual(await metricsOf(dir, 'binary.csv'));
  });
});
