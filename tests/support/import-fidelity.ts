// How close an imported policy is to a reference (a hand transcription, or the policy a PDF was built from):
// the share of clause boundaries that agree, and the share of body words present in order. Used by the import
// acceptance tests, which print the figures so a run shows where the importer stands.
import { diffArrays } from 'diff';
import { words } from '../../src/import/account.js';
import { parsePolicy } from '../../src/parse/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import type { Policy } from '../../src/model/policy.js';

/** A clause boundary: where a clause starts, named by its first five words. */
const boundaryKey = (text: string): string => words(text).slice(0, 5).join(' ');

export const clauseStarts = (policy: Policy): string[] =>
  allClauses(policy)
    .map(({ clause }) => boundaryKey(clause.text))
    .filter((key) => key !== '');

/** Section titles and clause texts in document order: the words a reader of the policy sees. */
export const bodyWords = (policy: Policy): string[] => [
  ...allSections(policy).flatMap((section) => words(section.title)),
  ...allClauses(policy).flatMap(({ clause }) => words(clause.text)),
];

function commonInOrder(a: readonly string[], b: readonly string[]): number {
  return diffArrays(a as string[], b as string[]).reduce(
    (sum, part) => sum + (part.added || part.removed ? 0 : (part.count ?? part.value.length)),
    0,
  );
}

export interface Fidelity {
  /** Boundaries in both, in order, over the boundaries of both (an F1 score: extra and missing splits both count). */
  boundaries: number;
  expectedClauses: number;
  actualClauses: number;
  /** Reference body words found in the import in order, over the reference's body words. */
  recall: number;
}

export function fidelity(reference: string, imported: string): Fidelity {
  const expected = parsePolicy(reference).policy;
  const actual = parsePolicy(imported).policy;
  const e = clauseStarts(expected);
  const a = clauseStarts(actual);
  const expectedWords = allClauses(expected).flatMap(({ clause }) => words(clause.text));
  const actualWords = allClauses(actual).flatMap(({ clause }) => words(clause.text));
  return {
    boundaries: e.length + a.length === 0 ? 1 : (2 * commonInOrder(e, a)) / (e.length + a.length),
    expectedClauses: e.length,
    actualClauses: a.length,
    recall: expectedWords.length === 0 ? 1 : commonInOrder(expectedWords, actualWords) / expectedWords.length,
  };
}

export const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
