// When a comparison starts the score helper early (src/compare/scores/score-threads.ts): by the characters of each document's
// distinct clause texts, so two long laws start it and many short or repeated clauses (the bench's scaling inputs) do not.
import { describe, expect, it } from 'vitest';
import { EARLY_START_CHARACTERS, helperLikelyFor } from '../../../src/compare/scores/score-threads.js';
import { orgPolicy } from '../fixtures.js';

/** A clause of about `length` characters, distinct by its number. */
const clause = (index: number, length: number): string =>
  `Artikel ${index}: ${'de vennootschap houdt een register bij van haar aandeelhouders. '.repeat(length / 64)}`;

function policyOf(org: string, texts: string[]) {
  return orgPolicy(org, `School ${org}`, [{ title: 'Regels', clauses: texts }]);
}

const distinct = (count: number, length: number): string[] =>
  Array.from({ length: count }, (_, index) => clause(index, length));

describe('helperLikelyFor', () => {
  const enough = Math.ceil(EARLY_START_CHARACTERS / 640) + 1;

  it('holds for two documents with enough distinct clause text each', () => {
    const texts = distinct(enough, 640);
    expect(helperLikelyFor([policyOf('noord', texts), policyOf('zuid', texts)])).toBe(true);
  });

  it('does not hold when only one document is that large', () => {
    expect(helperLikelyFor([policyOf('noord', distinct(enough, 640)), policyOf('zuid', distinct(10, 640))])).toBe(
      false,
    );
  });

  it('counts a repeated clause text once', () => {
    const repeated = Array.from({ length: enough }, () => clause(1, 640));
    expect(helperLikelyFor([policyOf('noord', repeated), policyOf('zuid', repeated)])).toBe(false);
  });
});
