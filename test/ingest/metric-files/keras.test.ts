import { describe, expect, it } from 'vitest';
import { readKerasCsvLog } from '../../../src/ingest/metric-files/keras.js';
import { readJsonMetrics } from '../../../src/ingest/metric-files/read-document.js';
import { readRealWorld } from './real-world.js';

describe('Keras CSVLogger logs', () => {
  it('reads the last epoch of a .log file that is CSV (Emotion-Detection ResNet50)', () => {
    const { name, text } = readRealWorld('other', 'Aditya24jar__Emotion-Detection-Resnet50__training.log');
    const { metrics, notes } = readKerasCsvLog(name, text);
    expect([...metrics]).toEqual([
      ['accuracy', 0.6310216188430786],
      ['loss', 0.963910698890686],
      ['val_accuracy', 0.6005851030349731],
      ['val_loss', 1.0745148658752441],
    ]);
    expect(notes).toEqual([]);
  });

  it('reads a log with a single epoch', () => {
    const { metrics } = readKerasCsvLog('history.csv', 'epoch,loss,val_loss\n0,0.7,0.8\n');
    expect([...metrics]).toEqual([
      ['loss', 0.7],
      ['val_loss', 0.8],
    ]);
  });

  it('reads tab-separated logs, nan as undefined and NA as missing with a note', () => {
    const { metrics, notes } = readKerasCsvLog('log.tsv', 'epoch\tloss\tlr\tval_auc\r\n0\t0.9\t1e-3\t0.5\r\n1\tnan\t5e-4\tNA\r\n');
    expect([...metrics]).toEqual([
      ['loss', null],
      ['lr', 0.0005],
    ]);
    expect(notes).toEqual([
      'log.tsv: no value in the last epoch for val_auc',
      'log.tsv: loss = NaN is not a finite number; read as undefined',
    ]);
  });

  it('skips a header repeated by a resumed run', () => {
    const { metrics } = readKerasCsvLog('t.log', 'epoch,loss\n0,0.5\nepoch,loss\n1,0.4\n');
    expect(metrics.get('loss')).toBe(0.4);
  });

  it('rejects a log without an epoch column, without rows, or with a cut-off last row', () => {
    expect(() => readKerasCsvLog('t.log', 'step,loss\n0,0.5\n')).toThrow(/^t\.log:1: no "epoch" column/);
    expect(() => readKerasCsvLog('t.log', 'epoch,loss\n')).toThrow(/^t\.log: no epochs after the header/);
    expect(() => readKerasCsvLog('t.log', 'epoch,loss,acc\n0,0.5,0.7\n1,0.4')).toThrow(/^t\.log:3: the last row has 2 fields/);
    expect(() => readKerasCsvLog('t.log', 'epoch,loss\n0,abc\n')).toThrow('t.log:2 (column "loss"): "abc" is not a number');
  });
});

describe('Keras history.json', () => {
  it('reads the last epoch under the old acc/val_acc names (toxicity detector)', () => {
    const { name, text } = readRealWorld('other', '0xVolt__toxicity-detector-model__history.json');
    const { metrics } = readJsonMetrics(name, text);
    expect([...metrics]).toEqual([
      ['loss', 0.062166668474674225],
      ['acc', 0.9884239435195923],
      ['val_loss', 0.04527220502495766],
      ['val_acc', 0.9942640662193298],
    ]);
  });

  it('reads the last of several epochs, and pandas to_json() of a history', () => {
    const lists = readJsonMetrics('h.json', '{"loss": [0.9, 0.5, 0.4], "accuracy": [0.5, 0.7, 0.8]}');
    expect([...lists.metrics]).toEqual([
      ['loss', 0.4],
      ['accuracy', 0.8],
    ]);
    const pandas = readJsonMetrics('h.json', '{"loss": {"0": 0.9, "1": 0.5, "10": 0.3, "2": 0.4}}');
    expect([...pandas.metrics]).toEqual([['loss', 0.3]]);
  });

  it('flattens lists of unequal length or without loss by index instead', () => {
    const { metrics } = readJsonMetrics('m.json', '{"loss": [0.9, 0.5], "auc": [0.7]}');
    expect([...metrics.keys()]).toEqual(['loss/0', 'loss/1', 'auc/0']);
  });
});
