// How a comparison names a clause to its reader: by the number its policy prints for it ("Artikel 2 f.", "2 1."),
// as the policy's own PDF, Word document, web page and board pack do (issue 69 item 4). A board member looks an
// article up by its number, not by an ID. The ID stays beside the number only where the number alone does not tell
// the clause apart (two paragraphs of one article: "3 (doel.scholen)"), and stands alone for a clause that prints no
// number (a preamble's).
import type { Alignment } from '../../../compare/read/types.js';

/** The name of clause `id` of document `key`. */
export type ClauseNamer = (key: string, id: string) => string;

/** Names by ID alone: for callers that have no alignment's numbers (and the JSON, which keeps IDs). */
export const byId: ClauseNamer = (_key, id) => id;

/** The namer of an alignment's documents, from the numbers the read stage carried (AlignedDocument.labels). */
export function clauseNamer(alignment: Alignment): ClauseNamer {
  const documents = new Map<string, { labels: Record<string, string>; shared: Set<string> }>();
  for (const document of alignment.documents) {
    const labels = document.labels ?? {};
    const seen = new Set<string>();
    const shared = new Set<string>();
    for (const label of Object.values(labels)) {
      if (seen.has(label)) shared.add(label);
      seen.add(label);
    }
    documents.set(document.key, { labels, shared });
  }
  return (key, id) => {
    const document = documents.get(key);
    const label = document && Object.hasOwn(document.labels, id) ? document.labels[id] : undefined;
    if (!label) return id;
    return document?.shared.has(label) ? `${label} (${id})` : label;
  };
}
