// What a comparison reads of its documents alone, needing no score matrix: the vectors the matrix does not use (of
// single words, of units), the topics induced from headings, each clause's topics for pass three and every clause's
// topic scores for topic coverage. Made while the helper thread computes the matrix's rows where there is one
// (meanwhile.ts), else where first used: after the matrix they took ~0.25 s of a Boek 2 BW comparison with the helper
// idle. Each is the same value either way. Pass two's words-only right side is handed over so too, by alignPair
// (pairwise.ts), which knows the pair.
import { type AlignDocument, makeLaterVectors } from '../terms/documents.js';
import { induceTopics } from '../topics/induced-topics.js';
import type { Meanwhile } from '../scores/meanwhile.js';
import { documentTopics } from './topic-links.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { type ScoredDocument, scoreTopics } from '../topics/topics.js';
import type { AlignOptions } from '../read/types.js';

export interface MatrixFreeWork {
  /** The topics induced from the documents' headings, where the options ask for them. */
  induced: () => TopicDefinition[] | undefined;
  /** The topics the comparison goes by: induced, else the options' list. */
  topics: () => readonly TopicDefinition[] | undefined;
  /** documentTopics (topic-links.ts), where there are topics. */
  clauseTopics: () => Set<number>[][] | undefined;
  /** scoreTopics (topics.ts), where there are topics. */
  topicScores: () => ScoredDocument[] | undefined;
}

/** The work of `documents` that needs no score matrix, each piece handed to `meanwhile`. */
export function matrixFreeWork(
  documents: readonly AlignDocument[],
  options: AlignOptions,
  meanwhile: Meanwhile,
): MatrixFreeWork {
  meanwhile.later(() => makeLaterVectors(documents));
  const induced = meanwhile.later(() =>
    options.topics === 'induce' ? induceTopics(documents, options.roles) : undefined,
  );
  const topics = (): readonly TopicDefinition[] | undefined =>
    induced() ?? (options.topics === 'induce' ? undefined : options.topics);
  const withTopics = <T>(make: (list: readonly TopicDefinition[]) => T): (() => T | undefined) =>
    meanwhile.later(() => {
      const list = topics();
      return list?.length ? make(list) : undefined;
    });
  return {
    induced,
    topics,
    clauseTopics: withTopics((list) => documentTopics(documents, list, options.topicVerdicts)),
    topicScores: withTopics((list) => scoreTopics(documents, list)),
  };
}
