/** Numbers for people: enough significant digits to see a change, never 17 of them, and never an exponent. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'NaN';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value.toLocaleString('en-US');
  const abs = Math.abs(value);
  if (abs >= 1000) return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  // Four significant digits written out in full: 0.00005146, not 5.146e-5.
  const decimals = abs === 0 ? 0 : Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(abs))));
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: decimals });
}
