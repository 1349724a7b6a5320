// A ClausemarkError is trouble the user can fix (bad file, bad argument): the CLI prints it without a stack trace
// and exits 2. Anything else that escapes is a bug in clausemark and is reported as one. It is not a second
// diagnostic type: it carries a Finding (src/model/diagnostics.ts) and only throws it, so a caller that catches one
// and reports it as a finding (check over an unreadable file, a worker thread's report) takes `.finding` as it is,
// and a caller that must stop on a parser finding throws it with `ClausemarkError.of`. Its words come from
// templates/messages/en.yaml: errorById (src/io/messages.ts) words it and gives the ids (`options.ids`), which its
// finding keeps beside the words, ESLint-style, so a program reads the messageId and the text stays Error.message.
import { type Finding, formatFinding, type MessageParams, spanAt } from './diagnostics.js';
import type { Point } from './policy.js';

export interface ErrorPlace {
  file?: string;
  point?: Point;
  /** The command-line argument at fault, when it is not a file. */
  argument?: string;
}

export interface ErrorOptions {
  place?: ErrorPlace;
  hint?: string;
  ruleId?: string;
  cause?: unknown;
  /** The entries of the messages file the message and hint were worded from, and their values. */
  ids?: { messageId: string; fixId?: string; params?: MessageParams };
}

export class ClausemarkError extends Error {
  /** What went wrong, where, and how to fix it: always an error, always fatal (exit 2). */
  readonly finding: Finding;

  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClausemarkError';
    const { file, point, argument } = options.place ?? {};
    this.finding = {
      ruleId: options.ruleId ?? 'error',
      message,
      severity: 'error',
      fatal: true,
      ...(file !== undefined ? { file } : {}),
      ...(argument !== undefined ? { argument } : {}),
      ...(point ? { place: spanAt(point) } : {}),
      ...(options.hint !== undefined ? { fix: options.hint } : {}),
      ...options.ids,
    };
  }

  /**
   * Throws a finding as it is (a parser's fatal finding, a rule's finding that stops a build, a worker's report),
   * with the file it is about; thrown, it is an error whatever its severity was.
   */
  static of(finding: Omit<Finding, 'severity'>, cause?: unknown): ClausemarkError {
    const error = new ClausemarkError(finding.message, cause === undefined ? {} : { cause });
    (error as { finding: Finding }).finding = { ...finding, severity: 'error', fatal: true };
    return error;
  }

  get ruleId(): string {
    return this.finding.ruleId;
  }

  get hint(): string | undefined {
    return this.finding.fix;
  }

  /** Where it went wrong, in the words the constructor takes (so a caller can re-throw it with more context). */
  get place(): ErrorPlace {
    const { file, place, argument } = this.finding;
    return {
      ...(file !== undefined ? { file } : {}),
      ...(place ? { point: place.start } : {}),
      ...(argument !== undefined ? { argument } : {}),
    };
  }

  /** One line a person can act on: `file:line:col: message` then the hint, marked `fixLabel` (src/io/messages.ts). */
  format(fixLabel?: string): string {
    return formatFinding(this.finding, fixLabel);
  }
}

export function isClausemarkError(error: unknown): error is ClausemarkError {
  return error instanceof ClausemarkError;
}
