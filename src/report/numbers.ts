import type { MetricVerdict } from '../gate/verdict.js';
import { formatValue } from './format.js';

/** The cells every rendering shows for a metric, formatted for people. */
export function formatDelta(verdict: MetricVerdict): { absolute: string; relative: string } {
  if (verdict.delta === undefined) return { absolute: '', relative: '' };
  if (verdict.delta === 0) return { absolute: '0', relative: '0%' };
  const sign = verdict.delta > 0 ? '+' : '−';
  const absolute = `${sign}${formatValue(Math.abs(verdict.delta))}`;
  if (verdict.relativeDelta === undefined) return { absolute, relative: '' };
  const percent = Math.abs(verdict.relativeDelta * 100);
  const relative = `${sign}${percent >= 10 ? percent.toFixed(1) : percent >= 0.1 ? percent.toFixed(2) : percent.toPrecision(2)}%`;
  return { absolute, relative };
}

export function formatMetricValue(value: number | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return 'NaN';
  return formatValue(value);
}

/** The interval of a delta, in the same style as the delta: "−0.031 … −0.009". */
export function formatInterval(verdict: MetricVerdict): string {
  if (!verdict.estimate) return '';
  const show = (v: number) => (v === 0 ? '0' : `${v > 0 ? '+' : '−'}${formatValue(Math.abs(v))}`);
  const [low, high] = verdict.estimate.interval;
  return `${show(low)} … ${show(high)}`;
}
