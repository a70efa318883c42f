import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/config/yaml.js';
import { readJsonMetrics, readYamlMetrics } from '../../../src/ingest/metric-files/read-document.js';
import { readRealWorld } from './real-world.js';

// The reader is synchronous; the shell loads the YAML library first, and so do these tests.
beforeAll(loadYaml);

describe('DVC metrics files (plain flattening)', () => {
  it('joins nested keys with / and keeps parentheses and hyphens in keys (DVCLive YOLO)', () => {
    const { name, text } = readRealWorld('dvc', 'AlexanderExp__PPE-Detection__metrics.json');
    const { metrics } = readJsonMetrics(name, text);
    expect(metrics.get('metrics/mAP50(B)')).toBe(0.44354);
    expect(metrics.get('metrics/mAP50-95(B)')).toBe(0.27235);
    expect(metrics.get('metrics/precision(B)')).toBe(0.61075);
    expect(metrics.get('model/speed_PyTorch(ms)')).toBe(25.343);
    expect(metrics.get('model/parameters')).toBe(20066115);
    expect(metrics.get('val/box_loss')).toBe(1.12238);
    expect(metrics.get('step')).toBe(3);
    expect(metrics.size).toBe(17);
  });

  it('unwraps a classification report nested under `report` with its prefix (Keriii JSON)', () => {
    const { name, text } = readRealWorld('dvc', 'Keriii__iris-classification__metrics.json');
    const { metrics } = readJsonMetrics(name, text);
    expect(metrics.get('accuracy')).toBe(0.865546218487395);
    expect(metrics.get('report/f1_macro')).toBe(0.8608089305763724);
    expect(metrics.get('report/precision[class=Iris-setosa]')).toBe(0.9545454545454546);
    expect(metrics.get('report/f1[class=Iris-virginica]')).toBe(0.8108108108108109);
    expect(metrics.get('report/accuracy')).toBe(0.865546218487395);
    expect(metrics.get('report/support')).toBe(119);
    expect([...metrics.keys()].some((id) => id.includes('macro avg'))).toBe(false);
  });

  it('flattens a sorted-keys YAML file (Keriii YAML)', () => {
    const { name, text } = readRealWorld('dvc', 'Keriii__iris-classification__metrics.yaml');
    const { metrics } = readYamlMetrics(name, text);
    expect(metrics.get('accuracy')).toBe(0.8739495798319328);
    expect(metrics.get('per_class/Iris-versicolor/f1-score')).toBe(0.8051948051948052);
    expect(metrics.get('per_class/Iris-setosa/recall')).toBe(1);
    expect(metrics.size).toBe(10);
  });

  it('reads the DVC get-started eval/metrics.json', () => {
    const { name, text } = readRealWorld('dvc', 'iterative__example-get-started__metrics.json');
    const { metrics } = readJsonMetrics(name, text);
    expect([...metrics]).toEqual([
      ['avg_prec/train', 0.9772271756725741],
      ['avg_prec/test', 0.9449556493816984],
      ['roc_auc/train', 0.9873675866013153],
      ['roc_auc/test', 0.9619097316125981],
    ]);
  });

  it('reads the one-line scores.json without a trailing newline', () => {
    const { name, text } = readRealWorld('dvc', 'iterative__example-get-started__scores.json');
    expect([...readJsonMetrics(name, text).metrics]).toEqual([['auc', 0.5417487597055675]]);
  });

  it('flattens arrays by index, skipping strings and booleans', () => {
    const text = JSON.stringify({
      scores: [0.1, 0.2, 0.3],
      per_fold: [{ auc: 0.8 }, { auc: 0.82 }],
      model: 'resnet',
      converged: true,
      notes: null,
    });
    const { metrics } = readJsonMetrics('metrics.json', text);
    expect([...metrics]).toEqual([
      ['scores/0', 0.1],
      ['scores/1', 0.2],
      ['scores/2', 0.3],
      ['per_fold/0/auc', 0.8],
      ['per_fold/1/auc', 0.82],
    ]);
  });

  it('flattens a top-level array by index', () => {
    const { metrics } = readJsonMetrics('folds.json', '[{"auc": 0.91}, {"auc": 0.93, "f1": 0.8}]');
    expect([...metrics]).toEqual([
      ['0/auc', 0.91],
      ['1/auc', 0.93],
      ['1/f1', 0.8],
    ]);
  });

  it('notes a number written as text instead of dropping it silently', () => {
    const { metrics, notes } = readJsonMetrics('m.json', '{"accuracy": "0.93", "f1": 0.9}');
    expect([...metrics]).toEqual([['f1', 0.9]]);
    expect(notes).toEqual(['m.json: accuracy holds the text "0.93", not a number, so it is not read as a metric; write it unquoted']);
  });

  it('rejects a file with no numbers, naming the file', () => {
    expect(() => readJsonMetrics('empty.json', '{"model": "x"}')).toThrow(/^empty\.json: no metrics found/);
    expect(() => readJsonMetrics('one.json', '0.93')).toThrow(/^one\.json:1: expected an object of metrics/);
  });
});

describe('YAML metrics files', () => {
  it('reads .nan and .inf as undefined metrics', () => {
    const { metrics, notes } = readYamlMetrics('m.yaml', 'loss: .nan\nlr: .inf\nacc: 0.9\n');
    expect([...metrics]).toEqual([
      ['loss', null],
      ['lr', null],
      ['acc', 0.9],
    ]);
    expect(notes).toEqual(['m.yaml: loss = NaN, lr = Infinity are not a finite number; read as undefined']);
  });

  it('reads a YAML file holding JSON', () => {
    const { metrics } = readYamlMetrics('metrics.yaml', '{"eval": {"accuracy": 0.9}, "scores": [1, 2]}');
    expect([...metrics]).toEqual([
      ['eval/accuracy', 0.9],
      ['scores/0', 1],
      ['scores/1', 2],
    ]);
  });

  it('keeps numeric mapping keys as text ids', () => {
    const { metrics } = readYamlMetrics('m.yml', '0:\n  auc: 0.5\n1:\n  auc: 0.6\n');
    expect([...metrics.keys()]).toEqual(['0/auc', '1/auc']);
  });

  it('rejects several YAML documents instead of reading only the first', () => {
    expect(() => readYamlMetrics('m.yaml', 'a: 1\n---\nb: 2\n')).toThrow(/^m\.yaml:[23]: holds 2 YAML documents/);
    expect([...readYamlMetrics('m.yaml', '---\na: 1\n').metrics]).toEqual([['a', 1]]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(() => readYamlMetrics('bad.yaml', 'a: 1\nb: [1, 2\nc: 3\n')).toThrow(/^bad\.yaml:3: not valid YAML at column 1: /);
  });
});
