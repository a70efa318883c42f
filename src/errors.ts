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
    super(location ? `${formatLocation(location)}: ${problem}` : problem);
    this.location = location;
  }
}

/** A setting, input or flag with a value that cannot be used. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The command line was used the wrong way. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
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
