import { formatValue } from './format.js';

/** A value alone, for the HTML report's plain rows (the comment's cells come from cells.ts). */
export function formatMetricValue(value: number | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return 'NaN';
  return formatValue(value);
}
