// `clausemark upgrade POLICY --template T` as a library job: the policy brought to the template's new version by a
// three-way merge (src/template/upgrade.ts), written back in place (its encoding kept) unless it is a dry run or
// nothing changed. Conflicts are left in the text, both versions marked, for a person to resolve.
import { writeFileAtomic } from '../io/atomic.js';
import { refusedBecause } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { encodeSource } from '../io/read.js';
import { ClausemarkError } from '../model/errors.js';
import { loadPolicy } from '../parse/index.js';
import { resolveTemplateArgument } from '../template/store.js';
import { requireUsable } from '../template/template.js';
import { type UpgradeResult, upgradePolicy } from '../template/upgrade.js';
import { parseAssignments } from '../template/variables.js';

export interface UpgradeOptions {
  template: string;
  /** The template's variables as `name=value`, each --set once. */
  set?: string[];
  dryRun?: boolean;
  force?: boolean;
}

export interface UpgradeOutcome extends UpgradeResult {
  /** The policy's language, which its report is worded in. */
  lang: string;
  /** Whether the file was written. */
  written: boolean;
}

/** Upgrades the policy in `file`; the outcome says what changed and what conflicts are left. */
export function upgradeJob(file: string, options: UpgradeOptions, project: Project): UpgradeOutcome {
  const parsed = loadPolicy(file);
  const fatal = parsed.findings.find((finding) => finding.fatal);
  if (fatal) {
    throw ClausemarkError.of({
      ...fatal,
      file,
      ...refusedBecause(fatal, 'unreadable-policy.cannot-upgrade', 'unreadable-policy.check-file', { file }),
    });
  }
  const template = requireUsable(resolveTemplateArgument(options.template, project));
  const values = parseAssignments(options.set ?? [], template.declarations, template.file);
  const result = upgradePolicy(parsed.policy, template, { values, project });
  const written = result.changed && options.dryRun !== true;
  if (written)
    writeFileAtomic(file, encodeSource(result.source, parsed.encoding), {
      force: options.force === true,
      forceOption: '--force',
    });
  return { ...result, lang: parsed.policy.meta.lang, written };
}
