import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from '../../src/errors.js';
import { parseColumnsValue } from '../../src/config/settings.js';

// `columns` used to be validated by this zod schema; it was replaced by a hand-written check because loading
// zod on every CLI run cost more start-up time than evaluating a 100,000-row file. The two must agree.
const zodSchema = z.strictObject({
  label: z.string().min(1).optional(),
  prediction: z.string().min(1).optional(),
  score: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  weight: z.string().min(1).optional(),
  slices: z.union([z.string().min(1).transform((s) => [s]), z.array(z.string().min(1))]).optional(),
  scores: z.union([z.string().min(1).transform((s) => [s]), z.array(z.string().min(1))]).optional(),
  repeat: z.string().min(1).optional(),
  cluster: z.string().min(1).optional(),
}).refine((v) => !v.scores || v.id !== undefined);

function viaZod(value: unknown): { ok: true; data: unknown } | { ok: false } {
  const parsed = zodSchema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
}

function viaParser(value: unknown): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: parseColumnsValue(value, 'columns') };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.message).toMatch(/^columns(\.\w+)?: /);
    return { ok: false };
  }
}

const KEYS = ['label', 'prediction', 'score', 'id', 'weight', 'slices', 'scores', 'repeat', 'cluster', 'slice', 'Label', 'toString', 'constructor'];
const cell = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constant(''), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);

describe('columns validation', () => {
  it('accepts and rejects exactly what the zod schema did, with the same result', () => {
    const value = fc.oneof(
      fc.dictionary(fc.constantFrom(...KEYS), cell, { maxKeys: 4 }),
      cell,
      fc.array(fc.string(), { maxLength: 2 }),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(viaParser(v)).toEqual(viaZod(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the key that is wrong', () => {
    expect(() => parseColumnsValue({ label: '' }, 'columns')).toThrow('columns.label: expected a column name');
    expect(() => parseColumnsValue({ slices: [1] }, 'columns')).toThrow('columns.slices: expected a column name or a list of them');
    expect(() => parseColumnsValue({ slice: 'x', foo: 1 }, 'columns')).toThrow(
      'columns: unknown key "slice", "foo"; expected label, prediction, score, id, weight, slices',
    );
    expect(() => parseColumnsValue('y', 'columns')).toThrow('columns: expected a map such as {label: y, prediction: y_hat}');
    expect(parseColumnsValue({ label: 'y', slices: 'region' }, 'columns')).toEqual({ label: 'y', slices: ['region'] });
  });
});
