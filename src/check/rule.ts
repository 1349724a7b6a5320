// A check rule is one small function over a parsed policy that returns positioned findings with its rule id.
import type { Finding, Severity } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';

export interface RuleContext {
  policy: Policy;
}

export interface Rule {
  /** kebab-case, shown after each message and usable to look the rule up in the docs. */
  id: string;
  severity: Severity;
  description: string;
  run(context: RuleContext): Omit<Finding, 'ruleId' | 'severity'>[];
}
