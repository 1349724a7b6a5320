// The job behind `clausemark confirm`: find the two clauses a person named (ORG:CLAUSE-ID, with the same org keys
// compare shows), hash their texts as they are now, and record the verdict in the corpus's alignments file.
import { ClausemarkError } from '../model/errors.js';
import type { Policy } from '../model/policy.js';
import { nearest } from '../text/similarity.js';
import {
  type ClauseSeen,
  type Confirmation,
  confirmationsFile,
  recordConfirmation,
  textHash,
  type Verdict,
} from './confirmations.js';
import { keyedDocuments, type KeyedDocument } from './documents.js';
import { comparisonInputs } from './inputs.js';

/** ORG:CLAUSE-ID as given on the command line. */
export interface ClauseReference {
  org: string;
  clause: string;
}

export function parseClauseReference(text: string, argument: string): ClauseReference {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) {
    throw new ClausemarkError(`'${text}' does not name a clause`, {
      place: { argument },
      hint: 'write ORG:CLAUSE-ID, with the org key and clause id compare shows (e.g. aloysius:foto.toestemming)',
      ruleId: 'bad-arguments',
    });
  }
  return { org: text.slice(0, colon), clause: text.slice(colon + 1) };
}

function seen(documents: readonly KeyedDocument[], reference: ClauseReference, argument: string): ClauseSeen {
  const document = documents.find((candidate) => candidate.key === reference.org);
  const keys = documents.map((candidate) => candidate.key);
  if (!document) {
    const guess = nearest(reference.org, keys);
    throw new ClausemarkError(`no organisation '${reference.org}' among the compared policies`, {
      place: { argument },
      hint: `${guess ? `did you mean '${guess}'? ` : ''}the org keys are: ${keys.join(', ')}`,
      ruleId: 'unknown-clause',
    });
  }
  const ids = document.clauses.map((clause) => clause.entry.ref.id);
  const index = ids.indexOf(reference.clause);
  if (index < 0) {
    const guess = nearest(reference.clause, ids);
    throw new ClausemarkError(`${reference.org} (${document.policy.path}) has no clause '${reference.clause}'`, {
      place: { argument },
      hint: guess ? `did you mean '${guess}'?` : 'clause ids are shown by `clausemark compare --format md`',
      ruleId: 'unknown-clause',
    });
  }
  return {
    org: reference.org,
    clause: reference.clause,
    hash: textHash(document.clauses[index]?.entry.clause.text ?? ''),
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
  const a = seen(documents, first, 'first clause');
  const b = seen(documents, second, 'second clause');
  if (a.org === b.org) {
    throw new ClausemarkError('both clauses belong to one organisation', {
      place: { argument: `${first.org}:${first.clause}` },
      hint: 'a pairing links clauses of two organisations',
      ruleId: 'bad-arguments',
    });
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
