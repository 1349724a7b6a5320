// How a reader cites each clause of a compared policy: its article and the labels of the numbered list items down to
// it (model/printed-number.ts printedCitations), so the comparison names a clause as the board pack's tables do
// ("Artikel 2, onder f", "Artikel 3.1, lid 5"; issue 69 item 4), not by its ID. The citation is kept in parts: the
// render layer says it in the comparison's language with the one citeClause, as the board pack does.
import type { Policy } from '../../model/policy.js';
import { type Citation, printedCitations } from '../../model/printed-number.js';

/** Clause ID → how a reader cites it; clauses that have no number at all (an unnumbered section's) are left out. */
export function clauseCitations(policy: Policy): Record<string, Citation> {
  const citations: Record<string, Citation> = {};
  for (const [clause, citation] of printedCitations(policy))
    if (citation.article !== '' || citation.items.length > 0) citations[clause.id] = citation;
  return citations;
}
