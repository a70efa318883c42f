import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
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

  it('inflates under a bound, with the gzip CRC checked', () => {
    const builder = new ScoredBuilder();
    for (let i = 0; i < 20; i++) builder.add('t/m', 't', `item ${i}`, i % 2);
    const packed = encodeItems(builder.finish(), 1 << 20)!;
    // The CRC-32 of the trailer no longer matches what inflates: fflate alone would not notice.
    const badCrc = packed.slice();
    badCrc[badCrc.length - 8]! ^= 0xff;
    expect(() => decodeItems(badCrc, 'items.bin.gz')).toThrow(/items\.bin\.gz: scored records: not valid gzip/);
    // The trailer claims 4 GiB: refused, nothing of that size allocated.
    const hugeTrailer = packed.slice();
    hugeTrailer.set([0xf0, 0xff, 0xff, 0xff], hugeTrailer.length - 4);
    expect(() => decodeItems(hugeTrailer, 'items.bin.gz')).toThrow(/scored records: not valid gzip/);
    // 8 MiB of zeros compress to 8 KiB: past a 1 MiB bound, refused as a bomb.
    const bomb = gzipSync(new Uint8Array(8 * 1024 ** 2));
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => decodeItems(bomb, 'items.bin.gz', 1024 ** 2)).toThrow(/scored records: inflates past 1 MiB/);
  });

  it('refuses a scored-records file that disagrees with the bundle document', async () => {
    const dir = tempFiles({});
    folders.push(dir);
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', SAMPLES_NAME), lmEvalSamples(Array.from({ length: 40 }, (_, i) => i % 4 !== 0)));
    expect((await cli(['record', join(dir, 'b'), '--out', join(dir, 'bundle')])).stderr).toBe('');
    const itemsPath = join(dir, 'bundle', 'items.bin.gz');
    const original = readFileSync(itemsPath);
    const document = JSON.parse(readFileSync(join(dir, 'bundle', 'model-gate-baseline.json'), 'utf8')) as { items: { metrics: Record<string, { items: number; mean: number }> } };
    expect(document.items.metrics['arc_easy/acc']).toEqual({ items: 40, mean: 0.75 });
    const compare = () => cli(['compare', '--baseline', join(dir, 'bundle'), '--current', join(dir, 'b'), '--format', 'json']);
    expect((await compare()).code).toBe(0);

    // Every failing item made to pass: the document still says 0.75.
    const decoded = decodeItems(original, 'items.bin.gz');
    const tampered = decoded.map((m) => ({ ...m, values: m.values.map(() => 1) }));
    writeFileSync(itemsPath, encodeItems(tampered, 1 << 20)!);
    let run = await compare();
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('scored records disagree with model-gate-baseline.json: items.metrics["arc_easy/acc"].mean is 0.75, the file\'s scores average 1');

    // An item dropped.
    const acc = decoded.find((m) => m.id === 'arc_easy/acc')!;
    const fewer = { ...acc, keys: acc.keys.slice(1), offsets: acc.offsets.slice(1).map((o) => o - acc.offsets[1]!), values: acc.values.slice(acc.offsets[1]!), clusters: acc.clusters?.slice(1), versions: acc.versions?.slice(1), prompts: acc.prompts?.slice(1) };
    writeFileSync(itemsPath, encodeItems(decoded.map((m) => (m === acc ? fewer : m)), 1 << 20)!);
    run = await compare();
    expect(run.stderr).toContain('items.metrics["arc_easy/acc"].items is 40, the file has 39 items');

    // A metric the document does not list.
    writeFileSync(itemsPath, encodeItems([...decoded, { ...acc, id: 'arc_easy/invented' }], 1 << 20)!);
    run = await compare();
    expect(run.stderr).toContain('the file scores "arc_easy/invented", which metrics does not list');

    // The same, in a bundle recorded before the summary: the document's metrics still decide which ids may be scored.
    const bundlePath = join(dir, 'bundle', 'model-gate-baseline.json');
    const withSummary = readFileSync(bundlePath, 'utf8');
    const older = JSON.parse(withSummary) as { items: { metrics?: unknown } };
    delete older.items.metrics;
    writeFileSync(bundlePath, JSON.stringify(older));
    run = await compare();
    expect(run.stderr).toContain('scored records disagree with model-gate-baseline.json: the file scores "arc_easy/invented", which metrics does not list');
    writeFileSync(itemsPath, original);
    expect((await compare()).code).toBe(0);
    writeFileSync(bundlePath, withSummary);
    expect((await compare()).code).toBe(0);
  });
});
