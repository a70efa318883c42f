import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';

/** Each bad input: the files, extra flags, and the one line the user must see. */
const CASES: { name: string; files: Record<string, string | Uint8Array>; args?: string[]; message: RegExp }[] = [
  { name: 'an empty file', files: { 'p.csv': '' }, message: /^model-gate: p\.csv: empty file/ },
  { name: 'a header without rows', files: { 'p.csv': 'y_true,y_pred\n' }, message: /^model-gate: p\.csv: no data rows/ },
  {
    name: 'a missing label column',
    files: { 'p.csv': 'truth,y_pred\n1,1\n' },
    message: /^model-gate: p\.csv:1: no label column: expected one of y_true, label, .*the header has "truth", "y_pred"/,
  },
  {
    name: 'ambiguous columns',
    files: { 'p.csv': 'label,Label,y_pred\n1,1,1\n' },
    message: /^model-gate: p\.csv:1 \(column "label"\): ambiguous label column: "label" and "Label"/,
  },
  {
    name: 'a column named in columns that does not exist',
    files: { 'p.csv': 'y_true,y_pred\n1,1\n' },
    args: ['--columns', '{score: p1}'],
    message: /^model-gate: p\.csv:1: no column "p1" \(set as columns\.score\)/,
  },
  {
    name: 'a classification task asked of a continuous target (many values, stored as numbers)',
    files: { 'p.csv': `y_true,y_pred\n${Array.from({ length: 65 }, (_, i) => `${i}.5,${i}.5`).join('\n')}\n` },
    args: ['--task', 'multiclass'],
    message: /^model-gate: p\.csv \(column "y_true"\): column "y_true" holds numbers that are not all whole, which cannot be classes \(scikit-learn calls them continuous\); set task to regression/,
  },
  {
    name: 'a classification task asked of a continuous target (few values, interned)',
    files: { 'p.csv': 'y_true,y_pred\n0.5,1\n1,1\n1,0\n' },
    args: ['--task', 'binary'],
    message: /^model-gate: p\.csv \(column "y_true"\): column "y_true" holds numbers that are not all whole, which cannot be classes/,
  },
  {
    name: 'a classification task with probabilities for predictions',
    files: { 'p.csv': 'y_true,y_pred\n0,0.2\n1,0.9\n1,1\n' },
    args: ['--task', 'binary'],
    message: /^model-gate: p\.csv \(column "y_pred"\): column "y_pred" holds numbers that are not all whole/,
  },
  {
    name: 'a ragged row',
    files: { 'p.csv': 'y_true,y_pred\n1,0\n1\n' },
    message: /^model-gate: p\.csv:3: expected 2 fields like the header, found 1/,
  },
  {
    name: 'a non-numeric score',
    files: { 'p.csv': 'y_true,y_pred,y_score\n1,1,0.9\n0,0,abc\n' },
    message: /^model-gate: p\.csv:3 \(column "y_score"\): "abc" is not a number/,
  },
  {
    name: 'a NaN score',
    files: { 'p.csv': 'y_true,y_pred,y_score\n1,1,NaN\n' },
    message: /^model-gate: p\.csv:2 \(column "y_score"\): NaN is not allowed here/,
  },
  {
    name: 'an infinite score',
    files: { 'p.csv': 'y_true,y_pred,y_score\n1,1,0.3\n0,1,-Infinity\n' },
    message: /^model-gate: p\.csv:3 \(column "y_score"\): -Infinity is not allowed here/,
  },
  {
    name: 'a probability outside [0, 1]',
    files: { 'p.csv': 'y_true,probability\n1,0.5\n0,1.5\n' },
    message: /^model-gate: p\.csv:3 \(column "probability"\): probability 1\.5 is outside \[0, 1\]/,
  },
  {
    name: 'a per-class probability outside [0, 1]',
    files: { 'p.csv': 'y_true,prob_a,prob_b,prob_c\na,0.5,0.5,0\nb,-0.1,0.6,0.5\n' },
    message: /^model-gate: p\.csv:3 \(column "prob_a"\): probability -0\.1 is outside \[0, 1\]/,
  },
  {
    name: 'an unterminated quote',
    files: { 'p.csv': 'y_true,y_pred,text\n1,1,"fine"\n0,1,"never closed\n1,1,x\n' },
    message: /^model-gate: p\.csv:3: unterminated quoted field/,
  },
  {
    name: 'a broken JSONL line',
    files: { 'p.jsonl': '{"y_true": 1, "y_pred": 1}\n{"y_true": 0, "y_pred": \n' },
    message: /^model-gate: p\.jsonl:2: not valid JSON/,
  },
  {
    name: 'a JSON record missing a field',
    files: { 'p.json': '[{"y_true": 1, "y_pred": 1}, {"y_true": 0}]' },
    message: /^model-gate: p\.json record 2 \(column "y_pred"\): missing value/,
  },
  {
    name: 'binary garbage',
    files: { 'p.csv': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]) },
    message: /^model-gate: p\.csv: binary data \(NUL bytes\), not a text file/,
  },
  {
    name: 'a truncated gzip file',
    files: { 'p.csv.gz': gzipSync('y_true,y_pred\n1,1\n').subarray(0, 12) },
    message: /^model-gate: p\.csv\.gz: not a valid gzip file/,
  },
  { name: 'a missing file', files: {}, args: [], message: /^model-gate: missing\.csv: no such file/ },
  {
    name: 'duplicate ids',
    files: { 'p.csv': 'id,y_true,y_pred\na,1,1\nb,0,0\na,1,0\n' },
    message: /^model-gate: p\.csv:4 \(column "id"\): duplicate id "a"/,
  },
  {
    name: 'duplicate ids across shards',
    files: { 'a.csv': 'id,y_true,y_pred\n1,1,1\n', 'b.csv': 'id,y_true,y_pred\n2,0,0\n1,1,0\n' },
    message: /^model-gate: b\.csv:3 \(column "id"\): duplicate id "1"; ids must be unique across all files/,
  },
  {
    name: 'an empty label cell',
    files: { 'p.csv': 'y_true,y_pred\n1,1\n,0\n' },
    message: /^model-gate: p\.csv:3 \(column "y_true"\): empty cell/,
  },
  {
    name: 'an unknown columns key',
    files: { 'p.csv': 'y_true,y_pred\n1,1\n' },
    args: ['--columns', '{labl: y_true}'],
    message: /^model-gate: columns: unknown key "labl"; expected label, prediction, score, id, weight, slices/,
  },
  {
    name: 'a positive label that is not a class',
    files: { 'p.csv': 'y_true,y_pred\ncat,dog\ndog,dog\n' },
    args: ['--positive-label', 'bird'],
    message: /^model-gate: p\.csv: positive-label "bird" is not one of the classes: cat, dog/,
  },
  {
    name: 'an unknown task',
    files: { 'p.csv': 'y_true,y_pred\n1,1\n' },
    args: ['--task', 'ranking'],
    message: /^model-gate: task: "ranking" is not one of auto, binary, multiclass, regression/,
  },
];

describe('bad input ends with exit 2 and one line naming the file, line and column', () => {
  for (const { name, files, args = [], message } of CASES) {
    it(`rejects ${name}`, async () => {
      const dir = tempFiles(files);
      const names = Object.keys(files);
      const run = await cli(['evaluate', ...(names.length > 0 ? names : ['missing.csv']), ...args], dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('adds the stack trace only with --debug', async () => {
    const dir = tempFiles({ 'p.csv': '' });
    const run = await cli(['evaluate', 'p.csv', '--debug'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
  });

  it('rejects an unknown flag and an unknown format as usage errors', async () => {
    expect((await cli(['evaluate', 'x.csv', '--colums', 'a'])).stderr).toBe('model-gate: unknown option --colums (did you mean --columns?)\n');
    const run = await cli(['evaluate', 'x.csv', '--format', 'html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format: "html" is not one of text, markdown, json/);
  });
});
