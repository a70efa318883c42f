import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { parseTolerantJson } from '../../../src/ingest/metric-files/json-tolerant.js';
import { readJsonMetrics } from '../../../src/ingest/metric-files/read-document.js';
import { readFixture } from './real-world.js';

function errorOf(text: string): InputError {
  try {
    parseTolerantJson(text, 'm.json');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('tolerant JSON', () => {
  it('reads Python NaN/Infinity/-Infinity tokens as undefined metrics and leaves them alone inside strings', () => {
    const { name, text } = readFixture('python-nan.json');
    const { metrics, notes } = readJsonMetrics(name, text);
    expect([...metrics]).toEqual([
      ['eval_f1', null],
      ['loss', null],
      ['grad_norm', null],
      ['accuracy', 0.5],
      ['per_class/0', null],
      ['per_class/1', 0.25],
    ]);
    expect(notes.join('\n')).toContain('eval_f1 = NaN, loss = Infinity, grad_norm = -Infinity, per_class/0 = NaN');
  });

  it('keeps NaN spelled inside a string as text', () => {
    const tree = parseTolerantJson('{"note": "NaN Infinity -Infinity", "n": NaN}', 'm.json') as ReadonlyMap<string, unknown>;
    expect(tree.get('note')).toBe('NaN Infinity -Infinity');
    expect(tree.get('n')).toBeNaN();
  });

  it('parses standard JSON like JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, 0.1, true, false, null], "b\\u00e9\\n": {"c": "x\\"y"}, "d": {}, "e": []}';
    const tree = parseTolerantJson(text, 'm.json');
    const toPlain = (v: unknown): unknown =>
      v instanceof Map ? Object.fromEntries([...v].map(([k, x]) => [k, toPlain(x)])) : Array.isArray(v) ? v.map(toPlain) : v;
    expect(toPlain(tree)).toEqual(JSON.parse(text));
  });

  it('reports a truncated file with the line and column where it stops', () => {
    const { name, text } = readFixture('truncated.json');
    expect(() => readJsonMetrics(name, text)).toThrow(
      'truncated.json:4: not valid JSON at column 21: the JSON ends in the middle of a value; the file looks truncated',
    );
  });

  it('reports a string cut off by the end of the file where the string starts', () => {
    const error = errorOf('{\n  "accuracy": 0.9,\n  "f1');
    expect(error.location?.line).toBe(3);
    expect(error.message).toBe('m.json:3: not valid JSON at column 3: a string that never closes; the file may be truncated');
  });

  it('reports a missing comma with line and column', () => {
    const error = errorOf('{\n  "a": 1\n  "b": 2\n}');
    expect(error.message).toBe("m.json:3: not valid JSON at column 3: unexpected '\"'; expected ',' or '}' after an object member");
  });

  it('rejects JSON Lines and trailing text', () => {
    expect(errorOf('{"a": 1}\n{"a": 2}\n').message).toMatch(/^m\.json:2: .*unexpected text after the end of the JSON document/);
  });

  it('rejects an empty file and unknown words', () => {
    expect(errorOf('  \n').message).toContain('the file is empty');
    expect(errorOf('{"a": nan}').message).toBe("m.json:1: not valid JSON at column 7: unexpected 'n'; expected a value");
  });

  it('skips a UTF-8 byte order mark', () => {
    expect(parseTolerantJson('\uFEFF[1]', 'm.json')).toEqual([1]);
  });
});
