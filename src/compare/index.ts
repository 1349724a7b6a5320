// Cross-organisation alignment: the clauses of N policies that share no ids, grouped into provisions.
//   prepare   terms (organisation names masked, function words silenced, compounds split, stems, synonyms), TF-IDF
//             vectors (with word runs, and of words alone) per clause and per part: sentence, long comma-separated
//             stretch (documents.ts, vectors.ts)
//   pairwise  every pair of documents: ids (same template), Hungarian assignment on scores, splits (pairwise.ts)
//   cluster   all pairwise links at once, strongest first, one group per document (cluster.ts)
//   pass two  what pass one left: mutual preference, model-text order, several documents agreeing (second-pass.ts)
//   pass three what is left within a topic (of the topic list, or induced): mutual best at a lower bar (topic-links.ts)
//   pass four  a free clause joins a provision whose members agree on it within the topic its first sentence names
//             (lead-topic-links.ts)
//   units     a sentence, run of sentences or table row of a clause joins another document's provision where it
//             adds a match its whole clause could not (units.ts, unit-links.ts)
//   build     reading order, reference, statuses, redlines, labels, document similarity (provisions.ts)
//   cells     per absent document: a possible match (suggestions.ts), the topics it covers elsewhere or a weak lead
//             (provision-evidence.ts), topics (topics.ts); a person's confirmed absences
import { errorById } from '../io/messages.js';
import type { Policy } from '../model/policy.js';
import { type Clusters, clusterLinks } from './passes/cluster.js';
import { type AppliedConfirmations, applyConfirmations, markConfirmed } from './confirm/confirmed.js';
import { prepareDocuments, type AlignDocument } from './terms/documents.js';
import { type MatrixFreeWork, matrixFreeWork } from './passes/matrix-free.js';
import { Meanwhile } from './scores/meanwhile.js';
import { alignPair, type PairAlignment } from './passes/pairwise.js';
import { missingProvisions } from './provisions/missing.js';
import { buildProvisions } from './provisions/provisions.js';
import type { ScoreMatrix } from './scores/score.js';
import { secondPass } from './passes/second-pass.js';
import { startHelperFor } from './scores/score-threads.js';
import { addSuggestions } from './provisions/suggestions.js';
import { addNotFoundEvidence } from './provisions/provision-evidence.js';
import { coverTopics } from './topics/topics.js';
import { UnitLinkSides } from './passes/unit-link-sides.js';
import { unitLinks } from './passes/unit-links.js';
import { documentTopics, topicLinks } from './passes/topic-links.js';
import { leadTopicLinks } from './passes/lead-topic-links.js';
import { definitionLinks } from './passes/definition-links.js';
import { clauseCitations } from './read/clause-citations.js';
import type { TopicDefinition } from './read/topic-list.js';
import type { AlignedDocument, Alignment, AlignOptions, Provision } from './read/types.js';

export type * from './read/types.js';
export { PAIR_MIN, SPLIT_MIN, SPLIT_GAIN, PART_CONTAINMENT } from './passes/pairwise.js';
export { SENTENCE_DISCOUNT, PHRASE_DISCOUNT, MIN_SENTENCE_WORDS, MIN_PHRASE_WORDS } from './terms/documents.js';
export { REWORDED_MIN } from './provisions/provisions.js';
export { SUGGESTION_MIN, SUGGESTION_SHARED_WORDS } from './provisions/suggestions.js';
export { LEAD_MIN, LEAD_SHARED_WORDS } from './provisions/provision-evidence.js';
export { UNIT_MIN } from './passes/unit-links.js';
export {
  readTopicList,
  topicListKinds,
  topicListPath,
  topicListYaml,
  topicsFor,
  comparisonKind,
  type ComparisonKind,
  type LegalBasis,
  type TopicDefinition,
  type TopicList,
} from './read/topic-list.js';
export { comparisonTopics, rolesFor } from './read/role-list.js';
export { TOPIC_CANDIDATES, TOPIC_MARGIN, TOPIC_THRESHOLD } from './topics/topics.js';
export { TOPIC_MIN, TOPIC_SHARED_WORDS } from './passes/topic-links.js';
export { LEAD_TOPIC_MIN } from './passes/lead-topic-links.js';
export {
  GAP_MIN,
  GAP_MAX,
  MIN_SHARED_WORDS,
  MUTUAL_MIN,
  PROVISION_MIN,
  PROVISION_QUORUM,
  PROVISION_SHARED_WORDS,
} from './passes/second-pass.js';
export { ORGANISATION_TOKEN } from './read/organisation.js';
export { basePolicy, comparisonLanguage } from './read/base-policy.js';
export { missingProvisions, missingQuorum } from './provisions/missing.js';
export { reviewQuestions, type ReviewQuestion } from './provisions/review-queue.js';
export {
  chooseComparison,
  comparisonInputs,
  describeSetAside,
  policyKind,
  type ComparisonInput,
  type SetAside,
} from './read/inputs.js';

