// Coverage by topic: which clauses of each organisation cover each topic of a topic list (topic-list.ts), so a
// board can read "which school has a rule about photos of pupils" instead of a hundred one-school provisions. A
// clause covers a topic when one of its sentences holds one of the topic's signals (topic-signals.ts); when only
// some sentences of a longer clause do, those sentences are named. A topic no clause of an organisation covers is
// "not found" there, with the clauses that come closest (a word of a signal, not a whole signal) as candidates:
// not found is what the tool saw, never a claim that the rule is absent (only a person confirms that). Each
// assignment has a score from the signals it holds (topic-signals.ts), and each candidate one below the threshold,
// so the review queue can ask about the weak ones on either side; a person's answer on a clause and a topic
// (`confirm --topic`, confirmations.ts) outranks the signals while the clause's text is as it was.
import { Side, type Entry } from '../match/entries.js';
import type { Policy } from '../model/policy.js';
import { normalise } from '../text/normalise.js';
import { splitSentences } from '../text/sentences.js';
import { assignmentScore, TopicSignals } from './topic-signals.js';
import type { TopicDefinition } from './topic-list.js';
import { readingTexts } from '../match/reading-text.js';
import { type AbsenceConfirmation, clauseAsJudged, documentAsJudged, type TopicVerdict } from './confirmations.js';
import type { Provision, TopicCandidate, TopicClause, TopicCoverage, TopicNotFound } from './types.js';

/** At most this many candidates are named for a topic not found in a document. */
export const TOPIC_CANDIDATES = 3;

/** The score from which a clause covers a topic: one whole signal of one word (topic-signals.ts assignmentScore). */
export const TOPIC_THRESHOLD = 0.5;

/**
 * How far on either side of the threshold an assignment is near it, and asked about in the review queue: above, an
 * assignment on one signal of one word (0.5), not one on a two-word signal or two signals (0.75); below, every
 * candidate (one shared signal word scores 0.25).
 */
export const TOPIC_MARGIN = 0.25;

interface TopicDocument {
  key: string;
  policy: Policy;
}

function sentencesOf(entry: Entry): string[] {
  const sentences = splitSentences(entry.text)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  return sentences.length > 0 ? sentences : [entry.text];
}

/** A clause with its sentences, split and normalised once for every topic (topics by the hundred are induced). */
interface SplitEntry {
  entry: Entry;
  sentences: string[];
  normalSentences: string[];
  normalPath: string;
  words: ReadonlySet<string>;
}

function splitEntry(entry: Entry): SplitEntry {
  const sentences = sentencesOf(entry);
  return {
    entry,
    sentences,
    normalSentences: sentences.map((sentence) => normalise(sentence)),
    normalPath: normalise(entry.pathKey),
    words: new Set(normalise(entry.text).split(' ')),
  };
}

/**
 * The clause's coverage of a topic: every sentence holding a signal, or undefined when none does. A heading (its own or
 * one above it) that holds a signal ("Met welk doel worden persoonsgegevens verwerkt?") covers the whole of each clause beneath it.
 */
function clauseCoverage(split: SplitEntry, signals: TopicSignals): TopicClause | undefined {
  const { entry, sentences } = split;
  const hits = sentences.map((sentence, i) => signals.in(sentence, split.normalSentences[i]));
  const heading = signals.in(entry.pathKey, split.normalPath);
  const covering = hits.flatMap((found, i) => (found.length > 0 ? [i + 1] : []));
  if (covering.length === 0 && heading.length === 0) return undefined;
  const signalsHeld = [...new Set([...heading, ...hits.flat()])];
  const clause: TopicClause = {
    id: entry.clause.id,
    line: entry.ref.line,
    signals: signalsHeld,
    score: Math.max(TOPIC_THRESHOLD, assignmentScore(signalsHeld)),
  };
  if (heading.length === 0 && covering.length < sentences.length) {
    clause.sentences = covering;
    clause.of = sentences.length;
    clause.text = covering.map((n) => sentences[n - 1]).join(' ');
  }
  return clause;
}

/** Words of a topic's signals (wildcards and gaps aside): what makes a clause a candidate where none covers it. */
function signalWords(topic: TopicDefinition): Set<string> {
  const words = topic.signals.flatMap((signal) =>
    normalise(signal.replace(/\*/g, '').replace(/\.\./g, ' ')).split(' '),
  );
  // Short words ("de", "van", "op") say nothing about a topic.
  return new Set(words.filter((word) => word.length >= 5));
}

function candidates(split: readonly SplitEntry[], topic: TopicDefinition): TopicCandidate[] {
  const words = signalWords(topic);
  const scored = split.flatMap(({ entry, words: own }) => {
    const shared = [...own].filter((word) => words.has(word));
    return shared.length > 0 ? [{ entry, shared }] : [];
  });
  scored.sort((a, b) => b.shared.length - a.shared.length || a.entry.index - b.entry.index);
  return scored.slice(0, TOPIC_CANDIDATES).map(({ entry, shared }) => ({
    id: entry.clause.id,
    line: entry.ref.line,
    text: entry.text,
    shared: shared.slice(0, 6),
    // Each shared word halves the distance to the threshold, as each word of a whole signal halves the doubt.
    score: TOPIC_THRESHOLD * (1 - 0.5 ** shared.length),
  }));
}

