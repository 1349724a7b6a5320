// An adoption written by hand records no hash, so nothing in the file holds the text it adopted: the words can be
// edited after it, and only where git holds the text of the commit that wrote the row down do the outputs see the edit
// (src/procedure/adoption-git.ts); elsewhere they call the policy adopted (docs/procedure.md: a row without a hash
// counts). Said at the adopting row, with how to record the text, so an unverifiable "Vastgesteld" is never silent.
import { adopts, adoptionOf, datedAfter } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import { isTemplateDocument } from '../../template/template.js';
import type { Rule } from '../rule.js';
import { itemPlace } from './support.js';

export const adoptionTextUnrecorded: Rule = {
  id: 'adoption-text-unrecorded',
  severity: 'warning',
  description: 'an adopted policy whose adopting approval records no hash: the text it adopted is not recorded',
  run({ policy, today }) {
    const day = today ?? todayIso();
    // A sector template's approvals are the sector's, not a school's adoption of its words.
    if (isTemplateDocument(policy) || adoptionOf(policy, day).status !== 'approved') return [];
    const approvals = policy.meta.approvals;
    const index = approvals.findLastIndex((approval) => adopts(approval) && !datedAfter(approval, day));
    const adoption = approvals[index];
    if (!adoption || adoption.hash) return [];
    return [
      {
        messageId: 'adoption-text-unrecorded.no-hash',
        fixId: 'adoption-text-unrecorded.record-text',
        params: { number: index + 1, date: adoption.date, file: policy.path },
        place: itemPlace(policy, `approvals[${index}]`),
      },
    ];
  },
};
