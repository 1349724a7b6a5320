// A provision's empty cell must not say more than the tool knows. The hand audit of the seeds' matrix
// (docs/compare-absent-audit.md) found "not found" wrong in 207 of 470 cells: the organisation states the rule, in
// other words or inside a longer clause. So before a cell may say "not found", this module gathers what the tool does
// know about that organisation there: the topics of the provision (topics.ts) it covers in other clauses, or else its
// clause that scores best against the provision's members above a low bar (a weak lead, below the possible-match
// floor of suggestions.ts). Either makes the cell "not matched" with that evidence. It also applies what a person
// confirmed (`clausemark confirm --absent ORG OTHER:CLAUSE-ID`): only then is a provision "absent" at an organisation.
import { clauseAsJudged, documentAsJudged, type ProvisionAbsence } from '../read/confirmations.js';
import type { AlignClause, AlignDocument } from '../terms/documents.js';
import type { PairAlignment } from '../passes/pairwise.js';
import { round } from './provisions.js';
import {
  candidatesOf,
  contentWords,
  indexById,
  type Rejected,
  rejectedBeside,
  scoreOf,
  unionOf,
} from './suggestions.js';
import type { CoveredTopics, Provision, ProvisionNotFound, Suggestion, TopicCoverage } from '../read/types.js';

/**
 * Least pair score of a weak lead: a third of the possible-match floor (SUGGESTION_MIN, 0.15), with the same two
 * shared content words. Below it, on the seeds, a clause shares no more than the subject's vocabulary. Chosen on the
 * five seeds against the hand audit (docs/compare.md, "Not found and not matched"): at 0.05 the cells left saying
 * "not found" are right 104 of 107 times; at 0.08, 136 of 143; at 0.10, 143 of 153. It is a tuning figure: no
 * held-out audit exists.
 */
export const LEAD_MIN = 0.05;
/** …and the lead must share at least this many content words with a member. */
export const LEAD_SHARED_WORDS = 2;
/**
 * At most this many candidates per empty cell (`notFound.candidates`): the clauses of the organisation that may state
 * the provision, so that a pair the aligner missed is offered to a person (issue 42 item 5). On the five seeds, of
 * the 37 labelled pairs the aligner misses, 31 are among the candidates of the cell beside one of their clauses and
 * the review queue asks about 22 (tests/compare/missed-pairs.test.ts prints the figures).
 */
export const CELL_CANDIDATES = 3;
const SHOWN_WORDS = 6;

interface Scoring {
  /** Pairs a person said are not the same: never a lead or a candidate. */
  rejected?: Rejected;
  pairs: Map<string, PairAlignment>;
  words: WeakMap<AlignClause, Set<string>>;
  indexes: Map<AlignDocument, Map<string, number>>;
}

/** The members of a provision as clause indices of their documents. */
function memberClauses(
  provision: Provision,
  byKey: Map<string, AlignDocument>,
  scoring: Scoring,
): { document: AlignDocument; index: number }[] {
  return Object.entries(provision.members).flatMap(([key, list]) => {
    const document = byKey.get(key);
    if (!document) return [];
    return list.flatMap((member) => {
      const index = indexById(document, scoring.indexes).get(member.id);
      return index === undefined ? [] : [{ document, index }];
    });
  });
}

/** The clause of `absent` that scores best against any member, when it clears the lead's bar. */
function leadOf(
  members: { document: AlignDocument; index: number }[],
  absent: AlignDocument,
  scoring: Scoring,
): Suggestion | undefined {
  let best: { clause: number; score: number; shared: string[] } | undefined;
  const near = unionOf(members.map((member) => candidatesOf(scoring.pairs, member.document, member.index, absent)));
  for (const index of near) {
    if (rejectedBeside(members, absent, index, scoring.rejected)) continue;
    const mine = contentWords(absent.clauses[index], scoring.words);
    for (const member of members) {
      const score = scoreOf(scoring.pairs, member.document, member.index, absent, index);
      if (score < LEAD_MIN || (best && score <= best.score)) continue;
      const theirs = contentWords(member.document.clauses[member.index], scoring.words);
      const shared = [...theirs].filter((word) => mine.has(word));
      if (shared.length >= LEAD_SHARED_WORDS) best = { clause: index, score, shared };
    }
  }
  const entry = best && absent.clauses[best.clause]?.entry;
  if (!best || !entry) return undefined;
  return {
    id: entry.ref.id,
    text: entry.clause.text,
    line: entry.ref.line,
    score: round(best.score),
    shared: best.shared.slice(0, SHOWN_WORDS),
  };
}

/**
 * The clauses of `absent` that may state the provision, best first by their best pair score against a member: where
 * the cell is "not matched" by topics, the clauses it covers those topics with (one that scores nothing comes last);
 * else those that clear the weak lead's bar. A place to look, as a possible match is.
 */
