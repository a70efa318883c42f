import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../../helpers/cli.js';
import { realWorld } from '../../helpers/real-world.js';
import { writeV1Parquet } from '../formats/parquet-v1-writer.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function files(contents: Record<string, string | Uint8Array>): string {
  const dir = tempFiles(contents);
  folders.push(dir);
  return dir;
}

/** `model-gate evaluate` in text form: each metric line as `id value`. */
async function evaluate(args: string[]): Promise<{ code: number; metrics: Map<string, string>; text: string; stderr: string }> {
  const run = await cli(['evaluate', ...args]);
  const metrics = new Map<string, string>();
  for (const line of run.stdout.split('\n')) {
    const match = /^(\S+)\s+(\S+)$/.exec(line.trim());
    if (match && match[1] !== 'metric') metrics.set(match[1]!, match[2]!);
  }
  return { code: run.code, metrics, text: run.stdout, stderr: run.stderr };
}

describe('LLM log formats beyond the real files', () => {
  it('reads an Inspect .eval whose members are Zstandard (zip method 93) to the same 0.75, with pass@2 and pass^2 per sample', async () => {
    const zstd = await evaluate([join('test/fixtures/llm/log_streaming.zstd.eval')]);
    const deflate = await evaluate([realWorld('llm/inspect_ai/log_streaming.eval')]);
    expect(zstd.stderr).toBe('');
    expect(zstd.metrics.get('popularity/match')).toBe('0.75');
    // Sample 1 passed 1 of 2 epochs, sample 2 both: pass@2 = (1 + 1) / 2, pass^2 = (0 + 1) / 2.
    expect(zstd.metrics.get('popularity/match/pass@2')).toBe('1');
    expect(zstd.metrics.get('popularity/match/pass^2')).toBe('0.5');
    expect([...zstd.metrics]).toEqual([...deflate.metrics]);
  });

  it('refuses a damaged .eval archive in one line naming the file', async () => {
    const bytes = new Uint8Array(readFileSync('test/fixtures/llm/log_streaming.zstd.eval'));
    bytes.fill(0x55, 200, 400); // inside the first member's Zstandard frame
    const dir = files({ 'broken.eval': bytes });
    const run = await cli(['evaluate', join(dir, 'broken.eval')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/broken\.eval: refused archive: entry "_journal\/start\.json"/);
  });

  it('reads a DeepEval test run: <slug> and <slug>/pass_rate per metric, errors left out, positional names flagged', async () => {
    const testCase = (name: string, score: number, success: boolean, extra: Record<string, unknown> = {}) => ({
      name,
      input: 'q',
      actualOutput: 'a',
      success,
      metricsData: [
        { name: 'Answer Relevancy', threshold: 0.5, success, score, reason: 'r', strictMode: false, evaluationModel: 'gpt-4o', error: null, evaluationCost: 0 },
        { name: 'Faithfulness', threshold: 0.5, success: false, score: null, error: 'timeout', evaluationCost: 0 },
      ],
      ...extra,
    });
    const run = { testRunData: { testCases: [testCase('test_case_0', 0.9, true), testCase('test_case_1', 0.3, false), testCase('test_case_2', 0.6, true, { flaky: true })], testPassed: 2, testFailed: 1, metricsScores: [] } };
    const dir = files({ '.latest_test_run.json': JSON.stringify(run) });
    const result = await evaluate([join(dir, '.latest_test_run.json')]);
    expect(result.metrics.get('answer_relevancy')).toBe('0.6');
    expect(result.metrics.get('answer_relevancy/pass_rate')).toBe('0.5'); // the flaky case is left out
    expect(result.metrics.has('faithfulness')).toBe(false);
    expect(result.text).toContain('named by position (test_case_<i>): weak keys');
    expect(result.text).toContain('1 flaky metric result(s)');
  });

  it('reads an OpenAI evals record log: accuracy over match events by sample_id, as in its final report', async () => {
    const lines = [
      { spec: { completion_fns: ['gpt-4o'], eval_name: 'test-match.s1.simple-v0', base_eval: 'test-match', split: 's1', run_id: 'r1' } },
      { final_report: { accuracy: 0.75 } },
      ...[true, true, false, true].map((correct, i) => ({ run_id: 'r1', event_id: i, sample_id: `test-match.s1.${i}`, type: 'match', data: { correct, expected: ['x'], picked: 'x' } })),
      { run_id: 'r1', event_id: 9, sample_id: 'test-match.s1.0', type: 'sampling', data: { prompt: 'p', sampled: ['x'] } },
    ];
    const dir = files({ 'events.jsonl': lines.map((l) => JSON.stringify(l)).join('\n') + '\n' });
    const result = await evaluate([join(dir, 'events.jsonl')]);
    expect(result.metrics.get('accuracy')).toBe('0.75');
  });

  it('reads in-house scored records from CSV, JSON Lines and Parquet with columns: { id, scores, repeat, cluster }', async () => {
    const rows = [
      ['q1', 0, 1, 'p1'],
      ['q1', 1, 0, 'p1'],
      ['q2', 0, 1, 'p1'],
      ['q2', 1, 1, 'p1'],
      ['q3', 0, 0.5, 'p2'],
    ] as const;
    const csv = `item,epoch,correct,passage\n${rows.map((r) => r.join(',')).join('\n')}\n`;
    const jsonl = rows.map(([item, epoch, correct, passage]) => JSON.stringify({ item, epoch, correct, passage })).join('\n');
    const parquet = writeV1Parquet([
      { name: 'item', type: 'BYTE_ARRAY', values: rows.map((r) => r[0]), element: { converted_type: 'UTF8' } },
      { name: 'epoch', type: 'INT64', values: rows.map((r) => BigInt(r[1])) },
      { name: 'correct', type: 'DOUBLE', values: rows.map((r) => r[2]) },
      { name: 'passage', type: 'BYTE_ARRAY', values: rows.map((r) => r[3]), element: { converted_type: 'UTF8' } },
    ]);
    const dir = files({ 'scores.csv': csv, 'scores.jsonl': jsonl, 'scores.parquet': parquet });
    const columns = '{ id: item, scores: [correct], repeat: epoch, cluster: passage }';
    for (const name of ['scores.csv', 'scores.jsonl', 'scores.parquet']) {
      const result = await evaluate([join(dir, name), '--columns', columns]);
      expect(result.stderr, name).toBe('');
      // Items q1 (0.5), q2 (1), q3 (0.5): the mean of item means, not of rows (0.7).
      expect(result.metrics.get('correct'), name).toBe('0.6667');
    }
    const bad = await cli(['evaluate', join(dir, 'scores.csv'), '--columns', '{ id: item, scores: [passage] }']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/scores\.csv:2 \(column "passage"\): "p1" is not a score/);
  });
});

describe('LLM log folders', () => {
  it('reads an Inspect log folder: every log in it, the later of two logs of one task winning with a note', async () => {
    const result = await evaluate([realWorld('llm/inspect_ai')]);
    expect(result.metrics.get('popularity/match')).toBe('0.75');
    expect(result.text).toMatch(/popularity\/match: .*log_streaming\.eval replaces the value from .*log_read_sample\.json/);
  });
});
