// Findings are vfile messages, as in remark-lint: a position, a rule id, a severity, and a fix hint in `note`.
import { VFileMessage } from 'vfile-message';
import type { Span } from './policy.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  ruleId: string;
  /** Which problem of the rule's, stable for programs to test (the message is for people and may be reworded). */
  code?: string;
  message: string;
  severity: Severity;
  place?: Span;
  fix?: string;
  /** The file could not be understood at all (exit code 2 rather than 1). */
  fatal?: boolean;
}

export const SOURCE = 'clausemark';

export function toMessage(file: string, finding: Finding): VFileMessage {
  const options = finding.place
    ? { place: finding.place, ruleId: finding.ruleId, source: SOURCE }
    : { ruleId: finding.ruleId, source: SOURCE };
  const message = new VFileMessage(finding.message, options);
  message.file = file;
  // vfile convention: fatal true = error, false = warning.
  message.fatal = finding.severity === 'error';
  if (finding.fix) message.note = finding.fix;
  return message;
}

export function isError(message: VFileMessage): boolean {
  return message.fatal === true;
}

/** `file:line:col` for the start of a message, the way editors and terminals link it. */
export function locationOf(message: VFileMessage): string {
  const line = message.line ?? 1;
  const column = message.column ?? 1;
  return `${message.file ?? ''}:${line}:${column}`;
}
