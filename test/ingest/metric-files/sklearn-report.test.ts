import { describe, expect, it } from 'vitest';
import { readJsonMetrics } from '../../../src/ingest/metric-files/read-document.js';
import { readFixture, readRealWorld } from './real-world.js';

function read(file: string) {
  const { name, text } = readRealWorld('sklearn-report', file);
  return readJsonMetrics(name, text);
}

describe('scikit-learn classification reports', () => {
  it('maps a binary report with string labels to model-gate ids (sms spam)', () => {
    const { metrics } = read('Harbani007__sms-spam-classifier__classification_report.json');
    expect(metrics.get('accuracy')).toBe(0.9845261121856866);
    expect(metrics.get('f1_macro')).toBe(0.9643349889624724);
    expect(metrics.get('precision_macro')).toBe(0.973949394939494);
    expect(metrics.get('recall_weighted')).toBe(0.9845261121856866);
    expect(metrics.get('f1[class=spam]')).toBe(0.9375);
    expect(metrics.get('recall[class=spam]')).toBe(0.916030534351145);
    expect(metrics.get('support[class=ham]')).toBe(903);
    // The averages' support is the number of examples, kept once.
    expect(metrics.get('support')).toBe(1034);
    expect(metrics.size).toBe(16);
    expect([...metrics.keys()].some((id) => id.includes('avg') || id.includes('f1-score'))).toBe(false);
  });

  it('reads 18 integer-named classes in file order (severe imbalance)', () => {
    const { metrics } = read('ianhenryryan__multiclass-cnn-severe-imbalance__classification_report.json');
    expect(metrics.get('f1_macro')).toBe(0.5093059535534452);
    expect(metrics.get('f1_weighted')).toBe(0.7050719781580985);
    expect(metrics.get('accuracy')).toBe(0.7);
    expect(metrics.get('support[class=9]')).toBe(180);
    expect(metrics.get('f1[class=17]')).toBe(0.9);
    expect(metrics.get('support')).toBe(360);
    expect([...metrics.keys()].slice(0, 2)).toEqual(['precision[class=0]', 'recall[class=0]']);
    expect(metrics.size).toBe(18 * 4 + 1 + 6 + 1);
  });

  it('keeps Banking77 class names as written, including ? and capitals', () => {
    const { metrics } = read('mpittman-128__banking-intent-classifier__classification_report.json');
    expect(metrics.get('f1[class=reverted_card_payment?]')).toBe(0.8636363636363636);
    expect(metrics.get('precision[class=reverted_card_payment?]')).toBe(0.7916666666666666);
    expect(metrics.get('f1[class=Refund_not_showing_up]')).toBe(0.9487179487179487);
    expect(metrics.get('f1_macro')).toBe(0.907375172333146);
    expect(metrics.get('accuracy')).toBe(0.9074675324675324);
    expect(metrics.get('support')).toBe(3080);
    expect(metrics.size).toBe(77 * 4 + 1 + 6 + 1);
  });

  it('reads a report with integer supports (remla23, also a DVC metric)', () => {
    const { metrics } = read('remla23-team18__model-training__classification_report.json');
    expect(metrics.get('f1_macro')).toBe(0.7277021394831897);
    expect(metrics.get('f1[class=1]')).toBe(0.7231638418079096);
    expect(metrics.get('support[class=0]')).toBe(78);
    expect(metrics.get('support')).toBe(180);
    expect(metrics.get('accuracy')).toBe(0.7277777777777777);
  });

  it('reads a pandas-routed report whose accuracy is a row of four equal numbers', () => {
    const { name, text } = readFixture('pandas-classification-report.json');
    const { metrics, notes } = readJsonMetrics(name, text);
    expect(metrics.get('accuracy')).toBe(0.8);
    expect(metrics.has('accuracy/precision')).toBe(false);
    expect(metrics.get('f1_macro')).toBe(0.7916666666666667);
    expect(metrics.get('f1[class=cat]')).toBe(0.8333333333333334);
    expect(notes).toEqual([]);
  });

  it('names micro and samples averages *_micro and *_samples (multilabel report)', () => {
    const report = {
      a: { precision: 1, recall: 0.5, 'f1-score': 0.6666666666666666, support: 2 },
      b: { precision: 0.5, recall: 1, 'f1-score': 0.6666666666666666, support: 1 },
      'micro avg': { precision: 0.6666666666666666, recall: 0.6666666666666666, 'f1-score': 0.6666666666666666, support: 3 },
      'samples avg': { precision: 0.75, recall: 0.75, 'f1-score': 0.6666666666666666, support: 3 },
    };
    const { metrics } = readJsonMetrics('report.json', JSON.stringify(report));
    expect(metrics.get('f1_micro')).toBe(0.6666666666666666);
    expect(metrics.get('precision_samples')).toBe(0.75);
    expect(metrics.get('support')).toBe(3);
    expect(metrics.has('accuracy')).toBe(false);
  });

  it('flattens an object that merely has a macro avg key next to other data', () => {
    const text = JSON.stringify({ 'macro avg': { precision: 0.5, recall: 0.5, 'f1-score': 0.5 }, model: { layers: 3 } });
    const { metrics } = readJsonMetrics('m.json', text);
    expect([...metrics.keys()]).toEqual(['macro avg/precision', 'macro avg/recall', 'macro avg/f1-score', 'model/layers']);
  });
});
