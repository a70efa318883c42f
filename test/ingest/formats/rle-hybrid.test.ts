import fc from 'fast-check';
import type { DataReader, DecodedArray } from 'hyparquet';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { describe, expect, it } from 'vitest';
import { readRleBitPackedHybridFast } from '../../../src/ingest/formats/rle-hybrid.js';

type Decoded = { output: number[]; offset: number } | { failed: true };

/** Decodes `bytes` (after `prefix` bytes) with one of the two decoders into a fresh output of `size` values. */
function decode(
  decoder: (reader: DataReader, width: number, output: Int32Array | Uint8Array, length?: number) => number | void,
  bytes: Uint8Array,
  width: number,
  size: number,
  kind: 'int32' | 'uint8',
  length: number | undefined,
): Decoded {
  const output = kind === 'int32' ? new Int32Array(size).fill(fill(kind)) : new Uint8Array(size).fill(fill(kind));
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 1 };
  let bound: number | void;
  try {
    bound = decoder(reader, width, output, length);
  } catch {
    return { failed: true };
  }
  // The bound it returns holds every value written (the values not written are the fill).
  if (typeof bound === 'number') for (const value of output) if (value !== fill(kind)) expect(value).toBeLessThan(bound);
  return { output: Array.from(output), offset: reader.offset };
}

const fill = (kind: 'int32' | 'uint8') => (kind === 'int32' ? -7 : 7);

const hyparquet = (reader: DataReader, width: number, output: Int32Array | Uint8Array, length?: number): void =>
  readRleBitPackedHybrid(reader, width, output as unknown as DecodedArray, length);

/** ULEB128, as the run headers are written. */
function varint(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A run: RLE (count, value) or bit-packed (groups of 8 values); `bytes` are written at `width`. */
const run = (width: number) =>
  fc.oneof(
    fc.record({ rle: fc.constant(true), count: fc.integer({ min: 0, max: 40 }), value: fc.integer({ min: 0, max: 2 ** Math.min(width, 30) - 1 }) }),
    fc.record({ rle: fc.constant(false), groups: fc.integer({ min: 0, max: 6 }), seed: fc.integer() }),
  );

function encodeRuns(width: number, runs: readonly ({ rle: true; count: number; value: number } | { rle: false; groups: number; seed: number })[]): number[] {
  const out: number[] = [];
  for (const r of runs) {
    if (r.rle) {
      out.push(...varint(r.count << 1));
      for (let i = 0, v = r.value; i < (width + 7) >> 3; i++, v = Math.floor(v / 256)) out.push(v & 0xff);
    } else {
      out.push(...varint((r.groups << 1) | 1));
      let state = r.seed | 1;
      const size = r.groups === 0 ? 1 : (r.groups * 8 * width) / 8;
      for (let i = 0; i < size; i++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        out.push(state & 0xff);
      }
    }
  }
  return out;
}

describe('readRleBitPackedHybridFast', () => {
  it('decodes what hyparquet decodes: same values, same offset, fails when it fails (random runs, widths, outputs, truncation)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 32 }).chain((width) =>
          fc.tuple(
            fc.constant(width),
            fc.array(run(width), { maxLength: 8 }),
            fc.integer({ min: 0, max: 120 }),
            fc.constantFrom('int32' as const, 'uint8' as const),
            fc.constantFrom('prefixed', 'given', 'given-short'),
            fc.integer({ min: 0, max: 6 }),
            fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 }),
          ),
        ),
        ([width, runs, size, kind, framing, cut, junk]) => {
          const body = [...encodeRuns(width, runs as never), ...junk];
          const kept = body.slice(0, Math.max(0, body.length - (cut > 3 ? cut - 3 : 0)));
          const prefixed = framing === 'prefixed';
          const bytes = Uint8Array.from([0xaa, ...(prefixed ? [kept.length, 0, 0, 0] : []), ...kept]);
          const length = prefixed ? undefined : framing === 'given' ? kept.length : Math.max(0, kept.length - 2);
          const outputKind = width > 8 ? 'int32' : kind;
          expect(decode(readRleBitPackedHybridFast, bytes, width, size, outputKind, length)).toEqual(decode(hyparquet, bytes, width, size, outputKind, length));
        },
      ),
      { numRuns: 3000, seed: 21 },
    );
  });

  it('decodes a page of two-valued labels: bit-packed eight to a byte, then an RLE run', () => {
    // 16 values bit-packed (0b10110001, 0b01111111), then 5 × 1.
    const bytes = Uint8Array.from([0xff, (2 << 1) | 1, 0b10110001, 0b01111111, 5 << 1, 1]);
    const output = new Int32Array(21);
    const reader = { view: new DataView(bytes.buffer), offset: 1 };
    readRleBitPackedHybridFast(reader, 1, output, bytes.length - 1);
    expect(Array.from(output)).toEqual([1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
    expect(reader.offset).toBe(bytes.length);
  });

  it('bounds what it wrote, an RLE value wider than the bit width included (so an out-of-range index is still caught)', () => {
    const decodeAt = (bytes: number[], size: number) => {
      const output = new Int32Array(size);
      const bound = readRleBitPackedHybridFast({ view: new DataView(Uint8Array.from(bytes).buffer), offset: 0 }, 1, output, bytes.length);
      return { values: Array.from(output), bound };
    };
    expect(decodeAt([(1 << 1) | 1, 0b00000001], 8)).toEqual({ values: [1, 0, 0, 0, 0, 0, 0, 0], bound: 2 });
    // Width 1, yet the RLE run's byte says 3: hyparquet writes 3, and the bound says so.
    expect(decodeAt([4 << 1, 3], 4)).toEqual({ values: [3, 3, 3, 3], bound: 4 });
    expect(decodeAt([4 << 1, 0], 4)).toEqual({ values: [0, 0, 0, 0], bound: 1 });
  });
});
