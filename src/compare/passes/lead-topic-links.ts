// Pass four: a clause joins a provision by the topic its lead sentence names. A document that writes its own rules
// (Aloysius) often opens a clause with its rule and closes it with a sentence that touches another: "Als medewerker
// ben je verantwoordelijk voor de door jou geplaatste uitspraken" ends its clause on joining online discussions, and
// that last sentence outscores, on every matrix, the clause that opens with the rule ("Alles wat je schrijft of
// plaatst is jouw verantwoordelijkheid"), so passes two and three leave the rule alone. A clause's first sentence
// states what it is about; what a later sentence adds is the sentence units' to join (unit-links.ts). So, once
// passes one to three stand:
//   - a clause's lead topics are the topics (of the topic list, or induced) a signal names in its first sentence,
//     among those pass three gives it (a person's off-topic answer holds here too);
//   - two clauses of different documents, still free towards each other, are candidates when, among the free
//     clauses sharing a lead topic with the other, each is the other's best by the words-only score of pass two,
//     scoring at least LEAD_TOPIC_MIN and sharing MIN_SHARED_WORDS content words;
//   - a candidate joins only where a provision agrees: the clause is the candidate of at least PROVISION_QUORUM
//     members (more than half) of the other's provision, as pass two's provision rule asks, and stands alone (in no
//     provision with another document). A pair alone is not enough: on the seeds it would add one right pair and two
//     look-alikes the labels call wrong (Aloysius's accounts that are its property beside FLEX's ban on accounts in
//     the school's name, 0.38, above the right pair's 0.325); a clause already in a provision is not moved along
//     (Allure's and Aloysius's freedom of speech would join the model's decency rule).
// Links join after every link of passes one to three, strongest first, under the one-group-per-document rule; like
// them they depend on clause positions and document order only.
import type { Group, LinkSet } from './cluster.js';
import type { AlignDocument } from '../terms/documents.js';
import type { PairAlignment, PairLink } from './pairwise.js';
import type { ScoreMatrix } from '../scores/score.js';
import { MIN_SHARED_WORDS, PROVISION_QUORUM } from './second-pass.js';
import { clauseSentences } from '../read/sentence-memo.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { signalText, TopicSignalSet } from '../topics/topic-signals.js';
import { freeTowards, type GroupIndex, groupIndex } from './group-index.js';
import { mutualTopicPairs } from './topic-pairs.js';

/**
 * Least words-only score of a candidate pair. On the tuning set (tests/fixtures/compare/seed-pairs.yaml) every bar
 * from 0.05 to 0.16 gives 76 of 80 at precision 0.987 and joins the same two clauses on the seeds (the provision's
 * agreement, not the bar, keeps the wrong ones out); at 0.17 the pair a discussion rule stands on (0.163) is lost,
 * near 0 Aloysius's "Leerkrachten lopen voor de leerlingen uit …" joins the model's "… ziet het als haar
 * verantwoordelijkheid om studenten …" (0.03). 0.1 is the middle of that plateau.
 */
export const LEAD_TOPIC_MIN = 0.1;

/** The topics a signal names in each clause's first sentence, among the clause's own topics (`topicsOf`). */
export function leadTopics(
  document: AlignDocument,
  signals: TopicSignalSet,
  topicsOf: readonly ReadonlySet<number>[],
): Set<number>[] {
  return document.clauses.map(({ entry }, clause) => {
    const lead = new Set<number>();
    const own = topicsOf[clause];
    if (!own || own.size === 0) return lead;
    signals.in(signalText(clauseSentences(entry.text)[0] ?? '')).forEach((found, topic) => {
      if (found.length > 0 && own.has(topic)) lead.add(topic);
    });
    return lead;
  });
}

/**
 * The candidates a provision agrees on: a candidate (clause i of one document, j of another) is kept when i is the
 * candidate of at least PROVISION_QUORUM members, more than half, of j's provision, or j of i's.
 */
export function agreedLinks(
  candidates: readonly { left: number; right: number; links: readonly PairLink[] }[],
  groups: readonly Group[],
  groupOf: GroupIndex,
): PairLink[][] {
  const votes = new Map<string, number>();
  const key = (document: number, clause: number, group: number): string => `${document}:${clause}>${group}`;
  const vote = (document: number, clause: number, group: number): void => {
    const at = key(document, clause, group);
    votes.set(at, (votes.get(at) ?? 0) + 1);
  };
  const groupsOf = (set: { left: number; right: number }, link: PairLink): [number, number] => [
    groupOf[set.left]?.get(link.left[0] as number) ?? -1,
    groupOf[set.right]?.get(link.right[0] as number) ?? -1,
  ];
  for (const set of candidates)
    for (const link of set.links) {
      const [leftGroup, rightGroup] = groupsOf(set, link);
      vote(set.left, link.left[0] as number, rightGroup);
      vote(set.right, link.right[0] as number, leftGroup);
    }
  // Only a clause that stands alone joins: merging two provisions would need more than one topic's agreement.
  const agreed = (document: number, clause: number, group: number): boolean => {
    const alone = (groups[groupOf[document]?.get(clause) ?? -1]?.size ?? 0) === 1;
    const size = groups[group]?.size ?? 0;
    const count = votes.get(key(document, clause, group)) ?? 0;
    return alone && count >= PROVISION_QUORUM && count * 2 > size;
  };
  return candidates.map((set) =>
    set.links.filter((link) => {
      const [leftGroup, rightGroup] = groupsOf(set, link);
      return (
        agreed(set.left, link.left[0] as number, rightGroup) || agreed(set.right, link.right[0] as number, leftGroup)
      );
    }),
  );
}

/**
 * Pass-four links of every pair of documents, given the provisions of passes one to three, the topics, each clause's
 * topics (documentTopics of topic-links.ts) and pass two's words-only matrix of each pair (`words`, in `pairs`' order).
 */
export function leadTopicLinks(
  pairs: readonly PairAlignment[],
  words: readonly ScoreMatrix[],
  groups: readonly Group[],
  documents: readonly AlignDocument[],
  topics: readonly TopicDefinition[],
  topicsOf: readonly Set<number>[][],
): LinkSet[] {
  const signals = new TopicSignalSet(topics.map((topic) => topic.signals));
  const lead = documents.map((document) => leadTopics(document, signals, topicsOf[document.order] ?? []));
  const groupOf = groupIndex(groups, documents.length);
  const bars = { minScore: LEAD_TOPIC_MIN, minSharedWords: MIN_SHARED_WORDS };
  const candidates = pairs.map((pair, index) => ({
    left: pair.left.order,
    right: pair.right.order,
    links: mutualTopicPairs(
      {
        pair,
        scores: words[index] as ScoreMatrix,
        topicsLeft: lead[pair.left.order] ?? [],
        topicsRight: lead[pair.right.order] ?? [],
        freeLeft: freeTowards(groups, groupOf, pair.left, pair.right),
        freeRight: freeTowards(groups, groupOf, pair.right, pair.left),
      },
      bars,
    ),
  }));
  const agreed = agreedLinks(candidates, groups, groupOf);
  return pairs.map((pair, index) => ({ left: pair.left, right: pair.right, links: agreed[index] ?? [] }));
}
