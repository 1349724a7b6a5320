// "Absent" must be true: a board told that a school has no rule about photos, when it has one in its own words, is
// misled. Where a document has no member in a provision, its clause that scores best against the provision's
// members is offered as a "possible match" when the score clears SUGGESTION_MIN (below PAIR_MIN, the score at which
// the aligner joins on its own) and the two share content words: the reader sees where to look, with the score and
// the words the two have in common, and can settle it with `clausemark confirm`.
import { isFunctionWord } from '../terms/function-words.js';
import type { AlignClause, AlignDocument } from '../terms/documents.js';
import { ORGANISATION_TOKEN } from '../read/organisation.js';
import type { PairAlignment } from '../passes/pairwise.js';
import { clauseTerms } from '../terms/defined-terms.js';
import { round } from './provisions.js';
import type { Provision, Suggestion } from '../read/types.js';

/**
 * Lowest pair score offered as a possible match. At PAIR_MIN (0.27) the aligner joins by itself; from 0.20 down,
 * clauses that share only the subject's vocabulary start to score, which is what a suggestion is for: a place to
 * look, never a claim. Measured on the five seeds against tests/fixtures/compare/seed-pairs.yaml (467 absent
 * cells): at 0.15 with two shared words, 57 suggestions, 16 of 165 labelled "no counterpart" cells get one, and 1
 * of the 13 labelled pairs the aligner misses is pointed at; at 0.10, 142 suggestions, 39 of 165 false, 3 of 13
 * found. The misses are paraphrases scoring 0.05–0.15, so a lower floor mostly adds noise: better paraphrase
 * evidence, not a lower floor, is what would find them.
 */
export const SUGGESTION_MIN = 0.15;
/** …and the two must share at least this many content words (not function words, not the organisation's name). */
export const SUGGESTION_SHARED_WORDS = 2;
const SHOWN_WORDS = 6;

const NO_WORDS: ReadonlySet<string> = new Set();

/** A clause's content words, worked out once per clause: every provision it is absent from looks at them again. */
export function contentWords(
  clause: AlignClause | undefined,
  known: WeakMap<AlignClause, Set<string>>,
): ReadonlySet<string> {
  if (!clause) return NO_WORDS;
  let words = known.get(clause);
  if (!words) {
    words = new Set(
      clause.words.filter((word) => word !== ORGANISATION_TOKEN && word.length > 2 && !isFunctionWord(word)),
    );
    known.set(clause, words);
  }
  return words;
}

/** The score of clause `a` of document `left` against clause `b` of `right`, from whichever pair holds the two. */
export function scoreOf(
  pairs: Map<string, PairAlignment>,
  left: AlignDocument,
  a: number,
  right: AlignDocument,
  b: number,
): number {
  const forward = pairs.get(`${left.order}:${right.order}`);
  if (forward) return forward.scores.at(a, b);
  return pairs.get(`${right.order}:${left.order}`)?.scores.at(b, a) ?? 0;
}

/** The clauses of `right` that clause `a` of `left` scores against at all (ascending): every other one scores 0. */
export function candidatesOf(
  pairs: Map<string, PairAlignment>,
  left: AlignDocument,
  a: number,
  right: AlignDocument,
): readonly number[] {
  const forward = pairs.get(`${left.order}:${right.order}`);
  if (forward) return forward.scores.rowCandidates(a);
  return pairs.get(`${right.order}:${left.order}`)?.scores.columnCandidates(a) ?? [];
}

