import { InputError, type InputLocation } from '../../errors.js';
import { cellId, cellNumber, cellSliceText, cellText } from './cells.js';
import type { CategoricalBuilder, LabelBuilder } from './column-builders.js';
import type { ColumnPlan, PlannedColumn } from './columns.js';
import type { SinkColumns } from './record-sink.js';

/**
 * Batches of rows handed over column by column (a Parquet row group), appended to the same builders as the row
 * sinks with the same values and the same checks. A batch is first checked whole without changing anything;
 * when any cell would be rejected the sink declines the batch, and the reader passes those rows to the row sink,
 * which then reports the first bad record (row-major: label, prediction, score, class scores, id, weight,
 * slices) with the row path's own message. Accepted batches go in with no string or object per row (ids aside):
 * labels and slices are interned per distinct value of the batch, numbers are copied as they are.
 */

/**
 * One column of a batch; row `r` holds the cell the row path would see: a number, string, boolean or null.
 * - `numbers`: numbers; `valid[r] === 0` marks a null (missing) cell, `valid` undefined means none is null.
 * - `coded`: `values[codes[r]]` (a dictionary, booleans, text); a missing cell is a `null` value.
 * - `cells`: one value per row (anything the other two do not fit, such as INT64 ids beyond 2^53 as text).
 */
export type BatchColumn =
  | { readonly kind: 'numbers'; readonly values: Float64Array; readonly valid: Uint8Array | undefined }
  | { readonly kind: 'coded'; readonly codes: Int32Array; readonly values: readonly unknown[] }
  | { readonly kind: 'cells'; readonly cells: readonly unknown[] };

/**
 * Appends `count` rows whose columns are given by header position (only the planned ones are read), numbering
 * them from `firstLine`. Returns false, having changed nothing, when a cell would be rejected: the caller then
 * passes the same rows to the row sink.
 */
export type ColumnBatchSink = (columns: readonly (BatchColumn | undefined)[], firstLine: number, count: number) => boolean;

/** Above this many distinct numbers in a batch, a label column is read like the row path reads it (regression). */
const MAX_BATCH_DISTINCT = 1 << 12;
/** Integer labels below this are looked up in a table rather than a map. */
const SMALL = 1 << 8;

const encoder = new TextEncoder();

/** The builder's columns, as for the record sink, and a way to count a batch's rows at once. */
export interface ColumnSinkColumns extends SinkColumns {
  readonly countRows: (rows: number) => void;
}

export function columnSink(file: string, plan: ColumnPlan, columns: ColumnSinkColumns): ColumnBatchSink {
  const { label, prediction, score, classScores, ids, seenIds, weights, slices, countRows } = columns;
  const classColumns = (classScores && plan.classScores?.columns) || [];

  return (batch, firstLine, count) => {
    const take = (planned: PlannedColumn): BatchColumn => {
      const column = batch[planned.index];
      if (!column) throw new Error(`column ${planned.name} missing from the batch`);
      return column;
    };
    // 1. Check everything, changing nothing.
    const labelColumn = take(plan.label);
    const predictionColumn = prediction && plan.prediction ? take(plan.prediction) : undefined;
    if (!textCellsOk(labelColumn, count, isLabelCell)) return false;
    if (predictionColumn && !textCellsOk(predictionColumn, count, isLabelCell)) return false;
    const scoreValues = score && plan.score ? numbersOf(take(plan.score), count, plan.score.probabilityByName ? isProbability : isFiniteNumber) : undefined;
    if (scoreValues === null) return false;
    const classValues: Float64Array[] = [];
    for (const column of classColumns) {
      const values = numbersOf(take(column), count, column.probabilityByName ? isProbability : isFiniteNumber);
      if (values === null) return false;
      classValues.push(values);
    }
    const weightValues = weights && plan.weight ? numbersOf(take(plan.weight), count, isWeight) : undefined;
    if (weightValues === null) return false;
    const sliceColumns = plan.slices.map(take);
    if (!sliceColumns.every((column) => textCellsOk(column, count, isSliceCell))) return false;
    // Ids last: they are claimed in `seenIds` while checked, and released again when one is bad.
    const idTexts = ids && plan.id ? claimIds(take(plan.id), count, seenIds) : undefined;
    if (idTexts === null) return false;

    // 2. Append. Only a label can still be rejected here (too many classes, found when a value is new), so label
    // and prediction go in row by row, the first such record being the one the row path names.
    const labelFeed = textFeed(labelColumn, count, plan.label.name);
    const predictionFeed = prediction && predictionColumn && plan.prediction ? textFeed(predictionColumn, count, plan.prediction.name) : undefined;
    // Runs of rows whose values both builders already hold go in as codes, in bulk; the row that ends a run
    // goes through the per-row path (which may intern a value, or reject it) before the next run starts.
    const bothHoldCodes = () => label.holdsCodes && (!prediction || !predictionFeed || prediction.holdsCodes);
    for (let r = 0; r < count; r++) {
      let run = bothHoldCodes() ? knownUntil(labelFeed, r, count) : r;
      if (prediction && predictionFeed) run = Math.min(run, knownUntil(predictionFeed, r, run));
      if (run > r) {
        label.pushKnownCodes(labelFeed.codes!, labelFeed.known, r, run);
        if (prediction && predictionFeed) prediction.pushKnownCodes(predictionFeed.codes!, predictionFeed.known, r, run);
        r = run;
        if (r === count) break;
      }
      pushLabelRow(label, labelFeed, r, file, firstLine + r);
      if (prediction && predictionFeed) pushLabelRow(prediction, predictionFeed, r, file, firstLine + r);
    }
    if (score && scoreValues && plan.score) score.pushBatch(scoreValues, file, firstLine, plan.score.name, 'record');
    classValues.forEach((values, k) => classScores![k]!.pushBatch(values, file, firstLine, classColumns[k]!.name, 'record'));
    if (ids && idTexts) for (const id of idTexts) ids.push(id);
    if (weights && weightValues) weights.pushAll(weightValues);
    sliceColumns.forEach((column, k) => {
      const feed = textFeed(column, count, plan.slices[k]!.name);
      for (let r = 0; r < count; r++) pushSliceRow(slices[k]!, feed, r, file, firstLine + r);
    });
    countRows(count);
    return true;

    function claimIds(column: BatchColumn, n: number, seen: Set<string>): string[] | null {
      const texts: string[] = [];
      for (let r = 0; r < n; r++) {
        const id = attempt(() => cellId(cellAt(column, r), { file }));
        if (id === undefined || seen.has(id)) {
          for (const claimed of texts) seen.delete(claimed);
          return null;
        }
        seen.add(id);
        texts.push(id);
      }
      return texts;
    }
  };
}

