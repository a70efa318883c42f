import { describe, expect, it } from 'vitest';
import { readJsonMetrics } from '../../../src/ingest/metric-files/read-document.js';
import { readRealWorld } from './real-world.js';

function read(file: string) {
  const { name, text } = readRealWorld('hf-trainer', file);
  return readJsonMetrics(name, text);
}

describe('Hugging Face Trainer results', () => {
  it('strips eval_ from Seq2SeqTrainer ROUGE scores and keeps ints as numbers', () => {
    const { metrics, stderr } = read('10844110__t5-summarization-demo__eval_results.json');
    expect(metrics.get('rouge1')).toBe(41.6324);
    expect(metrics.get('rougeLsum')).toBe(38.8065);
    expect(metrics.get('loss')).toBe(1.633907675743103);
    expect(metrics.get('gen_len')).toBe(73.5213195691203);
    expect(metrics.get('samples')).toBe(13368);
    expect(metrics.get('epoch')).toBe(3);
    expect(metrics.has('eval_rouge1')).toBe(false);
    expect(stderr.size).toBe(0);
  });

  it('reads all_results.json: eval_ stripped, predict_ and train_ kept as written', () => {
    const { metrics } = read('coffee3699__TransformerNER__all_results.json');
    expect(metrics.get('accuracy')).toBe(0.9968802166653316);
    expect(metrics.get('f1')).toBe(0.9696293850495585);
    expect(metrics.get('loss')).toBe(0.018241053447127342);
    expect(metrics.get('predict_f1')).toBe(0.9670241644786614);
    expect(metrics.get('train_loss')).toBe(0.007312082667504587);
    expect(metrics.get('train_samples')).toBe(230039);
    expect(metrics.get('total_flos')).toBe(2.193905240205817e17);
    expect(metrics.get('epoch')).toBe(5);
    expect(metrics.size).toBe(24);
  });

  it('keeps a train-only file as written', () => {
    const { metrics } = read('santiagoahl__platzi-beans-classification__train_results.json');
    expect([...metrics.keys()]).toEqual([
      'epoch',
      'total_flos',
      'train_loss',
      'train_runtime',
      'train_samples_per_second',
      'train_steps_per_second',
    ]);
    expect(metrics.get('train_loss')).toBe(0.13778376544897372);
    expect(metrics.get('total_flos')).toBe(3.205097416476426e17);
  });

  it('keeps an un-prefixed key such as run_mlm perplexity next to stripped eval_ keys', () => {
    const { metrics } = read('sliderSun__chinese_pytorch_pretrain_lm__eval_results.json');
    expect(metrics.get('accuracy')).toBe(0.025);
    expect(metrics.get('loss')).toBe(8.654293060302734);
    expect(metrics.get('perplexity')).toBe(5734.713433449494);
    expect(metrics.get('samples')).toBe(21);
  });

  it('recognises the shape by content, whatever the file name', () => {
    const { metrics } = readJsonMetrics('out/metrics.json', '{"eval_accuracy": 0.91, "epoch": 2.0}');
    expect([...metrics]).toEqual([
      ['accuracy', 0.91],
      ['epoch', 2],
    ]);
  });

  it('keeps the eval_ prefix when the bare name is also in the file', () => {
    const { metrics, notes } = readJsonMetrics('r.json', '{"eval_accuracy": 0.91, "accuracy": 0.5}');
    expect(metrics.get('eval_accuracy')).toBe(0.91);
    expect(metrics.get('accuracy')).toBe(0.5);
    expect(notes.join('\n')).toContain('eval_accuracy keeps its eval_ prefix');
  });
});
