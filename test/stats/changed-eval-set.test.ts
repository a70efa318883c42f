import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';

interface JsonMetric {
  id: string;
  baseline: number;
  current: number;
  delta: number;
  interval: { low: number; high: number; method: string } | null;
}

/** Rows `id,y_true,y_pred` with label 1 throughout: right where `right(id)`. */
const csv = (ids: number[], right: (id: number) => boolean) => `id,y_true,y_pred\n${ids.map((id) => `${id},1,${right(id) ? 1 : 0}`).join('\n')}\n`;

describe('a changed eval set (examples removed, labels changed)', () => {
  it('centres the interval on the Δ the table shows, and says so', async () => {
    // Shared ids 0-799: the PR turns 60 right answers wrong. It also drops ids 800-999, all wrong before.
    // Over all examples accuracy rises 0.74 → 0.85; on the shared ones it falls 0.925 → 0.85.
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i);
    const dir = tempFiles({
      'baseline.csv': csv(ids(1000), (id) => id < 740),
      'current.csv': csv(ids(800), (id) => id < 680),
    });
    const run = await cli(['compare', '--baseline', join(dir, 'baseline.csv'), '--current', join(dir, 'current.csv'), '--rules', 'accuracy: { max-regression: 0.02 }', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { metrics: JsonMetric[] };
    const accuracy = report.metrics.find((m) => m.id === 'accuracy')!;
    expect(accuracy.baseline).toBeCloseTo(0.74, 12);
    expect(accuracy.current).toBeCloseTo(0.85, 12);
    expect(accuracy.delta).toBeCloseTo(0.11, 12);
    // The paired bootstrap of the shared examples, moved from its −7.5 pts onto the shown +11 pts.
    expect(accuracy.interval!.low).toBeLessThan(0.11);
    expect(accuracy.interval!.high).toBeGreaterThan(0.11);
    expect(accuracy.interval!.low).toBeGreaterThan(0.07);
    expect(accuracy.interval!.method).toContain('on the shared examples, centred on the Δ over all');
  });
});
