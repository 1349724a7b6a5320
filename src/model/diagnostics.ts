// One diagnostic type from the parser to the reporter. A parser finding, a check rule's finding, and the trouble a
// command throws (a ClausemarkError, src/model/errors.ts, which carries one of these) are all a Finding: a rule id,
// a severity, a position (file, line, column), the message and a fix hint. Only this module turns one into text, so
// no caller converts between shapes by hand. (Findings were once bridged to vfile's VFileMessage; nothing read
// that, so the bridge and the dependency went.)
import type { Point, Span } from './policy.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  ruleId: string;
  /** Which problem of the rule's, stable for programs to test (the message is for people and may be reworded). */
  code?: string;
  message: string;
  severity: Severity;
  /**
   * The file it is about, when the finding travels without its file (a thrown error, a worker thread's report).
   * A check result names its file once for all its findings and leaves this out.
   */
  file?: string;
  /** The command-line argument at fault, when it is not a file. */
  argument?: string;
  place?: Span;
  fix?: string;
  /** The file could not be understood at all (exit code 2 rather than 1). */
  fatal?: boolean;
}

/** A place that is a single point, as a Span (errors point at where reading stopped, not at a range). */
export function spanAt(point: Point): Span {
  return { start: point, end: point };
}

/** `file:line:col`, `file` or the argument, for the start of a finding: the way editors and terminals link it. */
export function locationOf(finding: Finding): string {
  const { file, place, argument } = finding;
  if (file) return place ? `${file}:${place.start.line}:${place.start.column}` : file;
  return argument ?? '';
}

/** One finding as the CLI prints a failure: `file:line:col: message`, then the fix on its own line. */
export function formatFinding(finding: Finding): string {
  const where = locationOf(finding);
  return `${where ? `${where}: ` : ''}${finding.message}${finding.fix ? `\n  fix: ${finding.fix}` : ''}`;
}
