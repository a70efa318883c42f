import { InputError } from '../../errors.js';
import { arrayAt, finiteAt, isObject, objectAt, stringAt, type JsonObject } from './json-values.js';
import { ScoredBuilder, scoredReading, type ScoredReading } from './scored.js';

/**
 * DeepEval test runs: `.deepeval/.latest_test_run.json` (`{testRunData: {testCases: [...]}}`) or a saved
 * `test_run_*.json` (the test run itself). Each test case has `metricsData[]` with `name`, `score`, `success`,
 * `error` and `flaky`. Ids: per metric `<slug>` (the mean score) and `<slug>/pass_rate` (the share of test cases
 * that passed it), the slug being the metric's name in lower case with runs of other characters as `_`
 * ("Answer Relevancy" → `answer_relevancy`). The item key is the test case's `name`. Metric results that
 * errored are left out; flaky ones (DeepEval's own mark: they never decide a test case) are left out of the
 * pass rates but keep their scores.
 *
 * DeepEval's hallucination, bias and toxicity scores are lower-is-better (their threshold is a maximum: a test
 * case passes when `score <= threshold`); the reader declares that, as lm-eval's `higher_is_better` is declared,
 * so the gate does not have to guess it from the name. Their pass rates stay higher-is-better.
 */

/** Slugs of DeepEval's built-in metrics whose score passes at or below the threshold. */
const LOWER_IS_BETTER = new Set(['hallucination', 'bias', 'toxicity']);

const POSITIONAL = /^test_case_\d+$/;

export function isDeepEvalRun(root: unknown): boolean {
  const run = testRunOf(root);
  const cases = arrayAt(run, 'testCases') ?? arrayAt(run, 'conversationalTestCases');
  return cases !== undefined && cases.some((c) => Array.isArray(isObject(c) ? c.metricsData : undefined)) && ('testPassed' in run! || 'testFailed' in run! || 'metricsScores' in run! || 'testFile' in run!);
}

function testRunOf(root: unknown): JsonObject | undefined {
  return objectAt(root, 'testRunData') ?? (isObject(root) ? root : undefined);
}

export function slugOf(metricName: string): string {
  return metricName.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'metric';
}

export function readDeepEvalRun(name: string, root: unknown): ScoredReading {
  const run = testRunOf(root);
  const cases = [...(arrayAt(run, 'testCases') ?? []), ...(arrayAt(run, 'conversationalTestCases') ?? [])].filter(isObject);
  const builder = new ScoredBuilder();
  let errored = 0;
  let flaky = 0;
  let positional = 0;
  cases.forEach((testCase, index) => {
    const key = stringAt(testCase, 'name') ?? `test_case_${index}`;
    if (POSITIONAL.test(key)) positional++;
    const caseFlaky = testCase.flaky === true;
    const text = stringAt(testCase, 'input');
    for (const metric of arrayAt(testCase, 'metricsData') ?? []) {
      const metricName = stringAt(metric, 'name');
      if (!metricName) continue;
      if (isObject(metric) && metric.error !== null && metric.error !== undefined) {
        errored++;
        continue;
      }
      const slug = slugOf(metricName);
      const score = finiteAt(metric, 'score');
      if (score !== undefined) builder.add(slug, 'deepeval', key, score, { text });
      const success = isObject(metric) ? metric.success : undefined;
      if (typeof success !== 'boolean') continue;
      if (caseFlaky || (isObject(metric) && metric.flaky === true)) flaky++;
      else builder.add(`${slug}/pass_rate`, 'deepeval', key, success ? 1 : 0, { text });
    }
  });
  const scored = builder.finish();
  if (scored.length === 0) throw new InputError('a DeepEval test run without metric scores', { file: name });
  const notes: string[] = [];
  if (positional > 0) {
    notes.push(
      `${name}: ${positional} test case(s) are named by position (test_case_<i>): weak keys, since adding or reordering a test pairs the wrong cases; give each LLMTestCase a name`,
    );
  }
  if (errored > 0) notes.push(`${name}: ${errored} metric result(s) errored and were left out`);
  if (flaky > 0) notes.push(`${name}: ${flaky} flaky metric result(s) kept in the scores but left out of the pass rates`);
  const higherIsBetter = new Map(scored.filter((m) => LOWER_IS_BETTER.has(m.id)).map((m) => [m.id, false] as const));
  return scoredReading(scored, { notes, higherIsBetter });
}
