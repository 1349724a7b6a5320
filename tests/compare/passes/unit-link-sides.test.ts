// The indexes unit links search (src/compare/passes/unit-link-sides.ts): each made on first use, sized by the vocabulary's
// term count, which bounds every vector's term ids as the vectors' own largest id does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDocuments } from '../../../src/compare/terms/documents.js';
import { UnitLinkSides } from '../../../src/compare/passes/unit-link-sides.js';
import { parsePolicy } from '../../../src/parse/index.js';
import { seedFiles } from '../../../bench/corpus.js';

const seeds = () => seedFiles().map((file) => parsePolicy(readFileSync(file, 'utf8'), { path: file }).policy);

describe('UnitLinkSides', () => {
  it('makes each side once, at its first use', () => {
    const { documents } = prepareDocuments(seeds());
    const sides = new UnitLinkSides(documents);
    expect(sides.fromSide(1)).toBe(sides.fromSide(1));
    expect(sides.toSide(1)).toBe(sides.toSide(1));
    expect(sides.fromSide(0)).not.toBe(sides.fromSide(1));
  });

  it('takes a term count the vocabulary’s bounds, at or above what the vectors hold', () => {
    const { documents, vocabulary } = prepareDocuments(seeds());
    const fromVectors = new UnitLinkSides(documents).termCount;
    expect(fromVectors).toBeGreaterThan(0);
    expect(vocabulary.termCount).toBeGreaterThanOrEqual(fromVectors);
    expect(new UnitLinkSides(documents, vocabulary.termCount).termCount).toBe(vocabulary.termCount);
    const ids = documents.flatMap((document) =>
      document.clauses.flatMap((clause) => [
        clause.vector,
        ...clause.parts.map((part) => part.vector),
        ...clause.units.map((unit) => unit.vector),
      ]),
    );
    expect(Math.max(...ids.map((vector) => vector.ids.at(-1) ?? -1))).toBe(fromVectors - 1);
  });
});
