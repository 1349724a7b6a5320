// An adoption written by hand records no hash, so nothing in the file holds the text it adopted: the words can be
// edited after it, and only where git holds the text of the commit that wrote the row down do the outputs see the edit
// (src/procedure/adoption-git.ts); elsewhere they call the policy adopted (docs/procedure.md: a row without a hash
// counts). Said at the adopting row, with how to record the text, so an unverifiable "Vastgesteld" is never silent.
// Where git's history is cut before that commit (a shallow clone; a move git does not connect), every output says git
// cannot tell, and so does this finding, with why and, for a shallow clone, `git fetch --unshallow`.
import { adopts, adoptionOf, datedAfter } from '../../model/adoption.js';
import { todayIso } from '../../procedure/evaluate.js';
import { isTemplateDocument } from '../../template/template.js';
import type { MessageParams } from '../../model/diagnostics.js';
import type { GitEvidence } from '../../procedure/adoption-git.js';
import type { Rule, RuleFinding } from '../rule.js';
import { itemPlace } from './support.js';

export const adoptionTextUnrecorded: Rule = {
  id: 'adoption-text-unrecorded',
  severity: 'warning',
  description: 'an adopted policy whose adopting approval records no hash: the text it adopted is not recorded',
  run({ policy, today, adoptionInGit }) {
    const day = today ?? todayIso();
    // A sector template's approvals are the sector's, not a school's adoption of its words.
    if (isTemplateDocument(policy) || adoptionOf(policy, day).status !== 'approved') return [];
    const approvals = policy.meta.approvals;
    const index = approvals.findLastIndex((approval) => adopts(approval) && !datedAfter(approval, day));
    const adoption = approvals[index];
    if (!adoption || adoption.hash) return [];
    const params = { number: index + 1, date: adoption.date, file: policy.path };
    return [{ ...words(adoptionInGit(day), params), place: itemPlace(policy, `approvals[${index}]`) }];
  },
};

/**
 * The finding's words: where git's history is cut before the commit that wrote the adoption down, why git cannot
 * tell (and the commit it is cut at); else that the text is not recorded.
 */
function words(
  evidence: GitEvidence | undefined,
  params: MessageParams,
): Pick<RuleFinding, 'messageId' | 'fixId' | 'params'> {
  const cut = evidence?.notFollowed;
  if (cut)
    return {
      messageId: 'adoption-text-unrecorded.not-followed',
      fixId: 'adoption-text-unrecorded.record-text',
      params: { ...params, commit: cut.commit },
    };
  if (evidence?.shallow)
    return { messageId: 'adoption-text-unrecorded.shallow', fixId: 'adoption-text-unrecorded.unshallow', params };
  return { messageId: 'adoption-text-unrecorded.no-hash', fixId: 'adoption-text-unrecorded.record-text', params };
}
