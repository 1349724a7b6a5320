// One diagnostic type from the parser to the reporter. A parser finding, a check rule's finding, and the trouble a
// command throws (a ClausemarkError, src/model/errors.ts, which carries one of these) are all a Finding: a rule id,
// a severity, a position (file, line, column), the message and a fix hint. A check rule does not word its findings:
// it gives a messageId, a fixId and their placeholders' values (an UnwordedFinding), and the reporter words them
// from templates/messages/en.yaml (src/wording/messages.ts), so the words live in one file and a program reading
// JSON can rely on the ids. Only this module turns a worded finding into text, so no caller converts between shapes
// by hand. (Findings were once bridged to vfile's VFileMessage; nothing read that, so the bridge and the
// dependency went.)
import type { Point, Span } from './policy.js';

export type Severity = 'error' | 'warning';

/** An entry of templates/messages/en.yaml (`<group>.<key>`) with the values of its {{placeholders}}. */
export interface MessageRef {
  messageId: string;
  params?: MessageParams;
}

/** A placeholder's value: text, a number, or a phrase of the messages file worded first (`value.list`). */
export type MessageParam = string | number | MessageRef;
export type MessageParams = Record<string, MessageParam>;

/** Where a finding is and what it is about, whether it is worded yet or not. */
interface FindingBase {
  ruleId: string;
  severity: Severity;
  /**
   * The file it is about, when the finding travels without its file (a thrown error, a worker thread's report).
   * A check result names its file once for all its findings and leaves this out.
   */
  file?: string;
  /** The command-line argument at fault, when it is not a file. */
  argument?: string;
  place?: Span;
  /** The file could not be understood at all (exit code 2 rather than 1). */
  fatal?: boolean;
}

/** A finding in words: made so (a parser's, a thrown error's) or worded from its ids by wordFinding. */
export interface Finding extends FindingBase {
  message: string;
  fix?: string;
  /**
   * Which problem of the rule's, kept when it was worded from the messages file: stable for programs to test and
   * read (check --format json), while the message is for people and may be reworded.
   */
  messageId?: string;
  fixId?: string;
  params?: MessageParams;
}

/** A check rule's finding before it is reported: what it says as ids of the messages file and their values. */
export interface UnwordedFinding extends FindingBase {
  /** `<rule-id>.<key>` in templates/messages/en.yaml; fixId likewise names the fix hint. */
  messageId: string;
  fixId?: string;
  params: MessageParams;
  message?: undefined;
  fix?: undefined;
}

/** What `check` returns: the parser's findings (worded) and the rules' (worded only when reported). */
export type CheckFinding = Finding | UnwordedFinding;

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

/**
 * One finding as the CLI prints a failure: `file:line:col: message`, then the fix on its own line, marked with
 * `fixLabel` (the user's word for it, `finding.fix` of templates/messages/<lang>.yaml: src/io/messages.ts tells).
 */
export function formatFinding(finding: Finding, fixLabel = 'fix'): string {
  const where = locationOf(finding);
  return `${where ? `${where}: ` : ''}${finding.message}${finding.fix ? `\n  ${fixLabel}: ${finding.fix}` : ''}`;
}
