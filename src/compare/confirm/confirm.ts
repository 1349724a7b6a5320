// The job behind `clausemark confirm`: find the two clauses a person named (ORG:CLAUSE-ID, with the same org keys
// compare shows), hash their texts as they are now, and record the verdict in the corpus's alignments file.
import { relative } from 'node:path';
import { errorById } from '../../io/messages.js';
import type { Policy } from '../../model/policy.js';
import { nearest } from '../../text/similarity.js';
import {
  type AbsenceConfirmation,
  clauseHash,
  type ClauseSeen,
  type Confirmation,
  confirmationsFile,
  documentHash,
  type ProvisionAbsence,
  recordAbsence,
  recordConfirmation,
  recordProvisionAbsence,
  recordTopicVerdict,
  textHash,
  type TopicVerdict,
  type TopicVerdictKind,
  type Verdict,
} from '../read/confirmations.js';
import { keyedDocuments, type KeyedDocument } from '../terms/documents.js';
import { comparisonInputs } from '../read/inputs.js';
import { comparisonKind, readTopicList, topicListPath } from '../read/topic-list.js';

/** ORG:CLAUSE-ID as given on the command line. */
export interface ClauseReference {
  org: string;
  clause: string;
}

export function parseClauseReference(text: string, argument: string): ClauseReference {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) {
    throw errorById(
      { messageId: 'bad-arguments.not-a-clause', fixId: 'bad-arguments.write-org-clause', params: { text } },
      { place: { argument }, ruleId: 'bad-arguments' },
    );
  }
  return { org: text.slice(0, colon), clause: text.slice(colon + 1) };
}

function seen(documents: readonly KeyedDocument[], reference: ClauseReference, argument: string): ClauseSeen {
  const document = documents.find((candidate) => candidate.key === reference.org);
  const keys = documents.map((candidate) => candidate.key);
  if (!document) {
    const guess = nearest(reference.org, keys);
    throw errorById(
      {
        messageId: 'unknown-clause.no-organisation',
        fixId: guess ? 'unknown-clause.org-keys-guess' : 'unknown-clause.org-keys',
        params: { org: reference.org, keys: keys.join(', '), ...(guess ? { guess } : {}) },
      },
      { place: { argument }, ruleId: 'unknown-clause' },
    );
  }
  const ids = document.clauses.map((clause) => clause.entry.ref.id);
  const index = ids.indexOf(reference.clause);
  if (index < 0) {
    const guess = nearest(reference.clause, ids);
    throw errorById(
      {
        messageId: 'unknown-clause.no-clause',
        fixId: guess ? 'unknown-clause.clause-guess' : 'unknown-clause.clause-ids-shown',
        params: {
          org: reference.org,
          path: document.policy.path,
          clause: reference.clause,
          ...(guess ? { guess } : {}),
        },
      },
      { place: { argument }, ruleId: 'unknown-clause' },
    );
  }
  const clause = document.clauses[index]?.entry.clause;
  return {
    org: reference.org,
    clause: reference.clause,
    // The clause as a reader sees it: its footnotes and link targets too (confirmations.ts).
    hash: clause ? clauseHash(document.policy, clause) : textHash(''),
  };
}

export interface ConfirmResult {
  file: string;
  entry: Confirmation;
  /** How many entries the file holds now. */
  entries: number;
}

/**
 * The documents of the comparison the two clauses belong to, keyed as compare keys them: one per organisation and
 * policy kind (compare/inputs.ts), the kind being the one whose documents hold both clauses.
 */
function comparedDocuments(
  policies: readonly Policy[],
  first: ClauseReference,
  second: ClauseReference,
): KeyedDocument[] {
  const comparisons = comparisonInputs(policies).map((input) => keyedDocuments(input.policies));
  const holds = (documents: KeyedDocument[], reference: ClauseReference): boolean =>
    documents.some(
      (document) =>
        document.key === reference.org && document.clauses.some((clause) => clause.entry.ref.id === reference.clause),
    );
  return (
    comparisons.find((documents) => holds(documents, first) && holds(documents, second)) ??
    comparisons.find((documents) => documents.some((document) => document.key === first.org)) ??
    comparisons[0] ??
    []
  );
}

/**
 * Records that two clauses state the same provision (`same`) or not (`different`), in the alignments file of the
 * comparison they belong to (beside its policies: confirmationsFile), or in `options.file`.
 */
export function confirmPairing(
  policies: readonly Policy[],
  verdict: Verdict,
  first: ClauseReference,
  second: ClauseReference,
  options: { file?: string } = {},
): ConfirmResult {
  const documents = comparedDocuments(policies, first, second);
  const a = seen(documents, first, `${first.org}:${first.clause}`);
  const b = seen(documents, second, `${second.org}:${second.clause}`);
  if (a.org === b.org) {
    throw errorById(
      { messageId: 'bad-arguments.one-organisation', fixId: 'bad-arguments.two-organisations' },
      { place: { argument: `${first.org}:${first.clause}` }, ruleId: 'bad-arguments' },
    );
  }
  const file = options.file ?? confirmationsFile(documents.map((document) => document.policy.path));
  const entries = recordConfirmation(file, verdict, a, b);
  const entry = entries.find(
    (candidate) =>
      candidate.pair.some((x) => x.org === a.org && x.clause === a.clause) &&
      candidate.pair.some((x) => x.org === b.org && x.clause === b.clause),
  ) as Confirmation;
  return { file, entry, entries: entries.length };
}

