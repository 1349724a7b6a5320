// `numbering: lists:` names each list by the ID of the section its clauses are in or of the clause its items are under
// (model/numbering.ts). An ID no section or clause has matches no list, so that list prints the house style's "1., 2."
// where the source typed "a., b.": the policy would print another label than the one it was adopted with, silently.
import { allClauses, allSections } from '../../model/walk.js';
import { nearest } from '../../text/similarity.js';
import type { Rule, RuleFinding } from '../rule.js';
import { isMapping, itemPlace } from './support.js';

export const numberingUnknownList: Rule = {
  id: 'numbering-unknown-list',
  severity: 'warning',
  description: 'numbering lists names an ID no section or clause of the policy has, so its pattern numbers no list',
  run({ policy }) {
    const numbering = policy.frontmatter?.data.numbering;
    const lists = isMapping(numbering) ? numbering.lists : undefined;
    if (!isMapping(lists)) return [];
    const ids = new Set([
      ...allSections(policy).map((section) => section.id),
      ...allClauses(policy).map(({ clause }) => clause.id),
    ]);
    const known = [...ids].filter((id) => id !== '');
    const findings: RuleFinding[] = [];
    for (const id of Object.keys(lists)) {
      if (ids.has(id)) continue;
      const meant = nearest(id, known);
      findings.push({
        messageId: 'numbering-unknown-list.no-such-id',
        fixId: meant ? 'numbering-unknown-list.write-meant' : 'numbering-unknown-list.write-id',
        params: { id, ...(meant ? { meant } : {}) },
        place: itemPlace(policy, `numbering.lists.${id}`),
      });
    }
    return findings;
  },
};
