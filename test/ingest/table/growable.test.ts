import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowableCodes } from '../../../src/ingest/table/growable.js';

describe('GrowableCodes.pushMapped', () => {
  it('appends map[codes[r]] for the rows given, whether the map is the identity or not, widening as codes need', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((distinct) =>
          fc.tuple(
            // Each batch code maps to a column code: itself (the identity), or any code up to 70,000 (widening).
            fc.oneof(
              fc.constant(Int32Array.from({ length: distinct }, (_, i) => i)),
              fc.array(fc.integer({ min: 0, max: 70_000 }), { minLength: distinct, maxLength: distinct }).map((m) => Int32Array.from(m)),
            ),
            fc.array(fc.integer({ min: 0, max: distinct - 1 }), { maxLength: 60 }),
            fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 5 }),
            fc.nat(60),
            fc.nat(60),
          ),
        ),
        ([map, codes, before, a, b]) => {
          const from = Math.min(a, b, codes.length);
          const to = Math.min(Math.max(a, b), codes.length);
          const column = new GrowableCodes();
          for (const code of before) column.push(code);
          column.pushMapped(Int32Array.from(codes), map, from, to);
          const expected = [...before, ...codes.slice(from, to).map((c) => map[c]!)];
          expect(Array.from(column.finish())).toEqual(expected);
        },
      ),
      { numRuns: 500, seed: 5 },
    );
  });

  it('takes codes a map leaves unset (-1) for the identity on the others, and copies the rows as they are', () => {
    const column = new GrowableCodes();
    column.pushMapped(Int32Array.from([0, 2, 2, 0]), Int32Array.from([0, -1, 2]), 0, 4);
    expect(Array.from(column.finish())).toEqual([0, 2, 2, 0]);
  });
});
