// What each organisation lacks: the "missing at" list of a comparison. A provision that only one other document
// states is that document's own addition, not something the rest lack; so a provision counts as missing at a
// document when at least two others state it, or, in a comparison of two documents, when the other one does.
import type { Alignment, MissingProvision } from '../read/types.js';

/** Least number of other documents that must state a provision for it to be missing at one that does not. */
export function missingQuorum(documents: number): number {
  return Math.min(2, Math.max(1, documents - 1));
}

/** Per document key, in document order, the provisions it lacks (reading order). */
export function missingProvisions(
  alignment: Pick<Alignment, 'documents' | 'provisions'>,
): Record<string, MissingProvision[]> {
  const keys = alignment.documents.map((document) => document.key);
  const quorum = missingQuorum(keys.length);
  const missing: Record<string, MissingProvision[]> = {};
  for (const key of keys) missing[key] = [];
  alignment.provisions.forEach((provision, index) => {
    const at = keys.filter((key) => key in provision.members);
    if (at.length < quorum) return;
    for (const key of keys) {
      if (!(key in provision.members)) missing[key]?.push({ provision: index, label: provision.label, at });
    }
  });
  return missing;
}
