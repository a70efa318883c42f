/**
 * Reads a number written as text by Python (`str(float)`, `csv.writer`): decimal and exponent forms, and the
 * spellings Python uses for the non-finite values (`nan`, `inf`, `-inf`; also `NaN`/`Infinity` as JSON writes
 * them). Non-finite values come back as NaN/±Infinity for the caller to report as undefined metrics.
 * Returns undefined for anything else, so `"0x10"`, `""` or `"1,5"` never pass as numbers the way `Number()`
 * would let some of them.
 */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  const lower = trimmed.toLowerCase();
  if (lower === 'nan' || lower === '+nan' || lower === '-nan') return Number.NaN;
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity' || lower === '+infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  return undefined;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
