import type { MetricCollector } from './metric-collector.js';
import { parseNumberText } from './numbers.js';
import { isClassificationReport, readClassificationReport } from './sklearn-report.js';
import { isMetricArray, isMetricObject, joinId, type MetricTree } from './tree.js';

/**
 * Plain flattening (docs/formats.md#metric-files), the reading of DVC metrics files and of any JSON/YAML whose shape is not
 * recognised: every numeric leaf is a metric whose id is its path, keys and array indexes joined with `/`
 * (`eval/accuracy`, `scores/0`, `0/auc`). Booleans, strings and nulls are not metrics. A scikit-learn
 * classification report met anywhere in the tree is unwrapped under its path (`report/f1_macro`), because
 * DVC users often store one inside their metrics file.
 */
export function flattenTree(tree: MetricTree, prefix: string, out: MetricCollector): void {
  if (typeof tree === 'number') {
    out.addMetric(prefix, tree);
  } else if (isMetricObject(tree)) {
    if (isClassificationReport(tree)) {
      readClassificationReport(tree, prefix, out);
      return;
    }
    for (const [key, value] of tree) flattenTree(value, joinId(prefix, key), out);
  } else if (isMetricArray(tree)) {
    tree.forEach((value, index) => flattenTree(value, joinId(prefix, String(index)), out));
  } else if (typeof tree === 'string') {
    // A number written as text (`f"{acc:.3f}"`) is a common slip; say why it is missing instead of dropping it.
    const number = parseNumberText(tree);
    if (number !== undefined && Number.isFinite(number)) {
      out.addNote(`${prefix} holds the text "${tree}", not a number, so it is not read as a metric; write it unquoted`);
    }
  }
}
