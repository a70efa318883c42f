import { isUserError } from '../../errors.js';
import { COLUMN_CANDIDATES } from '../table/columns.js';
import { parseTolerantJson } from './json-tolerant.js';
import { looksLikeMlflowMetric } from './mlflow.js';
import { isMetricArray, isMetricObject, type MetricObject, type MetricTree } from './tree.js';

/** Which metric-file reader applies to a text file. TensorBoard event files are binary and detected elsewhere. */
export type MetricFormat = 'json' | 'yaml' | 'keras-csv' | 'mlflow';

/**
 * JSON documents larger than this are taken for predictions without parsing them here: metric files are
 * kilobytes (a full lm-eval results file with its configs is ~100 KB), and parsing a large predictions file
 * twice would double the cost of the step for nothing.
 */
export const MAX_SNIFFED_JSON = 16 * 1024 * 1024;

/** Column names that make a table a predictions file (docs/formats.md#predictions), lower-cased. */
const PREDICTION_COLUMNS = new Set<string>([...COLUMN_CANDIDATES.label, ...COLUMN_CANDIDATES.prediction]);

/**
 * Decides, for one file, whether it is a metric file and which reader applies; undefined means "not a metric
 * file" (a predictions file, a JSON Lines file, an event file, or unknown text). The extension decides first:
 * `.json` (unless it is a predictions document: records or columns with a label column), `.yaml`/`.yml`,
 * `.csv`/`.tsv`/`.log` with an `epoch` header column (Keras CSVLogger). Other names, including MLflow's
 * extension-less `metrics/<name>` files, are recognised by content. Pure: the caller reads the file.
 */
export function detectMetricFormat(name: string, text: string): MetricFormat | undefined {
  const base = (name.split(/[/\\]/).pop() ?? name).toLowerCase().replace(/\.gz$/, '');
  if (base.includes('tfevents')) return undefined;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1) : '';
  switch (extension) {
    case 'json':
      return isPredictionDocument(text) ? undefined : 'json';
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'csv':
    case 'tsv':
    case 'tab':
    case 'log':
      return hasEpochHeader(text) ? 'keras-csv' : undefined;
    case 'jsonl':
    case 'ndjson':
      return undefined;
  }
  if (looksLikeMlflowMetric(text)) return 'mlflow';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    return isJsonLines(start) || isPredictionDocument(text) ? undefined : 'json';
  }
  return hasEpochHeader(text) ? 'keras-csv' : undefined;
}

/**
 * A predictions document as `read-predictions` accepts it: an array of records, or an object of columns
 * (arrays, or pandas' `{"0": …, "1": …}` per column), with a label column among them.
 */
function isPredictionDocument(text: string): boolean {
  if (text.length > MAX_SNIFFED_JSON) return true;
  let root: MetricTree;
  try {
    root = parseTolerantJson(text, '');
  } catch (error) {
    if (isUserError(error)) return false; // a broken file: let the JSON reader report where
    throw error;
  }
  if (isMetricArray(root)) {
    const first = root[0];
    // pandas `to_json(orient='values')`: rows as arrays, no column names; the predictions reader refuses it.
    if (isMetricArray(first)) return true;
    return isMetricObject(first) && [...first.keys()].some(isPredictionColumn);
  }
  if (!isMetricObject(root)) return false;
  if (isPandasSplitOrTable(root)) return true;
  for (const [key, value] of root) {
    if (!isPredictionColumn(key)) continue;
    if (isMetricArray(value)) return true;
    if (isMetricObject(value) && value.size > 0 && [...value.keys()].every((k) => /^\d+$/.test(k))) return true;
  }
  // pandas `orient='columns'` with any index, or `orient='index'`: an object of objects sharing one key set,
  // with a label or prediction column among the outer or the inner keys.
  const values = [...root.values()];
  if (values.length === 0 || !values.every((v) => isMetricObject(v) && v.size > 0)) return false;
  const inner = [...(values[0] as MetricObject).keys()];
  const sameKeys = values.every((v) => (v as MetricObject).size === inner.length && inner.every((k) => (v as MetricObject).has(k)));
  return sameKeys && ([...root.keys()].some(isPredictionColumn) || inner.some(isPredictionColumn));
}

/** pandas `to_json(orient='split')` (`columns`, `data`, maybe `index`) or `orient='table'` (`schema`, `data`). */
export function isPandasSplitOrTable(root: MetricObject): boolean {
  const data = root.get('data');
  if (!isMetricArray(data)) return false;
  const keys = [...root.keys()].sort().join(',');
  if ((keys === 'columns,data,index' || keys === 'columns,data') && isMetricArray(root.get('columns'))) return true;
  const schema = root.get('schema');
  return keys === 'data,schema' && isMetricObject(schema) && isMetricArray(schema.get('fields'));
}

/** JSON Lines: the first line is a whole JSON object by itself and more text follows. */
function isJsonLines(start: string): boolean {
  const newline = start.indexOf('\n');
  if (newline < 0) return false;
  const firstLine = start.slice(0, newline).trim();
  if (!firstLine.startsWith('{') || !firstLine.endsWith('}') || start.slice(newline).trim() === '') return false;
  try {
    parseTolerantJson(firstLine, '');
    return true;
  } catch {
    return false;
  }
}

/** A Keras CSVLogger header: an `epoch` column, at least one other, and no label or prediction column. */
function hasEpochHeader(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const firstLine = start.slice(0, start.search(/\r|\n|$/));
  const delimiter = [',', '\t', ';'].find((d) => firstLine.includes(d));
  if (delimiter === undefined) return false;
  const columns = firstLine.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
  return columns.includes('epoch') && columns.length > 1 && !columns.some(isPredictionColumn);
}

/** A column name that makes a table a predictions file (docs/formats.md#predictions), case and surrounding spaces ignored. */
export function isPredictionColumn(name: string): boolean {
  return PREDICTION_COLUMNS.has(name.trim().toLowerCase());
}
