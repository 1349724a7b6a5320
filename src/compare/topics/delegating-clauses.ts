// The clauses that hand a topic to later rules: a signal of the topic in a sentence that makes or gives "nadere
// regels", or in one pointing back at it (delegated-sentences.ts). Such a sentence rules nothing on the topic, so it
// neither covers it nor makes its cell unsure; but that a regulation leaves a topic to later rules is what a board
// wants to know of a cell "niet gevonden", so the clause is named there, last, as "(nadere regels)".
import type { Entry } from '../../match/entries.js';
import type { ClauseTitles } from '../read/section-titles.js';
import type { TopicCandidate } from '../read/types.js';
import { delegatedSentences, mayDelegate } from './delegated-sentences.js';
import type { DelegatingClause, ScoredDocument } from './scored-document.js';
import type { TopicReading } from './topic-reading.js';

/** Per topic, the clauses that hand it to later rules and give it no other evidence. */
export function delegatingClauses(
  entries: readonly Entry[],
  titles: readonly ClauseTitles[],
  reading: TopicReading,
  topicCount: number,
): DelegatingClause[][] {
  const byTopic: DelegatingClause[][] = Array.from({ length: topicCount }, () => []);
  entries.forEach((entry, e) => {
    const { isTitle, body } = titles[e] as ClauseTitles;
    const text = body ?? entry.text;
    if (isTitle || !mayDelegate(text)) return;
    const sentences = reading.sentences(text);
    const signals: string[][] = Array.from({ length: topicCount }, () => []);
    for (const n of delegatedSentences(sentences))
      reading.sentence(sentences[n] as string).found.forEach((found, t) => signals[t]?.push(...found));
    signals.forEach((held, t) => {
      if (held.length > 0) byTopic[t]?.push({ e, signals: [...new Set(held)] });
    });
  });
  return byTopic;
}

/**
 * The candidates of topic `t` that hand it to later rules, for a cell no clause covers: those with no evidence of
 * the topic otherwise (a clause that has is a candidate by that evidence already), at score 0.
 */
export function delegationCandidates(
  document: ScoredDocument,
  t: number,
  open: (entry: Entry) => boolean,
): TopicCandidate[] {
  return (document.delegating[t] ?? []).flatMap(({ e, signals }): TopicCandidate[] => {
    const entry = document.entries[e] as Entry;
    if (!open(entry) || (document.scores[e]?.[t]?.score ?? 0) > 0) return [];
    return [
      { id: entry.clause.id, line: entry.ref.line, text: entry.text, shared: signals, score: 0, delegated: true },
    ];
  });
}
