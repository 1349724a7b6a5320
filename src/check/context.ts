// The world a check rule sees (src/check/rule.ts): built once per policy by whoever runs the rules. The project is
// the one the command found (src/io/project.ts), by default the one around the working folder; the history is git's,
// read only when a rule asks for it.
import { fileAtRevision, fileHistory, repositoryRoot } from '../io/git.js';
import { findProject, type Project } from '../io/project.js';
import type { Policy } from '../model/policy.js';
import type { RuleContext } from './rule.js';

export interface ContextOptions {
  /** The command's project; default: the one around the working folder (findProject). */
  project?: Project;
}

export function ruleContextFor(policy: Policy, options: ContextOptions = {}): RuleContext {
  let project = options.project;
  return {
    policy,
    get project() {
      project ??= findProject();
      return project;
    },
    history(limit) {
      if (!policy.path || !repositoryRoot(policy.path)) return [];
      return fileHistory(policy.path)
        .slice(0, limit)
        .map((revision) => fileAtRevision(policy.path, revision.commit));
    },
  };
}
