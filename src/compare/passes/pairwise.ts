// Which clauses of two documents state the same provision. In order of trust:
//   1. the same author-written id, when both documents were adapted from the same template (derivedFrom equal):
//      the template's ids survive adaptation, whatever happened to the words;
//   2. text: the one-to-one assignment maximising total score (Hungarian algorithm, src/match/assign.ts) over pairs
//      scoring at least PAIR_MIN;
//   3. splits: one clause ≈ two consecutive clauses of the other document, when the two together are clearly closer
//      to it than either alone and each really is part of it.
import { assignMaxWeight, type WeightedEdge } from '../../match/assign.js';
import type { AlignClause, AlignDocument } from '../terms/documents.js';
import type { Meanwhile } from '../scores/meanwhile.js';
import { type Entries, indexedRightSide, type RightSide, ScoreMatrix } from '../scores/score.js';
import { SplitOpenings } from '../scores/split-openings.js';
import { SpreadVector } from '../terms/spread-vector.js';
import type { SparseVector, Vocabulary } from '../terms/vectors.js';

/**
 * Lowest score at which two clauses of different documents are taken to state the same provision. Tuned on the
 * labelled seed pairs (tests/fixtures/compare/seed-pairs.yaml): 0.26–0.28 is a plateau with precision 0.98 and
 * model-text recall 0.93; at 0.24 precision drops to 0.90, at 0.20 to 0.77 (clauses that share only the subject's
 * vocabulary start to pair); at 0.30 recall drops to 0.90, at 0.32 to 0.78.
 */
export const PAIR_MIN = 0.27;
/** The two parts together must reach this cosine with the whole … */
export const SPLIT_MIN = 0.45;
/** … and beat the better single part (whole clause against whole clause) by this much … */
export const SPLIT_GAIN = 0.08;
/** … and each part must have this share of its weight in the whole. */
export const PART_CONTAINMENT = 0.5;

/** How a link was found: same id, text (pass one), a split, or the looser second pass (second-pass.ts). */
export type PairVia = 'id' | 'text' | 'split' | 'loose' | 'confirmed';

/** Clauses of two documents aligned: one clause each, or one and two consecutive ones (a split). */
export interface PairLink {
  left: number[];
  right: number[];
  score: number;
  via: PairVia;
}

export interface PairAlignment {
  left: AlignDocument;
  right: AlignDocument;
  links: PairLink[];
  scores: ScoreMatrix;
  /** Pass two's words-only right side (second-pass.ts), made while the helper thread computed `scores`' rows. */
  wordsRight?: () => RightSide;
}

/** Both documents were adapted from one template, so equal ids mean the same template clause. */
function shareTemplate(left: AlignDocument, right: AlignDocument): boolean {
  const from = left.policy.meta.derivedFrom;
  return from !== undefined && from !== '' && from === right.policy.meta.derivedFrom;
}

function linkByIds(left: AlignDocument, right: AlignDocument, scores: ScoreMatrix): PairLink[] {
  if (!shareTemplate(left, right)) return [];
  const links: PairLink[] = [];
  for (const [id, leftIndex] of left.explicitIds) {
    const rightIndex = right.explicitIds.get(id);
    if (rightIndex !== undefined)
      links.push({ left: [leftIndex], right: [rightIndex], score: scores.at(leftIndex, rightIndex), via: 'id' });
  }
  return links;
}

function linkByText(
  left: AlignDocument,
  scores: ScoreMatrix,
  taken: { left: Set<number>; right: Set<number> },
): PairLink[] {
  const edges: WeightedEdge[] = [];
  for (let i = 0; i < left.clauses.length; i++) {
    if (taken.left.has(i)) continue;
    // The row read in place: rowCandidates copies it, and at() searches it again for each candidate.
    const row = scores.rowEntries(i);
    for (let k = 0; k < row.clauses.length; k++) {
      const j = row.clauses[k] as number;
      if (taken.right.has(j)) continue;
      const score = row.score[k] as number;
      if (score >= PAIR_MIN) edges.push({ old: i, new: j, weight: score });
    }
  }
  return assignMaxWeight(edges).map((edge) => ({
    left: [edge.old],
    right: [edge.new],
    score: edge.weight,
    via: 'text',
  }));
}