export interface AbsenceResult {
  file: string;
  entry: AbsenceConfirmation | ProvisionAbsence;
  /** How many absences (of topics, or of provisions) the file holds now. */
  absences: number;
}

/** The compared documents that hold organisation `org` (keyed as compare keys them), and its own. */
function documentsOf(
  policies: readonly Policy[],
  org: string,
): { documents: KeyedDocument[]; document: KeyedDocument } {
  const comparisons = comparisonInputs(policies).map((input) => keyedDocuments(input.policies));
  const documents = comparisons.find((list) => list.some((document) => document.key === org)) ?? comparisons[0] ?? [];
  const document = documents.find((candidate) => candidate.key === org);
  if (!document) {
    const keys = documents.map((candidate) => candidate.key);
    const guess = nearest(org, keys);
    throw errorById(
      {
        messageId: 'unknown-clause.no-organisation',
        fixId: guess ? 'unknown-clause.org-keys-guess' : 'unknown-clause.org-keys',
        params: { org, keys: keys.join(', '), ...(guess ? { guess } : {}) },
      },
      { place: { argument: 'organisation' }, ruleId: 'unknown-clause' },
    );
  }
  return { documents, document };
}

/** Refuses a topic id that the compared kind's topic list (the project's, else the shipped one) does not have. */
function checkTopic(documents: readonly KeyedDocument[], topic: string, root: string): void {
  const { kind } = comparisonKind(documents.map((document) => document.policy));
  const path = topicListPath(kind, root);
  if (!path) {
    throw errorById(
      { messageId: 'topic-list.no-list', fixId: 'topic-list.add-list', params: { kind: kind || 'social-media' } },
      { place: { argument: 'topic' }, ruleId: 'topic-list' },
    );
  }
  const ids = readTopicList(path).topics.map((candidate) => candidate.id);
  if (!ids.includes(topic)) {
    throw errorById(
      {
        messageId: 'topic-list.no-topic',
        fixId: 'topic-list.topic-ids',
        params: { path: relative(process.cwd(), path) || path, topic, ids: ids.join(', ') },
      },
      { place: { argument: 'topic' }, ruleId: 'topic-list' },
    );
  }
}

/**
 * Records that organisation `org` has no rule on `what`: a topic id of its kind's topic list, or a provision named
 * by a clause of another organisation that states it (OTHER:CLAUSE-ID). The entry keeps a hash of the organisation's
 * whole compared text (and of that clause's), in the alignments file of the comparison (or `options.file`).
 */
export function confirmAbsence(
  policies: readonly Policy[],
  org: string,
  what: string,
  options: { root: string; file?: string },
): AbsenceResult {
  const { documents, document } = documentsOf(policies, org);
  const file = options.file ?? confirmationsFile(documents.map((candidate) => candidate.policy.path));
  const hash = documentHash(document.policy);
  if (what.includes(':')) {
    const clause = seen(documents, parseClauseReference(what, what), what);
    if (clause.org === org) {
      throw errorById(
        {
          messageId: 'bad-arguments.own-provision',
          fixId: 'bad-arguments.name-other-clause',
          params: { org, clause: what },
        },
        { place: { argument: what }, ruleId: 'bad-arguments' },
      );
    }
    const entry: ProvisionAbsence = { org, hash, clause };
    return { file, entry, absences: recordProvisionAbsence(file, entry).length };
  }
  checkTopic(documents, what, options.root);
  const entry: AbsenceConfirmation = { org, hash, topic: what };
  return { file, entry, absences: recordAbsence(file, entry).length };
}

export interface TopicVerdictResult {
  file: string;
  entry: TopicVerdict;
  /** How many answers on topic assignments the file holds now. */
  answers: number;
}

/**
 * Records that a clause (ORG:CLAUSE-ID) covers a topic of its kind's topic list (`on-topic`) or does not
 * (`off-topic`), with the hash of the clause's text, in the alignments file of the comparison (or `options.file`).
 */
export function confirmTopic(
  policies: readonly Policy[],
  verdict: TopicVerdictKind,
  clause: ClauseReference,
  topic: string,
  options: { root: string; file?: string },
): TopicVerdictResult {
  const { documents } = documentsOf(policies, clause.org);
  checkTopic(documents, topic, options.root);
  const entry: TopicVerdict = { verdict, clause: seen(documents, clause, `${clause.org}:${clause.clause}`), topic };
  const file = options.file ?? confirmationsFile(documents.map((candidate) => candidate.policy.path));
  return { file, entry, answers: recordTopicVerdict(file, entry).length };
}
