// Without a written ID a clause is known only by its position, so diffs and approvals cannot follow it when
// clauses move. The parser's synthetic IDs keep everything working; this warning asks to make them permanent.
import type { Rule, RuleFinding } from '../rule.js';
import { hasUnreadMarker } from './malformed-id.js';
import { excerpt, idSites, kindWord } from './support.js';

export const missingId: Rule = {
  id: 'missing-id',
  severity: 'warning',
  description: 'a section or clause has no written {#id}',
  run({ policy }) {
    const findings: RuleFinding[] = [];
    // idSites never yields the preamble pseudo-section (it has no heading to put an ID on), only its clauses.
    for (const site of idSites(policy)) {
      // A marker with a space in it is malformed-id's to report; "run fmt" would be the wrong advice there.
      if (!site.synthetic || hasUnreadMarker(policy, site)) continue;
      const text = (site.kind === 'section' ? site.section?.title : site.clause?.text) ?? '';
      findings.push({
        messageId: text.trim() === '' ? 'missing-id.unnamed-empty' : 'missing-id.unnamed',
        fixId: site.kind === 'section' ? 'missing-id.fmt-or-heading' : 'missing-id.fmt-or-clause',
        params: { kind: kindWord(site.kind), excerpt: excerpt(text), id: site.id },
        place: site.place,
      });
    }
    return findings;
  },
};
