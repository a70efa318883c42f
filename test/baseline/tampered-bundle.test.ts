import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, EXAMPLES_FILE } from '../../src/baseline/bundle.js';
import { decodeExamples, encodeExamples } from '../../src/baseline/examples.js';
import type { ClassificationData } from '../../src/metrics/eval-data.js';
import { cli, tempFiles } from '../helpers/cli.js';

let dir: string;
let document: Record<string, unknown>;
let examples: Uint8Array;
beforeAll(async () => {
  dir = tempFiles({ 'p.csv': 'id,y_true,y_pred,y_score\na,1,1,0.9\nb,0,0,0.2\nc,1,0,0.4\nd,0,1,0.6\n' });
  const recorded = await cli(['record', 'p.csv', '--out', 'bundle'], dir);
  expect(recorded.stderr).toBe('');
  document = JSON.parse(readFileSync(join(dir, 'bundle', BUNDLE_FILE), 'utf8')) as Record<string, unknown>;
  examples = readFileSync(join(dir, 'bundle', EXAMPLES_FILE));
});

/** Compares p.csv against the bundle with one change made to its document or its per-example file. */
async function compareTampered(change: { document?: (d: Record<string, unknown>) => void; examples?: Uint8Array }) {
  const copy = structuredClone(document);
  change.document?.(copy);
  writeFileSync(join(dir, 'bundle', BUNDLE_FILE), JSON.stringify(copy));
  writeFileSync(join(dir, 'bundle', EXAMPLES_FILE), change.examples ?? examples);
  return cli(['compare', '--baseline', 'bundle', '--current', 'p.csv', '--rules', 'accuracy: {max-regression: 1%}'], dir);
}

/** The recorded per-example data with `edit` applied, encoded again. */
function editedExamples(edit: (data: ClassificationData, ids: string[]) => void): Uint8Array {
  const decoded = decodeExamples(examples, 'x');
  const data = structuredClone(decoded.data) as ClassificationData;
  const ids = [...decoded.ids!];
  edit(data, ids);
  return encodeExamples({ data, ids }, 1e6)!;
}

describe('a tampered bundle', () => {
  it('is read as recorded when untouched', async () => {
    expect((await compareTampered({})).code).toBe(0);
  });

  it.each([
    ['an unknown task', (d: Record<string, unknown>) => (d.task = 'binaryish'), /task: Invalid option/],
    ['a negative n', (d: Record<string, unknown>) => (d.n = -4), /\bn: Too small/],
    ['a negative n metric', (d: Record<string, unknown>) => ((d.metrics as Record<string, number>).n = -4), /metrics: an example count \(n\) is not a whole number/],
    ['a negative standard error', (d: Record<string, unknown>) => (d.stderr = { accuracy: -1 }), /stderr\.accuracy: Too small/],
    ['a class twice', (d: Record<string, unknown>) => (d.classes = ['0', '0']), /classes: a class appears twice/],
    ['a negative allowed regression', (d: Record<string, unknown>) => (d.rules = [{ key: 'accuracy', maxRegression: { kind: 'relative', percent: -5 }, severity: 'error', required: false }]), /rules\.0\.maxRegression/],
    ['counts that disagree', (d: Record<string, unknown>) => (d.n = 5), /per-example data disagrees with model-gate-baseline\.json: 4 rows, not n = 5/],
  ])('with %s is an error naming the field', async (_, change, message) => {
    const run = await compareTampered({ document: change });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['a score outside [0, 1]', (d: ClassificationData) => (d.score![0] = 1.5), /column score row 1 is 1\.5: a probability outside \[0, 1\]/],
    ['an infinite score', (d: ClassificationData) => (d.score![1] = Number.POSITIVE_INFINITY), /column score row 2 is Infinity, not a finite number/],
    ['a negative weight', (d: ClassificationData) => ((d as { weights: Float64Array }).weights = Float64Array.of(1, -1, 1, 1)), /column weights row 2 is -1: a negative weight/],
    ['an unknown positive class', (d: ClassificationData) => ((d as { positive: number }).positive = 7), /positive class 7 is not one of the 2 classes/],
    ['duplicate ids', (_: ClassificationData, ids: string[]) => (ids[1] = 'a'), /id "a" appears twice/],
  ])('per-example data with %s is an error naming the column', async (_, edit, message) => {
    const run = await compareTampered({ examples: editedExamples(edit) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
