// Pass three: pairs within a topic. Passes one and two join what scores PAIR_MIN, or MUTUAL_MIN words-only with
// agreeing signs. A clause that states a rule in its own words (Aloysius's "Sociale media is een verzamelnaam voor …"
// beside Aeres's "Social media: Online platformen waar …") can fall just short of both, although the topic list puts
// the two under the same topic (here "Doel en reikwijdte"; these two definitions the defined-term pass,
// definition-links.ts, now joins first). So, once passes one and two stand, two clauses of
// different documents that are still free towards each other are joined when
//   - they share a topic (a signal of the topic list, or of the topics induced from headings, in each clause's text
//     or a heading above it: topics.ts reads coverage the same way);
//   - among the free clauses that share a topic with it, each is the other's best by the pass-one score, and that
//     score reaches TOPIC_MIN; the two share at least TOPIC_SHARED_WORDS content words.
// Links join after every link of passes one and two, strongest first, under the same one-group-per-document rule.
// Measured on the labelled pair sets (docs/compare.md, "Pass three"): the tuning set 70 → 71 of 80 at precision
// 0.973, the issue-17 paraphrases 2 → 5 of 25 at 0.833 (was 0.667), the held-out set unchanged (3 of 11). A topic is
// weak evidence: it finds clauses just short of the other passes' bars, not paraphrases that share no words.
import type { Group, LinkSet } from './cluster.js';
import type { AlignDocument } from '../terms/documents.js';
import type { PairAlignment } from './pairwise.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { signalText, TopicSignalSet } from '../topics/topic-signals.js';
import type { TopicVerdict, TopicVerdictKind } from '../read/confirmations.js';
import { answersFor } from '../topics/topics.js';
import { freeTowards, groupIndex } from './group-index.js';
import { mutualTopicPairs } from './topic-pairs.js';
import { signalTopicsCached } from '../topics/clause-topics-cache.js';

/**
 * Least pass-one score of a pair within a topic. On the tuning set (tests/fixtures/compare/seed-pairs.yaml) every bar
 * from 0.17 to 0.24 gives the same 71 of 80 at precision 0.973; at 0.26 nothing is found that PAIR_MIN (0.27) does
 * not find; at 0.15, 4 wrong. 0.21 is the middle of that plateau. Read by hand, the joins it adds on the seeds below
 * 0.21 include a wrong one: at 0.20, FLEX's own YouTube channels (org.eigen-kanalen, 0.201) take Aloysius's "Eigen
 * kanaal aanmaken vergelijkbaar met Twitter" with them into the publishing rule.
 */
export const TOPIC_MIN = 0.21;
/** Least number of content words the two clauses share (as PROVISION_SHARED_WORDS of pass two). */
export const TOPIC_SHARED_WORDS = 2;

/**
 * The indices of the topics each clause of a document covers: a signal in its text or in a heading above it, except
 * where a person said otherwise (`confirm --topic`, while the clause's text is as they judged it), as topic coverage
 * decides (topics.ts): a clause taken off a topic is not joined through it, one put on a topic is.
 */
export function clauseTopics(
  document: AlignDocument,
  signals: TopicSignalSet,
  topics: readonly TopicDefinition[] = [],
  verdicts: readonly TopicVerdict[] = [],
  read: (text: string) => (readonly string[])[] = signalsRead(signals),
): Set<number>[] {
  return withVerdicts(document, topics, verdicts, signalTopics(document, read));
}

/** Per clause of `document`, the indices (ascending) of the topics with a signal in its text or its heading path. */
function signalTopics(document: AlignDocument, read: (text: string) => (readonly string[])[]): number[][] {
  return document.clauses.map(({ entry }) => {
    const found: number[] = [];
    const inText = read(entry.text);
    const inPath = read(entry.pathKey);
    for (let index = 0; index < inText.length; index++) {
      if ((inText[index]?.length ?? 0) > 0 || (inPath[index]?.length ?? 0) > 0) found.push(index);
    }
    return found;
  });
}