/** Pairs are always aligned in one canonical orientation, so the input order cannot change a result. */
function canonical(a: AlignDocument, b: AlignDocument): [AlignDocument, AlignDocument] {
  const keyA = `${a.key}\u0000${a.policy.path}`;
  const keyB = `${b.key}\u0000${b.policy.path}`;
  return keyA <= keyB ? [a, b] : [b, a];
}

function baseDocument(documents: AlignDocument[], base: string | undefined): AlignDocument {
  if (base === undefined) return documents[0] as AlignDocument;
  const found = documents.find((document) => document.key === base);
  if (!found) {
    throw errorById(
      {
        messageId: 'unknown-base.no-document',
        fixId: 'unknown-base.use-one-of',
        params: { base, keys: documents.map((document) => document.key).join(', ') },
      },
      { place: { argument: '--base' }, ruleId: 'unknown-base' },
    );
  }
  return found;
}

function documentRef(document: AlignDocument): AlignedDocument {
  const { meta, path } = document.policy;
  return {
    key: document.key,
    name: document.name,
    path,
    title: meta.title,
    organisation: meta.organisation,
    version: meta.version,
    citations: clauseCitations(document.policy),
  };
}

/**
 * Passes three and four, after pass two: within a topic, mutual best at a lower bar; then a free clause joins a
 * provision that agrees on it within the topic its first sentence names.
 */
function joinByTopics(state: {
  clusters: Clusters;
  pairs: readonly PairAlignment[];
  words: readonly ScoreMatrix[];
  documents: readonly AlignDocument[];
  topics: readonly TopicDefinition[];
  options: AlignOptions;
  later: MatrixFreeWork;
}): void {
  const { clusters, pairs, words, documents, topics, options, later } = state;
  const clauseTopics = later.clauseTopics() ?? documentTopics(documents, topics, options.topicVerdicts);
  clusters.joinAll(topicLinks(pairs, clusters.groups(), documents, topics, options.topicVerdicts, clauseTopics));
  clusters.joinAll(leadTopicLinks(pairs, words, clusters.groups(), documents, topics, clauseTopics));
}

/** Groups the clauses of several organisations' policies into provisions. */
/** "document order:clause index" of every clause of a pair a person confirmed and the comparison applied. */
function confirmedClauses(documents: readonly AlignDocument[], applied: AppliedConfirmations | undefined): Set<string> {
  const settled = new Set<string>();
  for (const seen of (applied?.confirmed ?? []).flat()) {
    const document = documents.find((candidate) => candidate.key === seen.org);
    const clause = document?.clauses.findIndex((candidate) => candidate.entry.ref.id === seen.clause) ?? -1;
    if (document && clause >= 0) settled.add(`${document.order}:${clause}`);
  }
  return settled;
}

/**
 * Which clause pairs are offered no more: a pair a person rejected (the answer "not the same" changes the cell it was
 * asked about), and any pair with a clause a person confirmed in its provision (issue 73): one answer settles every
 * question that competes for that clause.
 */
