import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/report/format.js';
import { changeDecimals, formatChange, formatInUnit, formatPercent, separateDecimals, unitOf, valueDecimals } from '../../src/report/units.js';

describe('the unit of a metric', () => {
  const cases: [string, number | undefined, number | undefined, string][] = [
    ['accuracy', 0.8, 0.9, 'rate'],
    ['f1_macro', 0.8, 0.9, 'rate'],
    ['roc_auc[region=eu]', 0.9, 0.8, 'rate'],
    ['mmlu/acc_norm', 0.4, 0.41, 'rate'],
    ['r2', 0.97, 0.96, 'plain'],
    ['log_loss', 0.3, 0.2, 'plain'],
    ['mae', 3.3, 2.7, 'plain'],
    ['mape', 0.05, 0.06, 'percent'],
    ['n', 2000, 2000, 'count'],
    ['accuracy', 87, 88, 'plain'],
    ['latency_ms', 100, 115, 'plain'],
  ];
  for (const [id, a, b, unit] of cases) it(`${id} (${a}, ${b}) is ${unit}`, () => expect(unitOf(id, a, b)).toBe(unit));
});

describe('numbers for people: no exponents, no "−0", one unit per metric', () => {
  const cases: { name: string; text: string; expected: string }[] = [
    { name: 'a tiny plain change keeps its digits, without an exponent', text: formatChange(5.146e-5, 'plain', changeDecimals('plain', 5.146e-5)), expected: '+0.000051' },
    { name: 'a negative tiny change', text: formatChange(-0.0008333, 'plain', changeDecimals('plain', -0.0008333)), expected: '−0.00083' },
    { name: 'a change that rounds to nothing has no sign', text: formatChange(-0.00001, 'plain', 2), expected: '0.00' },
    { name: 'a rate change in points, decimals from the interval half-width', text: formatChange(-0.06799, 'rate', changeDecimals('rate', -0.06799, [-0.1074, -0.02888])), expected: '−6.8 pts' },
    { name: 'a narrow interval asks for more digits', text: formatChange(0.02817, 'plain', changeDecimals('plain', 0.02817, [0.01792, 0.03842])), expected: '+0.028' },
    { name: 'a wide interval asks for fewer', text: formatChange(0.6096, 'plain', changeDecimals('plain', 0.6096, [-2, 3.2])), expected: '+0.6' },
    { name: 'one point is singular', text: formatChange(0.01, 'rate', 0), expected: '+1 pt' },
    { name: 'MAPE values as percentages', text: formatInUnit(0.05244, 'percent', 2), expected: '5.24%' },
    { name: 'a rate value has two more decimals than its change in points', text: formatInUnit(0.6763, 'rate', valueDecimals('rate', 0.6763, 1)), expected: '0.676' },
    { name: 'huge values are grouped, never exponents', text: formatInUnit(1.234e9, 'plain', 0), expected: '1,234,000,000' },
    { name: 'counts are whole', text: formatInUnit(2000, 'count', 0), expected: '2,000' },
    { name: 'relative changes: two significant digits', text: formatPercent(0.0941), expected: '+9.4%' },
    { name: 'relative changes of 10% and more: whole percents', text: formatPercent(-0.1011), expected: '−10%' },
    { name: 'a relative change that rounds to nothing has no sign', text: formatPercent(-0.0000001), expected: '0.000%' },
    { name: 'an exact zero change is "0"', text: formatChange(0, 'rate', 1), expected: '0' },
    {
      name: 'a bound that would round onto the allowance gets one more decimal (+0.0155 against 0.0161, not +0.016 against 0.016)',
      text: formatChange(0.01553, 'plain', separateDecimals('plain', changeDecimals('plain', 0.0306, [0.01553, 0.04561]), [0.01553, 0.04561], 0.01606)),
      expected: '+0.0155',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(c.text).toBe(c.expected);
      expect(c.text).not.toMatch(/e[+-]?\d/);
    });
  }
});

describe('formatValue (confusion counts, chart ticks, the evaluate table)', () => {
  it('writes tiny and huge numbers out in full', () => {
    expect(formatValue(5.146e-5)).toBe('0.00005146');
    expect(formatValue(-0.0008333)).toBe('-0.0008333');
    expect(formatValue(1.5e12)).toBe('1,500,000,000,000');
    expect(formatValue(0.86123)).toBe('0.8612');
    expect(formatValue(2000)).toBe('2,000');
  });
});
