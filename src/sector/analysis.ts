// What the check rules need to know about a policy adapted from a template: which template version it names,
// whether that exists, and how the policy deviates from it. Computed once per parsed policy and shared by the
// template-* rules (rules only get the policy, so the template is found from the policy's own path).
import type { Policy } from '../model/policy.js';
import { ID_PATTERN } from '../parse/ids.js';
import { deviationsOf, type PolicyDeviations } from './deviations.js';
import { findTemplate, sectorRootFor } from './store.js';
import type { SectorTemplate } from './template.js';
import { parseRef, type TemplateRef } from './types.js';

export interface DerivedPolicy {
  ref: TemplateRef;
  /** The project folder searched for templates. */
  root: string;
  template?: SectorTemplate;
  deviations?: PolicyDeviations;
}

const analyses = new WeakMap<Policy, DerivedPolicy | null>();

/** The template a policy names in derivedFrom, or undefined when it names none (or not in the right form). */
export function derivedPolicy(policy: Policy): DerivedPolicy | undefined {
  const cached = analyses.get(policy);
  if (cached !== undefined) return cached ?? undefined;
  const raw = policy.frontmatter?.data.derivedFrom;
  const ref = typeof raw === 'string' ? parseRef(raw) : undefined;
  if (!ref || !ID_PATTERN.test(ref.id)) {
    analyses.set(policy, null);
    return undefined;
  }
  const root = sectorRootFor(policy.path);
  const template = findTemplate(root, ref);
  const analysis: DerivedPolicy = { ref, root };
  // A broken template is reported on the template itself; comparing against it would only add noise here.
  if (template && template.problems.length === 0) {
    analysis.template = template;
    analysis.deviations = deviationsOf(template, policy);
  } else if (template) analysis.template = template;
  analyses.set(policy, analysis);
  return analysis;
}
