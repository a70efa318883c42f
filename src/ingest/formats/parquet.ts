import { parquetMetadataAsync, parquetScan, parquetSchema, type AsyncBuffer, type DecodedArray, type FileMetaData } from 'hyparquet';
import { InputError } from '../../errors.js';
import type { ColumnBatchSink } from '../table/column-sink.js';
import { planColumns, type ColumnOverrides } from '../table/columns.js';
import { ChunkFetcher, compressors, flatColumns, rowGroupsByStart } from './parquet-columns.js';
import type { PredictionTableBuilder, RowSink } from '../table/table-builder.js';

/**
 * Parquet prediction files (docs/formats.md#predictions), read with hyparquet one row group at a time into the same builder as the
 * text formats. A row is handed to the builder as JS values, like a JSON record: numbers, strings, booleans and
 * null; INT64 values become numbers when they are safe integers and decimal text otherwise, so ids above 2^53
 * keep every digit; timestamps become ISO 8601 text; lists become arrays (a `list<double>` `y_score` column is
 * read like a JSONL score array). Files whose used columns are all flat and of plain types skip the rows: their
 * row groups are decoded into typed arrays and appended column-wise (parquet-columns.ts, column-sink.ts), with
 * the same cells, values and messages.
 */

export { isParquet, type ParquetFile, type ParquetSource } from './parquet-file.js';
import { MIN_SIZE, startsWithMagic, type ParquetFile, type ParquetSource } from './parquet-file.js';

/** How a file's row groups were read: column by column (the fast path), or row by row through hyparquet's rows. */
export interface ParquetReadStats {
  readonly rowGroups: number;
  readonly columnar: number;
}

/**
 * Appends every row of a Parquet file to the builder, one row group at a time, with 1-based record numbers in
 * errors. With `overrides` (the same ones the builder was made with), only the columns the plan uses are
 * decoded; without, every top-level column is. Bad or truncated files are an `InputError` naming the file.
 *
 * When every decoded column is flat and of a plain type (numbers, booleans, text), a row group's column chunks
 * are decoded page by page with hyparquet's page readers into typed arrays and appended column-wise (see
 * column-sink.ts); a row group with anything else (a bad cell, an unexpected page) is read again row by row,
 * which reports exactly what the row path reports. `rowPath` forces the row path (for tests).
 */
export async function readParquetInto(
  file: ParquetFile,
  builder: PredictionTableBuilder,
  overrides?: ColumnOverrides,
  options: { readonly rowPath?: boolean } = {},
): Promise<ParquetReadStats> {
  const name = file.name;
  const source = asSource(file.bytes);
  await checkMagic(source, name);
  const metadata = await guard(name, 'cannot read the Parquet footer', () => parquetMetadataAsync(source));
  const schema = parquetSchema(metadata);
  const header = schema.children.map((child) => child.element.name);
  if (header.length === 0) throw new InputError('the Parquet file has no columns', { file: name });

  const used = usedColumns(header, overrides, name);
  const scan = await guard(name, 'cannot read the Parquet file', () =>
    parquetScan({ file: source, metadata, columns: used.map((c) => header[c]!), compressors }),
  );
  const flat = options.rowPath ? undefined : flatColumns(schema, used);
  const groups = flat ? rowGroupsByStart(metadata) : new Map<number, number>();
  const chunks = flat && new ChunkFetcher(source, metadata, flat);

  const cells: unknown[] = new Array<unknown>(header.length).fill(undefined);
  let sink: RowSink | undefined;
  let columnar: ColumnBatchSink | undefined;
  const begin = (firstRow: readonly unknown[] | undefined): RowSink => {
    if (flat) ({ rows: sink, columns: columnar } = builder.beginColumns(name, header));
    else sink = builder.beginFile(name, header, firstRow, 'record');
    const declared = Number(metadata.num_rows);
    const grouped = metadata.row_groups.reduce((sum, group) => sum + Number(group.num_rows), 0);
    // Room for the declared rows at once; the footer is trusted only so far (room costs address space until used).
    if (declared === grouped) builder.reserve(builder.rowCount + Math.min(declared, MAX_RESERVED));
    return sink;
  };
  let expected = 0;
  let rowGroups = 0;
  let columnarGroups = 0;
  for (const { rowStart, rowEnd } of scan.ranges) {
    if (rowStart !== expected) {
      throw new InputError(`corrupt Parquet file: rows ${expected + 1} to ${rowStart} are in no row group`, { file: name });
    }
    expected = rowEnd;
    const rows = rowEnd - rowStart;
    if (rows === 0) continue;
    rowGroups++;
    const group = groups.get(rowStart);
    if (chunks && group !== undefined && Number(metadata.row_groups[group]!.num_rows) === rows) {
      const batch = await chunks.decode(group, rows);
      if (batch) {
        if (!sink) begin(undefined);
        if (columnar!(batch, rowStart + 1, rows)) {
          columnarGroups++;
          continue;
        }
      }
    }
    const readers = await Promise.all(
      used.map(async (c) => {
        const column = header[c]!;
        const data = await guard(name, `cannot read Parquet column "${column}" (records ${rowStart + 1}–${rowEnd})`, () =>
          scan.readColumn({ column, rowStart, rowEnd }),
        );
        if (data.length !== rows) {
          throw new InputError(
            `corrupt Parquet data in column "${column}": ${data.length} values for records ${rowStart + 1}–${rowEnd}`,
            { file: name },
          );
        }
        return cellReader(data);
      }),
    );
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < used.length; k++) cells[used[k]!] = readers[k]!(r);
      sink ??= begin([...cells]);
      sink(cells, rowStart + r + 1);
    }
  }
  checkRowCount(metadata, expected, name);
  if (!sink) {
    builder.beginFile(name, header, undefined, 'record');
    throw new InputError('no data rows; the Parquet file has columns but no rows', { file: name });
  }
  return { rowGroups, columnar: columnarGroups };
}

