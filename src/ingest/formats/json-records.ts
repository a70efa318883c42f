import { protectBigIntegers } from './big-integers.js';
import { InputError } from '../../errors.js';
import { describeJson } from '../table/cells.js';
import { isPredictionColumn } from '../metric-files/detect.js';
import { JsonArrayReader, recordsInto } from './json-array.js';
import { JsonLinesReader } from './json-lines.js';
import type { TextFile } from '../sources.js';
import type { PredictionTableBuilder } from '../table/table-builder.js';

/** JSON Lines (see `JsonLinesReader`, which reads them from streamed bytes too) and JSON documents. */

/** JSON Lines already decoded to text, read as its UTF-8 bytes by the same reader as streamed files. */
export function readJsonLines(file: TextFile, builder: PredictionTableBuilder): void {
  const reader = new JsonLinesReader(file.name, builder);
  reader.push(new TextEncoder().encode(file.text));
  reader.finish();
}

/**
 * A JSON document: an array of records, an object of equal-length column arrays, or one of pandas' `to_json()`
 * layouts: `columns` (the default: an object of columns, each an object keyed by row index), `index` (an
 * object of rows keyed by index), `split` (`columns`, `index`, `data`), `table` (`schema`, `data` records).
 * `values` (rows as arrays, no names) is refused: the columns cannot be told apart.
 */
export function readJsonDocument(file: TextFile, builder: PredictionTableBuilder): void {
  // An array of records is read record by record, by the reader of streamed documents (same values, same messages).
  if (/^\uFEFF?[ \t\r\n]*\[[ \t\r\n]*\[/.test(file.text)) {
    throw new InputError("an array of arrays (pandas to_json(orient='values')) has no column names; write records, e.g. orient='records'", {
      file: file.name,
    });
  }
  if (/^\uFEFF?[ \t\r\n]*\[/.test(file.text)) {
    const bytes = new TextEncoder().encode(file.text);
    const reader = new JsonArrayReader(file.name, recordsInto(file.name, builder), 1);
    // In slices of a megabyte, as if streamed: one parse per slice, not one array the size of the document.
    for (let at = 0; at < bytes.length; at += 1 << 20) reader.push(bytes.subarray(at, at + (1 << 20)));
    reader.finish();
    return;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(protectBigIntegers(file.text.replace(/^\uFEFF/, '')));
  } catch (error) {
    const text = file.text.trim();
    if (text === '') throw new InputError('empty file', { file: file.name });
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file: file.name });
  }
  if (doc !== null && typeof doc === 'object') {
    const columns = pandasColumns(doc as Record<string, unknown>, file.name);
    const keys = Object.keys(columns);
    if (keys.length === 0) throw new InputError('empty JSON object: no columns', { file: file.name });
    const cellAt = columnAccessor(columns, keys, file.name);
    const rows = cellAt.rows;
    if (rows === 0) throw new InputError('no data rows', { file: file.name });
    const sink = builder.beginFile(file.name, keys, keys.map((_, c) => cellAt(c, 0)), 'record');
    for (let r = 0; r < rows; r++) sink(keys.map((_, c) => cellAt(c, r)), r + 1);
    return;
  }
  throw new InputError(`expected an array of records or an object of columns, found ${describeJson(doc)}`, {
    file: file.name,
  });
}

/** The columns of pandas' `split`, `table` and `index` layouts, as an object of columns; others as they are. */
function pandasColumns(doc: Record<string, unknown>, file: string): Record<string, unknown> {
  const keys = Object.keys(doc).sort().join(',');
  const data = doc.data;
  if ((keys === 'columns,data,index' || keys === 'columns,data') && Array.isArray(doc.columns) && Array.isArray(data)) {
    const names = doc.columns.map(String);
    const out: Record<string, unknown[]> = Object.fromEntries(names.map((name) => [name, []]));
    data.forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== names.length) {
        throw new InputError(`row ${r + 1} of "data" has ${Array.isArray(row) ? row.length : 'no'} values for ${names.length} columns`, { file });
      }
      names.forEach((name, c) => out[name]!.push(row[c]));
    });
    return out;
  }
  if (keys === 'data,schema' && Array.isArray(data)) return recordsAsColumns(data, file);
  // orient='index': rows keyed by index, each an object of the same columns.
  const values = Object.values(doc);
  const rowLike = values.length > 0 && values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
  if (rowLike && !Object.keys(doc).some(isPredictionColumn) && Object.keys(values[0] as object).some(isPredictionColumn)) {
    return recordsAsColumns(values, file);
  }
  return doc;
}

/** Records (objects with the same keys) as an object of column arrays. */
function recordsAsColumns(records: unknown[], file: string): Record<string, unknown[]> {
  const first = records[0];
  if (first === null || typeof first !== 'object' || Array.isArray(first)) throw new InputError('expected records in "data"', { file });
  const names = Object.keys(first);
  const out: Record<string, unknown[]> = Object.fromEntries(names.map((name) => [name, []]));
  records.forEach((record, r) => {
    const row = record as Record<string, unknown>;
    if (Object.keys(row).length !== names.length || !names.every((name) => name in row)) {
      throw new InputError(`row ${r + 1} does not have the columns of the first row (${names.join(', ')})`, { file });
    }
    names.forEach((name) => out[name]!.push(row[name]));
  });
  return out;
}

type CellAccessor = ((column: number, row: number) => unknown) & { rows: number };

function columnAccessor(columns: Record<string, unknown>, keys: string[], file: string): CellAccessor {
  const values = keys.map((k) => columns[k]);
  if (values.every(Array.isArray)) {
    const arrays = values as unknown[][];
    const rows = arrays[0]!.length;
    arrays.forEach((a, c) => {
      if (a.length !== rows) {
        throw new InputError(`column "${keys[c]}" has ${a.length} values, "${keys[0]}" has ${rows}`, { file });
      }
    });
    return Object.assign((c: number, r: number) => arrays[c]![r], { rows });
  }
  if (values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
    const objects = values as Record<string, unknown>[];
    const index = Object.keys(objects[0]!);
    objects.forEach((column, c) => {
      const rows = Object.keys(column);
      if (rows.length !== index.length || !rows.every((row) => row in objects[0]!)) {
        throw new InputError(`column "${keys[c]}" has ${rows.length} rows (by index), "${keys[0]}" has ${index.length}: columns of unequal length`, { file });
      }
    });
    return Object.assign((c: number, r: number) => objects[c]![index[r]!], { rows: index.length });
  }
  throw new InputError('expected every column to be an array, or every column an object keyed by row', { file });
}
