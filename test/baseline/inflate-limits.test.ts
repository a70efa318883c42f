import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeExamples, encodeExamples } from '../../src/baseline/examples.js';
import { claimedPageSize, compressors } from '../../src/ingest/formats/parquet-columns.js';
import type { RegressionData } from '../../src/metrics/eval-data.js';
import { cli, tempFiles } from '../helpers/cli.js';


const regression: RegressionData = { task: 'regression', n: 2, yTrue: Float64Array.of(1.5, -2), yPred: Float64Array.of(1, 0), weights: undefined };

/** The gzip with its CRC-32 (bytes -8…-5) or its length (bytes -4…-1) trailer changed. */
function tamper(gzip: Uint8Array, field: 'crc' | 'size'): Uint8Array {
  const copy = Uint8Array.from(gzip);
  copy[copy.length - (field === 'crc' ? 8 : 4)]! ^= 0xff;
  return copy;
}

describe('inflating', () => {
  it("stops the bundle's per-example file at its limit instead of inflating a bomb", () => {
    // 4 MiB of zeros after a valid header would be 4 MiB of memory; the limit here is 1 MiB (512 MiB in use).
    const bomb = gzipSync(new Uint8Array(4 * 1024 ** 2));
    expect(bomb.length).toBeLessThan(8 * 1024);
    expect(() => decodeExamples(bomb, 'b/examples.bin.gz', 1024 ** 2)).toThrow(
      'b/examples.bin.gz: per-example data: inflates past 1 MiB, the limit for this file (a gzip bomb?)',
    );
  });

  it("checks the gzip trailer of the bundle's per-example file: CRC and length", () => {
    const packed = encodeExamples({ data: regression, ids: undefined }, 1e6)!;
    expect(decodeExamples(packed, 'x').data).toEqual(regression);
    expect(() => decodeExamples(tamper(packed, 'crc'), 'x')).toThrow(/x: per-example data: not valid gzip \(incorrect data check\)/);
    expect(() => decodeExamples(tamper(packed, 'size'), 'x')).toThrow(/x: per-example data: not valid gzip \(incorrect length check\)/);
  });

  it('checks the gzip trailer of input files, streamed and read whole', async () => {
    const csv = gzipSync('y_true,y_pred\n1,1\n0,1\n');
    const json = gzipSync('{"accuracy": 0.5}');
    const dir = tempFiles({ 'crc.csv.gz': tamper(csv, 'crc'), 'size.csv.gz': tamper(csv, 'size'), 'crc.json.gz': tamper(json, 'crc') });
    expect((await cli(['evaluate', 'crc.csv.gz'], dir)).stderr).toBe('model-gate: crc.csv.gz: not a valid gzip file (incorrect data check)\n');
    expect((await cli(['evaluate', 'size.csv.gz'], dir)).stderr).toBe('model-gate: size.csv.gz: not a valid gzip file (incorrect length check)\n');
    expect((await cli(['evaluate', 'crc.json.gz'], dir)).stderr).toBe('model-gate: crc.json.gz: not a valid gzip file (incorrect data check)\n');
  });
});

describe('Parquet pages', () => {
  it('refuse a page header that claims more than 256 MiB uncompressed, before anything is allocated', () => {
    expect(claimedPageSize({ uncompressed_page_size: 1_048_576 })).toBe(1_048_576);
    expect(() => claimedPageSize({ uncompressed_page_size: 2_000_000_000 })).toThrow('a page claims 2000000000 bytes uncompressed, above the 256 MiB limit for one page');
    expect(() => claimedPageSize({ uncompressed_page_size: -1 })).toThrow(/a page claims -1 bytes/);
    // hyparquet's own page readers decompress through the same bounded codecs.
    expect(() => compressors.GZIP!(new Uint8Array(20), 2_000_000_000)).toThrow('a page claims 2000000000 bytes uncompressed');
  });
});
