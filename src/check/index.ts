// `check`: the parser's own findings plus every rule, sorted by position.
import type { CheckFinding } from '../model/diagnostics.js';
import type { ParseResult } from '../parse/index.js';
import { type ContextOptions, ruleContextFor } from './context.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

export interface CheckResult {
  /** The parser's findings in words, the rules' as ids (src/wording/messages.ts words them). */
  findings: CheckFinding[];
  errors: number;
  warnings: number;
  /** A fatal finding means the file could not be understood (exit 2). */
  fatal: boolean;
}

function byPosition(a: CheckFinding, b: CheckFinding): number {
  const la = a.place?.start.line ?? 0;
  const lb = b.place?.start.line ?? 0;
  if (la !== lb) return la - lb;
  return (a.place?.start.column ?? 0) - (b.place?.start.column ?? 0);
}

export function checkParsed(
  parsed: ParseResult,
  rules: readonly Rule[] = RULES,
  world: ContextOptions = {},
): CheckResult {
  const findings: CheckFinding[] = [...parsed.findings];
  const fatal = findings.some((finding) => finding.fatal);
  // Rules only make sense on a file that was understood; a YAML error would cascade into many "missing field"s.
  if (!fatal) {
    const context = ruleContextFor(parsed.policy, world);
    for (const rule of rules) {
      for (const finding of rule.run(context)) {
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
