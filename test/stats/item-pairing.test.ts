import { describe, expect, it } from 'vitest';
import { ScoredBuilder, type ScoredMetric } from '../../src/ingest/llm-logs/scored.js';
import { compareItems } from '../../src/stats/compare-items.js';
import { itemTransitions, pairItems } from '../../src/stats/item-pairing.js';
import type { RunMetrics } from '../../src/ingest/combine-run.js';

type Item = [key: string, scores: number[], facts?: { version?: string; prompt?: string }];

function metric(items: readonly Item[]): ScoredMetric {
  const builder = new ScoredBuilder();
  for (const [key, scores, facts] of items) for (const s of scores) builder.add('safety/refusal', 'safety', key, s, facts ?? {});
  return builder.finish()[0]!;
}

function run(m: ScoredMetric): RunMetrics {
  return { task: undefined, n: undefined, metrics: new Map([[m.id, 0]]), stderr: new Map(), evaluation: undefined, examples: undefined, sources: [], notes: [], items: new Map([[m.id, m]]) };
}

describe('pairing items by key', () => {
  it('pairs by key only, whatever the order, and counts added, removed and changed items apart', () => {
    const b = metric([['a', [1], { version: 'v1' }], ['b', [1], { version: 'v1' }], ['gone', [0], { version: 'v1' }], ['c', [0], { version: 'v1', prompt: 'p1' }]]);
    const c = metric([['c', [1], { version: 'v1', prompt: 'p2' }], ['new', [1], { version: 'v1' }], ['b', [0], { version: 'v2' }], ['a', [0], { version: 'v1' }]]);
    const pairing = pairItems(b, c);
    expect([...pairing.current].map((i) => c.keys[i])).toEqual(['c', 'a']);
    expect([...pairing.baseline].map((i) => b.keys[i])).toEqual(['c', 'a']);
    expect(pairing).toMatchObject({ added: ['new'], removed: ['gone'], changed: ['b'], promptChanged: 1 });
  });

  it('never counts an item flaky across epochs as newly failing; one that passed every baseline epoch and is mixed now warns', () => {
    const b = metric([['steady', [1, 1, 1]], ['was-flaky', [1, 0, 1]], ['turns-flaky', [1, 1, 1]], ['fixed', [0, 0, 0]]]);
    const c = metric([['steady', [0, 0, 0]], ['was-flaky', [0, 0, 0]], ['turns-flaky', [1, 0, 0]], ['fixed', [1, 1, 1]]]);
    const transitions = itemTransitions(b, c, pairItems(b, c));
    expect(transitions.passToFail.map((k) => c.keys[pairItems(b, c).current[k]!])).toEqual(['steady']);
    expect(transitions.flaky).toHaveLength(2);
    const [comparison] = compareItems(run(b), run(c), { level: 0.95 });
    expect(comparison!.transitions).toMatchObject({ passToFail: 1, failToPass: 1, flaky: 2, newlyFlaky: 1 });
    expect(comparison!.transitions!.newlyFailing).toEqual([{ key: 'steady', baseline: 1, current: 0 }]);
  });

  it('uses McNemar only for pass/fail items scored once; repeats get paired differences of item means', () => {
    const once = compareItems(run(metric([['a', [1]], ['b', [0]], ['c', [1]]])), run(metric([['a', [0]], ['b', [1]], ['c', [0]]])), { level: 0.95 });
    expect(once[0]!.test).toBe('McNemar exact test; paired t-interval for allowances');
    expect(once[0]!.estimate!.pValue).toBe(1);
    const repeated = compareItems(run(metric([['a', [1, 0]], ['b', [0, 0]], ['c', [1, 1]]])), run(metric([['a', [0, 0]], ['b', [1, 0]], ['c', [1, 0]]])), { level: 0.95 });
    expect(repeated[0]!.test).toBe('paired t-interval');
  });
});
