import { describe, expect, it } from 'vitest';
import { readJsonMetrics } from '../../../src/ingest/metric-files/read-document.js';
import { readRealWorld } from './real-world.js';

describe('promptfoo -o json output', () => {
  it('reads counts, pass rate, mean score, latency, cost and tokens, not the echoed config (aiDevs3)', () => {
    const { name, text } = readRealWorld('other', 'Kacper-Hernacki__aiDevs3__promptfoo_results.json');
    const { metrics } = readJsonMetrics(name, text);
    expect([...metrics.keys()]).toEqual([
      'successes',
      'failures',
      'pass_rate',
      'score',
      'latency_ms',
      'cost',
      'tokens/total',
      'tokens/prompt',
      'tokens/completion',
      'tokens/cached',
    ]);
    expect(metrics.get('successes')).toBe(6);
    expect(metrics.get('failures')).toBe(0);
    expect(metrics.get('pass_rate')).toBe(1);
    expect(metrics.get('score')).toBe(1);
    expect(metrics.get('tokens/total')).toBe(7602);
    expect(metrics.get('tokens/prompt')).toBe(7495);
    expect(metrics.get('cost')).toBeCloseTo(0.03908, 12);
    expect(metrics.get('latency_ms')).toBeCloseTo(9893 / 6, 9);
  });

  it('declares failures, errors, latency, cost and token counts lower-is-better (aiDevs3)', () => {
    const { name, text } = readRealWorld('other', 'Kacper-Hernacki__aiDevs3__promptfoo_results.json');
    const { higherIsBetter } = readJsonMetrics(name, text);
    expect(Object.fromEntries(higherIsBetter ?? [])).toEqual({
      successes: true, failures: false, latency_ms: false, cost: false, 'tokens/total': false, 'tokens/prompt': false, 'tokens/completion': false,
    });
  });

  it('adds errors, named scores and per-prompt ids when there are several prompts', () => {
    const prompt = (label: string, pass: number, fail: number, score: number) => ({
      label,
      provider: 'openai:gpt-4o-mini',
      metrics: { score, testPassCount: pass, testFailCount: fail, testErrorCount: 0 },
    });
    const output = {
      evalId: 'eval-1',
      results: {
        version: 3,
        prompts: [prompt('short', 2, 1, 2), prompt('long', 3, 0, 2.7)],
        results: [
          { success: true, score: 1, latencyMs: 100, namedScores: { tone: 1 } },
          { success: false, score: 0, latencyMs: 300, namedScores: { tone: 0.5 } },
        ],
        stats: { successes: 5, failures: 1, errors: 2, tokenUsage: { total: 10, numRequests: 2 } },
      },
      config: { tests: [{ vars: { n: 3 } }] },
    };
    const { metrics } = readJsonMetrics('out.json', JSON.stringify(output));
    expect(metrics.get('errors')).toBe(2);
    expect(metrics.get('pass_rate')).toBe(5 / 8);
    expect(metrics.get('score/tone')).toBe(0.75);
    expect(metrics.get('latency_ms')).toBe(200);
    expect(metrics.get('pass_rate[prompt=short]')).toBe(2 / 3);
    expect(metrics.get('score[prompt=long]')).toBeCloseTo(0.9, 12);
    expect(metrics.has('tokens/numRequests')).toBe(false);
    expect([...metrics.keys()].some((id) => id.startsWith('config'))).toBe(false);
  });
});
