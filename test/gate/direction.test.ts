import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/gate/direction.js';
import { cli, tempFiles } from '../helpers/cli.js';

/**
 * Every metric name found in the real-world metric files under test/fixtures/real-world, with the direction a
 * person reading it would choose. The ids are read from the files, so a reader change that brings a new name
 * fails here until the name is judged.
 */
const EXPECTED: Record<string, 'higher' | 'lower'> = {
  // Hugging Face Trainer (eval_/predict_/train_ prefixes are part of the name or stripped by the reader)
  loss: 'lower', runtime: 'lower', predict_loss: 'lower', predict_runtime: 'lower', train_loss: 'lower',
  train_runtime: 'lower', perplexity: 'lower',
  accuracy: 'higher', f1: 'higher', precision: 'higher', recall: 'higher', predict_accuracy: 'higher',
  predict_f1: 'higher', predict_precision: 'higher', predict_recall: 'higher', rouge1: 'higher', rouge2: 'higher',
  rougeL: 'higher', rougeLsum: 'higher', samples_per_second: 'higher', steps_per_second: 'higher',
  predict_samples_per_second: 'higher', predict_steps_per_second: 'higher', train_samples_per_second: 'higher',
  train_steps_per_second: 'higher', epoch: 'higher', gen_len: 'higher', samples: 'higher', train_samples: 'higher',
  total_flos: 'higher',
  // lm-evaluation-harness 0.3 and 0.4
  acc: 'higher', acc_norm: 'higher', mcc: 'higher', ppl: 'lower', likelihood_difference: 'lower', pct_stereotype: 'lower',
  // DVCLive via Ultralytics YOLO
  box_loss: 'lower', cls_loss: 'lower', dfl_loss: 'lower', 'speed_PyTorch(ms)': 'lower', 'precision(B)': 'higher',
  'recall(B)': 'higher', 'mAP50(B)': 'higher', 'mAP50-95(B)': 'higher', pg0: 'higher', pg1: 'higher', pg2: 'higher',
  parameters: 'higher', GFLOPs: 'higher', step: 'higher',
};

const FILES = [
  'hf-trainer/coffee3699__TransformerNER__all_results.json',
  'hf-trainer/10844110__t5-summarization-demo__eval_results.json',
  'hf-trainer/sliderSun__chinese_pytorch_pretrain_lm__eval_results.json',
  'lm-eval/EleutherAI__pythia__160m_step93000.json',
  'lm-eval/EleutherAI__lm-evaluation-harness__results_2025-03-03T00-05-12.300060.json',
  'dvc/AlexanderExp__PPE-Detection__metrics.json',
];

/** The metric name an id ends with: `lambada_openai/perplexity,none` → `perplexity`. */
const nameOf = (id: string) => id.slice(id.lastIndexOf('/') + 1).split(',')[0]!;

