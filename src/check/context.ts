// The world a check rule sees (src/check/rule.ts): built once per policy by whoever runs the rules. The project is
// the one the command found (src/io/project.ts), by default the one around the working folder; the history, and what
// it shows of an adoption without a hash, are git's, read only when a rule asks for them.
import { blobAt, fileVersions, gitFile } from '../io/git.js';
import { findProject, type Project } from '../io/project.js';
import type { Policy } from '../model/policy.js';
import { gitEvidence } from '../procedure/adoption-git.js';
import type { RuleContext } from './rule.js';

// As git wrote the bytes: a byte-order mark is kept, as the file's own text keeps it.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export interface ContextOptions {
  /** The command's project; default: the one around the working folder (findProject). */
  project?: Project;
  /** The day the procedure's dates are judged on (YYYY-MM-DD: `check --at`); default today. */
  today?: string;
}

export function ruleContextFor(policy: Policy, options: ContextOptions = {}): RuleContext {
  let project = options.project;
  return {
    policy,
    ...(options.today ? { today: options.today } : {}),
    get project() {
      project ??= findProject();
      return project;
    },
    history(limit) {
      const tracked = policy.path ? gitFile(policy.path) : undefined;
      if (!tracked) return [];
      // git's one reading of a file's versions (io/git-history.ts): each read under the name it had in that commit.
      return fileVersions(tracked)
        .slice(0, limit)
        .map((version) => UTF8.decode(blobAt(tracked, version.commit, version.path)));
    },
    adoptionInGit(day) {
      // Read only for an adoption without a hash (gitEvidence asks git of no other), and as every output reads it.
      return policy.path ? gitEvidence(policy.path, policy, day) : undefined;
    },
  };
}
