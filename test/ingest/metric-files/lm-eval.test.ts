import { describe, expect, it } from 'vitest';
import { readJsonMetrics } from '../../../src/ingest/metric-files/read-document.js';
import { readFixture, readRealWorld } from './real-world.js';

function read(file: string) {
  const { name, text } = readRealWorld('lm-eval', file);
  return readJsonMetrics(name, text);
}

describe('lm-evaluation-harness results', () => {
  it('reads 0.4 results with the none filter dropped and stderr kept (Qwen2.5-1.5B)', () => {
    const { metrics, stderr, notes } = read('EleutherAI__lm-evaluation-harness__results_2025-03-03T00-05-12.300060.json');
    expect(metrics.get('mmlu/acc')).toBe(0.5961401509756445);
    expect(stderr.get('mmlu/acc')).toBe(0.003908188894751123);
    expect(metrics.get('mmlu_humanities/acc')).toBe(0.5336875664187035);
    expect(metrics.get('arc_challenge/acc_norm')).toBe(0.45307167235494883);
    expect(stderr.get('arc_challenge/acc_norm')).toBe(0.01454689205200563);
    expect(metrics.get('cola/mcc')).toBe(-0.0005447969648709635);
    expect(metrics.get('lambada_openai/perplexity')).toBe(5.677708211264297);
    expect(stderr.get('lambada_openai/perplexity')).toBe(0.14485002284129517);
    // Aliases are text, configs/versions/n-shot/n-samples are configuration: none of them become ids.
    const ids = [...metrics.keys()];
    expect(ids.some((id) => id.includes('alias') || id.startsWith('config') || id.startsWith('n-'))).toBe(false);
    expect(ids.every((id) => !id.includes(',none') && !id.includes('_stderr'))).toBe(true);
    expect(metrics.size).toBe(86);
    // mmlu and its sub-groups are in both `results` and `groups` with the same numbers: no conflict note.
    expect(notes).toEqual([]);
  });

  it('keeps a filter other than none and ignores an "N/A" stderr (gemma-2b)', () => {
    const { metrics, stderr } = read('EleutherAI__lm-evaluation-harness__results_2026-01-16T15-23-47.285735.json');
    expect([...metrics]).toEqual([['masakhaner_luo_prompt_1/f1,flexible-extract', 0.0656270305392884]]);
    expect(stderr.has('masakhaner_luo_prompt_1/f1,flexible-extract')).toBe(false);
    expect(stderr.size).toBe(0);
  });

  it('reads the 0.3 layout without filters (Pythia 160m)', () => {
    const { metrics, stderr } = read('EleutherAI__pythia__160m_step93000.json');
    expect(metrics.get('hendrycksTest-formal_logic/acc')).toBe(0.2857142857142857);
    expect(stderr.get('hendrycksTest-formal_logic/acc')).toBe(0.04040610178208841);
    expect(metrics.get('hendrycksTest-formal_logic/acc_norm')).toBe(0.2698412698412698);
    expect(metrics.get('lambada_openai/ppl')).toBe(30.070347614168682);
    expect(metrics.get('crows_pairs_english_gender/pct_stereotype')).toBe(0.5875);
    expect(stderr.get('crows_pairs_english_gender/likelihood_difference')).toBe(0.1858539127621985);
    expect([...metrics.keys()].some((id) => id.startsWith('config') || id.startsWith('versions'))).toBe(false);
  });

  it('reads the BLOOM evalharness file (results + versions only, dict layout)', () => {
    const { metrics, stderr } = read(
      'bigscience-workshop__bigscience__tr11-1b3-ml-evalharness-results_lm-eval_global_step340500_2022-07-13-11-29-13.json',
    );
    expect(metrics.get('arc_challenge/acc')).toBe(0.23464163822525597);
    expect(metrics.get('lambada/ppl')).toBe(12.583447597222621);
    expect(metrics.get('mrpc/f1')).toBe(0.8104956268221574);
    expect(stderr.get('mrpc/f1')).toBe(0.016329211455484924);
    // mc_taco has em and f1 without stderr.
    expect(metrics.get('mc_taco/em')).toBe(0.12537537537537538);
    expect(stderr.has('mc_taco/em')).toBe(false);
    expect(metrics.size).toBe(42);
  });

  it('reads the BigScience fork list of per-prompt results as <task>/<prompt>/<metric>', () => {
    const { name, text } = readFixture('bigscience-per-prompt.json');
    const { metrics, stderr } = readJsonMetrics(name, text);
    expect([...metrics]).toEqual([
      ['wic/GPT-3-prompt/acc', 0.5],
      ['wic/GPT-3-prompt/acc_norm', 0.5062695924764891],
      ['wic/polysemous/acc', 0.512539184952978],
      ['gsarti/flores_101_afr/byte_perplexity', 6.0817],
    ]);
    expect(stderr.get('wic/GPT-3-prompt/acc')).toBe(0.01981072129375818);
    expect(stderr.get('wic/polysemous/acc')).toBe(0.019804490588592596);
    expect(stderr.has('gsarti/flores_101_afr/byte_perplexity')).toBe(false);
  });

  it('reads a groups section like results, with a non-none filter kept', () => {
    const text = JSON.stringify({
      results: { gsm8k: { alias: 'gsm8k', 'exact_match,strict-match': 0.25, 'exact_match_stderr,strict-match': 0.01 } },
      groups: { leaderboard: { alias: 'leaderboard', 'acc_norm,none': 0.41, 'acc_norm_stderr,none': 'N/A' } },
      group_subtasks: { leaderboard: ['gsm8k'] },
      versions: { gsm8k: 3 },
    });
    const { metrics, stderr } = readJsonMetrics('results.json', text);
    expect([...metrics]).toEqual([
      ['gsm8k/exact_match,strict-match', 0.25],
      ['leaderboard/acc_norm', 0.41],
    ]);
    expect([...stderr]).toEqual([['gsm8k/exact_match,strict-match', 0.01]]);
  });

  it('notes a group score that differs between results and groups, keeping the results one', () => {
    const text = JSON.stringify({
      results: { mmlu: { 'acc,none': 0.6 } },
      groups: { mmlu: { 'acc,none': 0.7 } },
      versions: {},
    });
    const { metrics, notes } = readJsonMetrics('results.json', text);
    expect(metrics.get('mmlu/acc')).toBe(0.6);
    expect(notes.join('\n')).toContain('mmlu/acc (kept 0.6, ignored 0.7) appeared twice');
  });

  it('flattens a plain `results` object that has no lm-eval markers', () => {
    const { metrics } = readJsonMetrics('metrics.json', '{"results": {"test": {"acc": 0.9}}}');
    expect([...metrics]).toEqual([['results/test/acc', 0.9]]);
  });
});
