import { describe, expect, it } from 'vitest';
import { protectBigIntegers } from '../../../src/ingest/formats/big-integers.js';

describe('protectBigIntegers', () => {
  it('quotes an integer beyond 2^53, so that two such labels stay two', () => {
    expect(JSON.parse(protectBigIntegers('{"y_true":9007199254740993,"y_pred":-9007199254740993}'))).toEqual({
      y_true: '9007199254740993',
      y_pred: '-9007199254740993',
    });
  });

  it('leaves safe integers, decimals, exponents and strings as written', () => {
    const text = '{"a":9007199254740991,"b":90071992547409931.5,"c":90071992547409931e2,"d":"90071992547409931"}';
    expect(protectBigIntegers(text)).toBe(text);
  });

  it('leaves a number JSON forbids (a leading zero) for JSON.parse to refuse, as the whole-document reader does', () => {
    const text = '[{"y_true":1,"y_score":09007199257289341}]';
    expect(protectBigIntegers(text)).toBe(text);
    expect(() => JSON.parse(protectBigIntegers(text))).toThrow(SyntaxError);
  });
});
