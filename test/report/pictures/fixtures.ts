import type { HtmlReportInput } from '../../../src/report/html-report.js';
import type { ConfusionPair, Curve, CurvePair, Pictures, Trend } from '../../../src/report/pictures.js';

/** Shared picture data for the renderer tests: realistic, deterministic, and one hostile case. */

export const GRID: readonly number[] = Array.from({ length: 21 }, (_, i) => Number((i / 20).toFixed(2)));

export function trend(id: string, values: readonly (number | null)[], direction: Trend['direction'] = 'higher'): Trend {
  const labels = ['3f2a9c1', '8be01d4', 'c47d2aa', '19f0e6b', 'a03c5d7', '5e6b8f2', 'd91a4c0', '0b7e3f9'];
  return {
    id,
    direction,
    points: values.map((value, i) => ({
      label: i === values.length - 1 ? 'this PR' : labels[i % labels.length]!,
      value,
      date: i === values.length - 1 ? undefined : `2025-05-${String(i + 1).padStart(2, '0')}`,
    })),
  };
}

export const ACCURACY = trend('accuracy', [0.912, 0.915, 0.909, 0.918, 0.913, 0.916, 0.889]);
export const LOG_LOSS = trend('log_loss', [0.231, 0.228, null, 0.236, 0.229, 0.262], 'lower');

function curve(shape: (x: number) => number, area: number | undefined): Curve {
  return { x: GRID, y: GRID.map((x) => Number(Math.min(1, shape(x)).toFixed(4))), area };
}

export const ROC: CurvePair = {
  baseline: curve((x) => (x === 0 ? 0 : x ** 0.18), 0.955),
  current: curve((x) => (x === 0 ? 0 : x ** 0.25), 0.941),
};

export const PRECISION_RECALL: CurvePair = {
  baseline: curve((x) => 1 - 0.35 * x ** 3, 0.902),
  current: curve((x) => 1 - 0.45 * x ** 2.5, 0.874),
};

export const CONFUSION: ConfusionPair = {
  classes: ['cat', 'dog', 'bird'],
  baseline: [
    [50, 3, 2],
    [4, 45, 1],
    [2, 1, 42],
  ],
  current: [
    [48, 5, 2],
    [3, 46, 1],
    [1, 2, 42],
  ],
};

/** Strings an artifact could carry to break a diagram, a table or the page. */
export const HOSTILE_ID = '"]; x-axis [evil';
export const HOSTILE_CLASS = '<script>';

export const HOSTILE_TREND: Trend = {
  id: HOSTILE_ID,
  direction: 'higher',
  points: [
    { label: '```\n%%{init}%%', value: 0.5, date: undefined },
    { label: 'a"b;c#d', value: 0.6, date: '<img src=x onerror=alert(1)>' },
    { label: 'this PR', value: 0.55, date: undefined },
  ],
};

export const HOSTILE_CONFUSION: ConfusionPair = {
  classes: [HOSTILE_CLASS, 'a|b', '@octocat'],
  baseline: [
    [5, 1, 0],
    [0, 6, 1],
    [1, 0, 7],
  ],
  current: [
    [4, 2, 0],
    [0, 7, 0],
    [1, 1, 6],
  ],
};

export const PICTURES: Pictures = { trends: [ACCURACY, LOG_LOSS], roc: ROC, precisionRecall: PRECISION_RECALL, confusion: CONFUSION };

export const REPORT: HtmlReportInput = {
  title: 'model-gate: 1 regression',
  markdownSummary: '❌ accuracy fell by 0.023 (more than the allowed 0.01).',
  tableRows: [
    { id: 'accuracy', baseline: 0.912, current: 0.889, delta: -0.023, status: 'fail' },
    { id: 'log_loss', baseline: 0.231, current: 0.262, delta: 0.031, status: 'warn' },
    { id: 'f1', baseline: 0.861, current: '0.86 (n=2,000)', delta: '−0.001', status: 'pass' },
    { id: 'roc_auc', baseline: undefined, current: null, delta: null, status: 'new' },
  ],
  pictures: PICTURES,
};

export const HOSTILE_REPORT: HtmlReportInput = {
  title: `</title><script>alert(1)</script>`,
  markdownSummary: '<img src=x onerror=alert(1)>',
  tableRows: [{ id: HOSTILE_ID, baseline: 1, current: 0, delta: -1, status: 'fail' }, { id: '<script>alert("id")</script>', baseline: 0.5, current: 0.5, delta: 0, status: 'pass' }],
  pictures: { trends: [HOSTILE_TREND], roc: ROC, precisionRecall: undefined, confusion: HOSTILE_CONFUSION },
};
