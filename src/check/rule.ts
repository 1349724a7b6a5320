// A check rule is one small function over a parsed policy that returns positioned findings with its rule id, each
// naming its message and fix in templates/messages/en.yaml (worded by src/wording/messages.ts when reported). What a
// rule needs beyond the policy (the project it belongs to, the file's git history and what it shows of an adoption) comes through its context, so a
// rule never goes looking for the world itself and a test can hand it any world it likes (src/check/context.ts).
import type { Project } from '../io/project.js';
import type { Severity, UnwordedFinding } from '../model/diagnostics.js';
import type { Policy } from '../model/policy.js';
import type { GitEvidence } from '../procedure/adoption-git.js';

export interface RuleContext {
  policy: Policy;
  /** The command's project: its brands, labels, procedures and sector templates are the ones the policy is held to. */
  project: Project;
  /** The texts of the policy's file in its last `limit` commits, newest first; none outside a git repository. */
  history(limit: number): string[];
  /**
   * What git shows of the policy's adoption without a hash on `day` (src/procedure/adoption-git.ts gitEvidence):
   * whether its history is cut before the commit that wrote the adoption down; undefined for none, or outside git.
   */
  adoptionInGit(day: string): GitEvidence | undefined;
  /** The day the procedure's dates are judged on (`check --at`); undefined: today. */
  today?: string;
}

export interface Rule {
  /** kebab-case, shown after each message and usable to look the rule up in the docs. */
  id: string;
  severity: Severity;
  description: string;
  /** Findings as ids of templates/messages/en.yaml and their values; the reporter words them. */
  run(context: RuleContext): RuleFinding[];
}

/** What a rule reports: everything of a finding but its rule id and severity, which are the rule's. */
export type RuleFinding = Omit<UnwordedFinding, 'ruleId' | 'severity'>;
