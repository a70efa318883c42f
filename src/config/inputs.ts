/** The action's inputs and outputs (README.md#inputs), in one place; a test keeps this list and action.yml in step. */
export const INPUT_NAMES = [
  'predictions',
  'metrics',
  'task',
  'columns',
  'positive-label',
  'decision-threshold',
  'rules',
  'config',
  'mode',
  'baseline',
  'baseline-artifact',
  'baseline-workflow',
  'baseline-branch',
  'significance',
  'comment',
  'comment-tag',
  'fail-on',
  'if-no-baseline',
  'accept-label',
  'retention-days',
  'history',
  'current-artifact',
  'current-run-id',
  'github-token',
  'report-artifact',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

export const OUTPUT_NAMES = [
  'status',
  'passed',
  'metrics',
  'regressions',
  'report',
  'comment-url',
  'baseline-sha',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

/** Reads one raw input; undefined or '' means not set. Production wraps `core.getInput`, tests pass a map. */
export type InputReader = (name: InputName) => string | undefined;
