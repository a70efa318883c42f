import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';

const lines = (n: number) => 'y_true,y_pred\n' + '1,1\n0,0\n'.repeat(n / 2);

describe('text that is not UTF-8', () => {
  it('refuses a NUL byte anywhere, with its line, streamed or read whole, plain or gzipped', async () => {
    // 300,001 rows: the NUL sits 2.4 MB in, far past the 8 KiB that used to be checked.
    const late = `${lines(300_000)}0,\u00001\n`;
    const dir = tempFiles({
      'late.csv': late,
      'late.csv.gz': gzipSync(late),
      'late.yaml': `accuracy: 0.5\n${'# padding\n'.repeat(1000)}f1: 0.\u00005\n`,
    });
    const at = Buffer.byteLength(late) - 3;
    for (const file of ['late.csv', 'late.csv.gz']) {
      const run = await cli(['evaluate', file], dir);
      expect(run.stderr).toBe(`model-gate: ${file}:300002: a NUL byte at byte offset ${at}: not text (a NUL is never part of a CSV, JSON or YAML file)\n`);
      expect(run.code).toBe(2);
    }
    expect((await cli(['evaluate', 'late.yaml'], dir)).stderr).toMatch(/^model-gate: late\.yaml:1002: a NUL byte at byte offset 10020/);
  });

  it('names UTF-16 as UTF-16, with or without a byte order mark', async () => {
    const dir = tempFiles({
      'bom.csv': Buffer.from('\ufeffy_true,y_pred\n1,1\n', 'utf16le'),
      'le.json': Buffer.from('{"accuracy": 0.5}', 'utf16le'),
      'be.csv': Buffer.from('y_true,y_pred\n1,1\n', 'utf16le').swap16(),
    });
    expect((await cli(['evaluate', 'bom.csv'], dir)).stderr).toBe('model-gate: bom.csv: UTF-16LE text; model-gate reads UTF-8: save the file as UTF-8\n');
    expect((await cli(['evaluate', 'le.json'], dir)).stderr).toBe('model-gate: le.json: UTF-16LE text; model-gate reads UTF-8: save the file as UTF-8\n');
    expect((await cli(['evaluate', 'be.csv'], dir)).stderr).toBe('model-gate: be.csv: UTF-16BE text; model-gate reads UTF-8: save the file as UTF-8\n');
  });

  it('gives the line and byte offset of the first byte that breaks UTF-8 (Latin-1 "é" here)', async () => {
    const dir = tempFiles({ 'latin1.csv': Buffer.from('y_true,y_pred\ncaf\xe9,cafe\n', 'latin1'), 'm.json': Buffer.from('{"caf\xe9": 1}', 'latin1') });
    expect((await cli(['evaluate', 'latin1.csv'], dir)).stderr).toBe('model-gate: latin1.csv:2: not UTF-8 text: byte 0xE9 at byte offset 17 (save the file as UTF-8)\n');
    expect((await cli(['evaluate', 'm.json'], dir)).stderr).toBe('model-gate: m.json:1: not UTF-8 text: byte 0xE9 at byte offset 5 (save the file as UTF-8)\n');
  });
});
