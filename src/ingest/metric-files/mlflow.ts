import { InputError } from '../../errors.js';
import { truncate } from '../table/cells.js';
import { MetricCollector } from './metric-collector.js';
import { parseNumberText } from './numbers.js';
import type { MetricReading } from './reading.js';

/**
 * MLflow's file store keeps one file per metric, `mlruns/<experiment>/<run>/metrics/<name>`, with one line per
 * `log_metric` call: `<timestamp ms> <value> <step>` (files from MLflow before 1.0 may lack the step, which
 * then counts as 0). The value is Python's `str(float)`, so `nan` and `inf` occur. The file carries no name:
 * the caller passes it, from the path below `metrics/` (nested names such as `val/loss` live in sub-folders).
 */

/** One line: integer timestamp, a value, and an optional integer step. */
const LINE = /^(\d+)[ \t]+(\S+)(?:[ \t]+(-?\d+))?[ \t]*$/;

/**
 * The value at the highest step, the last written on ties (a resumed run that logs the same step again
 * supersedes the earlier value). Lines need not be sorted.
 */
export function readMlflowMetric(name: string, text: string, metricName: string): MetricReading {
  let best: { step: number; value: number } | undefined;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === '') return;
    const match = LINE.exec(line);
    const value = match ? parseNumberText(match[2] ?? '') : undefined;
    if (!match || value === undefined) {
      throw new InputError(`expected "<timestamp> <value> <step>" as MLflow writes metrics, found "${truncate(line)}"`, {
        file: name,
        line: index + 1,
      });
    }
    const step = match[3] === undefined ? 0 : Number(match[3]);
    if (best === undefined || step >= best.step) best = { step, value };
  });
  if (best === undefined) {
    throw new InputError('the file is empty; an MLflow metric file has one "<timestamp> <value> <step>" line per logged value', {
      file: name,
    });
  }
  const out = new MetricCollector(name);
  out.addMetric(metricName, best.value);
  return out.finish('the metric file holds no value');
}

/** Content sniffing for files without an extension: every non-empty line is an MLflow metric line. */
export function looksLikeMlflowMetric(text: string): boolean {
  let lines = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') continue;
    const match = LINE.exec(line);
    if (!match || parseNumberText(match[2] ?? '') === undefined) return false;
    lines++;
  }
  return lines > 0;
}