function offeredNoMore(
  clusters: { isForbidden(a: number, i: number, b: number, j: number): boolean },
  documents: readonly AlignDocument[],
  applied: AppliedConfirmations | undefined,
): (a: number, i: number, b: number, j: number) => boolean {
  const settled = confirmedClauses(documents, applied);
  return (a, i, b, j) => clusters.isForbidden(a, i, b, j) || settled.has(`${b}:${j}`);
}

export function alignPolicies(policies: readonly Policy[], options: AlignOptions = {}): Alignment {
  if (policies.length === 0) {
    throw errorById(
      { messageId: 'nothing-to-compare.no-policies', fixId: 'nothing-to-compare.give-policy' },
      { ruleId: 'nothing-to-compare' },
    );
  }
  // A large matrix's helper thread loads its code while the documents are prepared.
  startHelperFor(policies);
  const { documents, vocabulary } = prepareDocuments(policies);
  const base = baseDocument(documents, options.base);
  // What needs no score matrix is done while the helper thread computes rows, where there is one (meanwhile.ts).
  const meanwhile = new Meanwhile();
  const later = matrixFreeWork(documents, options, meanwhile);
  const pairs: PairAlignment[] = [];
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const [left, right] = canonical(documents[i] as AlignDocument, documents[j] as AlignDocument);
      pairs.push(alignPair(left, right, vocabulary, meanwhile));
    }
  }
  let applied: AppliedConfirmations | undefined;
  const clusters = clusterLinks(documents, pairs, (empty) => {
    if (options.confirmations?.length) applied = applyConfirmations(options.confirmations, documents, empty);
  });
  // Clauses that define the same term, so that the passes after this one can add to their provision.
  clusters.joinAll(definitionLinks(pairs, clusters.groups(), documents));
  // Pass two: what pass one left, by order and mutual preference, joined after every pass-one link.
  const second = secondPass(pairs, clusters.groups(), documents);
  clusters.joinAll(second.links);
  // Passes three and four: by topic (the topic list's, else topics induced from headings).
  const induced = later.induced();
  const topics = later.topics();
  if (topics?.length) joinByTopics({ clusters, pairs, words: second.words, documents, topics, options, later });
  const groups = clusters.groups();
  // Units: a sentence (or table row) of a clause that states several rules joins where another document states one.
  const sides = new UnitLinkSides(documents, vocabulary.termCount);
  const units = unitLinks(documents, groups, (a, i, b, j) => clusters.isForbidden(a, i, b, j), sides);
  const { provisions, similarity } = buildProvisions(groups, documents, base, options.redlines ?? true, units);
  if (applied) markConfirmed(provisions, applied.confirmed);
  const rejected = offeredNoMore(clusters, documents, applied);
  addSuggestions(provisions, documents, pairs, rejected);
  const aligned = documents.map(documentRef);
  const missing = missingProvisions({ documents: aligned, provisions });
  const alignment: Alignment = { documents: aligned, provisions, similarity, base: base.key, missing };
  if (applied) alignment.confirmations = applied.report;
  const covered = topics?.length
    ? coverTopics(documents, topics, provisions, options.absences, options.topicVerdicts, later.topicScores())
    : undefined;
  if (covered) alignment.topics = covered.coverage;
  // As reported and as `compare --write-topics` writes them for a person to edit: the mark is how they were scored.
  if (induced?.length) alignment.topicsInduced = induced.map(({ induced: _, ...topic }) => topic);
  else if (topics?.length && options.kindFromTitles) alignment.kindFromTitles = options.kindFromTitles;
  // What each empty cell may say: not matched (with its evidence), not found, or absent where a person said so.
  addNotFoundEvidence(provisions, documents, pairs, covered, options.provisionAbsences, rejected);
  return alignment;
}

/** Keys of the documents that lack a provision (the same as `provision.absent`, for alignments read from JSON). */
export function absentFrom(alignment: Alignment, provision: Provision): string[] {
  return alignment.documents.map((document) => document.key).filter((key) => !(key in provision.members));
}

/** The provisions only `key` has: no other document states them. */
export function ownProvisions(alignment: Alignment, key: string): Provision[] {
  return alignment.provisions.filter(
    (provision) => Object.keys(provision.members).length === 1 && key in provision.members,
  );
}
