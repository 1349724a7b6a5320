// Without a written ID a clause is known only by its position, so diffs and approvals cannot follow it when
// clauses move. The parser's synthetic IDs keep everything working; this warning asks to make them permanent.
import type { Rule } from '../rule.js';
import { hasUnreadMarker } from './malformed-id.js';
import { excerpt, idSites } from './support.js';

export const missingId: Rule = {
  id: 'missing-id',
  severity: 'warning',
  description: 'a section or clause has no written {#id}',
  run({ policy }) {
    const findings = [];
    // idSites never yields the preamble pseudo-section (it has no heading to put an ID on), only its clauses.
    for (const site of idSites(policy)) {
      // A marker with a space in it is malformed-id's to report; "run fmt" would be the wrong advice there.
      if (!site.synthetic || hasUnreadMarker(policy, site)) continue;
      const text = (site.kind === 'section' ? site.section?.title : site.clause?.text) ?? '';
      const what = text.trim() === '' ? `this empty ${site.kind}` : `${site.kind} ${excerpt(text)}`;
      const where = site.kind === 'section' ? 'at the end of the heading' : 'at the start of the clause';
      findings.push({
        message: `${what} has no ID (it is known as "${site.id}" only until the text changes)`,
        place: site.place,
        fix: `run \`clausemark fmt --write\` to assign IDs, or write {#your-id} ${where}`,
      });
    }
    return findings;
  },
};