/** What `read` returns, or undefined when it rejects the cell with an `InputError`. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** The cell at row `r`, as the row path would see it. */
function cellAt(column: BatchColumn, r: number): unknown {
  switch (column.kind) {
    case 'numbers':
      return column.valid && column.valid[r] === 0 ? null : column.values[r];
    case 'coded':
      return column.values[column.codes[r]!];
    case 'cells':
      return column.cells[r];
  }
}

/** A cell `cellText` takes: a non-empty string, a number or a boolean. */
function isLabelCell(cell: unknown): boolean {
  return typeof cell === 'string' ? cell !== '' : typeof cell === 'number' || typeof cell === 'boolean';
}

/** A cell `cellSliceText` takes: a label cell, or an empty or missing one (its own group). */
function isSliceCell(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined || isLabelCell(cell);
}

function textCellsOk(column: BatchColumn, count: number, ok: (cell: unknown) => boolean): boolean {
  switch (column.kind) {
    case 'numbers': {
      if (!column.valid || ok(null)) return true;
      const valid = column.valid;
      for (let r = 0; r < count; r++) if (valid[r] === 0) return false;
      return true;
    }
    case 'coded': {
      const bad = column.values.map((value) => !ok(value));
      if (!bad.includes(true)) return true;
      const codes = column.codes;
      for (let r = 0; r < count; r++) if (bad[codes[r]!]) return false;
      return true;
    }
    case 'cells':
      for (let r = 0; r < count; r++) if (!ok(column.cells[r])) return false;
      return true;
  }
}

const isFiniteNumber = (value: number): boolean => Number.isFinite(value);
const isProbability = (value: number): boolean => value >= 0 && value <= 1;
const isWeight = (value: number): boolean => Number.isFinite(value) && !(value < 0);

/** A numeric column's values when every cell is a finite number that passes `ok`, else null. */
function numbersOf(column: BatchColumn, count: number, ok: (value: number) => boolean): Float64Array | null {
  if (column.kind === 'numbers') {
    const { values, valid } = column;
    for (let r = 0; r < count; r++) {
      if ((valid && valid[r] === 0) || !ok(values[r]!)) return null;
    }
    return values.length === count ? values : values.subarray(0, count);
  }
  // Cells of other types go through `cellNumber`, as in the row path: numeric text is read as a number.
  const numberOf = (cell: unknown): number => {
    const value = attempt(() => cellNumber(cell, { file: '' }));
    return value !== undefined && ok(value) ? value : Number.NaN;
  };
  const out = new Float64Array(count);
  if (column.kind === 'coded') {
    const byCode = column.values.map(numberOf);
    for (let r = 0; r < count; r++) out[r] = byCode[column.codes[r]!]!;
  } else {
    for (let r = 0; r < count; r++) out[r] = numberOf(column.cells[r]);
  }
  // NaN marks a rejected cell (`ok` accepts no NaN, and `cellNumber` returns none).
  for (let r = 0; r < count; r++) if (out[r] !== out[r]) return null;
  return out;
}