/** The most rows a footer can make the builder reserve room for (more still fit: the columns then grow). */
const MAX_RESERVED = 1 << 26;

function asSource(bytes: Uint8Array | ParquetSource): AsyncBuffer {
  if (!(bytes instanceof Uint8Array)) return bytes;
  // A Node Buffer may be a view into a shared pool: slice the view, never the whole underlying buffer. Each slice
  // copies only the range hyparquet asks for (the footer, then one column chunk at a time).
  return {
    byteLength: bytes.byteLength,
    // Uint8Array's slice copies; Buffer's (a Node override) returns a view whose .buffer is the whole pool.
    slice: (start, end = bytes.byteLength) => Uint8Array.prototype.slice.call(bytes, start, end).buffer,
  };
}

async function checkMagic(source: AsyncBuffer, file: string): Promise<void> {
  const size = source.byteLength;
  if (size === 0) throw new InputError('empty file', { file });
  const head = new Uint8Array(await source.slice(0, Math.min(4, size)));
  if (!startsWithMagic(head)) throw new InputError('not a Parquet file: it does not start with "PAR1"', { file });
  const tail = size >= MIN_SIZE ? new Uint8Array(await source.slice(size - 4, size)) : new Uint8Array();
  if (!startsWithMagic(tail)) {
    throw new InputError(`truncated or corrupt Parquet file: no "PAR1" footer at its end (${size} bytes)`, { file });
  }
}

/** Header positions to decode: those the plan uses, or all when the overrides are not known. */
function usedColumns(header: readonly string[], overrides: ColumnOverrides | undefined, file: string): number[] {
  if (!overrides) return header.map((_, index) => index);
  const plan = planColumns(header, overrides, file);
  const used = new Set<number>([plan.label.index]);
  for (const column of [plan.prediction, plan.score, plan.id, plan.weight, ...plan.slices]) {
    if (column) used.add(column.index);
  }
  for (const column of plan.classScores?.columns ?? []) used.add(column.index);
  return [...used].sort((a, b) => a - b);
}

function checkRowCount(metadata: FileMetaData, read: number, file: string): void {
  const declared = Number(metadata.num_rows);
  if (declared !== read) {
    throw new InputError(`corrupt Parquet file: the footer declares ${declared} rows, the row groups hold ${read}`, {
      file,
    });
  }
}

/** Runs a hyparquet call and turns whatever it throws on bad bytes into an `InputError` naming the file. */
async function guard<T>(file: string, problem: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${problem} (${reason})`, { file });
  }
}

type CellReader = (row: number) => unknown;

/** How to read one decoded column chunk as cells; typed arrays of numbers need no per-cell conversion. */
function cellReader(data: DecodedArray): CellReader {
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) return (row) => bigintCell(data[row]!);
  if (ArrayBuffer.isView(data)) return (row) => data[row];
  const values: readonly unknown[] = data;
  return (row) => toCell(values[row]);
}

/** A safe integer as a number; beyond ±2^53 as exact decimal text (ids must not collide). */
function bigintCell(value: bigint): number | string {
  return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : value.toString();
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A decoded Parquet value as the JSON-like value the builder expects. */
function toCell(value: unknown): unknown {
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'bigint':
      return bigintCell(value);
    case 'undefined':
      return null;
    case 'object':
      if (value === null) return null;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      if (Array.isArray(value)) return value.map(toCell);
      if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>, toCell);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCell(v)]));
    default:
      return String(value);
  }
}