function cellCandidates(
  members: { document: AlignDocument; index: number }[],
  absent: AlignDocument,
  onTopic: readonly string[],
  scoring: Scoring,
): Suggestion[] {
  const near = unionOf(members.map((member) => candidatesOf(scoring.pairs, member.document, member.index, absent)));
  const byId = indexById(absent, scoring.indexes);
  const pool =
    onTopic.length > 0 ? [...new Set(onTopic.flatMap((id) => byId.get(id) ?? []))].sort((a, b) => a - b) : near;
  const scored = new Set(near);
  const sharedWith = (index: number, member: (typeof members)[number]): string[] => {
    const mine = contentWords(absent.clauses[index], scoring.words);
    return [...contentWords(member.document.clauses[member.index], scoring.words)].filter((word) => mine.has(word));
  };
  // Each clause with the member it scores best against (the first, when it scores against none).
  const found = pool.flatMap((index) => {
    if (rejectedBeside(members, absent, index, scoring.rejected)) return [];
    let best: { clause: number; score: number; member: (typeof members)[number] } | undefined;
    for (const member of members) {
      const score = scored.has(index) ? scoreOf(scoring.pairs, member.document, member.index, absent, index) : 0;
      if (!best || score > best.score) best = { clause: index, score, member };
    }
    return best && (onTopic.length > 0 || best.score >= LEAD_MIN) ? [best] : [];
  });
  found.sort((a, b) => b.score - a.score || a.clause - b.clause);
  // The first few; a weak lead, as leadOf's, shares two content words with the member.
  const shown: ((typeof found)[number] & { shared: string[] })[] = [];
  for (const candidate of found) {
    if (shown.length === CELL_CANDIDATES) break;
    const shared = sharedWith(candidate.clause, candidate.member);
    if (onTopic.length > 0 || shared.length >= LEAD_SHARED_WORDS) shown.push({ ...candidate, shared });
  }
  return shown.flatMap((candidate) => {
    const entry = absent.clauses[candidate.clause]?.entry;
    if (!entry) return [];
    return [
      {
        id: entry.ref.id,
        text: entry.clause.text,
        line: entry.ref.line,
        score: round(candidate.score),
        shared: candidate.shared.slice(0, SHOWN_WORDS),
      },
    ];
  });
}

/**
 * The topics of provision `index` that document `key` covers, with its covering clauses. `provisionsOf` holds each
 * topic's provisions as a set: one induced topic can hold thousands, and every empty cell asks.
 */
function topicsOf(
  topics: readonly TopicCoverage[],
  provisionsOf: readonly ReadonlySet<number>[],
  index: number,
  key: string,
): ProvisionNotFound['topics'] {
  const found = topics.flatMap((topic, at) => {
    const clauses = topic.clauses[key];
    if (!provisionsOf[at]?.has(index) || !clauses) return [];
    const names = topic.names ? { names: topic.names } : {};
    return [{ id: topic.id, name: topic.name, ...names, clauses: clauses.map((clause) => clause.id) }];
  });
  return found.length > 0 ? found : undefined;
}

/** A person's confirmed absence of this provision at `key`: confirmed on the texts as they are now, or stale. */
function absenceOf(
  provision: Provision,
  key: string,
  absences: readonly ProvisionAbsence[],
  byKey: Map<string, AlignDocument>,
): ProvisionNotFound['absent'] {
  const entry = absences.find(
    (candidate) =>
      candidate.org === key &&
      provision.members[candidate.clause.org]?.some((member) => member.id === candidate.clause.clause && !member.part),
  );
  if (!entry) return undefined;
  const other = byKey.get(entry.clause.org);
  const named = other?.clauses.find((clause) => clause.entry.ref.id === entry.clause.clause);
  const current =
    other !== undefined &&
    named !== undefined &&
    clauseAsJudged(entry.clause.hash, other.policy, named.entry.clause) === 'current';
  const document = byKey.get(key);
  return current && document !== undefined && documentAsJudged(entry.hash, document.policy) ? 'confirmed' : 'stale';
}

/**
 * Adds `notFound` to the provisions: per absent document without a possible match, the topics of the provision it
 * covers elsewhere, else its weak lead; and a person's confirmed absence wherever one names the provision.
 * `topicList`: the topic list's coverage and reach (topics.ts coverTopics), where the comparison has one.
 */
export function addNotFoundEvidence(
  provisions: Provision[],
  documents: readonly AlignDocument[],
  pairs: readonly PairAlignment[],
  topicList: CoveredTopics | undefined,
  absences: readonly ProvisionAbsence[] = [],
  rejected?: Rejected,
): void {
  const byKey = new Map(documents.map((document) => [document.key, document]));
  const scoring: Scoring = {
    ...(rejected ? { rejected } : {}),
    pairs: new Map(pairs.map((pair) => [`${pair.left.order}:${pair.right.order}`, pair])),
    words: new WeakMap(),
    indexes: new Map(),
  };
  const topics = topicList?.coverage ?? [];
  const provisionsOf = topics.map((topic) => new Set(topic.provisions));
  provisions.forEach((provision, index) => {
    const members = memberClauses(provision, byKey, scoring);
    for (const key of provision.absent) {
      const cell: ProvisionNotFound = {};
      const absent = absenceOf(provision, key, absences, byKey);
      if (absent) cell.absent = absent;
      const document = byKey.get(key);
      if (!provision.suggestions?.[key] && document) {
        const covered = topicsOf(topics, provisionsOf, index, key);
        if (covered) cell.topics = covered;
        else {
          const lead = leadOf(members, document, scoring);
          if (lead) cell.lead = lead;
        }
        // Candidates on the topic: every clause covering it, also one its cell names only beside a stronger one.
        const onTopic = topics.flatMap((_, at) =>
          provisionsOf[at]?.has(index) ? (topicList?.reach[at]?.[key] ?? []).map((clause) => clause.id) : [],
        );
        const candidates = cellCandidates(members, document, onTopic, scoring);
        if (candidates.length > 0) cell.candidates = candidates;
      }
      if (Object.keys(cell).length > 0) provision.notFound = { ...provision.notFound, [key]: cell };
    }
  });
}