/** A person's answers on one document's clauses for one topic: clause id → the answer, and whether its text is as judged. */
export type Answers = Map<string, { verdict: TopicVerdict['verdict']; current: boolean }>;

/** The answers (`confirm --topic`) on clauses of document `key` about `topic`, each marked current or stale. */
export function answersFor(
  verdicts: readonly TopicVerdict[],
  key: string,
  topic: string,
  list: readonly Entry[],
  policy: Policy,
): Answers {
  const answers: Answers = new Map();
  for (const answer of verdicts) {
    if (answer.clause.org !== key || answer.topic !== topic) continue;
    // A clause no longer there has nothing to apply to.
    const entry = list.find((candidate) => candidate.clause.id === answer.clause.clause);
    if (entry)
      answers.set(answer.clause.clause, {
        verdict: answer.verdict,
        current: clauseAsJudged(answer.clause.hash, policy, entry.clause) === 'current',
      });
  }
  return answers;
}

const keptOff = (answers: Answers, id: string): boolean => {
  const answer = answers.get(id);
  return answer?.current === true && answer.verdict === 'off-topic';
};

/**
 * The clauses that cover a topic: those with a signal, except where a person said a clause does not (off-topic), and
 * those a person said do (on-topic, score 1), while the clause's text is as they judged it; an older answer is
 * marked stale and the signals decide.
 */
function coveringClauses(split: readonly SplitEntry[], signals: TopicSignals, answers: Answers): TopicClause[] {
  return split.flatMap((item): TopicClause[] => {
    const answer = answers.get(item.entry.clause.id);
    if (keptOff(answers, item.entry.clause.id)) return [];
    const computed = clauseCoverage(item, signals);
    if (answer?.current) {
      const whole = { id: item.entry.clause.id, line: item.entry.ref.line, signals: [] };
      return [{ ...(computed ?? whole), score: 1, confirmed: true }];
    }
    if (computed && answer) computed.stale = true;
    return computed ? [computed] : [];
  });
}

/** Indices of the provisions any member of which is one of the covering clauses. */
function provisionsOf(provisions: readonly Provision[], clauses: Record<string, TopicClause[]>): number[] {
  // By key the ids of the covering clauses, so a provision's members are each looked up once.
  const covering = new Map(
    Object.entries(clauses).map(([key, list]) => [key, new Set(list.map((clause) => clause.id))]),
  );
  const indices: number[] = [];
  provisions.forEach((provision, index) => {
    const hit = Object.entries(provision.members).some(([key, members]) =>
      members.some((member) => covering.get(key)?.has(member.id)),
    );
    if (hit) indices.push(index);
  });
  return indices;
}

/**
 * A document's clauses as the topic search reads them: the words a reader sees, and the footnotes each clause cites
 * (match/reading-text.ts): a rule in a footnote is a rule of the clause that cites it.
 */
function topicEntries(policy: Policy): Entry[] {
  return new Side(policy, readingTexts(policy)).entries;
}

/**
 * Each topic of the list with, per document key, the clauses that cover it; the others are not found, or absent
 * where a person confirmed it (`absences`, still matching the document's text; an older one is marked stale).
 */
export function topicCoverage(
  documents: readonly TopicDocument[],
  topics: readonly TopicDefinition[],
  provisions: readonly Provision[],
  absences: readonly AbsenceConfirmation[] = [],
  verdicts: readonly TopicVerdict[] = [],
): TopicCoverage[] {
  const entries = documents.map((document) => topicEntries(document.policy));
  const split = entries.map((list) => list.map(splitEntry));
  const absence = (key: string, d: number, topic: string): TopicNotFound['absent'] => {
    const entry = absences.find((candidate) => candidate.org === key && candidate.topic === topic);
    const policy = documents[d]?.policy;
    if (!entry || !policy) return undefined;
    return documentAsJudged(entry.hash, policy) ? 'confirmed' : 'stale';
  };
  return topics.map((topic) => {
    const signals = new TopicSignals(topic.signals);
    const clauses: Record<string, TopicClause[]> = {};
    const notFound: TopicCoverage['notFound'] = {};
    documents.forEach((document, d) => {
      const list = entries[d] as Entry[];
      const answers = answersFor(verdicts, document.key, topic.id, list, document.policy);
      const covering = coveringClauses(split[d] as SplitEntry[], signals, answers);
      if (covering.length > 0) clauses[document.key] = covering;
      else {
        const open = (split[d] as SplitEntry[]).filter(({ entry }) => !keptOff(answers, entry.clause.id));
        const cell: TopicNotFound = { looked: list.length, candidates: candidates(open, topic) };
        const absent = absence(document.key, d, topic.id);
        if (absent) cell.absent = absent;
        notFound[document.key] = cell;
      }
    });
    return {
      id: topic.id,
      name: topic.name,
      description: topic.description,
      clauses,
      notFound,
      provisions: provisionsOf(provisions, clauses),
    };
  });
}
