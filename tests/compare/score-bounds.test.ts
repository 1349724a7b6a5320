// Issue 23, work without bound: the candidate pairs of two documents are proposed by the terms their clauses share
// that are not in a thousand of the other's units (blocking), so thousands of distinct, near-identical clauses a side
// ("Regel N: de school meldt …", one word apart) no longer make every pair a candidate (4,000 a side took 41 s and
// 2.3 GB). Counted as the cells the matrix opens, not timed, so the check is exact.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareDocuments } from '../../src/compare/documents.js';
import { COMMON_TERM_POSTINGS, ScoreMatrix } from '../../src/compare/score.js';
import { orgPolicy } from './fixtures.js';

const VERBS = ['meldt', 'bespreekt', 'noteert', 'bewaart', 'controleert', 'behandelt', 'regelt', 'beoordeelt'];
const NOUNS = ['melding', 'klacht', 'afspraak', 'incident', 'toets', 'les', 'rooster', 'verzuim'];

/** `count` rules that differ from the other side's by their verb only, and from each other by number and words. */
function rules(count: number, shift: number): string[] {
  return Array.from(
    { length: count },
    (_, index) =>
      `Regel ${index + 1}: de school ${VERBS[(index + shift) % VERBS.length]} de ${NOUNS[(index * 7) % NOUNS.length]} van nummer ${index * 13}.`,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('score matrix on thousands of near-identical clauses', () => {
  const count = COMMON_TERM_POSTINGS + 500;
  const { documents } = prepareDocuments([
    orgPolicy('noord', 'School Noord', [{ title: 'Regels', clauses: rules(count, 0) }]),
    orgPolicy('zuid', 'School Zuid', [{ title: 'Regels', clauses: rules(count, 1) }]),
  ]);
  const [left, right] = documents;
  if (!left || !right) throw new Error('two documents expected');

  it('opens a number of cells linear in the clauses, not their product', () => {
    const set = Map.prototype.set;
    let opened = 0;
    vi.spyOn(Map.prototype, 'set').mockImplementation(function (this: Map<unknown, unknown>, key, value) {
      opened++;
      return set.call(this, key, value);
    });
    new ScoreMatrix(left, right);
    vi.restoreAllMocks();
    // Every pair shares "regel", "school", "nummer": all pairs were cells, count² = 2.3 million here. Now a clause's
    // cells come from its rarer terms (its verb and noun, in a few hundred clauses each): about 400 a clause.
    expect(opened).toBeLessThan(count * COMMON_TERM_POSTINGS);
  });

  it('still pairs each rule with its own counterpart, as its best candidate', () => {
    const scores = new ScoreMatrix(left, right);
    for (const clause of [0, 1, 500, count - 1]) {
      const candidates = scores.rowCandidates(clause);
      expect(candidates).toContain(clause);
      const best = Math.max(...candidates.map((column) => scores.at(clause, column)));
      expect(scores.at(clause, clause)).toBe(best);
    }
  });
});
