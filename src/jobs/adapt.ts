// `clausemark adapt TEMPLATE --org KEY` as a library job: the sector template (src/template/) filled in with the
// organisation's values and written as its policy, policies/<org>/<id>.md unless --out names the file. An existing
// file is replaced only with --force; a folder never.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { errorById } from '../io/messages.js';
import type { Project } from '../io/project.js';
import { adaptTemplate, policyIdFor, requireOrgKey } from '../template/adapt.js';
import { declaredPlace } from '../check/rules/declared-place.js';
import { resolveTemplateArgument } from '../template/store.js';
import { requireUsable } from '../template/template.js';
import { parseAssignments } from '../template/variables.js';

export interface AdaptOptions {
  org: string;
  /** The template's variables as `name=value`, each --set once. */
  set?: string[];
  out?: string;
  force?: boolean;
}

/** Writes the adapted policy and returns its path. */
export function adaptJob(templateArgument: string, options: AdaptOptions, project: Project): string {
  const template = requireUsable(resolveTemplateArgument(templateArgument, project));
  requireOrgKey(options.org);
  const values = parseAssignments(options.set ?? [], template.declarations, template.file);
  const target = options.out ?? join('policies', options.org, `${policyIdFor(template)}.md`);
  // A school's or the board's, where a procedure.yaml declares the organisation: its procedure asks that council.
  const level = declaredPlace({ path: target, meta: { org: options.org } }, project)?.role;
  const adapted = adaptTemplate(template, { org: options.org, values, ...(level ? { level } : {}) });
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) {
      throw errorById(
        { messageId: 'adapt-target.is-folder', fixId: 'adapt-target.name-policy-file' },
        { place: { file: target }, ruleId: 'bad-arguments' },
      );
    }
    if (!options.force) {
      throw errorById(
        { messageId: 'adapt-target.exists', fixId: 'adapt-target.other-out-or-force' },
        { place: { file: target }, ruleId: 'file-exists' },
      );
    }
  }
  writeFileAtomic(target, adapted.source, { force: options.force === true, forceOption: '--force' });
  return target;
}
