import type { EvaluateSettings } from '../config/settings.js';
import { readPredictions } from '../ingest/read-predictions.js';
import { resolveEvalSet } from '../ingest/resolve.js';
import { evaluate, type Evaluation } from '../metrics/evaluate.js';
import { expandPatterns, readTextFile } from './read-files.js';

/** Reads the prediction files named by `patterns` and computes every metric: the evaluate half of the job. */
export async function evaluateFiles(patterns: string, settings: EvaluateSettings, cwd: string): Promise<Evaluation> {
  const paths = await expandPatterns(patterns, cwd);
  const files = [];
  for (const path of paths) files.push(await readTextFile(path, cwd));
  const table = readPredictions(files, settings.columns);
  return evaluate(resolveEvalSet(table, settings));
}
