// How a comparison names a clause to its reader: as a reader cites it, in the comparison's language ("Artikel 2,
// onder f", "Artikel 3.1, lid 5", "Article 2, point f"), said by the one citeClause the board pack's tables use
// (src/model/printed-number.ts) from the citation the read stage carried (issue 69 item 4). A board member looks an
// article up by its number, not by an ID. On the pages the ID stays beside the citation only where the citation alone
// does not tell the clause apart (two paragraphs of one article: "Artikel 3 (doel.scholen)"), and stands alone for a
// clause that has no number (a preamble's). The text and Markdown, whose reader runs `confirm` with IDs, give the ID
// beside every citation ("Artikel 2, onder f [aanpak.incident]" in the text); the JSON keeps the IDs.
import type { Alignment } from '../../../compare/read/types.js';
import { citeClause } from '../../../model/printed-number.js';
import { citationWords } from '../../../wording/article-words.js';
import type { Labels } from '../../../wording/labels.js';

/** The name of clause `id` of document `key`. */
export type ClauseNamer = (key: string, id: string) => string;

/** Names by ID alone: for callers that have no alignment's citations. */
export const byId: ClauseNamer = (_key, id) => id;

/** Clause ID → its citation in the words of `labels`, per document key. */
export function citedClauses(alignment: Alignment, labels: Labels): Map<string, Map<string, string>> {
  const words = citationWords(labels.phrases);
  const byKey = new Map<string, Map<string, string>>();
  for (const document of alignment.documents) {
    const cited = new Map<string, string>();
    for (const [id, citation] of Object.entries(document.citations ?? {})) {
      const text = citeClause(citation, words);
      if (text !== '') cited.set(id, text);
    }
    byKey.set(document.key, cited);
  }
  return byKey;
}

/** The citations two or more clauses of one document share. */
function sharedCitations(cited: ReadonlyMap<string, string>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const text of cited.values()) {
    if (seen.has(text)) shared.add(text);
    seen.add(text);
  }
  return shared;
}

/**
 * The namer of an alignment's documents in the words of `labels`: the citation, with the ID beside it where another
 * clause of the document shares it. `withId`, where given, sets the ID beside every citation instead
 * ("Artikel 2, onder f (`aanpak.incident`)").
 */
export function clauseNamer(
  alignment: Alignment,
  labels: Labels,
  withId?: (cited: string, id: string) => string,
): ClauseNamer {
  const documents = new Map<string, { cited: Map<string, string>; shared: Set<string> }>();
  for (const [key, cited] of citedClauses(alignment, labels))
    documents.set(key, { cited, shared: sharedCitations(cited) });
  return (key, id) => {
    const document = documents.get(key);
    const cited = document?.cited.get(id);
    if (!cited) return id;
    if (withId) return withId(cited, id);
    return document?.shared.has(cited) ? `${cited} (${id})` : cited;
  };
}
