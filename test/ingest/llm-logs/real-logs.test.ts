import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LlmLogs, sniffLlmDocument, sniffLlmLog } from '../../../src/ingest/llm-logs/read-llm-logs.js';
import { headline, itemMeans } from '../../../src/ingest/llm-logs/scored.js';
import { realWorld } from '../../helpers/real-world.js';

/** Reads real files as the shell does: sniff the start, else parse the whole JSON document. */
function read(...paths: string[]) {
  const logs = new LlmLogs();
  for (const path of paths) {
    const bytes = readFileSync(path);
    const format = sniffLlmLog(path, bytes.subarray(0, 65_536)) ?? sniffLlmDocument(path, JSON.parse(bytes.toString('utf8')));
    expect(format, path).toBeDefined();
    logs.add(format!, path, new Uint8Array(bytes));
  }
  return logs.finish().map((r) => r.reading);
}

const flattened = (ids: Iterable<string>) => [...ids].filter((id) => /samples\/|events\/|\/\d+\//.test(id));

describe('real LLM eval logs read to their tool’s own headline numbers', () => {
  it('Inspect .eval (deflate members): popularity/match is 0.75 over 2 samples × 2 epochs, as the header says', () => {
    const [reading] = read(realWorld('llm/inspect_ai/log_streaming.eval'));
    expect(reading!.metrics.get('popularity/match')).toBe(0.75);
    expect(reading!.stderr.get('popularity/match')).toBe(0.25);
    const match = reading!.scored.find((m) => m.id === 'popularity/match')!;
    expect(match.keys).toEqual(['1', '2']);
    expect([...itemMeans(match)]).toEqual([0.5, 1]);
    expect(headline(match)).toBe(0.75);
    expect(flattened(reading!.metrics.keys())).toEqual([]);
  });

  it('Inspect .json log: popularity/match is 1.0 on its one sample', () => {
    const [reading] = read(realWorld('llm/inspect_ai/log_read_sample.json'));
    expect([...reading!.metrics]).toEqual([['popularity/match', 1]]);
    expect(reading!.scored[0]!.keys).toEqual(['1']);
  });

  it('lm-eval samples: arc_easy/acc and acc_norm are the means over the 5 documents, keyed by doc_id', () => {
    const [reading] = read(realWorld('llm/lm-eval/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl'));
    expect(reading!.metrics.get('arc_easy/acc')).toBeCloseTo(0.2, 12);
    expect(reading!.metrics.get('arc_easy/acc_norm')).toBeCloseTo(0.2, 12);
    const acc = reading!.scored.find((m) => m.id === 'arc_easy/acc')!;
    expect(acc.keys).toEqual(['0', '1', '2', '3', '4']);
    expect(acc.versions![0]).toMatch(/^b91fe1a8.*:5feceb66/);
    expect(acc.prompts![0]).toMatch(/^f804da9f/);
  });

  it('lm-eval results file: copa/acc 0.6 with its stderr, and higher_is_better directions when present', () => {
    const [reading] = read(realWorld('llm/lm-eval/results_2026-10-01T23-15-32.942677.json'));
    expect(reading!.metrics.get('copa/acc')).toBe(0.6);
    expect(reading!.stderr.get('copa/acc')).toBeCloseTo(0.11239029738980327, 15);
  });

  it('promptfoo -o json: pass_rate and score 2/3 over three tests keyed by description, vars and asserts, not testIdx', () => {
    const [reading] = read(realWorld('llm/promptfoo/krystianbergmann-prompt-eval-workbench_promptfoo-results.json'));
    expect(reading!.metrics.get('pass_rate')).toBeCloseTo(2 / 3, 12);
    expect(reading!.metrics.get('score')).toBeCloseTo(2 / 3, 12);
    expect(reading!.metrics.get('successes')).toBe(2);
    expect(reading!.metrics.get('errors')).toBe(0);
    const pass = reading!.scored.find((m) => m.id === 'pass_rate')!;
    expect(pass.keys).toHaveLength(3);
    for (const key of pass.keys) expect(key).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(flattened(reading!.metrics.keys())).toEqual([]);
  });
});
