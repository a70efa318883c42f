import { InputError } from '../../errors.js';
import { parseDelimited } from '../formats/delimited.js';
import { MetricCollector } from './metric-collector.js';
import { parseNumberText } from './numbers.js';
import type { MetricReading } from './reading.js';
import { isMetricArray, isMetricObject, type MetricObject, type MetricTree } from './tree.js';

/**
 * Keras training logs: `model.fit(...).history` dumped to JSON, and `CSVLogger` files. Both hold one value
 * per epoch; a gate compares the model as trained, so the last epoch's values are read under their own names
 * (`loss`, `val_accuracy`, or the old `acc`/`val_acc`).
 */

/**
 * True for a history: every value is a list of numbers, all of one length, and `loss` is among them (Keras
 * always records it, which keeps a DVC file like `{"scores": [0.1, 0.2]}` out). pandas' `to_json()` of the
 * history (`{"loss": {"0": …, "1": …}}`) is accepted too.
 */
export function isKerasHistory(root: MetricObject): boolean {
  if (!root.has('loss')) return false;
  let length: number | undefined;
  for (const value of root.values()) {
    const epochs = epochValues(value);
    if (epochs === undefined || epochs.length === 0) return false;
    if (length !== undefined && epochs.length !== length) return false;
    length = epochs.length;
  }
  return true;
}

/** The last epoch of each series. */
export function readKerasHistory(root: MetricObject, out: MetricCollector): void {
  for (const [name, value] of root) {
    const last = epochValues(value)?.at(-1);
    if (last !== undefined) out.addMetric(name, last);
  }
}

/** A series as a list in epoch order, or undefined when `value` is not one. */
function epochValues(value: MetricTree | undefined): number[] | undefined {
  if (isMetricArray(value)) {
    return value.every((v) => typeof v === 'number') ? (value as number[]) : undefined;
  }
  if (isMetricObject(value)) {
    const epochs: [number, number][] = [];
    for (const [key, v] of value) {
      if (!/^\d+$/.test(key) || typeof v !== 'number') return undefined;
      epochs.push([Number(key), v]);
    }
    return epochs.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  }
  return undefined;
}

/**
 * A `CSVLogger` log (`training.log`, `history.csv`): a header with an `epoch` column, one row per epoch,
 * comma separated (tab or semicolon when `separator=` was set). The last row gives one metric per column
 * other than `epoch`. Keras writes `NA` for a metric missing from that epoch (skipped, with a note) and
 * `nan`/`inf` for non-finite values (read as undefined). A header repeated by a resumed run is skipped.
 */
export function readKerasCsvLog(name: string, text: string): MetricReading {
  const delimiter = detectDelimiter(text);
  let header: string[] | undefined;
  let last: { fields: string[]; line: number } | undefined;
  parseDelimited(text, delimiter, name, {
    record(fields, line) {
      if (!header) header = fields.map((f) => f.trim());
      else if (!fields.every((f, i) => f.trim() === header?.[i])) last = { fields, line };
    },
  });
  if (!header) throw new InputError('the file is empty; expected a Keras CSVLogger log', { file: name });
  const epochColumn = header.findIndex((h) => h.toLowerCase() === 'epoch');
  if (epochColumn < 0) {
    throw new InputError('no "epoch" column in the header; a Keras CSVLogger log starts with epoch,loss,…', {
      file: name,
      line: 1,
    });
  }
  if (!last) throw new InputError('no epochs after the header; the log holds no values yet', { file: name });
  const { fields, line } = last;
  if (fields.length !== header.length) {
    throw new InputError(
      `the last row has ${fields.length} fields but the header has ${header.length}; the log may be truncated`,
      { file: name, line },
    );
  }

  const out = new MetricCollector(name);
  const missing: string[] = [];
  header.forEach((column, i) => {
    if (i === epochColumn || column === '') return;
    const cell = (fields[i] ?? '').trim();
    if (cell === '' || cell === 'NA') {
      missing.push(column);
      return;
    }
    const value = parseNumberText(cell);
    if (value === undefined) throw new InputError(`"${cell}" is not a number`, { file: name, line, field: column });
    out.addMetric(column, value);
  });
  if (missing.length > 0) out.addNote(`no value in the last epoch for ${missing.join(', ')}`);
  return out.finish('a Keras CSVLogger log needs at least one metric column besides epoch');
}

/** CSVLogger's `separator`: comma by default; tab or semicolon when the header uses only that. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}
