import { describe, expect, it } from 'vitest';
import type { ExampleData } from '../../src/baseline/examples.js';
import { pairExamples, predictionChurn } from '../../src/stats/pairing.js';

function examples(ids: string[] | undefined, yTrue: number[], yPred: number[], classes = ['cat', 'dog', 'owl']): ExampleData {
  return {
    ids,
    data: {
      task: 'multiclass', n: yTrue.length, classes, yTrue: Int32Array.from(yTrue), yPred: Int32Array.from(yPred), positive: -1,
      score: undefined, proba: undefined, scoresAreProbabilities: false, weights: undefined,
    },
  };
}

describe('pairing by id (docs/baseline.md#comparability)', () => {
  it('pairs shared ids and counts added, removed and changed labels', () => {
    const baseline = examples(['a', 'b', 'c', 'd'], [0, 1, 2, 0], [0, 1, 2, 0]);
    const current = examples(['b', 'a', 'e', 'c'], [1, 0, 1, 1], [1, 1, 1, 1]);
    const pairing = pairExamples(baseline, current);
    expect(pairing).toMatchObject({ kind: 'paired', shared: 3, added: 1, removed: 1, changedLabels: 1 });
    expect([...pairing.baselineRows]).toEqual([1, 0]);
    expect([...pairing.currentRows]).toEqual([0, 1]);
  });

  it('never pairs by position without ids, and says why', () => {
    const same = pairExamples(examples(undefined, [0, 1], [0, 1]), examples(undefined, [0, 1], [1, 1]));
    expect(same.kind).toBe('unpaired');
    expect(same.reason).toMatch(/same labels in the same order, but rows are never paired by position/);
    expect(pairExamples(examples(['a'], [0], [0]), examples(undefined, [1, 0], [0, 0])).reason).toMatch(/no id column in one of the runs/);
  });

  it('counts prediction churn by true class and lists the newly wrong ids', () => {
    const baseline = examples(['a', 'b', 'c', 'd', 'e'], [0, 1, 2, 0, 1], [0, 1, 2, 1, 1]);
    const current = examples(['a', 'b', 'c', 'd', 'e'], [0, 1, 2, 0, 1], [1, 1, 0, 0, 0]);
    const churn = predictionChurn(baseline, current, pairExamples(baseline, current))!;
    expect(churn.rightToWrong).toBe(3);
    expect(churn.wrongToRight).toBe(1);
    expect(churn.newlyWrong).toEqual(['a', 'c', 'e']);
    expect(churn.byClass).toEqual([
      ['cat', 1, 1],
      ['owl', 1, 0],
      ['dog', 1, 0],
    ]);
  });
});
