import type { ColumnOverrides } from '../../src/ingest/table/columns.js';
import { parseDelimited } from '../../src/ingest/formats/delimited.js';
import type { PredictionTable } from '../../src/ingest/table/table.js';
import { PredictionTableBuilder } from '../../src/ingest/table/table-builder.js';

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

/**
 * The byte reader against the reader it replaced: the text parser feeding each row to the builder as strings
 * (the `beginFile` path, unchanged, which JSON still takes). Same tables, or the same first error.
 */
export function viaStrings(files: readonly { name: string; text: string }[], overrides: ColumnOverrides): unknown {
  try {
    const builder = new PredictionTableBuilder(overrides);
    for (const file of files) {
      const before = builder.rowCount;
      let header: string[] | undefined;
      let sink: ((cells: readonly unknown[], line: number) => void) | undefined;
      parseDelimited(file.text, ',', file.name, {
        record(fields, line) {
          if (!header) {
            header = fields;
            return;
          }
          if (fields.length !== header.length) throw new Error(`${file.name}:${line}: expected ${header.length} fields like the header, found ${fields.length}`);
          sink ??= builder.beginFile(file.name, header, fields);
          sink(fields, line);
        },
      });
      if (!header) throw new Error(`${file.name}: empty file: no header and no rows`);
      if (!sink) builder.beginFile(file.name, header, undefined);
      if (builder.rowCount === before) throw new Error(`${file.name}: no data rows; the file has a header at most`);
    }
    return comparable(builder.finish());
  } catch (error) {
    return { error: (error as Error).message };
  }
}
