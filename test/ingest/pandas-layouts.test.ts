import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';


/**
 * `df.to_json(orient=…)` of `pd.DataFrame({'y_true': [1, 0, 1], 'y_pred': [1, 1, 1]}, index=['a', 'b', 'c'])`,
 * as pandas 2 writes them (index labels are strings, so the default layout is keyed by them).
 */
const LAYOUTS: Record<string, string> = {
  columns: '{"y_true":{"a":1,"b":0,"c":1},"y_pred":{"a":1,"b":1,"c":1}}',
  index: '{"a":{"y_true":1,"y_pred":1},"b":{"y_true":0,"y_pred":1},"c":{"y_true":1,"y_pred":1}}',
  split: '{"columns":["y_true","y_pred"],"index":["a","b","c"],"data":[[1,1],[0,1],[1,1]]}',
  'split without index': '{"columns":["y_true","y_pred"],"data":[[1,1],[0,1],[1,1]]}',
  table:
    '{"schema":{"fields":[{"name":"index","type":"string"},{"name":"y_true","type":"integer"},{"name":"y_pred","type":"integer"}],"primaryKey":["index"],"pandas_version":"1.4.0"},"data":[{"index":"a","y_true":1,"y_pred":1},{"index":"b","y_true":0,"y_pred":1},{"index":"c","y_true":1,"y_pred":1}]}',
  records: '[{"y_true":1,"y_pred":1},{"y_true":0,"y_pred":1},{"y_true":1,"y_pred":1}]',
};

describe("pandas to_json layouts", () => {
  it.each(Object.entries(LAYOUTS))('reads orient=%s as the same three predictions, never as metrics', async (_, json) => {
    const dir = tempFiles({ 'p.json': json });
    const run = await cli(['evaluate', 'p.json', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ task: 'binary', n: 3, metrics: { accuracy: 2 / 3, recall: 1 } });
  });

  it("refuses orient='values' (no column names) and columns of unequal length", async () => {
    const dir = tempFiles({
      'values.json': '[[1,1],[0,1],[1,1]]',
      'unequal.json': '{"y_true":{"0":1,"1":0,"2":1},"y_pred":{"0":1,"1":1}}',
      'ragged.json': '{"columns":["y_true","y_pred"],"data":[[1,1],[0]]}',
    });
    expect((await cli(['evaluate', 'values.json'], dir)).stderr).toBe(
      "model-gate: values.json: an array of arrays (pandas to_json(orient='values')) has no column names; write records, e.g. orient='records'\n",
    );
    expect((await cli(['evaluate', 'unequal.json'], dir)).stderr).toBe(
      'model-gate: unequal.json: column "y_pred" has 2 rows (by index), "y_true" has 3: columns of unequal length\n',
    );
    expect((await cli(['evaluate', 'ragged.json'], dir)).stderr).toBe('model-gate: ragged.json: row 2 of "data" has 1 values for 2 columns\n');
  });

  it('still reads a classification report keyed by class as metrics', async () => {
    const dir = tempFiles({ 'm.json': '{"0":{"precision":0.5,"recall":1,"f1-score":0.6,"support":3},"1":{"precision":1,"recall":0.5,"f1-score":0.6,"support":3}}' });
    const run = await cli(['evaluate', 'm.json', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain('precision');
  });
});
