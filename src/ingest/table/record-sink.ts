import { InputError, type InputLocation } from '../../errors.js';
import { cellId, cellNumber } from './cells.js';
import type { CategoricalBuilder, LabelBuilder, ScoreBuilder } from './column-builders.js';
import type { ColumnPlan } from './columns.js';
import { parseDecimal } from './decimal.js';
import type { RecordView } from './record-view.js';
import type { GrowableFloat64 } from './growable.js';

/** The columns of the table being built, as the builder adopted them for the first file. */
export interface SinkColumns {
  readonly label: LabelBuilder;
  readonly prediction: LabelBuilder | undefined;
  readonly score: ScoreBuilder | undefined;
  readonly classScores: readonly ScoreBuilder[] | undefined;
  readonly ids: string[] | undefined;
  readonly seenIds: Set<string>;
  readonly weights: GrowableFloat64 | undefined;
  readonly slices: readonly CategoricalBuilder[];
  readonly countRow: () => void;
}

/**
 * Appends the records of one delimited file to the columns, straight from their bytes: labels through their
 * byte interner, numbers through the exact fast path of `parseDecimal`. Every cell that the fast paths do not
 * take (quoted with escapes, not a plain decimal, an error) goes through the same functions as text cells, so
 * values and messages are those of the string reader, and checks run in the same order: label, prediction,
 * score, class scores, id, weight, slices.
 */
export function recordSink(file: string, plan: ColumnPlan, columns: SinkColumns): (record: RecordView) => void {
  const { label, prediction, score, classScores, ids, seenIds, weights, slices, countRow } = columns;
  const labelAt = plan.label.index;
  const labelName = plan.label.name;
  const predictionAt = plan.prediction?.index ?? -1;
  const predictionName = plan.prediction?.name ?? '';
  const scoreAt = plan.score?.index ?? -1;
  const scoreName = plan.score?.name ?? '';
  const classColumns = (classScores && plan.classScores?.columns) || [];
  const idAt = plan.id?.index ?? -1;
  const idName = plan.id?.name ?? '';
  const weightAt = plan.weight?.index ?? -1;
  const weightName = plan.weight?.name ?? '';
  const sliceColumns = plan.slices;
  const classAt = Int32Array.from(classColumns, (column) => column.index);
  const where = (line: number, field: string): InputLocation => ({ file, line, field, unit: 'line' });

  return (record) => {
    const line = record.line;
    // Numbers are read in place, the common case first (a call returning a double allocates a heap number).
    const numbers = record.numbers;
    let scanned = numbers[labelAt]!;
    if (!(scanned === scanned && label.pushNumber(scanned))) pushLabel(label, record, labelAt, file, line, labelName);
    if (prediction && predictionAt >= 0) {
      scanned = numbers[predictionAt]!;
      if (!(scanned === scanned && prediction.pushNumber(scanned))) pushLabel(prediction, record, predictionAt, file, line, predictionName);
    }
    if (score && scoreAt >= 0) {
      scanned = numbers[scoreAt]!;
      score.pushAt(scanned === scanned ? scanned : numberAt(record, scoreAt, file, line, scoreName), file, line, scoreName);
    }
    for (let k = 0; k < classAt.length; k++) {
      const at = classAt[k]!;
      scanned = numbers[at]!;
      const name = classColumns[k]!.name;
      classScores![k]!.pushAt(scanned === scanned ? scanned : numberAt(record, at, file, line, name), file, line, name);
    }
    if (ids && idAt >= 0) {
      const id = cellId(record.text(idAt), where(line, idName));
      if (seenIds.has(id)) {
        throw new InputError(`duplicate id "${id}"; ids must be unique across all files`, where(line, idName));
      }
      seenIds.add(id);
      ids.push(id);
    }
    if (weights && weightAt >= 0) {
      const w = numberAt(record, weightAt, file, line, weightName);
      if (w < 0) throw new InputError(`negative sample weight ${w}`, where(line, weightName));
      weights.push(w);
    }
    for (let k = 0; k < sliceColumns.length; k++) {
      const column = sliceColumns[k]!;
      const at = column.index;
      if (record.escaped[at] === 0) slices[k]!.pushBytes(record.bytes, record.starts[at]!, record.ends[at]!, file, line);
      else slices[k]!.push(record.text(at), where(line, column.name));
    }
    countRow();
  };
}

/** A label or prediction cell: never empty; a cell with escaped quotes is interned by its text. */
function pushLabel(builder: LabelBuilder, record: RecordView, k: number, file: string, line: number, field: string): void {
  const start = record.starts[k]!;
  const end = record.ends[k]!;
  if (record.escaped[k] !== 0) {
    builder.push(record.text(k), { file, line, field, unit: 'line' });
  } else if (start === end) {
    throw new InputError('empty cell; every row needs a value here', { file, line, field, unit: 'line' });
  } else {
    builder.pushBytes(record.bytes, start, end, file, line, field);
  }
}

/**
 * A number cell: the value read while scanning, else the exact fast path for plain decimals, else `cellNumber`
 * on its text (its values and its errors).
 */
function numberAt(record: RecordView, k: number, file: string, line: number, field: string): number {
  const scanned = record.numbers[k]!;
  if (scanned === scanned) return scanned;
  if (record.escaped[k] === 0) {
    const value = parseDecimal(record.bytes, record.starts[k]!, record.ends[k]!);
    if (value === value) return value;
  }
  return cellNumber(record.text(k), { file, line, field, unit: 'line' });
}
