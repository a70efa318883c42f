import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';


describe('record writes only what compare can read back', () => {
  it('refuses a metric id over the bundle limit, and writes nothing', async () => {
    const dir = tempFiles({ 'm.json': JSON.stringify({ [`acc_${'x'.repeat(2100)}`]: 0.5 }) });
    const run = await cli(['record', 'm.json', '--out', 'bundle'], dir);
    expect(run.stderr).toMatch(/^model-gate: cannot record this run: metrics\.acc_x{56}…: Invalid key in record; a baseline with it could not be read back\n$/);
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'bundle'))).toBe(false);
  });

  it('refuses a class name over the bundle limit', async () => {
    const long = 'c'.repeat(10_001);
    const dir = tempFiles({ 'p.csv': `y_true,y_pred\n${long},${long}\nb,b\n` });
    const run = await cli(['record', 'p.csv', '--out', 'bundle'], dir);
    expect(run.stderr).toMatch(/^model-gate: cannot record this run: classes\.\d: Too big: expected string to have <=10000 characters/);
  });

  it('refuses a huge slice value (a text column given as a slice) in every command, with its place', async () => {
    const dir = tempFiles({ 'p.csv': `y_true,y_pred,text\n1,1,short\n0,1,${'w'.repeat(5_000_000)}\n` });
    for (const command of [['evaluate', 'p.csv'], ['record', 'p.csv', '--out', 'bundle']]) {
      const run = await cli([...command, '--columns', '{slices: [text]}'], dir);
      expect(run.stderr).toBe('model-gate: p.csv:3 (column "text"): slice value of 5,000,000 characters (at most 500): a slice column names groups, such as a region or a language\n');
    }
  });
});
