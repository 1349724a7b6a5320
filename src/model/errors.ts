// A ClausemarkError is trouble the user can fix (bad file, bad argument): the CLI prints it without a stack trace
// and exits 2. Anything else that escapes is a bug in clausemark and is reported as one.
import type { Point } from './policy.js';

export interface ErrorPlace {
  file?: string;
  point?: Point;
  /** The command-line argument at fault, when it is not a file. */
  argument?: string;
}

export class ClausemarkError extends Error {
  readonly place: ErrorPlace;
  readonly hint: string | undefined;
  readonly ruleId: string;

  constructor(message: string, options: { place?: ErrorPlace; hint?: string; ruleId?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClausemarkError';
    this.place = options.place ?? {};
    this.hint = options.hint;
    this.ruleId = options.ruleId ?? 'error';
  }

  /** One line a person can act on: `file:line:col: message` then the hint. */
  format(): string {
    const { file, point, argument } = this.place;
    let where = '';
    if (file) where = point ? `${file}:${point.line}:${point.column}: ` : `${file}: `;
    else if (argument) where = `${argument}: `;
    return `${where}${this.message}${this.hint ? `\n  fix: ${this.hint}` : ''}`;
  }
}

export function isClausemarkError(error: unknown): error is ClausemarkError {
  return error instanceof ClausemarkError;
}
