import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { classKey, sortClassKeys } from '../../src/ingest/table/classes.js';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';

const files = (content: Record<string, string | Uint8Array>) => {
  const dir = tempFiles(content);
  return dir;
};

/** Each way a file writes a missing value in a label (row 2 of 3), per text format; every one is an error. */
const MARKERS = ['nan', 'NaN', 'NA', 'N/A', 'null', 'None', 'inf', '-inf', 'Infinity', '-', '1e999', '<NA>', '#N/A'];

/** The file holding `marker` as the second label, and where the message must point. */
const FORMATS: { ext: string; file: (marker: string) => string; place: string }[] = [
  { ext: 'csv', file: (m) => `y_true,y_pred\n1.5,2.5\n${m},1.0\n2.0,3.0\n`, place: 'p.csv:3 (column "y_true")' },
  { ext: 'tsv', file: (m) => `y_true\ty_pred\n1.5\t2.5\n${m}\t1.0\n2.0\t3.0\n`, place: 'p.tsv:3 (column "y_true")' },
  { ext: 'jsonl', file: (m) => `{"y_true":1.5,"y_pred":2.5}\n{"y_true":${JSON.stringify(m)},"y_pred":1}\n{"y_true":2,"y_pred":3}\n`, place: 'p.jsonl:2 (column "y_true")' },
  { ext: 'json', file: (m) => JSON.stringify([{ y_true: 1.5, y_pred: 2.5 }, { y_true: m, y_pred: 1 }, { y_true: 2, y_pred: 3 }]), place: 'p.json' },
];

describe('missing-value markers in a label or prediction column', () => {
  it.each(FORMATS)('are errors naming file, line and column in $ext, never a class', async ({ ext, file, place }) => {
    for (const marker of MARKERS) {
      const run = await cli(['evaluate', `p.${ext}`], files({ [`p.${ext}`]: file(marker) }));
      expect(run.code, `${ext} ${marker}: ${run.stdout}`).toBe(2);
      expect(run.stderr).toContain(`model-gate: ${place}`);
      expect(run.stderr).toMatch(/missing-value marker|infinite|too large for a double/);
    }
  });

  it('reads JSON numbers that overflow (1e400) and NaN literals as errors, and so in the prediction column', async () => {
    const dir = files({
      'big.json': '[{"y_true":1,"y_pred":1},{"y_true":1e400,"y_pred":0},{"y_true":0,"y_pred":0}]',
      'nan.jsonl': '{"y_true":1,"y_pred":1}\n{"y_true":0,"y_pred":NaN}\n',
      'pred.csv': 'y_true,y_pred\n1,1\n0,nan\n',
    });
    expect((await cli(['evaluate', 'big.json'], dir)).stderr).toMatch(/^model-gate: big\.json.*\(column "y_true"\): "Infinity" is infinite/);
    expect((await cli(['evaluate', 'nan.jsonl'], dir)).stderr).toMatch(/^model-gate: nan\.jsonl.*(column "y_pred"|NaN)/);
    expect((await cli(['evaluate', 'pred.csv'], dir)).stderr).toBe(
      'model-gate: pred.csv:3 (column "y_pred"): "nan" is a missing-value marker, not a value: every row needs a real label and prediction (drop or fill the row)\n',
    );
  });

  it('refuses a Parquet NaN label', async () => {
    const parquet = new Uint8Array(parquetWriteBuffer({
      columnData: [
        { name: 'y_true', data: [1.5, Number.NaN, 2], type: 'DOUBLE' },
        { name: 'y_pred', data: [2.5, 1, 3], type: 'DOUBLE' },
      ],
    }));
    const run = await cli(['evaluate', 'p.parquet'], files({ 'p.parquet': parquet }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^model-gate: p\.parquet.*\(column "y_true"\): .*(NaN|missing)/);
  });

  it('keeps "none" and "n.a." (not pandas markers) as ordinary classes', async () => {
    const run = await cli(['evaluate', 'p.csv', '--format', 'json'], files({ 'p.csv': 'y_true,y_pred\nnone,none\nsome,none\n' }));
    expect(JSON.parse(run.stdout)).toMatchObject({ task: 'binary', metrics: { accuracy: 0.5 } });
  });
});

describe('integer labels beyond 2^53', () => {
  const big = (a: string, b: string) => `y_true,y_pred\n${a},${b}\n${b},${b}\n1,1\n`;
  it('keep their identity from CSV: 9007199254740993 is not 9007199254740992', async () => {
    const run = await cli(['evaluate', 'p.csv', '--format', 'json'], files({ 'p.csv': big('9007199254740993', '9007199254740992') }));
    expect(JSON.parse(run.stdout)).toMatchObject({ task: 'multiclass', metrics: { accuracy: 2 / 3 } });
  });

  it('keep their identity from JSON Lines, JSON and Parquet INT64', async () => {
    const a = '9007199254740993';
    const b = '9007199254740992';
    const dir = files({
      'p.jsonl': `{"y_true":${a},"y_pred":${b}}\n{"y_true":${b},"y_pred":${b}}\n{"y_true":1,"y_pred":1}\n`,
      'p.json': `[{"y_true":${a},"y_pred":${b}},{"y_true":${b},"y_pred":${b}},{"y_true":1,"y_pred":1}]`,
      'p.parquet': new Uint8Array(parquetWriteBuffer({
        columnData: [
          { name: 'y_true', data: [BigInt(a), BigInt(b), 1n], type: 'INT64' },
          { name: 'y_pred', data: [BigInt(b), BigInt(b), 1n], type: 'INT64' },
        ],
      })),
    });
    for (const file of ['p.jsonl', 'p.json', 'p.parquet']) {
      const run = await cli(['evaluate', file, '--format', 'json'], dir);
      expect(run.stderr, file).toBe('');
      expect(JSON.parse(run.stdout), file).toMatchObject({ task: 'multiclass', metrics: { accuracy: 2 / 3 } });
    }
  });

  it('still treat 1, 1.0 and 0001 as one class', async () => {
    const run = await cli(['evaluate', 'p.csv', '--format', 'json'], files({ 'p.csv': 'y_true,y_pred\n1,1.0\n0001,1\n0,0\n0000000000000000000,0\n' }));
    expect(JSON.parse(run.stdout)).toMatchObject({ task: 'binary', metrics: { accuracy: 1 } });
  });

  it('never merge two distinct integers, and order them as integers (property, around and beyond 2^53)', () => {
    const big = fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n });
    fc.assert(
      fc.property(big, big, (a, b) => {
        const [ka, kb] = [classKey(a.toString(), 'number'), classKey(b.toString(), 'number')];
        expect(ka === kb).toBe(a === b);
        const sorted = sortClassKeys([ka!, kb!], 'number');
        expect(sorted.map(BigInt)).toEqual([...new Set([a, b])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
      }),
      { numRuns: 2000 },
    );
  });
});
