// Coverage by topic: which clauses of each organisation cover each topic of a topic list (topic-list.ts), so a
// board can read "which school has a rule about photos of pupils" instead of a hundred one-school provisions. A
// clause covers a topic when one of its sentences holds one of the topic's signals (topic-signals.ts); when only
// some sentences of a longer clause do, those sentences are named. A topic no clause of an organisation covers is
// "not found" there, with the clauses that come closest (a word of a signal, not a whole signal) as candidates:
// not found is what the tool saw, never a claim that the rule is absent (only a person confirms that). Each
// assignment has a score from the signals it holds (topic-signals.ts), and each candidate one below the threshold,
// so the review queue can ask about the weak ones on either side; a person's answer on a clause and a topic
// (`confirm --topic`, confirmations.ts) outranks the signals while the clause's text is as it was.
import { Side, type Entry } from '../../match/entries.js';
import type { Policy } from '../../model/policy.js';
import { sentencesOnce } from '../read/sentence-memo.js';
import { clauseTitles } from '../read/section-titles.js';
import { CANDIDATE_FLOOR, type ClauseScore, TOPIC_THRESHOLD } from './score-scale.js';
import { TopicReading } from './topic-reading.js';
import { clauseScoresCached } from './topic-scores-cache.js';
import { ProvisionsByMember } from './member-provisions.js';
import { besideStronger, namingSignalsOf } from './named-clauses.js';
import { definesByWordsAlone } from './definitions.js';
import { delegatingClauses, delegationCandidates } from './delegating-clauses.js';
import { entryIndex, type ScoredDocument, statesOutright } from './scored-document.js';
import { laterRulesRuleNothing, topicProfiles, type TopicProfiles } from './topic-profile.js';
import { TopicSignalSet } from './topic-signals.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { readingTexts } from '../../match/reading-text.js';
import {
  type AbsenceConfirmation,
  clauseAsJudged,
  documentAsJudged,
  type TopicVerdict,
} from '../read/confirmations.js';
import type {
  CoveredTopics,
  Provision,
  TopicCandidate,
  TopicClause,
  TopicCoverage,
  TopicNotFound,
} from '../read/types.js';

/** At most this many candidates are named for a topic not found in a document. */
export const TOPIC_CANDIDATES = 3;

export { CANDIDATE_FLOOR, TOPIC_MARGIN, TOPIC_THRESHOLD } from './score-scale.js';
export type { ScoredDocument } from './scored-document.js';

/**
 * The score from which a topic's best candidate makes its cell unsure: the list's `candidateFloor` (calibrated per
 * kind on hand labels, docs/topic-lists.md), which may narrow the band from below but never widen it: under
 * CANDIDATE_FLOOR a sentence with one word of the topic is capped (topic-scores.ts).
 */
export function candidateFloor(topic: TopicDefinition): number {
  return Math.max(CANDIDATE_FLOOR, topic.candidateFloor ?? CANDIDATE_FLOOR);
}

interface TopicDocument {
  key: string;
  policy: Policy;
}

function scoreDocument(
  policy: Policy,
  topics: readonly TopicDefinition[],
  profiles: () => TopicProfiles,
  reading: TopicReading,
): ScoredDocument {
  const entries = topicEntries(policy);
  const titles = clauseTitles(policy, entries);
  // The scores depend on this document alone (and the topics): kept per document where the CLI keeps a cache.
  const scores = clauseScoresCached(entries, titles, topics, profiles, reading, policy.meta.title ?? '');
  const withEvidence: number[][] = topics.map(() => []);
  scores.forEach((row, e) =>
    row.forEach((score, t) => {
      if (!(score.score <= 0)) withEvidence[t]?.push(e);
    }),
  );
  const looked = titles.filter((ofClause) => !ofClause.isTitle).length;
  const delegating = laterRulesRuleNothing(topics)
    ? delegatingClauses(entries, titles, reading, topics.length)
    : topics.map(() => []);
  return { entries, titles, scores, withEvidence, looked, delegating };
}

/**
 * The coverage of topic `t` by the document's clause `e`, or undefined when its score stays below the threshold or it
 * is a definition on the topic by single words alone (definitions.ts).
 */
function clauseCoverage(document: ScoredDocument, e: number, score: ClauseScore): TopicClause | undefined {
  const entry = document.entries[e] as Entry;
  if (score.score < TOPIC_THRESHOLD || definesByWordsAlone(document.entries, e, score)) return undefined;
  const text = document.titles[e]?.body ?? entry.text;
  const clause: TopicClause = { id: entry.clause.id, line: entry.ref.line, signals: score.signals, score: score.score };
  if (score.title) clause.title = score.title;
  if (score.words?.length) clause.words = score.words;
  if (score.sentences && score.of) {
    const sentences = sentencesOnce(text)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '');
    clause.sentences = score.sentences;
    clause.of = score.of;
    clause.text = score.sentences.map((n) => sentences[n - 1]).join(' ');
  }
  return clause;
}