/**
 * A text column (label, prediction, slice) of a batch whose cells were checked, as batch codes into its
 * distinct cells: each distinct value goes in once through the builder's `push` with its text, as in the row
 * path (new classes, and their checks, are found there), and from then on through `pushBytes` with the bytes
 * of that text, a table lookup. The text decoder and `String` give well-formed text, whose UTF-8 bytes spell it
 * one-to-one. Without codes (too many distinct numbers, or a `cells` column) every row goes in as its text.
 */
interface TextFeed {
  readonly column: BatchColumn;
  readonly field: string;
  readonly codes: Int32Array | undefined;
  readonly cells: readonly unknown[];
  readonly spellings: (Uint8Array | undefined)[];
  /** The label builder's code for each batch code once a row with it went in (-1 before): later rows reuse it. */
  readonly known: Int32Array;
  /** How many batch codes have no `known` code yet: at 0 every row is known without looking. */
  unknown: number;
}

function textFeed(column: BatchColumn, count: number, field: string): TextFeed {
  const coded = batchCodes(column, count);
  const cells = coded?.cells ?? [];
  return {
    column,
    field,
    codes: coded?.codes,
    cells,
    spellings: new Array<Uint8Array | undefined>(cells.length).fill(undefined),
    known: new Int32Array(cells.length).fill(-1),
    unknown: cells.length,
  };
}

/** Codes into the distinct cells of a column; undefined for `cells` columns and many distinct numbers. */
function batchCodes(column: BatchColumn, count: number): { codes: Int32Array; cells: readonly unknown[] } | undefined {
  if (column.kind === 'coded') return { codes: column.codes, cells: column.values };
  if (column.kind === 'cells') return undefined;
  const { values, valid } = column;
  const codes = new Int32Array(count);
  const cells: unknown[] = [];
  // Small non-negative integers by table, other numbers by map.
  const small = new Int32Array(SMALL).fill(-1);
  const others = new Map<number, number>();
  let nullCode = -1;
  for (let r = 0; r < count; r++) {
    if (valid && valid[r] === 0) {
      if (nullCode < 0) nullCode = cells.push(null) - 1;
      codes[r] = nullCode;
      continue;
    }
    const value = values[r]!;
    if (value >>> 0 === value && value < SMALL) {
      let code = small[value]!;
      if (code < 0) code = small[value] = cells.push(value) - 1;
      codes[r] = code;
      continue;
    }
    let code = others.get(value);
    if (code === undefined) {
      if (others.size >= MAX_BATCH_DISTINCT) return undefined;
      code = cells.push(value) - 1;
      others.set(value, code);
    }
    codes[r] = code;
  }
  return { codes, cells };
}

/** The first row from `from` on whose value the label builder does not hold a code for yet (`to` if none). */
function knownUntil(feed: TextFeed, from: number, to: number): number {
  const { codes, known } = feed;
  if (!codes) return from;
  if (feed.unknown === 0) return to;
  let r = from;
  while (r < to && known[codes[r]!]! >= 0) r++;
  return r;
}

function pushLabelRow(builder: LabelBuilder, feed: TextFeed, r: number, file: string, line: number): void {
  const codes = feed.codes;
  if (codes) {
    const code = codes[r]!;
    // A value this batch already appended: its code, without looking its bytes up again (one store per row).
    const known = feed.known[code]!;
    if (known >= 0 && builder.pushKnownCode(known)) return;
    const spelling = feed.spellings[code];
    if (spelling !== undefined) {
      builder.pushBytes(spelling, 0, spelling.length, file, line, feed.field);
    } else {
      const at: InputLocation = { file, line, field: feed.field, unit: 'record' };
      const text = cellText(feed.cells[code], at);
      builder.push(text, at);
      feed.spellings[code] = encoder.encode(text);
    }
    feed.known[code] = builder.lastCode;
    if (builder.lastCode >= 0) feed.unknown--;
    return;
  }
  const at: InputLocation = { file, line, field: feed.field, unit: 'record' };
  builder.push(cellText(cellAt(feed.column, r), at), at);
}

function pushSliceRow(builder: CategoricalBuilder, feed: TextFeed, r: number, file: string, line: number): void {
  const codes = feed.codes;
  if (codes) {
    const code = codes[r]!;
    const spelling = feed.spellings[code];
    if (spelling !== undefined) {
      builder.pushBytes(spelling, 0, spelling.length, file, line);
      return;
    }
    const at: InputLocation = { file, line, field: feed.field, unit: 'record' };
    const text = cellSliceText(feed.cells[code], at);
    builder.push(text, at);
    feed.spellings[code] = encoder.encode(text);
    return;
  }
  const at: InputLocation = { file, line, field: feed.field, unit: 'record' };
  builder.push(cellSliceText(cellAt(feed.column, r), at), at);
}