/** Each clause's topics (`found`: signalTopics) as a person's answers about the clause leave them. */
function withVerdicts(
  document: AlignDocument,
  topics: readonly TopicDefinition[],
  verdicts: readonly TopicVerdict[],
  found: readonly (readonly number[])[],
): Set<number>[] {
  const answered = currentVerdicts(document, topics, verdicts);
  return document.clauses.map(({ entry }, clause) => {
    const own = new Set(found[clause]);
    for (const [index, verdict] of answered.get(entry.clause.id) ?? []) {
      if (verdict === 'off-topic') own.delete(index);
      else own.add(index);
    }
    return own;
  });
}

/**
 * The signals of every topic in a text, each text read once: the clauses under one heading share its path, and two
 * versions of one law most of their texts.
 */
function signalsRead(signals: TopicSignalSet): (text: string) => (readonly string[])[] {
  const known = new Map<string, (readonly string[])[]>();
  return (text) => {
    let found = known.get(text);
    if (!found) {
      found = signals.in(signalText(text));
      known.set(text, found);
    }
    return found;
  };
}

/** The answers about this document's clauses whose text is unchanged: clause id → topic index → verdict. */
function currentVerdicts(
  document: AlignDocument,
  topics: readonly TopicDefinition[],
  verdicts: readonly TopicVerdict[],
): Map<string, Map<number, TopicVerdictKind>> {
  const answered = new Map<string, Map<number, TopicVerdictKind>>();
  if (verdicts.length === 0) return answered;
  const entries = document.clauses.map(({ entry }) => entry);
  topics.forEach((topic, index) => {
    for (const [id, answer] of answersFor(verdicts, document.key, topic.id, entries, document.policy)) {
      if (!answer.current) continue;
      const own = answered.get(id) ?? new Map<number, TopicVerdictKind>();
      own.set(index, answer.verdict);
      answered.set(id, own);
    }
  });
  return answered;
}

/** clauseTopics of every document, each text read once for all of them: they depend on the documents alone. */
export function documentTopics(
  documents: readonly AlignDocument[],
  topics: readonly TopicDefinition[],
  verdicts: readonly TopicVerdict[] = [],
): Set<number>[][] {
  // The signals compiled, and each text's read, only for a document whose topics the cache does not hold.
  let read: ((text: string) => (readonly string[])[]) | undefined;
  const reader = (): ((text: string) => (readonly string[])[]) =>
    (read ??= signalsRead(new TopicSignalSet(topics.map((topic) => topic.signals))));
  return documents.map((document) =>
    withVerdicts(
      document,
      topics,
      verdicts,
      signalTopicsCached(document, topics, () => signalTopics(document, reader())),
    ),
  );
}

/**
 * Pass-three links of every pair of documents, given the provisions of passes one and two and the topics (`topicsOf`:
 * documentTopics(documents, topics, verdicts), where it was made before).
 */
export function topicLinks(
  pairs: readonly PairAlignment[],
  groups: readonly Group[],
  documents: readonly AlignDocument[],
  topics: readonly TopicDefinition[],
  verdicts: readonly TopicVerdict[] = [],
  topicsOf: readonly Set<number>[][] = documentTopics(documents, topics, verdicts),
): LinkSet[] {
  const groupOf = groupIndex(groups, documents.length);
  const bars = { minScore: TOPIC_MIN, minSharedWords: TOPIC_SHARED_WORDS };
  return pairs.map(
    (pair): LinkSet => ({
      left: pair.left,
      right: pair.right,
      links: mutualTopicPairs(
        {
          pair,
          scores: pair.scores,
          topicsLeft: topicsOf[pair.left.order] ?? [],
          topicsRight: topicsOf[pair.right.order] ?? [],
          freeLeft: freeTowards(groups, groupOf, pair.left, pair.right),
          freeRight: freeTowards(groups, groupOf, pair.right, pair.left),
        },
        bars,
      ),
    }),
  );
}
