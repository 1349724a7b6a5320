// A document as the topic search has scored it (topics.ts scoreTopics): its clauses, their titles and every clause's
// score for every topic. Plain data, so two scorings of the same documents compare equal; what is looked up in it is
// kept beside it (entryIndex).
import type { Entry } from '../../match/entries.js';
import type { ClauseTitles } from '../read/section-titles.js';
import { type ClauseScore, TOPIC_THRESHOLD } from './score-scale.js';

/** A clause that hands a topic to later rules (delegating-clauses.ts), and the topic's signals it holds there. */
export interface DelegatingClause {
  e: number;
  signals: string[];
}

/** A document's clauses, the titles they stand under and every clause's score for every topic (topic-scores.ts). */
export interface ScoredDocument {
  entries: Entry[];
  titles: ClauseTitles[];
  scores: ClauseScore[][];
  /**
   * Per topic, the clauses (ascending) whose score is not at most 0: every other one neither covers the topic nor is
   * a candidate for it, so a topic is looked up in these alone (most clauses have evidence of few topics).
   */
  withEvidence: number[][];
  /** How many of its clauses the search looked at: those that are not a title. */
  looked: number;
  /** Per topic, the clauses that hand it to later rules (delegating-clauses.ts). */
  delegating: DelegatingClause[][];
}

/** Each document's clause ids to their place among its entries, made once. */
const entryIndexes = new WeakMap<ScoredDocument, Map<string, number>>();
export function entryIndex(document: ScoredDocument): Map<string, number> {
  let index = entryIndexes.get(document);
  if (!index) {
    index = new Map(document.entries.map((entry, e) => [entry.clause.id, e]));
    entryIndexes.set(document, index);
  }
  return index;
}

/** A clause's score that covers its topic by the clause's own words: a signal of it, no title deciding. */
export const statesOutright = (score: ClauseScore): boolean =>
  score.title === undefined && score.signals.length > 0 && score.score >= TOPIC_THRESHOLD;
