// Shared by the template-* rules: where a clause stands in the policy, and where to point when a template
// clause is missing (the derivedFrom value: that is what ties the policy to the template).
import type { Policy, Span } from '../../model/policy.js';
import { allClauses } from '../../model/walk.js';
import type { DerivedPolicy } from '../../template/analysis.js';
import { formatRef } from '../../template/types.js';
import { valuePlace } from './support.js';

export function clausePlace(policy: Policy, id: string): Span {
  const found = allClauses(policy).find(({ clause }) => clause.id === id && !clause.synthetic);
  if (!found) return valuePlace(policy, 'derivedFrom');
  return found.clause.idPosition ?? found.clause.position;
}

export function derivedFromPlace(policy: Policy): Span {
  return valuePlace(policy, 'derivedFrom');
}

export function refOf(derived: DerivedPolicy): string {
  return formatRef(derived.ref);
}

/** The clause before `id` in the template that the policy still has, to say where a dropped clause belongs. */
export function anchorFor(
  policy: Policy,
  derived: DerivedPolicy,
  id: string,
): { after: string; line: number } | undefined {
  const ids = (derived.deviations?.clauses ?? []).map((entry) => entry.id);
  const present = new Map(
    allClauses(policy)
      .filter(({ clause }) => !clause.synthetic)
      .map(({ clause }) => [clause.id, clause]),
  );
  for (let index = ids.indexOf(id) - 1; index >= 0; index--) {
    const clause = present.get(ids[index] ?? '');
    if (clause) return { after: clause.id, line: clause.position.start.line };
  }
  return undefined;
}

/** A quote of a clause short enough for a message, long enough to recognise. */
export function quote(text: string, words = 12): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return `"${all.slice(0, words).join(' ')}${all.length > words ? ' …' : ''}"`;
}
