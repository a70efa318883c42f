import { describe, expect, it } from 'vitest';
import { detectMetricFormat } from '../../../src/ingest/metric-files/detect.js';
import { readRealWorld } from './real-world.js';

function detectReal(folder: string, file: string) {
  const { text } = readRealWorld(folder, file);
  return detectMetricFormat(`some/dir/${file}`, text);
}

describe('detectMetricFormat', () => {
  it.each([
    ['hf-trainer', 'coffee3699__TransformerNER__all_results.json', 'json'],
    ['lm-eval', 'EleutherAI__pythia__160m_step93000.json', 'json'],
    ['sklearn-report', 'remla23-team18__model-training__classification_report.json', 'json'],
    ['dvc', 'Keriii__iris-classification__metrics.yaml', 'yaml'],
    ['dvc', 'iterative__example-get-started__scores.json', 'json'],
    ['other', '0xVolt__toxicity-detector-model__history.json', 'json'],
    ['other', 'Kacper-Hernacki__aiDevs3__promptfoo_results.json', 'json'],
    ['other', 'Aditya24jar__Emotion-Detection-Resnet50__training.log', 'keras-csv'],
    ['other', '1010sb__ImageClass__test_accuracy', 'mlflow'],
    ['other', '16aryan__MLFlow__r2', 'mlflow'],
  ] as const)('recognises %s/%s as %s', (folder, file, format) => {
    expect(detectReal(folder, file)).toBe(format);
  });

  it.each([
    'AlbertoCruz2592__CNN-Cancer-detection__test_predictions.csv',
    'AlisonMei__multilingual-value-classifier__predictions.csv',
    'Ilesh-Dhall__Sports-Classification-Neural-Nexus__predictions.csv',
    'Kabivalavan__neonatal-health-shap-lime__test_predictions.csv',
    'anayamehta__NLP-Public-Final-Project__eval_predictions.jsonl',
  ])('says a predictions file (%s) is not a metric file', (file) => {
    expect(detectReal('predictions', file)).toBeUndefined();
  });

  it('finds MLflow files by content, even with dots in the metric name', () => {
    expect(detectMetricFormat('mlruns/0/abc/metrics/val.acc', '1700000000000 0.5 0\n')).toBe('mlflow');
    expect(detectMetricFormat('mlruns/0/abc/metrics/notes', 'free text\n')).toBeUndefined();
  });

  it('finds JSON and Keras CSV by content when the extension says nothing', () => {
    expect(detectMetricFormat('results', '{\n  "accuracy": 0.9\n}\n')).toBe('json');
    expect(detectMetricFormat('log.txt', 'epoch;loss\n0;0.5\n')).toBe('keras-csv');
    expect(detectMetricFormat('preds', '{"label": 1, "score": 0.2}\n{"label": 0, "score": 0.7}\n')).toBeUndefined();
  });

  it('takes JSON prediction documents and CSVs with label columns for predictions', () => {
    expect(detectMetricFormat('p.json', '[{"y_true": 1, "y_pred": 0}]')).toBeUndefined();
    expect(detectMetricFormat('p.json', '{"label": [1, 0], "score": [0.2, 0.9]}')).toBeUndefined();
    expect(detectMetricFormat('p.json', '{"Label": {"0": "a", "1": "b"}}')).toBeUndefined();
    expect(detectMetricFormat('p.csv', 'epoch,label,prediction\n1,a,a\n')).toBeUndefined();
    expect(detectMetricFormat('p.csv', 'id,label,prediction\n1,a,a\n')).toBeUndefined();
  });

  it('leaves a broken .json file to the JSON reader, which reports where it breaks', () => {
    expect(detectMetricFormat('m.json', '{"accuracy": 0.9,')).toBe('json');
  });

  it('ignores JSON Lines, TensorBoard event files and unknown text', () => {
    expect(detectMetricFormat('x.jsonl', '{"a": 1}\n')).toBeUndefined();
    expect(detectMetricFormat('runs/events.out.tfevents.1.host.1.0', '\u0000\u0001')).toBeUndefined();
    expect(detectMetricFormat('README', 'hello\n')).toBeUndefined();
    expect(detectMetricFormat('metrics.YML', 'a: 1\n')).toBe('yaml');
  });
});
