/**
 * One error policy: every failure a user can cause is one of these typed errors, with a message that names
 * the file, line and field and says what to do. The entry points print `message` as one line and exit 2
 * (CLI) or fail the step (action); anything else is a bug and keeps its stack trace.
 */

/** Where in an input a problem sits. */
export interface InputLocation {
  readonly file: string;
  /** 1-based line (text formats) or record number (JSON documents, see `unit`). */
  readonly line?: number;
  /** What `line` counts; `record` for the elements of a JSON document. */
  readonly unit?: 'line' | 'record';
  /** The column or field name involved. */
  readonly field?: string;
}

/** Bad input data: a file that cannot be read as what it claims to be. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly location: InputLocation | undefined;

  constructor(problem: string, location?: InputLocation) {
    super(logSafe(location ? `${formatLocation(location)}: ${problem}` : problem));
    this.location = location;
  }
}

/** A setting, input or flag with a value that cannot be used. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(message: string) {
    super(logSafe(message));
  }
}

/** The command line was used the wrong way. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(message: string) {
    super(logSafe(message));
  }
}

/**
 * A message made safe to print in a CI log: one line, whatever the cells it quotes hold. Line breaks and other
 * control characters are written as escapes (`\n`, `\u001b`), so a cell cannot start a line with a GitHub
 * workflow command (`::warning::…`, `::add-mask::…`) or drive the terminal; bidirectional controls (U+202E…),
 * which reorder what a reader sees, are written as their code point.
 */
export function logSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * A GitHub API call that failed for a reason outside model-gate: a missing permission, a workflow file that does
 * not exist, an exhausted rate limit. The message names the call, the status and what to do (docs/github.md).
 */
export class GitHubError extends Error {
  override readonly name: string = 'GitHubError';
  constructor(
    message: string,
    /** The HTTP status, or 0 for a network failure or a refusal model-gate made itself. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** True for the errors a user caused and can fix; these are reported without a stack trace. */
export function isUserError(error: unknown): error is InputError | ConfigError | UsageError | GitHubError {
  return error instanceof InputError || error instanceof ConfigError || error instanceof UsageError || error instanceof GitHubError;
}

function formatLocation({ file, line, field, unit }: InputLocation): string {
  let text = file;
  if (line !== undefined) text += unit === 'record' ? ` record ${line}` : `:${line}`;
  if (field !== undefined) text += ` (column "${field}")`;
  return text;
}