export interface SplitCandidate {
  whole: number;
  first: number;
  score: number;
}

/** Consecutive clauses (in reading order, same section) that may be the two halves of one clause elsewhere. */
function adjacentPairs(document: AlignDocument): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 1 < document.clauses.length; i++) {
    if (document.clauses[i]?.entry.section === document.clauses[i + 1]?.entry.section) starts.push(i);
  }
  return starts;
}

/**
 * The wholes that score against a clause that may be one of their parts (those it is a candidate of, or that are
 * its candidates), ascending, with the pair score and whole-clause cosine of each: every other whole scores 0.
 */
type WholesNear = (part: number) => Entries;

/** One more than the largest term id of the two documents' clause vectors. */
function termSpace(a: AlignDocument, b: AlignDocument): number {
  let space = 0;
  for (const clause of [...a.clauses, ...b.clauses]) {
    const last = clause.vector.ids[clause.vector.ids.length - 1];
    if (last !== undefined && last >= space) space = last + 1;
  }
  return space;
}

/**
 * The wholes near either of two parts, ascending, each once, with the better of its pair scores with the two and the
 * better of its whole-clause cosines (a part it is not near scores 0): the two lists merged, so no score is searched
 * for. Written into reused arrays; returns how many.
 */
class WholesNearEither {
  whole = new Int32Array(256);
  score = new Float64Array(256);
  single = new Float64Array(256);

  merge(a: Entries, b: Entries): number {
    if (this.whole.length < a.clauses.length + b.clauses.length) {
      const room = 2 * (a.clauses.length + b.clauses.length);
      [this.whole, this.score, this.single] = [new Int32Array(room), new Float64Array(room), new Float64Array(room)];
    }
    let [i, j, size] = [0, 0, 0];
    while (i < a.clauses.length || j < b.clauses.length) {
      const x = i < a.clauses.length ? (a.clauses[i] as number) : Number.POSITIVE_INFINITY;
      const y = j < b.clauses.length ? (b.clauses[j] as number) : Number.POSITIVE_INFINITY;
      const whole = Math.min(x, y);
      let [score, single] = [0, 0];
      if (x === whole) {
        score = a.score[i] as number;
        single = a.whole[i++] as number;
      }
      if (y === whole) {
        score = Math.max(score, b.score[j] as number);
        single = Math.max(single, b.whole[j++] as number);
      }
      this.whole[size] = whole;
      this.score[size] = score;
      this.single[size++] = single;
    }
    return size;
  }
}

function splitCandidates(
  wholes: AlignDocument,
  parts: AlignDocument,
  wholesNear: WholesNear,
  vocabulary: Vocabulary,
  openings: SplitOpenings,
): SplitCandidate[] {
  const candidates: SplitCandidate[] = [];
  // A joined pair's vector holds only terms of its two clauses; it is weighed against many wholes, and so are the
  // two parts (containment).
  const space = termSpace(wholes, parts);
  const [spread, spreadA, spreadB] = [new SpreadVector(space), new SpreadVector(space), new SpreadVector(space)];
  const near = new WholesNearEither();
  for (const first of adjacentPairs(parts)) {
    // A candidate applySplits must skip for the links it is given is not weighed.
    if (!openings.partsOpen(first)) continue;
    const a = parts.clauses[first] as AlignClause;
    const b = parts.clauses[first + 1] as AlignClause;
    let loaded = false;
    let joined: SparseVector | undefined;
    const count = near.merge(wholesNear(first), wholesNear(first + 1));
    for (let k = 0; k < count; k++) {
      const [index, score, single] = [near.whole[k] as number, near.score[k] as number, near.single[k] as number];
      // Only wholes that already resemble one of the parts are worth the joined vector …
      if (score < PAIR_MIN / 2) continue;
      // … and that a part alone does not already say so nearly that no cosine (at most 1) could beat it by SPLIT_GAIN:
      // a clause and its twin in the other version, as most of two versions of one law are.
      if (single + SPLIT_GAIN > 1) continue;
      if (!openings.open(index, first)) continue;
      const whole = wholes.clauses[index] as AlignClause;
      // Each part must have half its weight in the whole: asked before the joined vector is made (the conditions
      // are all required, so their order changes no result), as most wholes near a part fail it.
      if (!loaded) {
        spreadA.load(a.vector);
        spreadB.load(b.vector);
        loaded = true;
      }
      if (!spreadA.holdsShare(whole.vector, PART_CONTAINMENT) || !spreadB.holdsShare(whole.vector, PART_CONTAINMENT))
        continue;
      if (!joined) {
        joined = vocabulary.joinedVector(a, b);
        spread.load(joined);
      }
      const together = spread.cosine(whole.vector);
      // Whole clause against whole clauses: do the two together say it better than either alone?
      if (together < SPLIT_MIN || together < single + SPLIT_GAIN) continue;
      candidates.push({ whole: index, first, score: together });
    }
  }
  return candidates;
}

