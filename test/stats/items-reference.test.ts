import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScoredRecordsReader } from '../../src/ingest/llm-logs/generic-records.js';
import { headline, itemMeans, passAtK, passHatK, type ScoredMetric } from '../../src/ingest/llm-logs/scored.js';
import { pairedMean } from '../../src/stats/delta-estimate.js';
import { estimateItems, fromStudentT } from '../../src/stats/item-estimate.js';
import { pairItems } from '../../src/stats/item-pairing.js';
import { studentTCdf, studentTQuantile } from '../../src/stats/student-t.js';

/** Written by scripts/generate-items-reference.py (SciPy, pandas). */
const reference = JSON.parse(readFileSync(new URL('../fixtures/stats/items-reference.json', import.meta.url), 'utf8')) as {
  student_t: { ppf: [number, number, number][]; cdf: [number, number, number][] };
  items: {
    rows: { side: string; id: string; repeat: number; cluster: string; score: number }[];
    baseline_mean: number;
    current_mean: number;
    paired_t: { mean: number; se: number; interval: [number, number]; p: number };
    clustered: { clusters: number; se: number; interval: [number, number] };
    correlation: number;
  };
  pass_at_k: [number, number, number, number, number][];
};

function side(name: string): ScoredMetric {
  const reader = new ScoredRecordsReader({ id: 'id', scores: ['score'], repeat: 'repeat', cluster: 'cluster' });
  reference.items.rows.filter((r) => r.side === name).forEach((row, i) => reader.add('rows.jsonl', { get: (c) => row[c as keyof typeof row], line: i + 1 }));
  return reader.finish('rows.jsonl').scored.find((m) => m.id === 'score')!;
}

describe('item statistics against SciPy and pandas', () => {
  it('Student t quantiles and CDF match scipy.stats.t', () => {
    for (const [p, df, expected] of reference.student_t.ppf) expect(studentTQuantile(p, df)).toBeCloseTo(expected, 11);
    for (const [t, df, expected] of reference.student_t.cdf) expect(studentTCdf(t, df)).toBeCloseTo(expected, 12);
  });

  it('metric values are pandas’ mean over items of the mean over repeats', () => {
    expect(headline(side('baseline'))).toBeCloseTo(reference.items.baseline_mean, 14);
    expect(headline(side('current'))).toBeCloseTo(reference.items.current_mean, 14);
  });

  it('the paired t-interval and the cluster-robust interval match SciPy', () => {
    const b = side('baseline');
    const c = side('current');
    const pairing = pairItems(b, c);
    const mb = itemMeans(b);
    const mc = itemMeans(c);
    const { mean, se } = pairedMean(Float64Array.from(pairing.current, (ci, k) => mc[ci]! - mb[pairing.baseline[k]!]!));
    const t = fromStudentT('paired t-interval', mean, se, pairing.current.length - 1, 0.95)!;
    expect(t.interval[0]).toBeCloseTo(reference.items.paired_t.interval[0], 10);
    expect(t.interval[1]).toBeCloseTo(reference.items.paired_t.interval[1], 10);
    expect(t.pValue).toBeCloseTo(reference.items.paired_t.p, 10);
    const clustered = estimateItems(b, c, pairing, { level: 0.95 });
    expect(clustered.clusters).toBe(reference.items.clustered.clusters);
    expect(clustered.test).toBe('cluster-robust t-interval (8 clusters)');
    expect(clustered.estimate!.interval[0]).toBeCloseTo(reference.items.clustered.interval[0], 10);
    expect(clustered.estimate!.interval[1]).toBeCloseTo(reference.items.clustered.interval[1], 10);
    expect(clustered.correlation).toBeCloseTo(reference.items.correlation, 12);
  });

  it('pass@k and pass^k are the unbiased estimators', () => {
    for (const [n, c, k, at, hat] of reference.pass_at_k) {
      expect(passAtK(n, c, k)).toBeCloseTo(at, 12);
      expect(passHatK(n, c, k)).toBeCloseTo(hat, 12);
    }
  });
});
