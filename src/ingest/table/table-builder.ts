import { InputError, type InputLocation } from '../../errors.js';
import { cellId, cellNumber, cellSliceText, cellText, describeJson } from './cells.js';
import { CategoricalBuilder, LabelBuilder, ScoreBuilder } from './column-builders.js';
import { columnSink, type ColumnBatchSink, type ColumnSinkColumns } from './column-sink.js';
import { planColumns, type ColumnOverrides, type ColumnPlan } from './columns.js';
import type { RecordLane, RecordView } from './record-view.js';
import { GrowableFloat64 } from './growable.js';
import { recordSink } from './record-sink.js';
import type { PredictionTable } from './table.js';

/** Appends one record; `cells` are indexed like the header given to `beginFile`. */
export type RowSink = (cells: readonly unknown[], line: number) => void;

/** Appends one record of a delimited file, read from its bytes. */
export type RecordSink = (record: RecordView) => void;

/** Roles of a column, as flags: read as a label or prediction, as a number, as an id, as a slice value. */
export const ROLE_LABEL = 1;
export const ROLE_NUMBER = 2;
export const ROLE_ID = 4;
export const ROLE_SLICE = 8;

/** What `beginJsonLines` returns; `records` is undefined when every record must take `rows`. */
export interface JsonLinesSinks {
  readonly rows: RowSink;
  readonly records: RecordSink | undefined;
  readonly roles: Uint8Array;
}

/** How a JSON `y_score` cell holds per-class scores, decided by the first record. */
type VectorScores = { readonly kind: 'array'; readonly width: number } | { readonly kind: 'object'; readonly keys: readonly string[] };

/**
 * Builds one table from one or more files (shards). Each file is planned from its own header; every shard must
 * carry the same roles, so that concatenating them means the same thing.
 */
export class PredictionTableBuilder {
  private readonly files: string[] = [];
  private readonly notes = new Set<string>();
  private shape: string | undefined;
  private label: LabelBuilder | undefined;
  private prediction: LabelBuilder | undefined;
  private score: ScoreBuilder | undefined;
  private classScores: ScoreBuilder[] | undefined;
  private classNames: readonly string[] | undefined;
  private ids: string[] | undefined;
  private readonly seenIds = new Set<string>();
  private weights: GrowableFloat64 | undefined;
  private slices: CategoricalBuilder[] = [];
  private rows = 0;

  constructor(private readonly overrides: ColumnOverrides) {}

  /** Plans the columns of a file from its header and first record, and returns the sink for its records. */
  beginFile(
    file: string,
    header: readonly string[],
    firstRow: readonly unknown[] | undefined,
    unit: 'line' | 'record' = 'line',
  ): RowSink {
    return this.start(file, header, firstRow, unit).rows;
  }

  private start(file: string, header: readonly string[], firstRow: readonly unknown[] | undefined, unit: 'line' | 'record') {
    const plan = planColumns(header, this.overrides, file);
    for (const hint of plan.hints) this.notes.add(hint);
    const vector = plan.score && firstRow ? vectorShape(firstRow[plan.score.index]) : undefined;
    this.adopt(file, plan, vector);
    this.files.push(file);
    return { plan, vector, rows: this.sinkFor(file, plan, vector, unit) };
  }

  /**
   * `beginFile` for JSON Lines read as bytes: the sink for records parsed with `JSON.parse`, and, unless the
   * score column holds per-class arrays or objects, a sink for records scanned from their bytes, which runs the
   * same checks with the same messages (see `recordSink`). `roles` gives the `ROLE_*` flags of each header
   * position, so the scanner knows which values it must hand over and how they will be read.
   */
  beginJsonLines(file: string, header: readonly string[], firstRow: readonly unknown[]): JsonLinesSinks {
    const { plan, vector, rows } = this.start(file, header, firstRow, 'line');
    if (vector) return { rows, records: undefined, roles: new Uint8Array(header.length) };
    const roles = new Uint8Array(header.length);
    const mark = (column: { readonly index: number } | undefined, role: number): void => {
      if (column) roles[column.index]! |= role;
    };
    mark(plan.label, ROLE_LABEL);
    mark(plan.prediction, ROLE_LABEL);
    mark(plan.score, ROLE_NUMBER);
    for (const column of plan.classScores?.columns ?? []) mark(column, ROLE_NUMBER);
    mark(plan.weight, ROLE_NUMBER);
    mark(plan.id, ROLE_ID);
    for (const column of plan.slices) mark(column, ROLE_SLICE);
    return { rows, records: this.recordSinkFor(file, plan), roles };
  }

