import { allocateCodes, type Codes } from './codes.js';
import type { EvalData } from './eval-data.js';

/** The rows `rows` of the data, as data of the same task and class list (for per-slice metrics). */
export function subsetRows(data: EvalData, rows: Uint32Array): EvalData {
  const pickF = (a: Float64Array): Float64Array => {
    const out = new Float64Array(rows.length);
    for (let j = 0; j < rows.length; j++) out[j] = a[rows[j]!]!;
    return out;
  };
  const pickI = (a: Codes): Codes => {
    const out = allocateCodes(data.task === 'regression' ? 0 : data.classes.length, rows.length);
    for (let j = 0; j < rows.length; j++) out[j] = a[rows[j]!]!;
    return out;
  };
  const weights = data.weights && pickF(data.weights);
  if (data.task === 'regression') {
    return { ...data, n: rows.length, yTrue: pickF(data.yTrue), yPred: pickF(data.yPred), weights };
  }
  return {
    ...data,
    n: rows.length,
    yTrue: pickI(data.yTrue),
    yPred: pickI(data.yPred),
    score: data.score && pickF(data.score),
    proba: data.proba?.map(pickF),
    weights,
  };
}
