// The second, looser pass. Pass one pairs clauses that score PAIR_MIN: reworded model text, mostly. What it leaves
// are clauses reworded further, or the same rule in other words, whose scores sink among those of clauses that
// merely share the subject's vocabulary: on the seeds no lower threshold alone finds a third of the paraphrases
// without most of what it adds being wrong. So pass two asks for agreement between independent signs instead:
//   mutual     two clauses are each other's best among the clauses still free (not yet in a provision with the
//              other document), by the word-and-run score of pass one AND by a words-only score, share at least
//              MIN_SHARED_WORDS content words and reach MUTUAL_MIN (words only);
//   order      adaptations of one model text keep its order: inside one small gap (at most GAP_MAX free clauses a
//              side) between two provisions both documents already share in the same order (anchors), such a
//              mutual pair needs only GAP_MIN;
//   provision  a free clause joins a provision of two or more other documents when most of its members (at least
//              PROVISION_QUORUM, more than half) and it prefer each other, by both scores, at PROVISION_MIN (words
//              only) and sharing PROVISION_SHARED_WORDS: several documents agree on it, not one. A member votes only
//              for a clause at most PROVISION_LENGTH_RATIO times its own length: a clause much longer states more
//              than the provision, and the part of it that states the provision is for the sentence units to join
//              (unit-links.ts).
// Words only, because what a paraphrase shares is words, hardly ever runs of them (Vocabulary.vector). Pass-two links
// join after every pass-one link, strongest first, under the same one-group-per-document rule. Everything here
// depends on clause positions and document keys, never on the order the documents were given in.
import type { Group, LinkSet } from './cluster.js';
import type { AlignDocument } from '../terms/documents.js';
import { freeTowards, type GroupIndex, groupIndex } from './group-index.js';
import type { PairAlignment, PairLink } from './pairwise.js';
import { ScoreMatrix } from '../scores/score.js';
import { sharedCount } from '../../match/sorted-search.js';

/** Least words-only score of a mutual pair anywhere. */
export const MUTUAL_MIN = 0.3;
/** Least words-only score of a mutual pair inside one small gap between anchors of both documents. */
export const GAP_MIN = 0.18;
/** A gap counts as small with at most this many free clauses on either side. */
export const GAP_MAX = 8;
/** Least number of content words (no function words, no organisation name) a mutual pair shares. */
export const MIN_SHARED_WORDS = 3;
/** Least number of a provision's members (and more than half of them) that must agree on a clause. */
export const PROVISION_QUORUM = 2;
/** Least number of content words a clause shares with each member of a provision it joins. */
export const PROVISION_SHARED_WORDS = 2;
/** Least words-only score between a clause and each member of a provision it joins. */
export const PROVISION_MIN = 0.2;
/**
 * A member votes for a free clause only when that clause has at most this many times the member's words. On the
 * seeds it keeps Allure's three-sentence definition of social media (54 words: "… Via deze media delen mensen
 * verhalen, kennis en ervaringen …") out of the 16- to 26-word rule that staff may share knowledge, a join all three
 * pair label sets call wrong, and changes nothing else they judge (docs/compare.md, "Pass two").
 */
export const PROVISION_LENGTH_RATIO = 2;

/** Both scores of one pair of documents, and which clauses are still free towards the other. */
interface PairView {
  pair: PairAlignment;
  words: ScoreMatrix;
  freeLeft: boolean[];
  freeRight: boolean[];
}

/**
 * The longest chain of shared provisions in the same order in both documents (longest increasing subsequence of
 * right positions over left positions; ties go to the chain found first), as [left, right] clause pairs.
 */
export function anchorChain(anchors: readonly [number, number][]): [number, number][] {
  const sorted = [...anchors].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const length = sorted.map(() => 1);
  const previous = sorted.map(() => -1);
  // A Fenwick tree over right positions holding, per prefix, the longest chain ending there (ties: the anchor found
  // first): O(n log n) where trying every earlier anchor was O(n²) (issue 23 item 10: 8,000 repeated clauses).
  const ranks = [...new Set(sorted.map((anchor) => anchor[1]))].sort((a, b) => a - b);
  const rankOf = new Map(ranks.map((value, index) => [value, index + 1]));
  const treeLength = new Int32Array(ranks.length + 1);
  const treeAnchor = new Int32Array(ranks.length + 1).fill(-1);
  const better = (len: number, anchor: number, than: number, thanAnchor: number): boolean =>
    len > than || (len === than && anchor !== -1 && (thanAnchor === -1 || anchor < thanAnchor));
  const longestBelow = (rank: number): number => {
    let found = -1;
    let top = 0;
    for (let at = rank - 1; at > 0; at -= at & -at) {
      if (better(treeLength[at] as number, treeAnchor[at] as number, top, found)) {
        top = treeLength[at] as number;
        found = treeAnchor[at] as number;
      }
    }
    return found;
  };
  const insert = (rank: number, anchor: number): void => {
    for (let at = rank; at < treeLength.length; at += at & -at) {
      if (better(length[anchor] as number, anchor, treeLength[at] as number, treeAnchor[at] as number)) {
        treeLength[at] = length[anchor] as number;
        treeAnchor[at] = anchor;
      }
    }
  };
  let best = -1;
  for (let start = 0; start < sorted.length; ) {
    // Anchors in one left position cannot chain to each other: all are looked up before any is added.
    let end = start;
    while (end < sorted.length && (sorted[end] as [number, number])[0] === (sorted[start] as [number, number])[0])
      end++;
    for (let k = start; k < end; k++) {
      const before = longestBelow(rankOf.get((sorted[k] as [number, number])[1]) as number);
      if (before !== -1) {
        length[k] = (length[before] as number) + 1;
        previous[k] = before;
      }
      if (best === -1 || (length[k] as number) > (length[best] as number)) best = k;
    }
    for (let k = start; k < end; k++) insert(rankOf.get((sorted[k] as [number, number])[1]) as number, k);
    start = end;
  }
  const chain: [number, number][] = [];
  for (let k = best; k >= 0; k = previous[k] as number) chain.push(sorted[k] as [number, number]);
  return chain.reverse();
}

