import { InputError } from '../errors.js';
import { allocateCodes, type Codes } from '../metrics/codes.js';
import type { ClassificationData, EvalData, RegressionData, Task } from '../metrics/eval-data.js';
import { numberOf } from './table/cells.js';
import { classKey, classKindOf, sortClassKeys, type ClassKind } from './table/classes.js';
import type { CategoricalColumn, LabelColumn, PredictionTable, ScoreColumn } from './table/table.js';

export interface ResolveOptions {
  readonly task: Task | 'auto';
  /** The positive class as the user wrote it; default 1 / true / the larger of two labels. */
  readonly positiveLabel: string | undefined;
  /** Threshold on a binary score when there is no prediction column; undefined means not set (0.5). */
  readonly decisionThreshold: number | undefined;
}

/** A table turned into metric input, plus what travels alongside it (ids for pairing, slices). */
export interface EvalSet {
  readonly data: EvalData;
  readonly ids: readonly string[] | undefined;
  readonly slices: readonly CategoricalColumn[];
  readonly notes: readonly string[];
}

/**
 * Decides the task and the class list, and maps every label to a class index (docs/formats.md#predictions): regression when the
 * labels are non-integer numbers; otherwise binary for at most two classes, multiclass above.
 */
export function resolveEvalSet(table: PredictionTable, options: ResolveOptions): EvalSet {
  const notes = [...table.notes];
  const file = table.files[0]!;
  for (const column of [table.label, table.prediction]) if (column) refuseMissingMarkers(column);
  for (const slice of table.slices) refuseLongSliceValues(slice);
  const labelRaws = rawValues(table.label);
  const predictionRaws = table.prediction ? rawValues(table.prediction) : [];
  const kind = classKindOf([...labelRaws, ...predictionRaws]);

  let task = options.task;
  if (task === 'auto') task = detectTask(table, kind, labelRaws, predictionRaws);
  const data = task === 'regression' ? toRegression(table) : toClassification(table, task, kind, options, notes);
  if (data.task === 'binary' && data.classes.length < 2) {
    notes.push(`only one class ("${data.classes[0]}") occurs in ${file}; metrics that need two are undefined`);
  }
  return { data, ids: table.ids, slices: table.slices, notes };
}

/**
 * Spellings of a missing or non-finite value: pandas' default `na_values` (read as NaN, which scikit-learn
 * refuses), infinities, and a lone dash. As a label or prediction none of them is a class: read as text they
 * would add a class "nan" and turn a regression into a multiclass task, so they are errors naming the place.
 */
const MISSING_MARKERS = new Set([
  'nan', 'NaN', 'NAN', '-nan', '-NaN', '+nan', 'NA', 'N/A', 'n/a', 'NULL', 'null', 'None', '<NA>', '#N/A', '#NA',
  '#N/A N/A', '-1.#IND', '-1.#QNAN', '1.#IND', '1.#QNAN', 'inf', '+inf', '-inf', 'Inf', '-Inf', 'INF', '-INF',
  'Infinity', '+Infinity', '-Infinity', 'infinity', '-infinity', '-',
]);

/** A number literal, to tell `1e999` (a number too large for a double) from text. */
const NUMBER_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function refuseMissingMarkers(column: LabelColumn): void {
  if (column.kind !== 'categorical') return; // numeric columns were parsed as finite numbers
  column.values.forEach((raw, code) => {
    const value = raw.trim();
    const overflow = NUMBER_LITERAL.test(value) && !Number.isFinite(Number(value));
    if (!MISSING_MARKERS.has(value) && !overflow) return;
    const origin = column.origins[code]!;
    const what = overflow
      ? 'a number too large for a double (read as infinity)'
      : /inf/i.test(value) ? 'infinite (or a number too large for a double)' : 'a missing-value marker';
    throw new InputError(
      `${JSON.stringify(safeCell(raw))} is ${what}, not a value: every row needs a real label and prediction (drop or fill the row)`,
      { file: origin.file, line: origin.line, field: column.name },
    );
  });
}

