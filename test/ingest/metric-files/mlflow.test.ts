import { describe, expect, it } from 'vitest';
import { looksLikeMlflowMetric, readMlflowMetric } from '../../../src/ingest/metric-files/mlflow.js';
import { readRealWorld } from './real-world.js';

describe('MLflow file-store metric files', () => {
  it('names the metric by the file: test_accuracy (ImageClass)', () => {
    const { name, text } = readRealWorld('other', '1010sb__ImageClass__test_accuracy');
    expect(looksLikeMlflowMetric(text)).toBe(true);
    expect([...readMlflowMetric(name, text, 'test_accuracy').metrics]).toEqual([['test_accuracy', 0.8830999732017517]]);
  });

  it('reads a regression run r2 (16aryan/MLFlow)', () => {
    const { name, text } = readRealWorld('other', '16aryan__MLFlow__r2');
    expect([...readMlflowMetric(name, text, 'r2').metrics]).toEqual([['r2', 0.24127270524006605]]);
  });

  it('takes the highest step from unsorted lines, the last written on a tie', () => {
    const text = ['1700000000003 0.70 2', '1700000000001 0.50 0', '1700000000004 0.80 5', '1700000000002 0.60 1', '1700000000005 0.85 5', '1700000000006 0.40 3', ''].join('\n');
    expect(readMlflowMetric('m/acc', text, 'acc').metrics.get('acc')).toBe(0.85);
  });

  it('accepts negative steps, old two-field lines, nan values and CRLF', () => {
    expect(readMlflowMetric('m', '1 0.5 -3\r\n2 0.6 -4\r\n', 'x').metrics.get('x')).toBe(0.5);
    expect(readMlflowMetric('m', '1 0.5\n2 0.6\n', 'x').metrics.get('x')).toBe(0.6);
    const nan = readMlflowMetric('m', '1 nan 0\n', 'val/loss');
    expect(nan.metrics.get('val/loss')).toBeNull();
  });

  it('rejects a malformed line with its number, and an empty file', () => {
    expect(() => readMlflowMetric('m', '1 0.5 0\nhello world\n', 'x')).toThrow(/^m:2: expected "<timestamp> <value> <step>"/);
    expect(() => readMlflowMetric('m', '\n', 'x')).toThrow(/^m: the file is empty/);
  });

  it('sniffs only MLflow lines', () => {
    expect(looksLikeMlflowMetric('1691411243328 0.88 0\n1691411243329 0.89 1\n')).toBe(true);
    expect(looksLikeMlflowMetric('')).toBe(false);
    expect(looksLikeMlflowMetric('epoch,loss\n0,0.5\n')).toBe(false);
    expect(looksLikeMlflowMetric('1 0.5 0\nnot a metric\n')).toBe(false);
  });
});
