// What unit links' searches read of the documents crosses to the helper thread as flat typed arrays
// (src/compare/unit-transfer.ts): the unpacked documents must hold the same vectors, discounts and content words, bit
// for bit, and the searches and their answers must cross unchanged, or a unit link would depend on the thread.
import { describe, expect, it } from 'vitest';
import type { SearchDocument, UnitFound, UnitTask } from '../../src/compare/unit-search.js';
import {
  documentBuffers,
  packDocuments,
  packFound,
  packTasks,
  unpackDocuments,
  unpackFound,
  unpackTasks,
} from '../../src/compare/unit-transfer.js';
import type { SparseVector } from '../../src/compare/vectors.js';
import { seedPair } from './fixtures.js';

const documents = seedPair('aloysius', 'flex-college');

const bytes = (vector: SparseVector): Buffer[] =>
  [vector.ids, vector.weights].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength));

/** Everything a search reads of a document, as bytes and sorted word lists, to compare as one value. */
function readOf(document: SearchDocument) {
  return document.clauses.map((clause) => ({
    vector: bytes(clause.vector),
    parts: clause.parts.map((part) => ({ vector: bytes(part.vector), discount: part.discount })),
    units: clause.units.map((unit) => ({ vector: bytes(unit.vector), words: [...unit.contentTerms].sort() })),
    words: [...clause.contentTerms].sort(),
  }));
}

describe('unit search data across threads', () => {
  it('unpacks the documents it packed: every vector, discount and content word', () => {
    expect(documents.some((document) => document.clauses.some((clause) => clause.units.length > 0))).toBe(true);
    expect(documents.some((document) => document.clauses.some((clause) => clause.parts.length > 0))).toBe(true);
    expect(unpackDocuments(packDocuments(documents)).map(readOf)).toEqual(documents.map(readOf));
  });

  it('hands over only buffers made for the message, none of the documents own', () => {
    const packed = packDocuments(documents);
    const own = new Set<ArrayBufferLike>(
      documents.flatMap((document) => document.clauses.flatMap((clause) => [clause.vector.ids.buffer])),
    );
    const buffers = documentBuffers(packed);
    expect(buffers).toHaveLength(packed.length * Object.keys(packed[0] ?? {}).length);
    expect(buffers.some((buffer) => own.has(buffer))).toBe(false);
  });

  it('carries searches and answers, a search that found nothing included', () => {
    const tasks: UnitTask[] = [
      { from: 0, to: 1, clause: 7 },
      { from: 1, to: 0, clause: 0 },
    ];
    expect(unpackTasks(packTasks(tasks))).toEqual(tasks);
    const found: (UnitFound | undefined)[] = [{ clause: 3, unit: 2, score: 0.1 + 0.2 }, undefined];
    expect(unpackFound(packFound(found))).toEqual(found);
  });
});
