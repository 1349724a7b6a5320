// What the check rules need to know about a policy adapted from a template: which template version it names,
// whether that exists, and how the policy deviates from it. Computed once per parsed policy and project and shared by
// the template-* rules, which hand in the project of their rule context (its templates/sector is searched).
import type { Project } from '../io/project.js';
import type { Policy } from '../model/policy.js';
import { ID_PATTERN } from '../parse/ids.js';
import { deviationsOf, type PolicyDeviations } from './deviations.js';
import { findTemplate } from './store.js';
import type { SectorTemplate } from './template.js';
import { parseRef, type TemplateRef } from './types.js';

export interface DerivedPolicy {
  ref: TemplateRef;
  /** The project folder searched for templates. */
  root: string;
  template?: SectorTemplate;
  deviations?: PolicyDeviations;
}

/** Per policy, the analysis and the templates folder it was made against (null: derivedFrom names no template). */
const analyses = new WeakMap<Policy, { root: string; analysis: DerivedPolicy | null }>();

/** The template a policy names in derivedFrom, or undefined when it names none (or not in the right form). */
export function derivedPolicy(policy: Policy, project: Project): DerivedPolicy | undefined {
  const root = project.sectorRoot;
  const cached = analyses.get(policy);
  if (cached?.root === root) return cached.analysis ?? undefined;
  const raw = policy.frontmatter?.data.derivedFrom;
  const ref = typeof raw === 'string' ? parseRef(raw) : undefined;
  if (!ref || !ID_PATTERN.test(ref.id)) {
    analyses.set(policy, { root, analysis: null });
    return undefined;
  }
  const template = findTemplate(root, ref);
  const analysis: DerivedPolicy = { ref, root };
  // A broken template is reported on the template itself; comparing against it would only add noise here.
  if (template && template.problems.length === 0) {
    analysis.template = template;
    analysis.deviations = deviationsOf(template, policy);
  } else if (template) analysis.template = template;
  analyses.set(policy, { root, analysis });
  return analysis;
}
