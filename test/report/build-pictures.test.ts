import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/baseline/history-entry.js';
import type { RunMetrics } from '../../src/ingest/combine-run.js';
import type { ClassificationData } from '../../src/metrics/eval-data.js';
import { buildPictures } from '../../src/report/build-pictures.js';

function run(yTrue: number[], score: number[], metrics: Record<string, number> = {}, history?: HistoryEntry[]): RunMetrics {
  const data: ClassificationData = {
    task: 'binary', n: yTrue.length, classes: ['0', '1'], yTrue: Int32Array.from(yTrue), yPred: Int32Array.from(score, (s) => (s >= 0.5 ? 1 : 0)),
    positive: 1, score: Float64Array.from(score), proba: undefined, scoresAreProbabilities: true, weights: undefined,
  };
  return {
    task: 'binary', n: data.n, metrics: new Map(Object.entries(metrics)), stderr: new Map(), evaluation: undefined,
    examples: { data, ids: undefined }, sources: [], notes: [], ...(history ? { history } : {}),
  };
}

describe('the pictures behind the report', () => {
  it('samples the ROC curve on the grid as the best TPR at each FPR', () => {
    // Scores: positives 0.9, 0.6; negatives 0.7, 0.2 → ROC points (0, .5), (.5, .5), (.5, 1), (1, 1).
    const pictures = buildPictures(run([1, 1, 0, 0], [0.9, 0.6, 0.7, 0.2]), undefined, [], 'this run');
    const roc = pictures.roc!.current;
    expect(roc.area).toBeCloseTo(0.75, 12);
    expect(roc.x[0]).toBe(0);
    expect(roc.y[0]).toBe(0.5);
    expect(roc.y[9]).toBe(0.5); // x = 0.45
    expect(roc.y[10]).toBe(1); // x = 0.5
    expect(roc.y[20]).toBe(1);
    expect(pictures.roc!.baseline).toBeUndefined();
  });

  it('samples the precision–recall curve as the best precision at recall ≥ x', () => {
    const pr = buildPictures(run([1, 1, 0, 0], [0.9, 0.6, 0.7, 0.2]), undefined, [], 'this run').precisionRecall!.current;
    expect(pr.y[0]).toBe(1); // recall ≥ 0: the top threshold has precision 1
    expect(pr.y[10]).toBe(1); // recall ≥ 0.5: still the first threshold
    expect(pr.y[11]).toBeCloseTo(2 / 3, 12); // recall > 0.5 needs the third threshold: 2 of 3
    expect(pr.area).toBeCloseTo((1 * 0.5 + (2 / 3) * 0.5), 12);
  });

  it('builds confusion matrices of both runs on the current class list', () => {
    const pictures = buildPictures(run([1, 1, 0, 0], [0.9, 0.4, 0.7, 0.2]), run([1, 1, 0, 0], [0.9, 0.9, 0.1, 0.2]), [], 'x');
    expect(pictures.confusion).toEqual({ classes: ['0', '1'], current: [[1, 1], [1, 1]], baseline: [[2, 0], [0, 2]] });
  });

  it('draws trends of the gated metrics from the baseline history, then this run', () => {
    const history: HistoryEntry[] = [
      { sha: 'a'.repeat(40), date: '2026-01-01', runId: 1, runNumber: 1, metrics: { accuracy: 0.8 } },
      { sha: 'b'.repeat(40), date: '2026-01-02', runId: 2, runNumber: 2, metrics: { accuracy: 0.85 } },
    ];
    const verdict = { id: 'accuracy', current: 0.7, direction: 'higher', rule: { key: 'accuracy' } } as never;
    const pictures = buildPictures(run([1, 0], [0.9, 0.1], { accuracy: 0.7 }), run([1, 0], [0.9, 0.1], {}, history), [verdict], 'this PR');
    expect(pictures.trends).toEqual([
      {
        id: 'accuracy',
        direction: 'higher',
        points: [
          { label: 'aaaaaaa', value: 0.8, date: '2026-01-01' },
          { label: 'bbbbbbb', value: 0.85, date: '2026-01-02' },
          { label: 'this PR', value: 0.7, date: undefined },
        ],
      },
    ]);
  });
});
