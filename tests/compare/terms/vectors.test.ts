// Two clauses read as one (a split's joined vector, src/compare/passes/pairwise.ts) are weighed by Vocabulary.joinedVector,
// which merges the two clauses' own vectors instead of counting the sum again: its vector must be vector() of the
// summed counts, bit for bit, or a split's score would change. A text's content terms (weighedWordTerms) are its
// single words that weigh something, but the one left out, and stay as they were made.
import { describe, expect, it } from 'vitest';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { type SparseVector, type TermCounts, Vocabulary } from '../../../src/compare/terms/vectors.js';
import { loadPolicy } from '../../../src/parse/index.js';
import { SEED_ORGS, policyPath } from '../../support/paths.js';

/** The counts of two texts read as one, counted afresh through a Map. */
function summed(a: TermCounts, b: TermCounts): TermCounts {
  const sum = new Map<number, number>();
  for (const { ids, counts } of [a, b]) ids.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + (counts[i] as number)));
  const ids = Int32Array.from(sum.keys()).sort();
  return { ids, counts: Int32Array.from(ids, (id) => sum.get(id) as number) };
}

/** A vector's ids and weights as bytes, so equal means equal bit for bit. */
const bytesOf = (vector: SparseVector): Buffer[] =>
  [vector.ids, vector.weights].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength));

/**
 * expect(ours).toEqual(theirs) for two vectors' bytes, asked of vitest only where Buffer.equals finds them differ:
 * toEqual on every clause's buffers was most of these tests' time, and it fails wherever they differ, with its report.
 */
function sameBytes(ours: Buffer[], theirs: Buffer[], message?: string): void {
  const same = ours.length === theirs.length && ours.every((bytes, index) => bytes.equals(theirs[index] as Buffer));
  if (!same) expect(ours, message).toEqual(theirs);
}

describe('Vocabulary.joinedVector', () => {
  it('is vector() of the summed counts for every two neighbouring clauses of the seeds, and a clause with itself', () => {
    const { documents, vocabulary } = prepareDocuments(SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy));
    let pairs = 0;
    for (const { clauses } of documents)
      clauses.forEach((a, index) => {
        for (const b of [clauses[index + 1], a]) {
          if (!b) continue;
          sameBytes(bytesOf(vocabulary.joinedVector(a, b)), bytesOf(vocabulary.vector(summed(a.counts, b.counts))));
          pairs++;
        }
      });
    expect(pairs).toBeGreaterThan(300);
  });

  it('leaves out the terms that weigh nothing, and is empty where neither text keeps a term', () => {
    const vocabulary = new Vocabulary((word) => word === 'de' || word === 'het');
    const silent = vocabulary.count(['de']);
    const other = vocabulary.count(['het']);
    const words = vocabulary.count(['de', 'school', 'meldt']);
    for (const counts of [silent, other, words]) vocabulary.observe(counts);
    const text = (counts: TermCounts) => ({ counts, vector: vocabulary.vector(counts) });
    expect(vocabulary.joinedVector(text(silent), text(other)).ids).toHaveLength(0);
    const joined = vocabulary.joinedVector(text(silent), text(words));
    expect(bytesOf(joined)).toEqual(bytesOf(vocabulary.vector(summed(silent, words))));
    expect(joined.ids.length).toBeGreaterThan(0);
  });
});

describe('Vocabulary.vector', () => {
  it('gives each vector arrays of its own: those made after it, longer or shorter, leave it as it was', () => {
    const { documents, vocabulary } = prepareDocuments(SEED_ORGS.map((org) => loadPolicy(policyPath(org)).policy));
    const clauses = documents.flatMap((document) => document.clauses);
    const made = clauses.map((clause) => {
      const vector = vocabulary.vector(clause.counts);
      return { clause, vector, bytes: bytesOf(vector).map((bytes) => Buffer.from(bytes)) };
    });
    // A text of every clause at once: more terms than any clause, so vector()'s working arrays must grow.
    const none: TermCounts = { ids: new Int32Array(0), counts: new Int32Array(0) };
    const everything = clauses.reduce<TermCounts>((sum, clause) => summed(sum, clause.counts), none);
    expect(vocabulary.vector(everything).ids.length).toBeGreaterThan(1000);
    for (const { clause, vector, bytes } of made) {
      sameBytes(bytesOf(vector), bytes, 'as it was made');
      sameBytes(bytesOf(vector), bytesOf(clause.vector), 'as prepareDocuments made it');
    }
  });
});

describe('Vocabulary.weighedWordTerms', () => {
  it('keeps the single words that are not silent, but the one named, ascending, and later work leaves them so', () => {
    const vocabulary = new Vocabulary((word) => word === 'de' || word === 'het');
    const counts = vocabulary.count(['orgnaam', 'meldt', 'de', 'school', 'het', 'meldt', 'orgnaam']);
    const kept = vocabulary.weighedWordTerms(counts, 'orgnaam');
    const [meldt, school] = vocabulary.wordTerms(['meldt', 'school']) as [number, number];
    expect([...kept]).toEqual([meldt, school].sort((a, b) => a - b));
    expect([...vocabulary.weighedWordTerms(counts, 'onbekend')]).toEqual(
      vocabulary.wordTerms(['orgnaam', 'meldt', 'school']).sort((a, b) => a - b),
    );
    vocabulary.observe(counts);
    for (let round = 0; round < 50; round++) {
      const more = vocabulary.count(Array.from({ length: 40 }, (_, k) => `woord${round}-${k}`));
      vocabulary.weighedWordTerms(more, 'orgnaam');
      vocabulary.vector(more);
    }
    expect([...kept]).toEqual([meldt, school].sort((a, b) => a - b));
  });
});
