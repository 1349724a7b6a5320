// Clauses that define the same term. What a document means by a word is one provision across documents, however
// each words it ("Sociale media is een verzamelnaam voor …" beside "Onder de noemer sociale media worden … geschaard"
// beside "Social media: Online platformen waar …"), and such definitions share too few words for the other passes:
// the construction names the term (terms/defined-terms.ts). So, right after pass one, two clauses of different
// documents, still free towards each other, are joined when each is the only clause of its document defining that
// term. A term two clauses of one document define ("E-mailadres: …" of the organisation and of the regulator) is no
// evidence for either. It runs before pass two so that the passes after it can add to the provision it makes (on the
// seeds pass four adds FLEX's "Bij het gebruik van sociale media gaat het om programma's …" by the topic its first
// sentence names), under the one-group-per-document rule and whatever a person confirmed or rejected.
import type { Group, LinkSet } from './cluster.js';
import type { AlignDocument } from '../terms/documents.js';
import type { PairAlignment, PairLink } from './pairwise.js';
import { clauseTerms } from '../terms/defined-terms.js';
import { freeTowards, groupIndex } from './group-index.js';

/** Term → the one clause of the document that defines it (terms defined twice or more left out). */
export function definitionsOf(document: AlignDocument): Map<string, number> {
  const terms = clauseTerms(document);
  const only = new Map<string, number>();
  const twice = new Set<string>();
  terms.forEach((term, clause) => {
    if (term === undefined) return;
    if (only.has(term)) twice.add(term);
    only.set(term, clause);
  });
  for (const term of twice) only.delete(term);
  return only;
}

/** The defined-term links of every pair of documents, given the provisions of pass one. */
export function definitionLinks(
  pairs: readonly PairAlignment[],
  groups: readonly Group[],
  documents: readonly AlignDocument[],
): LinkSet[] {
  const definitions = documents.map(definitionsOf);
  const groupOf = groupIndex(groups, documents.length);
  return pairs.map((pair): LinkSet => {
    const left = definitions[pair.left.order] ?? new Map<string, number>();
    const right = definitions[pair.right.order] ?? new Map<string, number>();
    const links: PairLink[] = [];
    if (left.size > 0 && right.size > 0) {
      const freeLeft = freeTowards(groups, groupOf, pair.left, pair.right);
      const freeRight = freeTowards(groups, groupOf, pair.right, pair.left);
      for (const [term, i] of left) {
        const j = right.get(term);
        if (j !== undefined && freeLeft[i] && freeRight[j])
          links.push({ left: [i], right: [j], score: pair.scores.at(i, j), via: 'loose' });
      }
    }
    return { left: pair.left, right: pair.right, links };
  });
}
