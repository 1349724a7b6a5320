// The world a check rule sees (src/check/rule.ts): built once per policy by whoever runs the rules. By default the
// project is the one the command runs in (as build resolves brands) and the history is git's, read only when a rule
// asks for it.
import { fileAtRevision, fileHistory, repositoryRoot } from '../io/git.js';
import { findProjectRoot } from '../io/root.js';
import type { Policy } from '../model/policy.js';
import type { RuleContext } from './rule.js';

export interface ContextOptions {
  /** The project folder; default: the one above the working directory (findProjectRoot). */
  root?: string;
}

export function ruleContextFor(policy: Policy, options: ContextOptions = {}): RuleContext {
  let root = options.root;
  return {
    policy,
    get root() {
      root ??= findProjectRoot();
      return root;
    },
    history(limit) {
      if (!policy.path || !repositoryRoot(policy.path)) return [];
      return fileHistory(policy.path)
        .slice(0, limit)
        .map((revision) => fileAtRevision(policy.path, revision.commit));
    },
  };
}
