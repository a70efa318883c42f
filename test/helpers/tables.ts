import type { PredictionTable } from '../../src/ingest/table.js';

/** Typed arrays as plain lists, with -0 kept apart from 0: tables from two readers compare with `toEqual`. */
export function comparable(table: PredictionTable): unknown {
  return JSON.parse(
    JSON.stringify(table, (_, value: unknown) => {
      if (value instanceof Float64Array) return Array.from(value, (v) => (Object.is(v, -0) ? '-0' : String(v)));
      if (ArrayBuffer.isView(value)) return Array.from(value as Int32Array);
      return value;
    }),
  ) as unknown;
}

/** The bytes as a stream cut at the given offsets (a file read in arbitrary chunks). */
export async function* chunked(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.slice(from, cut);
    from = cut;
  }
}
