// `check` over files: read, parse and check each, collecting results; unreadable files are results too.
import { loadPolicy } from '../parse/index.js';
import { isClausemarkError } from '../model/errors.js';
import type { Finding } from '../model/diagnostics.js';
import { checkParsed, type CheckResult } from './index.js';

export interface FileCheck extends CheckResult {
  file: string;
}

export function checkFile(file: string): FileCheck {
  try {
    return { file, ...checkParsed(loadPolicy(file)) };
  } catch (error) {
    if (!isClausemarkError(error)) throw error;
    const finding: Finding = { ruleId: error.ruleId, severity: 'error', fatal: true, message: error.message };
    if (error.hint) finding.fix = error.hint;
    if (error.place.point) finding.place = { start: error.place.point, end: error.place.point };
    return { file, findings: [finding], errors: 1, warnings: 0, fatal: true };
  }
}

export function checkFiles(files: readonly string[]): FileCheck[] {
  return files.map(checkFile);
}

/** Exit status like the issue asks: 2 unreadable, 1 errors (or warnings with strict), 0 clean. */
export function checkExitCode(results: readonly FileCheck[], strict: boolean): number {
  if (results.some((result) => result.fatal)) return 2;
  if (results.some((result) => result.errors > 0 || (strict && result.warnings > 0))) return 1;
  return 0;
}
