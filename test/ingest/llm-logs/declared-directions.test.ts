import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../../helpers/cli.js';

/**
 * Readers that know a metric is lower-is-better declare it, as lm-eval's `higher_is_better` is declared: a rise
 * of DeepEval's hallucination score or of promptfoo's failures or cost is a regression, not an improvement.
 */

interface Report {
  regressions: string[];
  metrics: { id: string; direction: string; change: string }[];
}

const deepEvalRun = (hallucination: number, toxicity: number) =>
  JSON.stringify({
    testRunData: {
      testFile: 'test_chat.py',
      testPassed: 3,
      testFailed: 0,
      testCases: ['greeting', 'refund', 'weather'].map((name) => ({
        name,
        input: `ask about ${name}`,
        success: true,
        metricsData: [
          { name: 'Hallucination', score: hallucination, threshold: 0.5, success: hallucination <= 0.5, error: null },
          { name: 'Toxicity', score: toxicity, threshold: 0.5, success: toxicity <= 0.5, error: null },
          { name: 'Bias', score: 0, threshold: 0.5, success: true, error: null },
          { name: 'Answer Relevancy', score: 0.9, threshold: 0.5, success: true, error: null },
        ],
      })),
    },
  });

const promptfooRun = (failures: number, cost: number, tokens: number) =>
  JSON.stringify({
    evalId: 'eval-1',
    results: {
      version: 3,
      prompts: [{ raw: 'Answer: {{q}}', label: 'p', provider: 'openai:gpt-4o-mini' }],
      results: [
        { success: true, score: 1, latencyMs: 100, cost, testCase: { metadata: { testCaseId: 'a' } } },
        { success: true, score: 1, latencyMs: 100, cost: 0, testCase: { metadata: { testCaseId: 'b' } } },
      ],
      stats: { successes: 10 - failures, failures, errors: 0, tokenUsage: { total: tokens, prompt: tokens, completion: 0, cached: 0 } },
    },
  });

async function compare(baseline: string, current: string, rules: string): Promise<{ code: number; report: Report }> {
  const dir = tempFiles({ 'b.json': baseline, 'c.json': current });
  const run = await cli(['compare', '--baseline', 'b.json', '--current', 'c.json', '--rules', rules, '--format', 'json'], dir);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

const directionOf = (report: Report, id: string) => report.metrics.find((m) => m.id === id)?.direction;

describe('directions declared by LLM log readers', () => {
  it('fails DeepEval hallucination going from 0.1 to 0.9', async () => {
    const { code, report } = await compare(deepEvalRun(0.1, 0), deepEvalRun(0.9, 0), 'hallucination: {max-regression: 0.05}');
    expect(code).toBe(1);
    expect(report.regressions).toEqual(['hallucination']);
    expect(report.metrics.find((m) => m.id === 'hallucination')).toMatchObject({ direction: 'lower', change: 'worsened' });
  });

  it('declares toxicity and bias lower-is-better and keeps pass rates and relevancy higher-is-better', async () => {
    const { code, report } = await compare(deepEvalRun(0.1, 0.1), deepEvalRun(0.1, 0.4), '"*": {max-regression: 0.05}');
    expect(code).toBe(1);
    expect(report.regressions).toEqual(['toxicity']);
    expect(['toxicity', 'bias', 'hallucination', 'answer_relevancy', 'toxicity/pass_rate'].map((id) => directionOf(report, id))).toEqual(['lower', 'lower', 'lower', 'higher', 'higher']);
  });

  it('fails promptfoo runs with more failures, a higher cost and more tokens', async () => {
    const { code, report } = await compare(promptfooRun(0, 0.01, 1000), promptfooRun(3, 0.5, 5000), 'failures: {max-regression: 0}\ncost: {max-regression: 0.01}\ntokens/total: {max-regression: 10%}');
    expect(code).toBe(1);
    expect(report.regressions.sort()).toEqual(['cost', 'failures', 'tokens/total']);
    expect(['failures', 'cost', 'latency_ms', 'tokens/total', 'tokens/prompt', 'successes', 'pass_rate'].map((id) => directionOf(report, id))).toEqual(['lower', 'lower', 'lower', 'lower', 'lower', 'higher', 'higher']);
  });
});
