import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { realWorld } from '../helpers/real-world.js';

interface EvaluationJson {
  task: string;
  n: number;
  metrics: Record<string, number | null>;
  notes: string[];
}

async function evaluateJson(file: string, ...args: string[]): Promise<EvaluationJson> {
  const run = await cli(['evaluate', realWorld('predictions', file), '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as EvaluationJson;
}

describe('real prediction files from public repositories', () => {
  it('reads float labels beside int predictions, CRLF and float32 probabilities as one binary task', async () => {
    const result = await evaluateJson('AlbertoCruz2592__CNN-Cancer-detection__test_predictions.csv');
    expect(result.task).toBe('binary');
    expect(result.n).toBe(3363);
    expect(result.metrics.accuracy).toBeCloseTo(0.71959559916741, 12);
    expect(result.metrics.roc_auc).toBeCloseTo(0.7888607440930707, 12);
  });

  it('reads string classes with quoted text and natural slice columns', async () => {
    const result = await evaluateJson('AlisonMei__multilingual-value-classifier__predictions.csv', '--columns', '{slices: [language]}');
    expect(result.task).toBe('multiclass');
    expect(result.n).toBe(300);
    expect(result.metrics.accuracy).toBeCloseTo(0.88, 12);
    expect(Object.keys(result.metrics).filter((id) => id.startsWith('accuracy[language='))).not.toHaveLength(0);
    expect(result.notes).toContain(
      'roc_auc_ovr (in every slice too), log_loss (in every slice too), top2_accuracy (in every slice too) are undefined: ' +
        'the file has no per-class scores',
    );
  });

  it('reads 100 integer classes named Actual/Predicted', async () => {
    const result = await evaluateJson('Ilesh-Dhall__Sports-Classification-Neural-Nexus__predictions.csv');
    expect(result.task).toBe('multiclass');
    expect(result.metrics.accuracy).toBeCloseTo(0.266, 12);
  });

  it('points at an unused probability column and says that hard predictions stand in for scores', async () => {
    const plain = await evaluateJson('Kabivalavan__neonatal-health-shap-lime__test_predictions.csv');
    expect(plain.notes).toContain('column "risk_probability" looks like a score but is not used; set columns.score to use it');
    expect(plain.notes.some((n) => n.startsWith('there is no score column'))).toBe(true);
    const scored = await evaluateJson('Kabivalavan__neonatal-health-shap-lime__test_predictions.csv', '--columns', '{score: risk_probability}');
    expect(scored.metrics.accuracy).toBe(plain.metrics.accuracy);
    expect(scored.metrics.roc_auc).not.toBe(plain.metrics.roc_auc);
    expect(scored.metrics.log_loss).toBeLessThan(1);
  });

  it('reads JSONL with extra fields and ignores a logits array it was not told about', async () => {
    const result = await evaluateJson('anayamehta__NLP-Public-Final-Project__eval_predictions.jsonl');
    expect(result.task).toBe('multiclass');
    expect(result.n).toBe(22);
    expect(result.metrics.accuracy).toBeCloseTo(17 / 22, 12);
  });
});
