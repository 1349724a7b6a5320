// `check --format json`: for programs, every file's findings worded (src/wording/messages.ts) and each keeping its
// messageId, fixId and params beside the words, so a program reads the same ids whatever the run's language.
import type { CheckFinding, Finding } from '../../model/diagnostics.js';
import { wordFindings } from '../../wording/messages.js';

/** What `check --format json` prints of one file: its findings worded, each keeping messageId, fixId and params. */
export interface FileReport {
  file: string;
  findings: readonly CheckFinding[];
  errors: number;
  warnings: number;
  fatal: boolean;
}

/** A finding's fields in the order a person reads them: what, which words, where, the words. */
export function inReadingOrder(finding: Finding): Finding {
  const { ruleId, severity, messageId, fixId, params, place, message, fix, ...rest } = finding;
  return { ruleId, severity, messageId, fixId, params, place, message, fix, ...rest } as Finding;
}

/** `check --format json`: every file with its findings (ids, values and words) and the totals. */
export function findingsJson(results: readonly FileReport[]): string {
  const files = results.map(({ file, findings, errors, warnings, fatal }) => ({
    file,
    errors,
    warnings,
    fatal,
    findings: wordFindings(findings).map(inReadingOrder),
  }));
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const warnings = results.reduce((sum, result) => sum + result.warnings, 0);
  return JSON.stringify({ files, errors, warnings }, null, 2);
}
