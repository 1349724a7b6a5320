// Which clauses of two documents state the same provision. In order of trust:
//   1. the same author-written id, when both documents were adapted from the same template (derivedFrom equal):
//      the template's ids survive adaptation, whatever happened to the words;
//   2. text: the one-to-one assignment maximising total score (Hungarian algorithm, src/match/assign.ts) over pairs
//      scoring at least PAIR_MIN;
//   3. splits: one clause ≈ two consecutive clauses of the other document, when the two together are clearly closer
//      to it than either alone and each really is part of it.
import { assignMaxWeight, type WeightedEdge } from '../match/assign.js';
import type { AlignClause, AlignDocument } from './documents.js';
import { ScoreMatrix } from './score.js';
import type { SparseVector, Vocabulary } from './vectors.js';
import { containedIn } from './vectors.js';

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
    for (const j of scores.rowCandidates(i)) {
      if (taken.right.has(j)) continue;
      const score = scores.at(i, j);
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

interface SplitCandidate {
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
 * How alike a whole clause is to a clause that may be one of its parts: the pair score and the whole cosine; and the
 * wholes that score against a part at all (ascending), the only ones worth trying.
 */
interface PartScore {
  score: (whole: number, part: number) => number;
  whole: (whole: number, part: number) => number;
  wholesNear: (part: number) => ArrayLike<number>;
}

/** The ascending union of two ascending lists. */
function union(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? a[i++] : b[j++];
    if (merged[merged.length - 1] !== next) merged.push(next as number);
  }
  return merged;
}

/**
 * One vector spread over the term ids, for its cosine with many others: the same products, added in the same order
 * (the shared terms by ascending id), as cosine() of the two.
 */
class SpreadVector {
  private readonly weights: Float64Array;
  private ids: Int32Array = new Int32Array(0);

  constructor(space: number) {
    this.weights = new Float64Array(space);
  }

  load(vector: SparseVector): void {
    for (const id of this.ids) this.weights[id] = 0;
    this.ids = vector.ids;
    vector.ids.forEach((id, i) => {
      this.weights[id] = vector.weights[i] as number;
    });
  }

  cosine(other: SparseVector): number {
    let dot = 0;
    for (let i = 0; i < other.ids.length; i++) {
      const weight = this.weights[other.ids[i] as number] as number;
      if (weight !== 0) dot += (other.weights[i] as number) * weight;
    }
    return Math.min(1, dot);
  }
}

/** One more than the largest term id of the two documents' clause vectors. */
function termSpace(a: AlignDocument, b: AlignDocument): number {
  let space = 0;
  for (const clause of [...a.clauses, ...b.clauses]) {
    const last = clause.vector.ids[clause.vector.ids.length - 1];
    if (last !== undefined && last >= space) space = last + 1;
  }
  return space;
}

function splitCandidates(
  wholes: AlignDocument,
  parts: AlignDocument,
  partScore: PartScore,
  vocabulary: Vocabulary,
): SplitCandidate[] {
  const candidates: SplitCandidate[] = [];
  // A joined pair's vector holds only terms of its two clauses; it is weighed against many wholes.
  const spread = new SpreadVector(termSpace(wholes, parts));
  for (const first of adjacentPairs(parts)) {
    const a = parts.clauses[first] as AlignClause;
    const b = parts.clauses[first + 1] as AlignClause;
    let joined: SparseVector | undefined;
    for (const index of union(partScore.wholesNear(first), partScore.wholesNear(first + 1))) {
      const whole = wholes.clauses[index] as AlignClause;
      // Only wholes that already resemble one of the parts are worth the joined vector …
      if (Math.max(partScore.score(index, first), partScore.score(index, first + 1)) < PAIR_MIN / 2) continue;
      const single = Math.max(partScore.whole(index, first), partScore.whole(index, first + 1));
      // … and that a part alone does not already say so nearly that no cosine (at most 1) could beat it by SPLIT_GAIN:
      // a clause and its twin in the other version, as most of two versions of one law are.
      if (single + SPLIT_GAIN > 1) continue;
      if (!joined) {
        joined = vocabulary.joinedVector(a, b);
        spread.load(joined);
      }
      const together = spread.cosine(whole.vector);
      // Whole clause against whole clauses: do the two together say it better than either alone?
      if (together < SPLIT_MIN || together < single + SPLIT_GAIN) continue;
      if (
        containedIn(a.vector, whole.vector) < PART_CONTAINMENT ||
        containedIn(b.vector, whole.vector) < PART_CONTAINMENT
      )
        continue;
      candidates.push({ whole: index, first, score: together });
    }
  }
  return candidates;
}

/**
 * Replaces one-to-one links by splits where a split explains the text better: the whole and both parts must be
 * free or linked only among themselves.
 */
function applySplits(links: PairLink[], candidates: SplitCandidate[], wholeSide: 'left' | 'right'): PairLink[] {
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

export function alignPair(left: AlignDocument, right: AlignDocument, vocabulary: Vocabulary): PairAlignment {
  const scores = new ScoreMatrix(left, right);
  const byId = linkByIds(left, right, scores);
  const taken = {
    left: new Set(byId.flatMap((link) => link.left)),
    right: new Set(byId.flatMap((link) => link.right)),
  };
  let links = [...byId, ...linkByText(left, scores, taken)];
  const leftWhole: PartScore = {
    score: (whole, part) => scores.at(whole, part),
    whole: (whole, part) => scores.wholeAt(whole, part),
    wholesNear: (part) => scores.columnCandidates(part),
  };
  const rightWhole: PartScore = {
    score: (whole, part) => scores.at(part, whole),
    whole: (whole, part) => scores.wholeAt(part, whole),
    wholesNear: (part) => scores.rowColumns(part),
  };
  links = applySplits(links, splitCandidates(left, right, leftWhole, vocabulary), 'left');
  links = applySplits(links, splitCandidates(right, left, rightWhole, vocabulary), 'right');
  return { left, right, links, scores };
}
