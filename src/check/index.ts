// `check`: the parser's own findings plus every rule, sorted by position.
import type { Finding } from '../model/diagnostics.js';
import type { ParseResult } from '../parse/index.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

export interface CheckResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  /** A fatal finding means the file could not be understood (exit 2). */
  fatal: boolean;
}

function byPosition(a: Finding, b: Finding): number {
  const la = a.place?.start.line ?? 0;
  const lb = b.place?.start.line ?? 0;
  if (la !== lb) return la - lb;
  return (a.place?.start.column ?? 0) - (b.place?.start.column ?? 0);
}

export function checkParsed(parsed: ParseResult, rules: readonly Rule[] = RULES): CheckResult {
  const findings: Finding[] = [...parsed.findings];
  const fatal = findings.some((finding) => finding.fatal);
  // Rules only make sense on a file that was understood; a YAML error would cascade into many "missing field"s.
  if (!fatal) {
    for (const rule of rules) {
      for (const finding of rule.run({ policy: parsed.policy })) {
        findings.push({ ...finding, ruleId: rule.id, severity: rule.severity });
      }
    }
  }
  findings.sort(byPosition);
  return {
    findings,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    fatal,
  };
}
