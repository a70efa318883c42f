import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInspectJson } from '../../../src/ingest/llm-logs/inspect.js';
import { readLmEvalRun } from '../../../src/ingest/llm-logs/lm-eval-samples.js';
import { promptfooTestKey } from '../../../src/ingest/llm-logs/promptfoo-rows.js';
import { realWorld } from '../../helpers/real-world.js';

const samples = readFileSync(realWorld('llm/lm-eval/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl'), 'utf8');
const samplesName = 'out/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl';

describe('lm-eval samples with their results file', () => {
  it('takes directions from higher_is_better, filters into the id, and leaves non-mean metrics to the results file', () => {
    const withFilter = samples
      .trim()
      .split('\n')
      .map((line) => JSON.stringify({ ...(JSON.parse(line) as object), filter: 'strict-match', metrics: ['acc', 'bleu'], bleu: [['ref'], ['hyp']] }))
      .join('\n');
    const results = {
      results: { arc_easy: { alias: 'arc_easy', 'acc,strict-match': 0.2, 'acc_stderr,strict-match': 0.2, 'bleu,strict-match': 12.5 } },
      higher_is_better: { arc_easy: { acc: true, bleu: false } },
      configs: { arc_easy: { metric_list: [{ metric: 'acc', aggregation: 'mean' }, { metric: 'bleu', aggregation: 'bleu' }] } },
      'n-samples': { arc_easy: { original: 5, effective: 5 } },
    };
    const reading = readLmEvalRun([{ name: samplesName, text: withFilter }], { name: 'out/results_2026-09-24T03-05-32.831346.json', text: JSON.stringify(results) });
    expect(reading.scored.map((m) => m.id)).toEqual(['arc_easy/acc,strict-match']);
    expect(reading.metrics.get('arc_easy/acc,strict-match')).toBeCloseTo(0.2, 12);
    expect(reading.metrics.get('arc_easy/bleu,strict-match')).toBe(12.5);
    expect(reading.stderr.get('arc_easy/acc,strict-match')).toBe(0.2);
    expect(reading.higherIsBetter?.get('arc_easy/bleu,strict-match')).toBe(false);
    expect(reading.higherIsBetter?.get('arc_easy/acc,strict-match')).toBe(true);
    expect(reading.notes.join(' ')).toContain('bleu per document are not means of numbers');
  });
});

describe('Inspect logs', () => {
  it('maps C, P, I, N as Inspect does and gives a dict-valued scorer one id per key', () => {
    const root = JSON.parse(readFileSync(realWorld('llm/inspect_ai/log_read_sample.json'), 'utf8')) as Record<string, unknown>;
    const sample = (id: number, epoch: number, value: unknown, dict: Record<string, number>) => ({ id, epoch, scores: { match: { value }, rubric: { value: dict } } });
    const log = {
      ...root,
      results: { scores: [] },
      samples: [sample(1, 1, 'C', { clarity: 1, tone: 0.5 }), sample(2, 1, 'P', { clarity: 0, tone: 1 }), sample(3, 1, 'I', { clarity: 1, tone: 1 }), sample(4, 1, 'N', { clarity: 0, tone: 0 })],
    };
    const reading = readInspectJson('log.json', log);
    expect(reading.metrics.get('popularity/match')).toBeCloseTo(1.5 / 4, 12);
    expect(reading.metrics.get('popularity/rubric/clarity')).toBe(0.5);
    expect(reading.metrics.get('popularity/rubric/tone')).toBe(0.625);
  });
});

describe('promptfoo test keys', () => {
  it('prefers metadata.testCaseId, and otherwise hashes description, vars and asserts whatever their key order', () => {
    expect(promptfooTestKey({ testCase: { metadata: { testCaseId: 'refund-policy-3' } } })).toBe('refund-policy-3');
    const a = promptfooTestKey({ testIdx: 0, testCase: { description: 'd', vars: { x: 1, y: 2 }, assert: [{ type: 'equals', value: 'a' }] } });
    const b = promptfooTestKey({ testIdx: 7, testCase: { assert: [{ value: 'a', type: 'equals' }], vars: { y: 2, x: 1 }, description: 'd' } });
    expect(a).toBe(b);
    expect(promptfooTestKey({ testCase: { description: 'd', vars: { x: 2, y: 2 } } })).not.toBe(a);
  });
});