  /**
   * `beginFile` for a CSV or TSV file read as bytes: the same plan, checks and messages as its rows passed to
   * a `RowSink` as strings, without making a string per cell. `makeLane` may offer a lane that reads plain
   * records into the columns without the sink (the delimited reader's plain-rows-lane.ts).
   */
  beginRecords(
    file: string,
    header: readonly string[],
    makeLane: (plan: ColumnPlan, columns: ColumnSinkColumns) => RecordLane | undefined,
  ): { readonly sink: RecordSink; readonly numericColumns: readonly number[]; readonly lane: RecordLane | undefined } {
    const plan = planColumns(header, this.overrides, file);
    for (const hint of plan.hints) this.notes.add(hint);
    this.adopt(file, plan, undefined);
    this.files.push(file);
    const sink = this.recordSinkFor(file, plan);
    // Labels too: a regression target is stored as numbers, and then its value read while scanning is used.
    const numericColumns = [plan.label, plan.prediction, plan.score, ...(plan.classScores?.columns ?? []), plan.weight].flatMap((c) =>
      c ? [c.index] : [],
    );
    const lane = makeLane(plan, this.sinkColumns());
    return { sink, numericColumns, lane };
  }

  private recordSinkFor(file: string, plan: ColumnPlan): RecordSink {
    return recordSink(file, plan, this.sinkColumns());
  }

  /** The columns adopted for the first file, as the byte and batch sinks append to them. */
  private sinkColumns(): ColumnSinkColumns {
    return {
      label: this.label!,
      prediction: this.prediction,
      score: this.score,
      classScores: this.classScores,
      ids: this.ids,
      seenIds: this.seenIds,
      weights: this.weights,
      slices: this.slices,
      countRow: () => this.rows++,
      countRows: (rows: number) => (this.rows += rows),
    };
  }

  /** Makes room for about this many rows in every column, once, when a reader can estimate the total. */
  reserve(rows: number): void {
    this.label?.reserve(rows);
    this.prediction?.reserve(rows);
    this.score?.reserve(rows);
    for (const column of this.classScores ?? []) column.reserve(rows);
    this.weights?.reserve(rows);
    for (const slice of this.slices) slice.reserve(rows);
  }

  private adopt(file: string, plan: ColumnPlan, vector: VectorScores | undefined): void {
    const shape = JSON.stringify({
      prediction: plan.prediction !== undefined,
      score: plan.score !== undefined && !vector,
      classScores: vector ?? plan.classScores?.classNames ?? null,
      id: plan.id !== undefined,
      weight: plan.weight !== undefined,
      slices: plan.slices.length,
    });
    if (this.shape === undefined) {
      this.shape = shape;
      this.label = new LabelBuilder(plan.label.name);
      this.prediction = plan.prediction && new LabelBuilder(plan.prediction.name);
      if (vector) {
        const width = vector.kind === 'array' ? vector.width : vector.keys.length;
        this.classNames = vector.kind === 'object' ? vector.keys : undefined;
        this.classScores = Array.from({ length: width }, (_, k) => {
          const name = `${plan.score!.name}[${vector.kind === 'object' ? vector.keys[k]! : k}]`;
          return new ScoreBuilder(name, plan.score!.probabilityByName);
        });
      } else {
        this.score = plan.score && new ScoreBuilder(plan.score.name, plan.score.probabilityByName);
        if (plan.classScores) {
          this.classNames = plan.classScores.classNames;
          this.classScores = plan.classScores.columns.map((c) => new ScoreBuilder(c.name, c.probabilityByName));
        }
      }
      this.ids = plan.id && [];
      this.weights = plan.weight && new GrowableFloat64();
      this.slices = plan.slices.map((s) => new CategoricalBuilder(s.name));
    } else if (shape !== this.shape) {
      throw new InputError(
        `this shard's columns do not match those of ${this.files[0]!} (every shard needs the same label, ` +
          'prediction, score, id, weight and slice columns)',
        { file, line: 1 },
      );
    }
  }

