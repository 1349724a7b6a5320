// Unit links' searches (src/compare/unit-search.ts) depend on the documents alone: a search whose indexes were built
// ahead (prepare(), as the helper thread does while it waits) answers as one that builds them on first need, and so
// does one over the documents as they crossed to the helper (unit-transfer.ts), score for score.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDocuments } from '../../src/compare/documents.js';
import { type UnitFound, UnitSearch, type UnitTask } from '../../src/compare/unit-search.js';
import { packDocuments, unpackDocuments } from '../../src/compare/unit-transfer.js';
import { parsePolicy } from '../../src/parse/index.js';
import { seedFiles } from '../../bench/corpus.js';

const { documents } = prepareDocuments(
  seedFiles().map((file) => parsePolicy(readFileSync(file, 'utf8'), { path: file }).policy),
);

/** Every clause of each document searched for a unit of every other. */
const tasks: UnitTask[] = documents.flatMap((to, t) =>
  documents.flatMap((_, from) => (from === t ? [] : to.clauses.map((_, clause) => ({ from, to: t, clause })))),
);

const answers = (search: UnitSearch): (UnitFound | undefined)[] => tasks.map((task) => search.found(task));

describe('UnitSearch', () => {
  const lazy = answers(new UnitSearch(documents));

  it('finds units for some clauses and none for others (the comparison is not empty either way)', () => {
    expect(lazy.filter(Boolean).length).toBeGreaterThan(0);
    expect(lazy.filter((found) => !found).length).toBeGreaterThan(0);
    for (const found of lazy.filter((hit): hit is UnitFound => hit !== undefined))
      expect(found.unit).toBeGreaterThanOrEqual(0);
  });

  it('answers the same with its indexes built ahead', () => {
    const ahead = new UnitSearch(documents);
    ahead.prepare();
    expect(answers(ahead)).toEqual(lazy);
  });

  it('answers the same over the documents as they cross to the helper thread', () => {
    expect(answers(new UnitSearch(unpackDocuments(packDocuments(documents))))).toEqual(lazy);
  });
});