/** For each position, how many chain anchors come before it: positions with the same number share a gap. */
function gapsOf(count: number, anchorPositions: readonly number[]): number[] {
  const gaps: number[] = [];
  let passed = 0;
  for (let position = 0; position < count; position++) {
    while (passed < anchorPositions.length && (anchorPositions[passed] as number) < position) passed++;
    gaps.push(passed);
  }
  return gaps;
}

/**
 * The free candidate with the highest positive score (ties: the earlier one), or -1. `candidates` (ascending) are the
 * clauses the score matrix kept for the clause at hand: every other one scores 0 and could not win.
 */
function best(candidates: readonly number[], free: readonly boolean[], score: (candidate: number) => number): number {
  let found = -1;
  let top = 0;
  for (const candidate of candidates) {
    if (!free[candidate]) continue;
    const value = score(candidate);
    if (value > top) {
      top = value;
      found = candidate;
    }
  }
  return found;
}

function isMutual(view: PairView, matrix: ScoreMatrix, i: number, j: number): boolean {
  return (
    best(matrix.rowCandidates(i), view.freeRight, (candidate) => matrix.at(i, candidate)) === j &&
    best(matrix.columnCandidates(j), view.freeLeft, (candidate) => matrix.at(candidate, j)) === i
  );
}

/** Whether clause i (left) and j (right) share at least `least` content words. */
function sharesWords(view: PairView, i: number, j: number, least: number): boolean {
  const a = view.pair.left.clauses[i]?.contentTerms;
  const b = view.pair.right.clauses[j]?.contentTerms;
  if (!a || !b) return false;
  return sharedCount(a, b) >= least;
}

function viewOf(pair: PairAlignment, groups: readonly Group[], groupOf: GroupIndex): PairView {
  const { left, right } = pair;
  const freeLeft = freeTowards(groups, groupOf, left, right);
  const freeRight = freeTowards(groups, groupOf, right, left);
  // Every question pass two asks of the words matrix is about a free left clause's row, or about a column read only
  // at free left clauses: the rows of the others are never read.
  const made = pair.wordsRight ? { right: pair.wordsRight() } : {};
  return { pair, words: new ScoreMatrix(left, right, 'words', freeLeft, made), freeLeft, freeRight };
}

/** Mutual pairs of one pair of documents, with the lower bar inside a small gap between anchors. */
function mutualLinks(view: PairView, groups: readonly Group[], groupOf: GroupIndex): PairLink[] {
  const { left, right, scores } = view.pair;
  const anchors: [number, number][] = [];
  left.clauses.forEach((_, i) => {
    const shared = groups[groupOf[left.order]?.get(i) ?? -1]?.get(right.order);
    if (shared?.[0] !== undefined) anchors.push([i, shared[0]]);
  });
  const chain = anchorChain(anchors);
  const gapLeft = gapsOf(
    left.clauses.length,
    chain.map(([i]) => i),
  );
  const gapRight = gapsOf(
    right.clauses.length,
    chain.map(([, j]) => j),
  );
  // Free clauses per gap, counted once (counting them per candidate pair grew with the square of the clauses).
  const freePerGap = (gaps: number[], free: boolean[]): Map<number, number> => {
    const counts = new Map<number, number>();
    gaps.forEach((gap, k) => {
      if (free[k]) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    });
    return counts;
  };
  const freeLeftIn = freePerGap(gapLeft, view.freeLeft);
  const freeRightIn = freePerGap(gapRight, view.freeRight);
  const links: PairLink[] = [];
  for (let i = 0; i < left.clauses.length; i++) {
    if (!view.freeLeft[i]) continue;
    const j = best(view.words.rowCandidates(i), view.freeRight, (candidate) => view.words.at(i, candidate));
    if (j === -1 || !isMutual(view, view.words, i, j) || !isMutual(view, scores, i, j)) continue;
    if (!sharesWords(view, i, j, MIN_SHARED_WORDS)) continue;
    const gap = gapLeft[i] as number;
    const smallGap =
      chain.length > 0 &&
      gap === gapRight[j] &&
      (freeLeftIn.get(gap) ?? 0) <= GAP_MAX &&
      (freeRightIn.get(gap) ?? 0) <= GAP_MAX;
    const score = view.words.at(i, j);
    if (score >= (smallGap ? GAP_MIN : MUTUAL_MIN)) links.push({ left: [i], right: [j], score, via: 'loose' });
  }
  return links;
}