  private sinkFor(file: string, plan: ColumnPlan, vector: VectorScores | undefined, unit: 'line' | 'record'): RowSink {
    const label = this.label!;
    const prediction = this.prediction;
    const score = this.score;
    const classScores = this.classScores;
    const ids = this.ids;
    const weights = this.weights;
    const slices = this.slices;
    const where = (line: number, field: string) => ({ file, line, field, unit });

    return (cells, line) => {
      const at = where(line, plan.label.name);
      label.push(cellText(cells[plan.label.index], at), at);
      if (prediction && plan.prediction) {
        const at = where(line, plan.prediction.name);
        prediction.push(cellText(cells[plan.prediction.index], at), at);
      }
      if (score && plan.score) {
        const at = where(line, plan.score.name);
        score.push(cellNumber(cells[plan.score.index], at), at);
      }
      if (classScores) {
        if (vector && plan.score) {
          pushVector(cells[plan.score.index], vector, classScores, where(line, plan.score.name));
        } else if (plan.classScores) {
          plan.classScores.columns.forEach((column, k) => {
            const at = where(line, column.name);
            classScores[k]!.push(cellNumber(cells[column.index], at), at);
          });
        }
      }
      if (ids && plan.id) {
        const id = cellId(cells[plan.id.index], where(line, plan.id.name));
        if (this.seenIds.has(id)) {
          throw new InputError(`duplicate id "${id}"; ids must be unique across all files`, where(line, plan.id.name));
        }
        this.seenIds.add(id);
        ids.push(id);
      }
      if (weights && plan.weight) {
        const w = cellNumber(cells[plan.weight.index], where(line, plan.weight.name));
        if (w < 0) throw new InputError(`negative sample weight ${w}`, where(line, plan.weight.name));
        weights.push(w);
      }
      plan.slices.forEach((s, k) => {
        const at = where(line, s.name);
        slices[k]!.push(cellSliceText(cells[s.index], at), at);
      });
      this.rows++;
    };
  }

  /** The rows appended so far; a reader checks it to reject files without data rows. */
  get rowCount(): number {
    return this.rows;
  }

  finish(): PredictionTable {
    if (!this.label) throw new Error('finish() before any file');
    return {
      files: this.files,
      n: this.rows,
      label: this.label.finish(),
      prediction: this.prediction?.finish(),
      score: this.score?.finish(),
      classScores: this.classScores && { names: this.classNames, columns: this.classScores.map((c) => c.finish()) },
      ids: this.ids,
      weights: this.weights?.finish(),
      slices: this.slices.map((s) => s.finish()),
      notes: [...this.notes],
    };
  }

  /**
   * `beginFile` for a columnar reader (Parquet, records numbered from 1): the same plan and checks, with a sink
   * that appends a batch of rows column by column and the row sink for the batches that one declines. The file's
   * columns are flat (a list of scores takes `beginFile`).
   */
  beginColumns(file: string, header: readonly string[]): { readonly rows: RowSink; readonly columns: ColumnBatchSink } {
    const rows = this.beginFile(file, header, undefined, 'record');
    const columns = columnSink(file, planColumns(header, this.overrides, file), this.sinkColumns());
    return { rows, columns };
  }
}

function vectorShape(cell: unknown): VectorScores | undefined {
  if (Array.isArray(cell)) return { kind: 'array', width: cell.length };
  if (cell !== null && typeof cell === 'object') return { kind: 'object', keys: Object.keys(cell) };
  return undefined;
}

function pushVector(
  cell: unknown,
  vector: VectorScores,
  columns: ScoreBuilder[],
  where: InputLocation,
): void {
  if (vector.kind === 'array') {
    if (!Array.isArray(cell) || cell.length !== vector.width) {
      throw new InputError(`expected an array of ${vector.width} scores, found ${describeJson(cell)}`, where);
    }
    cell.forEach((v, k) => columns[k]!.push(cellNumber(v, where), where));
    return;
  }
  if (cell === null || typeof cell !== 'object' || Array.isArray(cell)) {
    throw new InputError(`expected an object of per-class scores, found ${describeJson(cell)}`, where);
  }
  const record = cell as Record<string, unknown>;
  if (Object.keys(record).length !== vector.keys.length) {
    throw new InputError(`expected scores for the classes ${vector.keys.join(', ')}`, where);
  }
  vector.keys.forEach((key, k) => {
    if (!(key in record)) throw new InputError(`no score for class "${key}"`, where);
    columns[k]!.push(cellNumber(record[key], where), where);
  });
}