/** The ascending union of ascending lists. */
export function unionOf(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Each document's clause index by id (the first clause with the id), looked up once instead of searched per member. */
export function indexById(
  document: AlignDocument,
  known: Map<AlignDocument, Map<string, number>>,
): Map<string, number> {
  let byId = known.get(document);
  if (!byId) {
    byId = new Map();
    for (const [index, clause] of document.clauses.entries())
      if (!byId.has(clause.entry.ref.id)) byId.set(clause.entry.ref.id, index);
    known.set(document, byId);
  }
  return byId;
}

/**
 * Whether a person said clause `clause` of document `document` (by order) and `otherClause` of `otherDocument` state
 * different rules (`clausemark confirm --not`): such a clause is offered beside the other's provision no more, so the
 * answer "not the same" changes the cell it was asked about.
 */
export type Rejected = (document: number, clause: number, otherDocument: number, otherClause: number) => boolean;

/** Whether a person rejected clause `index` of `absent` beside any of the members. */
export function rejectedBeside(
  members: readonly { document: AlignDocument; index: number }[],
  absent: AlignDocument,
  index: number,
  rejected: Rejected | undefined,
): boolean {
  return (
    rejected !== undefined &&
    members.some((member) => rejected(member.document.order, member.index, absent.order, index))
  );
}

/**
 * The term every member of a row of two organisations or more defines (terms/defined-terms.ts), or undefined. A
 * definition alone may state a rule ("Onder alle gebruikers verstaan we medewerkers, leerlingen …" says whom the rules
 * bind, as another's scope clause does); two organisations defining one term make the row one of what a word means.
 */
function rowTerm(members: readonly { document: AlignDocument; index: number }[]): string | undefined {
  if (new Set(members.map((member) => member.document.order)).size < 2) return undefined;
  const terms = new Set(members.map((member) => clauseTerms(member.document)[member.index]));
  const [only] = terms;
  return terms.size === 1 ? only : undefined;
}

/** Adds `suggestions` to the provisions: per absent document, its best clause when it clears the floor. */
export function addSuggestions(
  provisions: Provision[],
  documents: readonly AlignDocument[],
  pairs: readonly PairAlignment[],
  rejected?: Rejected,
): void {
  const byOrder = new Map(pairs.map((pair) => [`${pair.left.order}:${pair.right.order}`, pair]));
  const byKey = new Map(documents.map((document) => [document.key, document]));
  const known = new WeakMap<AlignClause, Set<string>>();
  const indexes = new Map<AlignDocument, Map<string, number>>();
  for (const provision of provisions) {
    const members = Object.entries(provision.members).flatMap(([key, list]) => {
      const document = byKey.get(key);
      if (!document) return [];
      return list.flatMap((member) => {
        const index = indexById(document, indexes).get(member.id);
        return index === undefined ? [] : [{ document, index }];
      });
    });
    const term = rowTerm(members);
    for (const key of provision.absent) {
      const absent = byKey.get(key);
      if (!absent) continue;
      let best: { clause: number; score: number; shared: string[] } | undefined;
      // In clause order, as if every clause were tried: only those a member scores against at all can clear the floor.
      const near = unionOf(members.map((member) => candidatesOf(byOrder, member.document, member.index, absent)));
      for (const index of near) {
        if (rejectedBeside(members, absent, index, rejected)) continue;
        // A row of definitions of one term is offered only a definition of that term.
        if (term !== undefined && clauseTerms(absent)[index] !== term) continue;
        const clause = absent.clauses[index];
        for (const member of members) {
          const score = scoreOf(byOrder, member.document, member.index, absent, index);
          if (score < SUGGESTION_MIN || (best && score <= best.score)) continue;
          const mine = contentWords(clause, known);
          const shared = [...contentWords(member.document.clauses[member.index], known)].filter((word) =>
            mine.has(word),
          );
          if (shared.length >= SUGGESTION_SHARED_WORDS) best = { clause: index, score, shared };
        }
      }
      if (!best) continue;
      const entry = absent.clauses[best.clause]?.entry;
      const suggestion: Suggestion = {
        id: entry?.ref.id ?? '',
        text: entry?.clause.text ?? '',
        line: entry?.ref.line ?? 0,
        score: round(best.score),
        shared: best.shared.slice(0, SHOWN_WORDS),
      };
      provision.suggestions = { ...provision.suggestions, [key]: suggestion };
    }
  }
}
