import { describe, expect, it } from 'vitest';
import { planColumns } from '../../src/ingest/table/columns.js';
import { cli, tempFiles } from '../helpers/cli.js';

const run = async (files: Record<string, string>, ...args: string[]) => {
  const dir = tempFiles(files);
  return cli(['evaluate', 'p.csv', ...args], dir);
};

describe('column roles', () => {
  it('refuse one column as label and prediction (accuracy 1 whatever the model did)', async () => {
    const result = await run({ 'p.csv': 'y_true,y_pred\n1,0\n0,1\n' }, '--columns', '{label: y_true, prediction: y_true}');
    expect(result.stderr).toBe('model-gate: p.csv:1 (column "y_true"): column "y_true" would be both the label and the prediction; one column has one role (check columns)\n');
    expect(result.code).toBe(2);
  });

  it('refuse label-like columns of different names, and say which one is likely the prediction', async () => {
    const result = await run({ 'p.csv': 'text,gold_label,label,score\nhi,pos,pos,0.9\nho,neg,pos,0.8\n' });
    expect(result.stderr).toBe(
      'model-gate: p.csv:1: several label columns: "gold_label", "label"; name the one to use with columns.label; "label" beside "gold_label" is most likely a prediction (as a Hugging Face pipeline writes it): set columns: {label: gold_label, prediction: label}\n',
    );
    const chosen = await run({ 'p.csv': 'text,gold_label,label,score\nhi,pos,pos,0.9\nho,neg,pos,0.8\n' }, '--columns', '{label: gold_label, prediction: label}', '--format', 'json');
    expect(JSON.parse(chosen.stdout)).toMatchObject({ n: 2, metrics: { accuracy: 0.5 } });
  });

  /** Headers and the roles (or the error) they get, without columns set unless given. */
  const TABLE: [string, Record<string, string> | RegExp, Record<string, string>?][] = [
    ['y_true,y_pred', { label: 'y_true', prediction: 'y_pred' }],
    ['label,prediction,score', { label: 'label', prediction: 'prediction', score: 'score' }],
    ['gold_label,label', /several label columns: "gold_label", "label".*most likely a prediction/],
    ['y_true,target,y_pred', /several label columns: "y_true", "target"; name the one/],
    ['gold,label', /several label columns: "gold", "label".*most likely a prediction/],
    ['gold_label,label', { label: 'gold_label', prediction: 'label' }, { label: 'gold_label', prediction: 'label' }],
    ['gold_label,label', { label: 'gold_label', prediction: 'label' }, { prediction: 'label' }],
    ['y_true,y_pred', /column "y_true" would be both the label and the score/, { label: 'y_true', score: 'y_true' }],
    ['y_true,y_pred', /no label column/, { score: 'y_true' }],
    ['y_true,y_pred,id', /column "id" would be both the id and the weight/, { weight: 'id' }],
  ];
  it.each(TABLE)('%s → %o (columns %o)', (header, expected, overrides = {}) => {
    const plan = () => planColumns(header.split(','), overrides, 'p.csv');
    if (expected instanceof RegExp) {
      expect(plan).toThrow(expected);
      return;
    }
    const got = plan();
    const roles = Object.fromEntries(
      (['label', 'prediction', 'score'] as const).flatMap((role) => (got[role] ? [[role, got[role].name]] : [])),
    );
    expect(roles).toEqual(expected);
  });
});
