import { describe, expect, it } from 'vitest';
import { ScoredBuilder } from '../../src/ingest/llm-logs/scored.js';
import { estimateItems } from '../../src/stats/item-estimate.js';
import { pairItems } from '../../src/stats/item-pairing.js';

/** 20 passages × 5 graded questions; the current run moves every question of a passage by the same amount. */
function runs(withClusters: boolean) {
  const b = new ScoredBuilder();
  const c = new ScoredBuilder();
  for (let g = 0; g < 20; g++) {
    const shift = ((g % 5) - 2) * 0.1;
    for (let q = 0; q < 5; q++) {
      const key = `p${g}q${q}`;
      const facts = withClusters ? { cluster: `p${g}` } : undefined;
      const base = 0.5 + 0.05 * ((g * 7 + q * 3) % 5);
      b.add('judge/score', 'judge', key, base, facts);
      c.add('judge/score', 'judge', key, base + shift, facts);
    }
  }
  // Ten new questions in the current run only, on two new passages.
  for (let k = 0; k < 10; k++) c.add('judge/score', 'judge', `new${k}`, 0.4 + 0.02 * k, withClusters ? { cluster: `n${k % 2}` } : undefined);
  return { b: b.finish()[0]!, c: c.finish()[0]! };
}

describe('an item set that changed, on a clustered eval', () => {
  it('keeps the cluster-robust standard error: the interval widens by the design effect', () => {
    const clustered = runs(true);
    const naive = runs(false);
    const withClusters = estimateItems(clustered.b, clustered.c, pairItems(clustered.b, clustered.c), { level: 0.95 });
    const without = estimateItems(naive.b, naive.c, pairItems(naive.b, naive.c), { level: 0.95 });
    expect(withClusters.test).toBe('cluster-robust t-interval of the headline difference over all items (100 paired, 10 only in this run, 0 only in the baseline) (22 clusters)');
    expect(without.test).toBe('t-interval of the headline difference over all items (100 paired, 10 only in this run, 0 only in the baseline)');
    const width = (e: typeof withClusters) => e.estimate!.interval[1] - e.estimate!.interval[0];
    // Same centre (the headline difference), and every passage's questions move together: about √5 wider.
    expect((withClusters.estimate!.interval[0] + withClusters.estimate!.interval[1]) / 2).toBeCloseTo((without.estimate!.interval[0] + without.estimate!.interval[1]) / 2, 12);
    expect(width(withClusters) / width(without)).toBeGreaterThan(1.8);
  });
});
