// `clausemark deviations` (and `compare --template`) as a library job: how policies deviate from a sector template,
// rendered in the format asked for. The commands write what this returns.
import { join } from 'node:path';
import { discoverPolicies } from '../io/discover.js';
import { errorById } from '../io/messages.js';
import type { Project } from '../io/project.js';
import type { Policy } from '../model/policy.js';
import { loadPolicy } from '../parse/index.js';
import { deviationRegister } from '../template/deviations.js';
import { resolveTemplateArgument } from '../template/store.js';
import { requireUsable } from '../template/template.js';
import { parseRef } from '../template/types.js';
import { DEVIATIONS_REPORT } from '../report/formats/deviations.js';
import { formatNamed } from '../render/shared/format-table.js';

export interface DeviationsJobOptions {
  /**
   * A template file, or a template id with an optional @version (of the project's templates/sector); default: the
   * template version the policies' `derivedFrom` names, when they name one.
   */
  template?: string | undefined;
  /** The command's project. */
  project: Project;
  /** A format of DEVIATIONS_REPORT (src/report/formats/deviations.ts); default text. */
  format?: string;
}

export interface DeviationsOutcome {
  content: string;
  /** Where the html register goes without --out: out/deviations/<template>-<version>.html. */
  defaultFile: string;
}

/**
 * The template version the policies say they were adapted from (`derivedFrom: sector-social-media@1.1`), when
 * `--template` names none: the one they all name. None, or several, is a usage error naming what was found.
 */
function derivedTemplate(policies: readonly Policy[]): string {
  const refs = [...new Set(policies.flatMap((policy) => (policy.meta.derivedFrom ? [policy.meta.derivedFrom] : [])))];
  if (refs.length === 1) return refs[0] as string;
  throw errorById(
    refs.length === 0
      ? { messageId: 'deviations-job.no-derived-from', fixId: 'deviations-job.name-template' }
      : {
          messageId: 'deviations-job.several-templates',
          fixId: 'deviations-job.choose-template',
          params: { count: refs.length, refs: refs.join(', '), first: refs[0] as string },
        },
    { place: { argument: '--template' }, ruleId: 'bad-arguments' },
  );
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '') || 'template';
}

/**
 * The deviation register of `paths` (files or folders; default: every policy under policies/ derived from the
 * template) against a template, rendered as asked.
 */
export function deviationsJob(paths: readonly string[], options: DeviationsJobOptions): DeviationsOutcome {
  const format = formatNamed(DEVIATIONS_REPORT, options.format);
  let policies = discoverPolicies(paths, ['policies']).map((file) => loadPolicy(file).policy);
  const named = options.template ?? derivedTemplate(policies);
  const template = requireUsable(resolveTemplateArgument(named, options.project));
  if (paths.length === 0)
    policies = policies.filter((policy) => parseRef(policy.meta.derivedFrom ?? '')?.id === template.ref.id);
  if (policies.length === 0) {
    throw errorById(
      {
        messageId: 'deviations-job.no-policies',
        fixId: paths.length === 0 ? 'deviations-job.none-derived' : 'deviations-job.name-policies',
        params: { template: template.ref.id },
      },
      { place: { argument: named }, ruleId: 'bad-arguments' },
    );
  }
  const register = deviationRegister(template, policies);
  return {
    content: format.render(register),
    defaultFile: join('out', 'deviations', `${safeName(template.ref.id)}-${safeName(template.ref.version)}.html`),
  };
}
