// What passes three and four share (topic-links.ts, lead-topic-links.ts): the mutual best pairs of free clauses that
// share a topic, on a score matrix, above a bar and with shared content words. Pass three asks it on the pair's scores with each clause's
// topics, pass four on the words-only scores with the topics of each clause's first sentence.
import type { PairAlignment, PairLink } from './pairwise.js';
import type { ScoreMatrix } from '../scores/score.js';
import { sharedCount } from '../../match/sorted-search.js';

/** One pair of documents as a topic pass sees it: a score matrix, each clause's topics, which clauses are free. */
export interface TopicPairView {
  pair: PairAlignment;
  scores: ScoreMatrix;
  topicsLeft: readonly ReadonlySet<number>[];
  topicsRight: readonly ReadonlySet<number>[];
  freeLeft: readonly boolean[];
  freeRight: readonly boolean[];
}

/** What a mutual best pair must reach: its score, and the content words the two clauses share. */
export interface TopicPairBars {
  minScore: number;
  minSharedWords: number;
}

function shareTopic(a: ReadonlySet<number> | undefined, b: ReadonlySet<number> | undefined): boolean {
  if (!a || !b) return false;
  for (const topic of a) if (b.has(topic)) return true;
  return false;
}

function sharedWords(a: Int32Array | undefined, b: Int32Array | undefined): number {
  return a && b ? sharedCount(a, b) : 0;
}

/** The free candidate sharing a topic with the highest positive score (ties: the earlier one), or -1. */
function bestInTopic(
  candidates: readonly number[],
  free: readonly boolean[],
  sharesTopic: (candidate: number) => boolean,
  score: (candidate: number) => number,
): number {
  let found = -1;
  let top = 0;
  for (const candidate of candidates) {
    if (!free[candidate] || !sharesTopic(candidate)) continue;
    const value = score(candidate);
    if (value > top) {
      top = value;
      found = candidate;
    }
  }
  return found;
}

/** The mutual best pairs within a shared topic of one pair of documents, at the bars. */
export function mutualTopicPairs(view: TopicPairView, bars: TopicPairBars): PairLink[] {
  const { pair, scores, topicsLeft, topicsRight, freeLeft, freeRight } = view;
  const links: PairLink[] = [];
  for (let i = 0; i < pair.left.clauses.length; i++) {
    if (!freeLeft[i] || (topicsLeft[i]?.size ?? 0) === 0) continue;
    const j = bestInTopic(
      scores.rowCandidates(i),
      freeRight,
      (candidate) => shareTopic(topicsLeft[i], topicsRight[candidate]),
      (candidate) => scores.at(i, candidate),
    );
    if (j === -1) continue;
    const back = bestInTopic(
      scores.columnCandidates(j),
      freeLeft,
      (candidate) => shareTopic(topicsLeft[candidate], topicsRight[j]),
      (candidate) => scores.at(candidate, j),
    );
    const score = scores.at(i, j);
    if (back !== i || score < bars.minScore) continue;
    const words = sharedWords(pair.left.clauses[i]?.contentTerms, pair.right.clauses[j]?.contentTerms);
    if (words >= bars.minSharedWords) links.push({ left: [i], right: [j], score, via: 'loose' });
  }
  return links;
}