/**
 * The longest slice value: each one becomes part of a metric id (`accuracy[region=…]`) for every metric, and a
 * baseline bundle keeps ids of at most 2,000 characters. A longer value is a mistake (a text column given as
 * a slice), refused before it is copied into dozens of ids.
 */
export const MAX_SLICE_VALUE = 500;

function refuseLongSliceValues(slice: CategoricalColumn): void {
  slice.values.forEach((value, code) => {
    if (value.length <= MAX_SLICE_VALUE) return;
    const origin = slice.origins[code]!;
    throw new InputError(
      `slice value of ${value.length.toLocaleString('en-US')} characters (at most ${MAX_SLICE_VALUE}): a slice column names groups, such as a region or a language`,
      { file: origin.file, line: origin.line, field: slice.name },
    );
  });
}

/** A cell echoed in a message: short. */
function safeCell(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

function rawValues(column: LabelColumn): readonly string[] {
  return column.kind === 'categorical' ? column.values : [];
}

function detectTask(table: PredictionTable, kind: ClassKind, labels: readonly string[], preds: readonly string[]): Task {
  if (table.label.kind === 'numeric') return 'regression';
  const nonInteger = (raw: string) => !Number.isInteger(Number(classKey(raw, kind)));
  if (kind === 'number' && labels.some(nonInteger)) return 'regression';
  // A prediction column stored as numbers had many distinct values, some of them not whole.
  if (kind === 'number' && (table.prediction?.kind === 'numeric' || preds.some(nonInteger))) {
    throw new InputError(
      `the labels are whole numbers but the predictions in column "${table.prediction!.name}" are not: ` +
        'set task to regression, or write class predictions',
      { file: table.files[0]! },
    );
  }
  const classes = new Set([...labels, ...preds].map((raw) => classKey(raw, kind)));
  for (const name of table.classScores?.names ?? []) classes.add(classKey(name, kind));
  return classes.size <= 2 ? 'binary' : 'multiclass';
}

function toRegression(table: PredictionTable): RegressionData {
  const file = table.files[0]!;
  if (!table.prediction) {
    throw new InputError('regression needs a prediction column (y_pred, prediction, …; or set columns.prediction)', {
      file,
    });
  }
  return {
    task: 'regression',
    n: table.n,
    yTrue: numericValues(table.label),
    yPred: numericValues(table.prediction),
    weights: table.weights,
  };
}

function numericValues(column: LabelColumn): Float64Array {
  if (column.kind === 'numeric') return column.values;
  const byCode = column.values.map((raw, code) => {
    const value = numberOf(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
      throw new InputError(`"${raw}" is not a number; regression needs numeric values`, {
        file: column.origins[code]!.file,
        line: column.origins[code]!.line,
        field: column.name,
      });
    }
    return value;
  });
  const out = new Float64Array(column.codes.length);
  for (let i = 0; i < out.length; i++) out[i] = byCode[column.codes[i]!]!;
  return out;
}

function toClassification(
  table: PredictionTable,
  task: 'binary' | 'multiclass',
  kind: ClassKind,
  options: ResolveOptions,
  notes: string[],
): ClassificationData {
  const file = table.files[0]!;
  const label = categorical(table.label, file);
  const prediction = table.prediction && categorical(table.prediction, file);
  // scikit-learn calls numbers that are not all whole "continuous", and no classification metric takes them.
  for (const column of [label, prediction]) {
    if (column && kind === 'number' && column.values.some((raw) => !Number.isInteger(Number(classKey(raw, kind))))) {
      throw new InputError(
        `column "${column.name}" holds numbers that are not all whole, which cannot be classes (scikit-learn calls them continuous); set task to regression`,
        { file, field: column.name },
      );
    }
  }
  const keyOf = (raw: string, where: string): string => {
    const key = classKey(raw, kind);
    if (key === undefined) throw new InputError(`${where} "${raw}" is not a ${kind} like the labels`, { file });
    return key;
  };

  const keys = new Set<string>();
  for (const raw of label.values) keys.add(keyOf(raw, 'label'));
  for (const raw of prediction?.values ?? []) keys.add(keyOf(raw, 'prediction'));
  const scoreNames = table.classScores?.names?.map((name) => keyOf(name, 'score column for class'));
  for (const key of scoreNames ?? []) keys.add(key);

  let positiveKey: string | undefined;
  if (task === 'binary') {
    positiveKey = choosePositive(keys, kind, options.positiveLabel, file);
    if (options.positiveLabel === undefined) refuseSplitPositive(keys, kind, positiveKey, table, file);
    keys.add(positiveKey);
    // A binary task has two classes even when the data shows one: 0/1 or false/true for numeric and boolean
    // labels, so that metrics, slices and predictions from scores all see the same class list.
    if (keys.size === 1 && kind !== 'string') {
      const other = kind === 'boolean' ? (positiveKey === 'true' ? 'false' : 'true') : positiveKey === '0' ? '1' : '0';
      keys.add(other);
    }
    if (keys.size > 2) {
      throw new InputError(`task is binary but there are ${keys.size} classes: ${[...keys].join(', ')}`, { file });
    }
  }
  const classes = sortClassKeys(keys, kind);
  const indexOf = new Map(classes.map((key, index) => [key, index]));
  const encode = (column: CategoricalColumn): Codes => {
    const byCode = column.values.map((raw) => indexOf.get(classKey(raw, kind)!)!);
    const out = allocateCodes(classes.length, column.codes.length);
    for (let i = 0; i < out.length; i++) out[i] = byCode[column.codes[i]!]!;
    return out;
  };
  const yTrue = encode(label);
  const positive = positiveKey === undefined ? -1 : indexOf.get(positiveKey)!;

  let score: Float64Array | undefined;
  let proba: Float64Array[] | undefined;
  let scoreColumns: readonly ScoreColumn[] = [];
  if (task === 'binary') {
    const column = binaryScore(table, scoreNames, positiveKey!, file);
    if (column) {
      score = column.values;
      scoreColumns = [column];
    }
  } else {
    proba = classProbabilities(table, scoreNames, classes, label, file);
    scoreColumns = table.classScores?.columns ?? [];
    if (table.score) notes.push(`column "${table.score.name}" holds one score per row; multiclass metrics use per-class scores`);
  }
  const scoresAreProbabilities = scoreColumns.length > 0 && scoreColumns.every((c) => c.inUnitInterval);

  let yPred: Codes;
  if (prediction) {
    yPred = encode(prediction);
  } else if (task === 'binary' && score) {
    if (!scoresAreProbabilities && options.decisionThreshold === undefined) {
      throw new InputError(
        `column "${scoreColumns[0]!.name}" holds decision scores (values outside [0, 1]) and there is no prediction ` +
          'column: set decision-threshold',
        { file },
      );
    }
    const threshold = options.decisionThreshold ?? 0.5;
    const negative = 1 - positive;
    yPred = allocateCodes(classes.length, score.length);
    for (let i = 0; i < score.length; i++) yPred[i] = score[i]! >= threshold ? positive : negative;
    notes.push(`predictions are ${scoreColumns[0]!.name} >= ${threshold}`);
  } else if (proba) {
    yPred = argmax(proba, table.n);
    notes.push('predictions are the class with the highest score');
  } else {
    throw new InputError(
      'no prediction column (y_pred, prediction, …) and no scores to derive predictions from; set columns.prediction',
      { file },
    );
  }

  if (score && !scoresAreProbabilities) {
    notes.push(`column "${scoreColumns[0]!.name}" holds decision scores (outside [0, 1]): log_loss and brier_score are undefined`);
  }
  return {
    task,
    n: table.n,
    classes,
    yTrue,
    yPred,
    positive,
    score,
    proba,
    scoresAreProbabilities,
    weights: table.weights,
  };
}

function categorical(column: LabelColumn, file: string): CategoricalColumn {
  if (column.kind === 'categorical') return column;
  throw new InputError(
    `column "${column.name}" holds ${column.values.length > 0 && column.values.some((v) => !Number.isInteger(v)) ? 'numbers that are not all whole, which cannot be classes (scikit-learn calls them continuous)' : 'too many distinct values for classification'}; set task to regression`,
    { file, field: column.name },
  );
}

function choosePositive(keys: Set<string>, kind: ClassKind, wanted: string | undefined, file: string): string {
  if (wanted !== undefined) {
    const key = classKey(wanted, kind);
    if (key === undefined || (!keys.has(key) && keys.size >= 2)) {
      throw new InputError(`positive-label "${wanted}" is not one of the classes: ${[...keys].join(', ')}`, { file });
    }
    return key;
  }
  if (kind === 'boolean') return 'true';
  if (kind === 'number' && (keys.has('1') || keys.size < 2)) return '1';
  const sorted = sortClassKeys(keys, kind);
  return sorted[sorted.length - 1]!;
}

/**
 * Two numeric classes 1 and a larger one (`{1, 2}`): scikit-learn's precision and recall take 1 as the positive
 * class (`pos_label=1`), but its roc_auc and average_precision read a score as the probability of the larger
 * label. With one score column the two disagree, and picking either silently inverts the other's metrics: the user
 * must say which class the score is for. (0/1, -1/1 and false/true agree; two strings have no `pos_label=1` and
 * take the larger label, as scikit-learn's scores do.)
 */
function refuseSplitPositive(keys: ReadonlySet<string>, kind: ClassKind, positiveKey: string, table: PredictionTable, file: string): void {
  if (kind !== 'number' || keys.size !== 2 || !table.score) return;
  const sorted = sortClassKeys(keys, kind);
  if (sorted[1] === positiveKey) return;
  throw new InputError(
    `the two classes are ${sorted[0]} and ${sorted[1]}: scikit-learn's precision and recall take ${positiveKey} as the positive class, ` +
      `but its roc_auc reads the score ("${table.score.name}") as the probability of ${sorted[1]}; set positive-label to the class the score is for`,
    { file },
  );
}

function binaryScore(
  table: PredictionTable,
  scoreNames: readonly string[] | undefined,
  positiveKey: string,
  file: string,
): ScoreColumn | undefined {
  if (table.score) return table.score;
  if (!table.classScores) return undefined;
  if (!scoreNames) {
    throw new InputError('per-class score arrays need a multiclass task; binary files need one score column', { file });
  }
  const k = scoreNames.indexOf(positiveKey);
  if (k < 0) throw new InputError(`no score column for the positive class "${positiveKey}"`, { file });
  return table.classScores.columns[k];
}

function classProbabilities(
  table: PredictionTable,
  scoreNames: readonly string[] | undefined,
  classes: readonly string[],
  label: CategoricalColumn,
  file: string,
): Float64Array[] | undefined {
  const scores = table.classScores;
  if (!scores) return undefined;
  if (!scoreNames) {
    if (scores.columns.length !== classes.length) {
      throw new InputError(
        `score arrays have ${scores.columns.length} entries but the data has ${classes.length} classes ` +
          `(${classes.join(', ')}); write scores as objects keyed by class to name them`,
        { file, field: scores.columns[0]?.name },
      );
    }
    return scores.columns.map((c) => c.values);
  }
  const byKey = new Map(scoreNames.map((key, k) => [key, scores.columns[k]!.values]));
  if (byKey.size !== scoreNames.length) throw new InputError('two score columns name the same class', { file });
  return classes.map((key) => {
    const column = byKey.get(key);
    if (column) return column;
    const code = label.values.findIndex((raw) => raw === key || Number(raw) === Number(key));
    const origin = code >= 0 ? label.origins[code]! : undefined;
    throw new InputError(`class "${key}" has no score column (expected y_score_${key} or prob_${key})`, {
      file: origin?.file ?? file,
      line: origin?.line,
      field: label.name,
    });
  });
}

function argmax(columns: readonly Float64Array[], n: number): Codes {
  const out = allocateCodes(columns.length, n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < columns.length; k++) if (columns[k]![i]! > columns[best]![i]!) best = k;
    out[i] = best;
  }
  return out;
}
