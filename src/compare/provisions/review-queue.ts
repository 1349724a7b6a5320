// The open questions of a comparison, for one person to settle in a sitting (`clausemark serve`'s review queue):
// a possible match beside an empty cell, an empty cell "not matched" with its first candidate (a clause on the
// provision's topic or one that clears the low bar of a weak lead, provision-evidence.ts: so a pair the aligner
// missed is offered; the same two clauses are not asked about twice), a link of low confidence (a member that states the provision in
// substantially other words and that no person confirmed), a topic the tool is unsure of (a clause scores in the
// unsure band: "does this clause cover it?"), a topic not found at all where the law requires it or another
// organisation covers it ("is it absent?"), and a clause assigned to a topic on little (within TOPIC_MARGIN above the
// threshold, topics.ts). Each names the pair, or the organisation and the topic, that `clausemark confirm` takes, so
// an answer is recorded exactly as the command would. Absence is offered only where no clause comes near (issue
// 42): where one does, the one answer is "this clause covers it" (or not), so one click cannot make a false
// "absent".
import { TOPIC_MARGIN, TOPIC_THRESHOLD } from '../topics/topics.js';
import type { Alignment, TopicCoverage } from '../read/types.js';

export type ReviewQuestion =
  | {
      kind: 'possible' | 'not-matched' | 'low-confidence';
      /** 0-based index into `provisions`. */
      provision: number;
      label: string;
      /** ORG:CLAUSE-ID of the reference member and of the clause in question. */
      first: string;
      second: string;
      /** The suggestion's or weak lead's score, or the member's similarity to the reference (0..1). */
      score: number;
      /** The organisation of the clause in question (`second`). */
      org: string;
    }
  | {
      /** A clause comes near (in the unsure band): does it cover the topic? Never "absent" as an answer. */
      kind: 'topic-possible';
      topic: string;
      name: string;
      org: string;
      /** The clauses that come closest: ORG:CLAUSE-ID each, best first. */
      candidates: string[];
      /** The closest candidate's score, below the threshold and from the floor up (topics.ts). */
      score: number;
    }
  | {
      /** No clause comes near, where the law requires the topic or another organisation covers it: absent? */
      kind: 'topic-not-found';
      topic: string;
      name: string;
      org: string;
      /** The topic names a legal basis (the topic list's `law:`). */
      required: boolean;
    }
  | {
      kind: 'topic-weak';
      topic: string;
      name: string;
      org: string;
      /** ORG:CLAUSE-ID of the clause assigned, for `confirm --topic ORG:CLAUSE-ID TOPIC [--not]`. */
      clause: string;
      /** The assignment's score, at or above the threshold but within the margin. */
      score: number;
      /** The signals it holds. */
      signals: string[];
      /** No other clause of the organisation covers the topic beyond the margin: the answer decides the cell. */
      decides: boolean;
    };

/** The questions a person can settle, in reading order of the provisions, then the topics in the list's order. */
export function reviewQuestions(alignment: Alignment): ReviewQuestion[] {
  const questions: ReviewQuestion[] = [];
  // The pairs asked about: the same two clauses seen from the other provision's side are not asked again.
  const asked = new Set<string>();
  alignment.provisions.forEach((provision, index) => {
    const reference = provision.members[provision.reference]?.[0];
    if (!reference) return;
    const first = `${provision.reference}:${reference.id}`;
    for (const document of alignment.documents) {
      const key = document.key;
      const notFound = provision.notFound?.[key];
      // An empty cell a person already settled (absent, on the texts as they are) asks nothing more. Else the
      // possible match, or the cell's first candidate that scores against the provision at all (a clause on the
      // provision's topic or a weak lead: a pair the aligner may have missed), or, in a comparison read from an older
      // JSON, its weak lead.
      const lead =
        notFound?.absent === 'confirmed'
          ? undefined
          : (provision.suggestions?.[key] ??
            notFound?.candidates?.find((candidate) => candidate.score > 0) ??
            notFound?.lead);
      const second = `${key}:${lead?.id}`;
      const pair = [first, second].sort().join('|');
      if (lead && !asked.has(pair)) {
        asked.add(pair);
        questions.push({
          kind: provision.suggestions?.[key] ? 'possible' : 'not-matched',
          provision: index,
          label: provision.label,
          first,
          second,
          score: lead.score,
          org: key,
        });
      }
      const member = provision.members[document.key]?.[0];
      if (member && member.status === 'different' && !member.confirmed && !member.part) {
        const second = `${document.key}:${member.id}`;
        questions.push({
          kind: 'low-confidence',
          provision: index,
          label: provision.label,
          first,
          second,
          score: member.similarity,
          org: document.key,
        });
      }
    }
  });
  for (const topic of alignment.topics ?? [])
    for (const document of alignment.documents)
      questions.push(...topicQuestions(topic, document.key, requiredOf(alignment, topic, document.key)));
  return questions;
}

/** Is an assignment near the threshold, above it, and not settled by a person? */
const weak = (clause: { score: number; confirmed?: true }): boolean =>
  !clause.confirmed && clause.score < TOPIC_THRESHOLD + TOPIC_MARGIN;

/**
 * Whether a law requires the topic of the organisation: a requirement of it binds the organisation, or may (law-view.ts);
 * where there is no law view (an alignment read from JSON written before it), whether the topic names a law at all.
 */
function requiredOf(alignment: Alignment, topic: TopicCoverage, key: string): boolean {
  if (!alignment.law) return (topic.law?.length ?? 0) > 0;
  const rows = alignment.law.groups.find((group) => group.key === key)?.rows ?? [];
  return rows.some((row) => row.topic === topic.id && row.applies !== 'not-applicable');
}

/**
 * One organisation's questions on a topic: a clause in the unsure band ("does it cover it?"); no clause near at all
 * where the topic is required or covered by another organisation ("absent?"); or its weak assignments above.
 */
function topicQuestions(topic: TopicCoverage, key: string, required: boolean): ReviewQuestion[] {
  const named = { topic: topic.id, name: topic.name, org: key };
  const notFound = topic.notFound[key];
  if (notFound && notFound.absent !== 'confirmed') {
    const best = notFound.candidates[0];
    // Unsure (`possible`): from the list's candidate floor (topics.ts candidateFloor), as every format shows it.
    if (best && notFound.possible === true) {
      const candidates = notFound.candidates.map((candidate) => `${key}:${candidate.id}`);
      return [{ kind: 'topic-possible', ...named, candidates, score: best.score }];
    }
    if (required || Object.keys(topic.clauses).length > 0) return [{ kind: 'topic-not-found', ...named, required }];
    return [];
  }
  const clauses = topic.clauses[key] ?? [];
  const decides = clauses.every(weak);
  return clauses.filter(weak).map((clause) => ({
    kind: 'topic-weak',
    ...named,
    clause: `${key}:${clause.id}`,
    score: clause.score,
    signals: clause.signals,
    decides,
  }));
}
