// The indexes unit links (unit-links.ts) search: per document, its clauses and units as where a link starts
// (FromSide) and its clauses with their parts as where it ends (ToSide), each a prefix index of its distinct vectors.
// They are needed only where a clause is still free after the passes, so each is made on first use (Boek 2 BW: both
// FromSides and one ToSide, ~15–40 ms each). The term ids' bound is the vocabulary's size where the caller has it,
// not a pass over every vector (10–28 ms in-process, after the matrix).
import type { AlignClause, AlignDocument } from '../terms/documents.js';
import { PAIR_MIN } from './pairwise.js';
import { CosinePrefixIndex } from '../terms/prefix-index.js';
import { cosine, firstEqual, type SparseVector } from '../terms/vectors.js';

/** Least score of a unit against another document's clause: the score at which whole clauses pair. */
export const UNIT_MIN = PAIR_MIN;

/** How alike a vector is to clause b: its cosine with b, or with one of b's parts at that part's discount. */
export function scoreAgainst(vector: SparseVector, b: AlignClause): number {
  let score = cosine(vector, b.vector);
  for (const part of b.parts) score = Math.max(score, part.discount * cosine(vector, part.vector));
  return score;
}

/** One more than the largest term id of any vector of the documents (clauses, parts, units). */
function termSpace(documents: readonly AlignDocument[]): number {
  let size = 0;
  const see = (vector: SparseVector): void => {
    const last = vector.ids[vector.ids.length - 1];
    if (last !== undefined && last + 1 > size) size = last + 1;
  };
  for (const document of documents)
    for (const clause of document.clauses) {
      see(clause.vector);
      for (const part of clause.parts) see(part.vector);
      for (const unit of clause.units) see(unit.vector);
    }
  return size;
}

/**
 * The vectors of one document that a unit link can start from, in the order a search of b's best goes through them
 * (clause by clause, the whole clause before its units), each distinct vector once (the first: a tie goes to it),
 * indexed for the vectors that may score UNIT_MIN against a clause.
 */
export class FromSide {
  readonly items: { clause: number; unit: number; vector: SparseVector }[] = [];
  private readonly index: CosinePrefixIndex;

  constructor(document: AlignDocument) {
    const all: { clause: number; unit: number; vector: SparseVector }[] = [];
    document.clauses.forEach((clause, a) => {
      all.push({ clause: a, unit: -1, vector: clause.vector });
      clause.units.forEach((unit, index) => all.push({ clause: a, unit: index, vector: unit.vector }));
    });
    const first = firstEqual(all, (item) => item.vector);
    all.forEach((item, at) => {
      if (first[at] === at) this.items.push(item);
    });
    this.index = new CosinePrefixIndex(
      this.items.map((item) => item.vector),
      UNIT_MIN,
    );
  }

  /**
   * The items (ascending) that may score `minimum` (at least UNIT_MIN) against a clause: one of its vectors or parts
   * may reach it.
   */
  near(clause: AlignClause, minimum: number): number[] {
    // A part counts at its discount: to lift a vector to `minimum`, its cosine with the part must reach more.
    return this.index.near(
      [clause.vector, ...clause.parts.map((part) => part.vector)],
      [minimum, ...clause.parts.map((part) => minimum / part.discount)],
    );
  }
}

/**
 * One document's clauses as a unit link's target, indexed by their vectors and parts (each distinct vector with its
 * discount once, under the first clause that has it: the earliest clause that reaches a score is what is asked).
 */
export class ToSide {
  private readonly layers: { clause: number; vector: SparseVector }[] = [];
  private readonly index: CosinePrefixIndex;

  constructor(private readonly document: AlignDocument) {
    const all: { clause: number; vector: SparseVector; discount: number }[] = [];
    document.clauses.forEach((clause, k) => {
      all.push({ clause: k, vector: clause.vector, discount: 1 });
      for (const part of clause.parts) all.push({ clause: k, vector: part.vector, discount: part.discount });
    });
    const first = firstEqual(
      all,
      (layer) => layer.vector,
      (a, b) => a.discount === b.discount,
    );
    all.forEach((layer, at) => {
      if (first[at] === at) this.layers.push(layer);
    });
    this.index = new CosinePrefixIndex(
      this.layers.map((layer) => layer.vector),
      UNIT_MIN,
    );
  }

  /**
   * The first clause against which `vector` scores at least `score` (at least UNIT_MIN), as
   * `clauses.findIndex((other) => scoreAgainst(vector, other) >= score)`; -1 when none does.
   */
  firstReaching(vector: SparseVector, score: number): number {
    let found = -1;
    // Every discount is at most 1: a layer the vector scores `score` against has a cosine of at least `score` with it.
    for (const layer of this.index.near([vector], [score])) {
      const k = (this.layers[layer] as { clause: number }).clause;
      if (found !== -1 && k >= found) continue;
      if (scoreAgainst(vector, this.document.clauses[k] as AlignClause) >= score) found = k;
    }
    return found;
  }
}

/** Every document's FromSide and ToSide, each made on first use, and the size of the term ids they hold. */
export class UnitLinkSides {
  private readonly from: (FromSide | undefined)[] = [];
  private readonly to: (ToSide | undefined)[] = [];

  /**
   * @param termCount more than the largest term id of any vector of the documents (the vocabulary's size); worked
   *   out from the vectors when not given.
   */
  constructor(
    private readonly documents: readonly AlignDocument[],
    readonly termCount: number = termSpace(documents),
  ) {}

  fromSide(document: number): FromSide {
    this.from[document] ??= new FromSide(this.documents[document] as AlignDocument);
    return this.from[document];
  }

  toSide(document: number): ToSide {
    this.to[document] ??= new ToSide(this.documents[document] as AlignDocument);
    return this.to[document];
  }
}
