// `check`: the parser's own findings plus every rule, sorted by position.
import type { CheckFinding } from '../model/diagnostics.js';
import type { ParseResult } from '../parse/index.js';
import { type ContextOptions, ruleContextFor } from './context.js';
import type { Rule, RuleFinding } from './rule.js';
import { RULES } from './rules/index.js';

export interface CheckResult {
  /** The parser's findings in words, the rules' as ids (src/wording/messages.ts words them). */
  findings: CheckFinding[];
  errors: number;
  warnings: number;
  /** A fatal finding means the file could not be understood (exit 2). */
  fatal: boolean;
}

/**
 * The findings by position (line, then column), those at one position in the order given. Each finding's place is
 * read once, not at every comparison: findings of many shapes made each read a slow one, 100,000 of them to sort a
 * civil code's 7,700.
 */
function byPosition(findings: readonly CheckFinding[]): CheckFinding[] {
  const lines = findings.map((finding) => finding.place?.start.line ?? 0);
  const columns = findings.map((finding) => finding.place?.start.column ?? 0);
  const order = findings.map((_, index) => index);
  order.sort(
    (a, b) => (lines[a] as number) - (lines[b] as number) || (columns[a] as number) - (columns[b] as number) || a - b,
  );
  return order.map((index) => findings[index] as CheckFinding);
}

/**
 * `{ ...finding, ruleId: rule.id, severity: rule.severity }`, copied key by key: the same own keys in the same order,
 * then the two of the rule. Object spread over thousands of findings of many shapes took V8's slow path: a civil
 * code's 7,700 findings cost 8-29 ms spread, 2-3 ms copied (cold, as a CLI run meets them).
 */
function stamped(finding: RuleFinding, rule: Rule): CheckFinding {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(finding)) copy[key] = (finding as Record<string, unknown>)[key];
  copy.ruleId = rule.id;
  copy.severity = rule.severity;
  return copy as unknown as CheckFinding;
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
      for (const finding of rule.run(context)) findings.push(stamped(finding, rule));
    }
  }
  const sorted = byPosition(findings);
  return {
    findings: sorted,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    fatal,
  };
}
