import { describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA, nextHistory, parseBundle, type BaselineBundle } from '../../src/baseline/bundle.js';
import { decodeExamples, encodeExamples } from '../../src/baseline/examples.js';
import { buildBundle } from '../../src/baseline/record.js';
import { parseSettings } from '../../src/config/settings.js';
import { combineRun } from '../../src/ingest/combine-run.js';
import { readPredictions } from '../../src/ingest/read-predictions.js';
import { resolveEvalSet } from '../../src/ingest/resolve.js';
import type { ClassificationData, RegressionData } from '../../src/metrics/eval-data.js';
import { evaluate } from '../../src/metrics/evaluate.js';

const settings = parseSettings(() => undefined);

function runOf(csv: string) {
  const evaluation = evaluate(resolveEvalSet(readPredictions([{ name: 'p.csv', text: csv }], {}), settings.evaluate));
  return combineRun(evaluation, [], ['p.csv']);
}

const provenance = (sha: string) => ({ sha, ref: 'refs/heads/main', runId: 7, runNumber: 3, runAttempt: 1, workflow: '.github/workflows/eval.yml', repository: 'acme/model', date: '2026-11-01T00:00:00Z' });

describe('per-example data', () => {
  it('round-trips classification data with ids, scores and weights exactly', () => {
    const data: ClassificationData = {
      task: 'binary', n: 3, classes: ['ham', 'spam'], yTrue: Int32Array.of(0, 1, 1), yPred: Int32Array.of(0, 1, 0), positive: 1,
      score: Float64Array.of(0.1, 0.9, 0.30000000000000004), proba: undefined, scoresAreProbabilities: true, weights: Float64Array.of(1, 2, 0.5),
    };
    const decoded = decodeExamples(encodeExamples({ data, ids: ['a', 'b', '12345678901234567891'] }, 1e6)!, 'x');
    expect(decoded.ids).toEqual(['a', 'b', '12345678901234567891']);
    expect(decoded.data).toEqual(data);
  });

  it('round-trips regression and multiclass probabilities', () => {
    const reg: RegressionData = { task: 'regression', n: 2, yTrue: Float64Array.of(1.5, -2), yPred: Float64Array.of(1, 0), weights: undefined };
    expect(decodeExamples(encodeExamples({ data: reg, ids: undefined }, 1e6)!, 'x').data).toEqual(reg);
    const mc: ClassificationData = {
      task: 'multiclass', n: 2, classes: ['a', 'b', 'c'], yTrue: Int32Array.of(0, 2), yPred: Int32Array.of(1, 2), positive: -1,
      score: undefined, proba: [Float64Array.of(0.2, 0.1), Float64Array.of(0.5, 0.1), Float64Array.of(0.3, 0.8)], scoresAreProbabilities: true, weights: undefined,
    };
    expect(decodeExamples(encodeExamples({ data: mc, ids: undefined }, 1e6)!, 'x').data).toEqual(mc);
  });

  it('is left out above the size cap, with a note in the bundle', () => {
    const { bundle, examples } = buildBundle({ run: runOf('y_true,y_pred\n1,1\n0,1\n'), settings, provenance: provenance('a'), previous: undefined, examplesCapBytes: 10 });
    expect(examples).toBeUndefined();
    expect(bundle.examples).toBeNull();
    expect(bundle.notes[0]).toMatch(/^per-example data left out: it compresses to more than/);
  });

  it('rejects damaged data with the file name', () => {
    expect(() => decodeExamples(new Uint8Array([1, 2, 3]), 'b/examples.bin.gz')).toThrow('b/examples.bin.gz: per-example data: not valid gzip');
  });
});

describe('baseline bundle', () => {
  it('records metrics, task, classes, settings, rules and a fingerprint that survive parsing', () => {
    const { bundle } = buildBundle({ run: runOf('id,y_true,y_pred\na,1,1\nb,0,1\n'), settings, provenance: provenance('abc'), previous: undefined });
    const parsed = parseBundle(JSON.stringify(bundle), 'b.json');
    expect(parsed.schema).toBe(BUNDLE_SCHEMA);
    expect(parsed.task).toBe('binary');
    expect(parsed.classes).toEqual(['0', '1']);
    expect(parsed.metrics.accuracy).toBe(0.5);
    expect(parsed.fingerprint?.ids).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.provenance.sha).toBe('abc');
  });

  it('carries the history forward, keeping the last entries', () => {
    let previous: BaselineBundle | undefined;
    for (const sha of ['s1', 's2', 's3', 's4']) {
      previous = buildBundle({ run: runOf('y_true,y_pred\n1,1\n0,1\n'), settings: { ...settings, history: 2 }, provenance: provenance(sha), previous }).bundle;
    }
    expect(previous!.history.map((h) => h.sha)).toEqual(['s2', 's3']);
    expect(nextHistory(previous, 30).map((h) => h.sha)).toEqual(['s2', 's3', 's4']);
  });

  it('refuses documents that are not bundles, naming the field', () => {
    expect(() => parseBundle('{"schema": "model-gate/baseline@1", "metrics": {}}', 'b.json')).toThrow(/^b\.json: not a model-gate baseline: provenance:/);
    expect(() => parseBundle('{"schema": "model-gate/baseline@9"}', 'b.json')).toThrow('newer than this model-gate understands');
    expect(() => parseBundle('{', 'b.json')).toThrow(/^b\.json: not valid JSON/);
    const { bundle } = buildBundle({ run: runOf('y_true,y_pred\n1,1\n'), settings, provenance: provenance('a'), previous: undefined });
    expect(() => parseBundle(JSON.stringify({ ...bundle, metrics: { accuracy: 'high' } }), 'b.json')).toThrow(/metrics\.accuracy/);
  });
});
