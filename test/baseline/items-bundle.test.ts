import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeItems, encodeItems } from '../../src/baseline/items.js';
import { InputError } from '../../src/errors.js';
import { ScoredBuilder } from '../../src/ingest/llm-logs/scored.js';
import { cli, tempFiles } from '../helpers/cli.js';
import { lmEvalSamples, SAMPLES_NAME } from '../helpers/lm-eval-samples.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('baselines carry scored records', () => {
  it('round-trips keys with any characters, clusters, hashes and every repeat', () => {
    const builder = new ScoredBuilder();
    builder.add('t/m', 't', 'line\nbreak "quoted"', 1, { cluster: 'p1', version: 'v', prompt: 'h' });
    builder.add('t/m', 't', 'line\nbreak "quoted"', 0, { cluster: 'p1', version: 'v', prompt: 'h' });
    builder.add('t/m', 't', '2', 0.25, { cluster: 'p2', version: 'w', prompt: 'h' });
    builder.add('u', 'u', 'x', 1);
    const metrics = builder.finish();
    const decoded = decodeItems(encodeItems(metrics, 1 << 20)!, 'items.bin.gz');
    expect(decoded).toEqual(metrics);
    expect(encodeItems(metrics, 10)).toBeUndefined();
    const broken = encodeItems(metrics, 1 << 20)!.slice(0, 40);
    expect(() => decodeItems(broken, 'items.bin.gz')).toThrow(InputError);
  });

  it('a recorded lm-eval baseline compares item by item with a later run', async () => {
    const dir = tempFiles({});
    folders.push(dir);
    const baseline = Array.from({ length: 50 }, (_, i) => i % 2 === 0);
    const current = baseline.map((pass, i) => (i === 4 ? false : pass));
    for (const [side, passed] of [['b', baseline], ['c', current]] as const) {
      mkdirSync(join(dir, side));
      writeFileSync(join(dir, side, SAMPLES_NAME), lmEvalSamples(passed));
    }
    const recorded = await cli(['record', join(dir, 'b'), '--out', join(dir, 'bundle')]);
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout).toContain('items.bin.gz');
    const bundle = JSON.parse(readFileSync(join(dir, 'bundle', 'model-gate-baseline.json'), 'utf8')) as { items: { file: string } };
    expect(bundle.items.file).toBe('items.bin.gz');
    const run = await cli(['compare', '--baseline', join(dir, 'bundle'), '--current', join(dir, 'c'), '--format', 'json']);
    const report = JSON.parse(run.stdout) as { items: { id: string; paired: number; transitions: { newly_failing: { key: string }[] } }[] };
    const acc = report.items.find((m) => m.id === 'arc_easy/acc')!;
    expect(acc.paired).toBe(50);
    expect(acc.transitions.newly_failing.map((c) => c.key)).toEqual(['4']);
  });
});
