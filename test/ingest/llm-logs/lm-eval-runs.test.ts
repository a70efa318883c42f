import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LlmLogs } from '../../../src/ingest/llm-logs/read-llm-logs.js';
import { cli, tempFiles } from '../../helpers/cli.js';
import { lmEvalSamples } from '../../helpers/lm-eval-samples.js';

const OLD = '2026-09-01T10-00-00.000001';
const NEW = '2026-09-24T03-05-32.831346';

const results = (tasks: Record<string, number>) =>
  JSON.stringify({
    results: Object.fromEntries(Object.entries(tasks).map(([task, acc]) => [task, { alias: task, 'acc,none': acc, 'acc_stderr,none': 0.05 }])),
    higher_is_better: Object.fromEntries(Object.keys(tasks).map((task) => [task, { acc: true, acc_norm: true }])),
    lm_eval_version: '0.4.8',
  });

/** An lm-eval output folder with two runs: the old one of arc_easy and hellaswag, the new one of arc_easy only. */
const FILES: Record<string, string> = {
  [`results_${OLD}.json`]: results({ arc_easy: 1, hellaswag: 0.25 }),
  [`samples_arc_easy_${OLD}.jsonl`]: lmEvalSamples(Array.from({ length: 8 }, () => true)),
  [`samples_hellaswag_${OLD}.jsonl`]: lmEvalSamples([true, false, false, false]),
  [`results_${NEW}.json`]: results({ arc_easy: 0.5 }),
  [`samples_arc_easy_${NEW}.jsonl`]: lmEvalSamples(Array.from({ length: 8 }, (_, i) => i % 2 === 0)),
};

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('an lm-eval folder holding several runs', () => {
  it('reads the newest run of each task and names the older files it skipped', () => {
    const logs = new LlmLogs();
    for (const [name, text] of Object.entries(FILES)) logs.add(name.startsWith('results') ? 'lm-eval-results' : 'lm-eval-samples', `out/${name}`, text);
    const readings = logs.finish();
    const metrics = new Map(readings.flatMap(({ reading }) => [...reading.metrics]));
    expect(metrics.get('arc_easy/acc')).toBe(0.5);
    expect(metrics.get('hellaswag/acc')).toBe(0.25);
    const arc = readings.flatMap(({ reading }) => reading.scored).filter((m) => m.id === 'arc_easy/acc');
    expect(arc.map((m) => m.keys.length)).toEqual([8]);
    expect(readings.map((r) => r.source)).toEqual([`out/samples_arc_easy_${NEW}.jsonl, out/results_${NEW}.json`, `out/samples_hellaswag_${OLD}.jsonl, out/results_${OLD}.json`]);
    expect(readings[0]!.reading.notes[0]).toBe(
      `lm-eval: read the newest run of each task; older files skipped: out/samples_arc_easy_${OLD}.jsonl, out/results_${OLD}.json (for arc_easy)`,
    );
  });

  it('gates on the newest run when given the folder', async () => {
    const dir = tempFiles({});
    folders.push(dir);
    for (const side of ['b', 'c']) mkdirSync(join(dir, side));
    writeFileSync(join(dir, 'b', `samples_arc_easy_${NEW}.jsonl`), FILES[`samples_arc_easy_${OLD}.jsonl`]!);
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, 'c', name), text);
    const run = await cli(['compare', '--baseline', join(dir, 'b'), '--current', join(dir, 'c'), '--rules', '"arc_easy/acc": {max-regression: 0.05}', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { regressions: string[]; metrics: { id: string; current: number }[]; notes: string[] };
    expect(report.regressions).toEqual(['arc_easy/acc']);
    expect(report.metrics.find((m) => m.id === 'arc_easy/acc')!.current).toBe(0.5);
    expect(JSON.stringify(report)).toContain(`older files skipped: ${join(dir, 'c')}`);
    expect(run.code).toBe(1);
  });
});