type ViewBetween = (a: number, b: number) => { view: PairView; flipped: boolean } | undefined;

/**
 * A free clause of `document` that members of `group` (a provision of two or more other documents) prefer among
 * the document's free clauses, and that prefers each of them: links to the members that agree, or none.
 */
function provisionLinks(
  group: Group,
  document: AlignDocument,
  viewBetween: ViewBetween,
): { view: PairView; link: PairLink }[] {
  const votes = new Map<number, { view: PairView; link: PairLink }[]>();
  for (const [other, clauses] of group) {
    const between = viewBetween(document.order, other);
    const member = clauses[0];
    // A split member (two clauses) is left to pass one.
    if (!between || member === undefined || clauses.length !== 1) continue;
    const { view, flipped } = between;
    // Scores oriented as (clause of document, clause of other).
    const score = (mine: number, theirs: number): number =>
      flipped ? view.words.at(theirs, mine) : view.words.at(mine, theirs);
    const [freeMine, freeTheirs] = flipped ? [view.freeRight, view.freeLeft] : [view.freeLeft, view.freeRight];
    // The clauses of document the matrix kept against member, and of other against a clause of document.
    const mineNear = flipped ? view.words.rowCandidates(member) : view.words.columnCandidates(member);
    const candidate = best(mineNear, freeMine, (mine) => score(mine, member));
    if (candidate === -1) continue;
    const theirsNear = flipped ? view.words.columnCandidates(candidate) : view.words.rowCandidates(candidate);
    if (best(theirsNear, freeTheirs, (theirs) => score(candidate, theirs)) !== member) continue;
    const value = score(candidate, member);
    if (value < PROVISION_MIN) continue;
    // The same agreement as a mutual pair asks for, but for the lower score: the run score agrees, and words are
    // shared.
    const [i, j] = flipped ? [member, candidate] : [candidate, member];
    if (!isMutual(view, view.pair.scores, i, j) || !sharesWords(view, i, j, PROVISION_SHARED_WORDS)) continue;
    const theirs = (flipped ? view.pair.left : view.pair.right).clauses[member];
    const mine = document.clauses[candidate];
    if ((mine?.words.length ?? 0) > PROVISION_LENGTH_RATIO * (theirs?.words.length ?? 0)) continue;
    const link: PairLink = { left: [i], right: [j], score: value, via: 'loose' };
    votes.set(candidate, [...(votes.get(candidate) ?? []), { view, link }]);
  }
  // The clause most members agree on (ties: the earlier clause), when at least two and more than half of them do.
  let chosen: { view: PairView; link: PairLink }[] = [];
  for (const [, agreeing] of [...votes].sort((a, b) => a[0] - b[0]))
    if (agreeing.length > chosen.length) chosen = agreeing;
  return chosen.length >= PROVISION_QUORUM && chosen.length * 2 > group.size ? chosen : [];
}

/** Pass-two links of every pair of documents, given the provisions of pass one. */
export function secondPassLinks(
  pairs: readonly PairAlignment[],
  groups: readonly Group[],
  documents: readonly AlignDocument[],
): LinkSet[] {
  return secondPass(pairs, groups, documents).links;
}

/**
 * Pass-two links, and the words-only matrix of each pair (in `pairs`' order, rows of the clauses free after pass
 * one): pass four asks the same scores of clauses still free after pass three (lead-topic-links.ts).
 */
export function secondPass(
  pairs: readonly PairAlignment[],
  groups: readonly Group[],
  documents: readonly AlignDocument[],
): { links: LinkSet[]; words: ScoreMatrix[] } {
  const groupOf = groupIndex(groups, documents.length);
  const views = pairs.map((pair) => viewOf(pair, groups, groupOf));
  const linksOf: PairLink[][] = views.map((view) => mutualLinks(view, groups, groupOf));
  const byOrders = new Map(views.map((view, index) => [`${view.pair.left.order}:${view.pair.right.order}`, index]));
  const viewBetween: ViewBetween = (a, b) => {
    const index = byOrders.get(`${a}:${b}`) ?? byOrders.get(`${b}:${a}`);
    const view = index === undefined ? undefined : views[index];
    return view ? { view, flipped: view.pair.left.order !== a } : undefined;
  };
  groups.forEach((group) => {
    if (group.size < 2) return;
    for (const document of documents) {
      if (group.has(document.order)) continue;
      for (const { view, link } of provisionLinks(group, document, viewBetween)) {
        linksOf[byOrders.get(`${view.pair.left.order}:${view.pair.right.order}`) ?? -1]?.push(link);
      }
    }
  });
  return {
    links: views.map((view, index) => ({ left: view.pair.left, right: view.pair.right, links: linksOf[index] ?? [] })),
    words: views.map((view) => view.words),
  };
}