/**
 * The clauses that come closest to a topic not found: any evidence at all, best first, as "lijkt het meest op" says.
 * One that states another topic outright (`statesTopic`) keeps its place, marked, though it alone makes the cell no
 * "mogelijk" (leadCandidate): it may state both, as "binnen tien weken … haar oordeel" does. A definition on single
 * words of the topic (`definition`) comes last, as it says what a word means; after them the clauses that hand the
 * topic to later rules (`delegated`, delegating-clauses.ts).
 */
function candidates(
  document: ScoredDocument,
  t: number,
  open: (entry: Entry) => boolean,
  topicIds: readonly string[],
): TopicCandidate[] {
  const scored: { entry: Entry; e: number; score: ClauseScore; shared: string[] }[] = [];
  for (const e of document.withEvidence[t] ?? []) {
    const entry = document.entries[e] as Entry;
    const score = document.scores[e]?.[t] as ClauseScore;
    if (score.score <= 0 || !open(entry)) continue;
    const shared = score.signals.length > 0 ? score.signals : score.title ? [score.title] : (score.words ?? []);
    scored.push({ entry, e, score, shared });
  }
  scored.sort((a, b) => b.score.score - a.score.score || a.entry.index - b.entry.index);
  const nearest = scored.slice(0, TOPIC_CANDIDATES).map(({ entry, e, score, shared }) => {
    const candidate: TopicCandidate = {
      id: entry.clause.id,
      line: entry.ref.line,
      text: entry.text,
      shared: shared.slice(0, 6),
      score: Math.min(score.score, TOPIC_THRESHOLD - 0.001),
    };
    const other = topicStated(document, entry.clause.id, t);
    if (other >= 0) candidate.statesTopic = topicIds[other] as string;
    else if (definesByWordsAlone(document.entries, e, score)) candidate.definition = true;
    return candidate;
  });
  const handedOn = delegationCandidates(document, t, open);
  const definitions = nearest.filter((candidate) => candidate.definition === true);
  return [...nearest.filter((candidate) => candidate.definition !== true), ...definitions, ...handedOn];
}

/**
 * Whether a candidate may make its cell unsure: it states no other topic outright, is no definition (definitions.ts)
 * and hands the topic to no later rules (delegating-clauses.ts).
 */
const leads = (candidate: TopicCandidate): boolean =>
  candidate.statesTopic === undefined && candidate.definition !== true && candidate.delegated !== true;

/**
 * A cell no clause covers: its nearest candidates, "mogelijk" where the lead reaches the topic's floor; or, where that
 * lead restates the topic (restated-sentences.ts), the clause that covers it after all.
 */
function emptyCell(
  document: ScoredDocument,
  t: number,
  topic: TopicDefinition,
  answers: Answers,
  topicIds: readonly string[],
): TopicNotFound | TopicClause {
  const open = (entry: Entry): boolean => !keptOff(answers, entry.clause.id);
  const cell: TopicNotFound = { looked: document.looked, candidates: candidates(document, t, open, topicIds) };
  const lead = leadCandidate(cell);
  if (!lead || lead.score < candidateFloor(topic)) return cell;
  const words = document.scores[entryIndex(document).get(lead.id) ?? -1]?.[t]?.restated;
  // Named at the threshold, so the review asks about it as about any weak assignment.
  if (words) return { id: lead.id, line: lead.line, signals: [], score: TOPIC_THRESHOLD, words };
  cell.possible = true;
  return cell;
}

/**
 * The candidate that decides whether a cell is unsure: the nearest that states no other topic outright, is no
 * definition on single words of the topic and hands the topic to no later rules (leads).
 */
export const leadCandidate = (cell: TopicNotFound): TopicCandidate | undefined => cell.candidates.find(leads);

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
 * The clauses that cover a topic: those scoring at least the threshold, except where a person said a clause does not
 * (off-topic), and those a person said do (on-topic, score 1), while the clause's text is as they judged it; an older
 * answer is marked stale and the evidence decides.
 */
function coveringClauses(document: ScoredDocument, t: number, answers: Answers): TopicClause[] {
  const covering: TopicClause[] = [];
  if (answers.size === 0) {
    // No answers: the clauses scoring at least the threshold, all among those with evidence.
    for (const e of document.withEvidence[t] ?? []) {
      const computed = clauseCoverage(document, e, document.scores[e]?.[t] as ClauseScore);
      if (computed) covering.push(computed);
    }
    return covering;
  }
  document.entries.forEach((entry, e) => {
    const answer = answers.get(entry.clause.id);
    if (keptOff(answers, entry.clause.id)) return;
    const computed = clauseCoverage(document, e, document.scores[e]?.[t] as ClauseScore);
    if (answer?.current) {
      const whole = { id: entry.clause.id, line: entry.ref.line, signals: [] };
      covering.push({ ...(computed ?? whole), score: 1, confirmed: true });
      return;
    }
    if (computed && answer) computed.stale = true;
    if (computed) covering.push(computed);
  });
  return covering;
}