/**
 * Replaces one-to-one links by splits where a split explains the text better: the whole and both parts must be
 * free or linked only among themselves.
 */
export function applySplits(links: PairLink[], candidates: SplitCandidate[], wholeSide: 'left' | 'right'): PairLink[] {
  const partSide = wholeSide === 'left' ? 'right' : 'left';
  const linkOf = { left: new Map<number, PairLink>(), right: new Map<number, PairLink>() };
  for (const link of links) {
    for (const index of link.left) linkOf.left.set(index, link);
    for (const index of link.right) linkOf.right.set(index, link);
  }
  const removed = new Set<PairLink>();
  const added: PairLink[] = [];
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.whole - b.whole || a.first - b.first);
  for (const candidate of sorted) {
    const parts = [candidate.first, candidate.first + 1];
    const involved = new Set<PairLink>();
    const wholeLink = linkOf[wholeSide].get(candidate.whole);
    if (wholeLink) involved.add(wholeLink);
    for (const part of parts) {
      const partLink = linkOf[partSide].get(part);
      if (partLink) involved.add(partLink);
    }
    if (involved.size > 1) continue;
    const [existing] = [...involved];
    if (existing) {
      // A one-to-one text link may give way: between the whole and one of the parts, or between the whole and
      // another clause when the split is clearly the better explanation.
      if (existing.via === 'split' || existing.via === 'id' || !existing[wholeSide].includes(candidate.whole)) continue;
      const toPart = parts.some((part) => existing[partSide].includes(part));
      if (!toPart && candidate.score < existing.score + SPLIT_GAIN) continue;
      removed.add(existing);
    }
    const link: PairLink =
      wholeSide === 'left'
        ? { left: [candidate.whole], right: parts, score: candidate.score, via: 'split' }
        : { left: parts, right: [candidate.whole], score: candidate.score, via: 'split' };
    added.push(link);
    linkOf[wholeSide].set(candidate.whole, link);
    for (const part of parts) linkOf[partSide].set(part, link);
  }
  return [...links.filter((link) => !removed.has(link)), ...added];
}

/** The links of two documents; `meanwhile` is work done while the helper thread computes rows (score-threads.ts). */
export function alignPair(
  left: AlignDocument,
  right: AlignDocument,
  vocabulary: Vocabulary,
  meanwhile?: Meanwhile,
): PairAlignment {
  // Pass two's right side needs no matrix: it is made while the helper computes this one's rows, where there is one.
  const wordsRight = meanwhile?.later(() => indexedRightSide(right, 'words'));
  const scores = new ScoreMatrix(left, right, 'terms', undefined, meanwhile ? { meanwhile } : {});
  const byId = linkByIds(left, right, scores);
  const taken = {
    left: new Set(byId.flatMap((link) => link.left)),
    right: new Set(byId.flatMap((link) => link.right)),
  };
  let links = [...byId, ...linkByText(left, scores, taken)];
  // A left whole and a right part: the left clauses that keep the part; a right whole and a left part: the part's row.
  const sides = [
    { whole: 'left', wholes: left, parts: right, keeping: (part: number) => scores.columnEntries(part) },
    { whole: 'right', wholes: right, parts: left, keeping: (part: number) => scores.rowEntries(part) },
  ] as const;
  for (const side of sides) {
    const openings = new SplitOpenings(links, side.whole, SPLIT_GAIN);
    const candidates = splitCandidates(side.wholes, side.parts, side.keeping, vocabulary, openings);
    links = applySplits(links, candidates, side.whole);
  }
  return { left, right, links, scores, ...(wordsRight ? { wordsRight } : {}) };
}