describe('metric direction', () => {
  it('judges every metric name of the real-world metric files as a person would', async () => {
    const judged = new Map<string, string>();
    for (const file of FILES) {
      const run = await cli(['evaluate', `test/fixtures/real-world/${file}`, '--format', 'json']);
      expect(run.stderr).toBe('');
      for (const id of Object.keys((JSON.parse(run.stdout) as { metrics: Record<string, unknown> }).metrics)) {
        const name = nameOf(id);
        expect(EXPECTED, `${file}: ${id}`).toHaveProperty([name]);
        judged.set(id, `${directionOf(id)} ${EXPECTED[name]!}`);
      }
    }
    expect(judged.size).toBeGreaterThan(150);
    const wrong = [...judged].filter(([, pair]) => pair.split(' ')[0] !== pair.split(' ')[1]);
    expect(wrong).toEqual([]);
  });

  it('reads whole words, never substrings', () => {
    const table: [string, 'higher' | 'lower'][] = [
      ['sentiment_accuracy', 'higher'], ['glossary_f1', 'higher'], ['uptime', 'higher'], ['lossless_ratio', 'higher'],
      ['terminal_accuracy', 'higher'], ['mse_free_score', 'lower'], ['val_loss', 'lower'], ['eval/loss', 'lower'],
      ['Loss/train', 'lower'], ['p95_latency_ms', 'lower'], ['inference_seconds', 'lower'], ['wer', 'lower'],
      ['test.error', 'lower'], ['valError', 'lower'], ['tokens_per_second', 'higher'], ['bits_per_byte', 'lower'],
      ['word_perplexity', 'lower'], ['accuracy[region=time]', 'higher'], ['f1[class=loss]', 'higher'],
    ];
    for (const [id, direction] of table) expect([id, directionOf(id)]).toEqual([id, direction]);
  });

  it('never calls an id lower-is-better because a lower word hides inside a longer word', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(word, word, fc.constantFrom('loss', 'time', 'error', 'mse', 'ms', 'err'), (before, after, hint) => {
        const id = `${before}${hint}${after}_accuracy`;
        return directionOf(id) === 'higher' || [before + hint + after].some((w) => ['loss', 'losses', 'time', 'error', 'errors', 'mse', 'ms', 'err', 'sec', 'secs'].includes(w));
      }),
    );
  });

  it('judges the metric name, never the task prefix or the filter', () => {
    const table: [string, 'higher' | 'lower'][] = [
      ['sec_qa_v1/choice', 'higher'], ['ms_marco/mrr', 'higher'], ['time_qa/accuracy', 'higher'],
      ['second_opinion/accuracy', 'higher'], ['time_qa/accuracy,none', 'higher'], ['latency_suite/mae', 'lower'],
      ['ms_marco/mrr[lang=time]', 'higher'], ['error_analysis/f1,strict-match', 'higher'],
      ['time_qa/loss,none', 'lower'], ['Loss/train', 'lower'], ['accuracy/val', 'higher'],
    ];
    for (const [id, direction] of table) expect([id, directionOf(id)]).toEqual([id, direction]);
  });

  it('fails drops of metrics whose task is named for time or seconds', async () => {
    const ids = ['sec_qa_v1/choice', 'ms_marco/mrr', 'time_qa/accuracy', 'second_opinion/accuracy'];
    const file = (value: number) => JSON.stringify(Object.fromEntries(ids.map((id) => [id, value])));
    const dir = tempFiles({ 'b.json': file(0.8), 'c.json': file(0.5) });
    const run = await cli(['compare', '--baseline', 'b.json', '--current', 'c.json', '--rules', '"*": {max-regression: 0.01}', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { regressions: string[]; metrics: { id: string; direction: string }[] };
    expect(report.regressions.sort()).toEqual([...ids].sort());
    expect(report.metrics.map((m) => m.direction)).toEqual(ids.map(() => 'higher'));
  });

  it('a rule direction wins over a declared direction, which wins over the words', () => {
    expect(directionOf('val_loss', undefined, 'higher')).toBe('higher');
    expect(directionOf('val_loss', 'lower', 'higher')).toBe('lower');
  });

  it('fails a 0.4 drop of sentiment_accuracy that the substring rule called an improvement', async () => {
    const dir = tempFiles({ 'b.json': '{"sentiment_accuracy": 0.9}', 'c.json': '{"sentiment_accuracy": 0.5}' });
    const run = await cli(['compare', '--baseline', 'b.json', '--current', 'c.json', '--rules', 'default: {max-regression: 1%}', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ regressions: ['sentiment_accuracy'], metrics: [{ direction: 'higher', change: 'worsened' }] });
  });

  it("follows lm-eval's own higher_is_better over the words of the id", async () => {
    const file = (value: number) =>
      JSON.stringify({ results: { t: { 'accuracy_loss,none': value, 'acc,none': 0.5 } }, higher_is_better: { t: { accuracy_loss: true, acc: true } } });
    const dir = tempFiles({ 'b.json': file(0.9), 'c.json': file(0.5) });
    const run = await cli(['compare', '--baseline', 'b.json', '--current', 'c.json', '--rules', 'default: {max-regression: 1%}', '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ regressions: ['t/accuracy_loss'], metrics: [{ id: 't/accuracy_loss', direction: 'higher', change: 'worsened' }, { id: 't/acc' }] });
  });

  it('shows the direction it used in markdown, text, JSON and HTML', async () => {
    const dir = tempFiles({ 'b.json': '{"val_wer": 0.2, "sentiment_accuracy": 0.9}', 'c.json': '{"val_wer": 0.3, "sentiment_accuracy": 0.9}' });
    const args = ['compare', '--baseline', 'b.json', '--current', 'c.json', '--rules', 'default: {max-regression: 1%}'];
    const markdown = await cli([...args, '--format', 'markdown', '--html', 'r.html'], dir);
    expect(markdown.stdout).toContain('| ❌ | val\\_wer ↓ | 0.20 | 0.30 |');
    expect(markdown.stdout).toContain('| ✅ | sentiment\\_accuracy ↑ |');
    const text = await cli([...args, '--format', 'text'], dir);
    expect(text.stdout).toMatch(/❌ {2}val_wer ↓ /);
    expect(text.stdout).toMatch(/✅ {2}sentiment_accuracy ↑ /);
    const json = JSON.parse((await cli([...args, '--format', 'json'], dir)).stdout) as { metrics: { id: string; direction: string }[] };
    expect(json.metrics.map((m) => [m.id, m.direction])).toEqual([['val_wer', 'lower'], ['sentiment_accuracy', 'higher']]);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<td>val_wer ↓</td>');
    expect(html).toContain('<td>sentiment_accuracy ↑</td>');
  });

});