/**
 * The topic (its index) a clause covers in its own words, a signal of it in its text and no title deciding, other than
 * `t`; -1 where none. As a candidate for `t` such a clause is no sign that the document has `t` ("Indien een klacht
 * wordt ingediend over een gedraging die langer dan een jaar …" is the term for lodging, and only shares words with
 * "Wanneer een klacht niet wordt behandeld"), so it alone does not make the cell unsure (issue 73).
 */
function topicStated(document: ScoredDocument, id: string, t: number): number {
  const row = document.scores[entryIndex(document).get(id) ?? -1] ?? [];
  return row.findIndex((score, u) => u !== t && statesOutright(score));
}

/**
 * A document's clauses as the topic search reads them: the words a reader sees, and the footnotes each clause cites
 * (match/reading-text.ts): a rule in a footnote is a rule of the clause that cites it.
 */
function topicEntries(policy: Policy): Entry[] {
  return new Side(policy, readingTexts(policy)).entries;
}

/**
 * Every document's clauses scored for every topic: what topic coverage reads of the documents, which depends on them
 * and the topics alone (not on the provisions).
 */
export function scoreTopics(documents: readonly TopicDocument[], topics: readonly TopicDefinition[]): ScoredDocument[] {
  // Made only where a document's scores are: read back from the cache they need none, nor the lemma table they read.
  let profiles: TopicProfiles | undefined;
  const profilesOf = (): TopicProfiles => {
    profiles ??= topicProfiles(topics);
    return profiles;
  };
  // The texts the documents share are read once for all of them.
  const reading = new TopicReading(
    new TopicSignalSet(
      topics.map((topic) => topic.signals),
      topics.map((topic) => topic.elsewhere),
    ),
  );
  return documents.map((document) => scoreDocument(document.policy, topics, profilesOf, reading));
}

/**
 * Each topic of the list with, per document key, the clauses that cover it; the others are not found, or absent
 * where a person confirmed it (`absences`, still matching the document's text; an older one is marked stale).
 * `scored`: scoreTopics(documents, topics), where it was made before.
 */
export function topicCoverage(...args: Parameters<typeof coverTopics>): TopicCoverage[] {
  return coverTopics(...args).coverage;
}

/**
 * topicCoverage with each topic's reach: a cell names the clauses that state its topic (besideStronger), while the
 * topic's provisions and the candidates of an empty cell on it come from every clause covering it, so leaving a
 * clause unnamed changes no cell of the matrix.
 */
export function coverTopics(
  documents: readonly TopicDocument[],
  topics: readonly TopicDefinition[],
  provisions: readonly Provision[],
  absences: readonly AbsenceConfirmation[] = [],
  verdicts: readonly TopicVerdict[] = [],
  scored: readonly ScoredDocument[] = scoreTopics(documents, topics),
): CoveredTopics {
  // Every topic names the provisions of its covering clauses: the provisions' members are gone through once.
  const provisionsByMember = new ProvisionsByMember(provisions);
  const absence = (key: string, d: number, topic: string): TopicNotFound['absent'] => {
    const entry = absences.find((candidate) => candidate.org === key && candidate.topic === topic);
    const policy = documents[d]?.policy;
    if (!entry || !policy) return undefined;
    return documentAsJudged(entry.hash, policy) ? 'confirmed' : 'stale';
  };
  const reach: Record<string, TopicClause[]>[] = [];
  const naming = namingSignalsOf(topics);
  const topicIds = topics.map((topic) => topic.id);
  const coverage = topics.map((topic, t) => {
    const clauses: Record<string, TopicClause[]> = {};
    const covering: Record<string, TopicClause[]> = {};
    const notFound: TopicCoverage['notFound'] = {};
    documents.forEach((document, d) => {
      const scoredDocument = scored[d] as ScoredDocument;
      const answers = answersFor(verdicts, document.key, topic.id, scoredDocument.entries, document.policy);
      const all = coveringClauses(scoredDocument, t, answers);
      if (all.length > 0) {
        clauses[document.key] = besideStronger(all, scoredDocument, t, naming, document.policy.meta.lang);
        covering[document.key] = all;
      } else {
        const cell = emptyCell(scoredDocument, t, topic, answers, topicIds);
        if ('signals' in cell) {
          clauses[document.key] = covering[document.key] = [cell];
          return;
        }
        const absent = absence(document.key, d, topic.id);
        if (absent) cell.absent = absent;
        notFound[document.key] = cell;
      }
    });
    const coverage: TopicCoverage = {
      id: topic.id,
      name: topic.name,
      description: topic.description,
      clauses,
      notFound,
      provisions: provisionsByMember.of(covering),
    };
    if (topic.names) coverage.names = topic.names;
    if (topic.descriptions) coverage.descriptions = topic.descriptions;
    if (topic.law?.length) coverage.law = topic.law;
    reach.push(covering);
    return coverage;
  });
  return { coverage, reach };
}
