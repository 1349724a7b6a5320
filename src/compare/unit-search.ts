// The search behind a unit link (unit-links.ts): for a clause b of one document, the unit of another document's
// clause that would join b's provision, by the tests that depend on b and the two documents alone (the unit scores
// UNIT_MIN against b and more than its whole clause, b is its best clause, they share MIN_SHARED_WORDS content words);
// what depends on the provisions (which clauses are asked about, which links are taken) stays with unit-links.ts. A
// search depends only on the documents' vectors, so it gives the same answer bit for bit in either thread
// (unit-threads.ts): the same sums in the same order.
import { PAIR_MIN } from './pairwise.js';
import { MIN_SHARED_WORDS } from './second-pass.js';
import { CosinePrefixIndex } from './prefix-index.js';
import { cosine, firstEqual, type SparseVector } from './vectors.js';

/** Least score of a unit against another document's clause: the score at which whole clauses pair. */
export const UNIT_MIN = PAIR_MIN;

/** Term ids of content words: a Set here, sorted ids on the helper thread (unit-transfer.ts). */
export type ContentTerms = Iterable<number> & { has(id: number): boolean };

/** What a search reads of a clause (an AlignClause has it all; the helper thread gets it unpacked). */
export interface SearchClause {
  vector: SparseVector;
  parts: readonly { vector: SparseVector; discount: number }[];
  units: readonly { vector: SparseVector; contentTerms: ContentTerms }[];
  /** Term ids of its content words (AlignClause.contentTerms). */
  contentTerms: ContentTerms;
}

export interface SearchDocument {
  clauses: readonly SearchClause[];
}

/** One search: clause `clause` of document `to`, for a unit of document `from` (indices into the documents). */
export interface UnitTask {
  from: number;
  to: number;
  clause: number;
}

/** The unit found: of clause `clause` of the task's `from`, its `unit`-th unit, scoring `score` against b. */
export interface UnitFound {
  clause: number;
  unit: number;
  score: number;
}

/** How alike a vector is to clause b: its cosine with b, or with one of b's parts at that part's discount. */
function scoreAgainst(vector: SparseVector, b: SearchClause): number {
  let score = cosine(vector, b.vector);
  for (const part of b.parts) score = Math.max(score, part.discount * cosine(vector, part.vector));
  return score;
}

/**
 * scoreAgainst for many vectors against one clause: each term of the clause (its vector and each part's) indexed with
 * the layers that hold it and its weight there, in reused buffers, so a vector is scored against every layer at once
 * by visiting its own few terms once (a long clause has dozens of parts). Each layer's dot is the same sum, in the
 * same order (the vector's terms ascending), as one layer at a time gives: a term a layer lacks only added 0 there.
 */
class SpreadClause {
  /** Per term id, its first entry (-1: no layer holds it); entries chain by `next`. */
  private readonly head: Int32Array;
  private next = new Int32Array(1024);
  private layerOf = new Int32Array(1024);
  private weightOf = new Float64Array(1024);
  private entries = 0;
  private ids: Int32Array[] = [];
  private discounts: number[] = [];
  private dots = new Float64Array(16);

  constructor(size: number) {
    this.head = new Int32Array(size).fill(-1);
  }

  load(clause: SearchClause): this {
    this.clear();
    const vectors = [
      { vector: clause.vector, discount: 1 },
      ...clause.parts.map((part) => ({ vector: part.vector, discount: part.discount })),
    ];
    vectors.forEach(({ vector, discount }, layer) => {
      for (let i = 0; i < vector.ids.length; i++)
        this.addEntry(vector.ids[i] as number, layer, vector.weights[i] as number);
      this.ids.push(vector.ids);
      this.discounts.push(discount);
    });
    if (this.dots.length < vectors.length) this.dots = new Float64Array(vectors.length * 2);
    return this;
  }

  private addEntry(id: number, layer: number, weight: number): void {
    if (this.entries === this.next.length) {
      const size = this.entries * 2;
      const next = new Int32Array(size);
      next.set(this.next);
      this.next = next;
      const layers = new Int32Array(size);
      layers.set(this.layerOf);
      this.layerOf = layers;
      const weights = new Float64Array(size);
      weights.set(this.weightOf);
      this.weightOf = weights;
    }
    const entry = this.entries++;
    this.next[entry] = this.head[id] as number;
    this.layerOf[entry] = layer;
    this.weightOf[entry] = weight;
    this.head[id] = entry;
  }

  private clear(): void {
    for (const ids of this.ids) for (const id of ids) this.head[id] = -1;
    this.ids = [];
    this.discounts = [];
    this.entries = 0;
  }

  score(vector: SparseVector): number {
    const { dots, head, next, layerOf, weightOf, discounts } = this;
    dots.fill(0, 0, discounts.length);
    for (let i = 0; i < vector.ids.length; i++) {
      const weight = vector.weights[i] as number;
      for (let entry = head[vector.ids[i] as number] ?? -1; entry !== -1; entry = next[entry] as number) {
        const layer = layerOf[entry] as number;
        dots[layer] = (dots[layer] as number) + weight * (weightOf[entry] as number);
      }
    }
    let best = 0;
    for (let layer = 0; layer < discounts.length; layer++)
      best = Math.max(best, (discounts[layer] as number) * Math.min(1, dots[layer] as number));
    return best;
  }
}

/** One more than the largest term id of any vector of the documents (clauses, parts, units). */
function termSpace(documents: readonly SearchDocument[]): number {
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

interface Best {
  clause: number;
  /** -1: the whole clause. */
  unit: number;
  score: number;
}

/**
 * The vectors of one document that a unit link can start from, in the order a search of b's best goes through them
 * (clause by clause, the whole clause before its units), each distinct vector once (the first: a tie goes to it),
 * indexed for the vectors that may score UNIT_MIN against a clause.
 */
class FromSide {
  readonly items: { clause: number; unit: number; vector: SparseVector }[] = [];
  private readonly index: CosinePrefixIndex;

  constructor(document: SearchDocument) {
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

  prepare(): void {
    this.index.prepare();
  }

  /** The items (ascending) that may score UNIT_MIN against a clause: one of its vectors or parts may reach it. */
  near(clause: SearchClause): number[] {
    // A part counts at its discount: to lift a vector to UNIT_MIN, its cosine with the part must reach more.
    return this.index.near(
      [clause.vector, ...clause.parts.map((part) => part.vector)],
      [UNIT_MIN, ...clause.parts.map((part) => UNIT_MIN / part.discount)],
    );
  }
}

/**
 * One document's clauses as a unit link's target, indexed by their vectors and parts (each distinct vector with its
 * discount once, under the first clause that has it: the earliest clause that reaches a score is what is asked).
 */
class ToSide {
  private readonly layers: { clause: number; vector: SparseVector }[] = [];
  private readonly index: CosinePrefixIndex;

  constructor(private readonly document: SearchDocument) {
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

  prepare(): void {
    this.index.prepare();
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
      if (scoreAgainst(vector, this.document.clauses[k] as SearchClause) >= score) found = k;
    }
    return found;
  }
}

/**
 * b's best in `from`, whole clauses and units alike (ties: the earlier clause, the whole clause, the earlier unit),
 * when it scores UNIT_MIN: what a scan of every clause and unit finds then. Only the items the index finds can
 * reach UNIT_MIN; below it no link is made, whichever item is best.
 */
function bestFor(clauseB: SpreadClause, b: SearchClause, from: FromSide): Best | undefined {
  let best: Best | undefined;
  for (const at of from.near(b)) {
    const item = from.items[at] as FromSide['items'][number];
    const score = clauseB.score(item.vector);
    if (score >= UNIT_MIN && (!best || score > best.score)) best = { clause: item.clause, unit: item.unit, score };
  }
  return best;
}

/** The searches of some documents, each document's indexes built when a search first needs them (or by prepare()). */
export class UnitSearch {
  private spread: SpreadClause | undefined;
  private readonly fromSides: (FromSide | undefined)[] = [];
  private readonly toSides: (ToSide | undefined)[] = [];

  constructor(private readonly documents: readonly SearchDocument[]) {}

  /** Builds every index now: the helper thread does it while it would otherwise wait. */
  prepare(): void {
    this.documents.forEach((_, index) => {
      this.fromSide(index).prepare();
      this.toSide(index).prepare();
    });
  }

  private fromSide(document: number): FromSide {
    this.fromSides[document] ??= new FromSide(this.documents[document] as SearchDocument);
    return this.fromSides[document];
  }

  private toSide(document: number): ToSide {
    this.toSides[document] ??= new ToSide(this.documents[document] as SearchDocument);
    return this.toSides[document];
  }

  /** The unit of `from` that would join the provision of `to`'s clause b, if one passes every test. */
  found({ from, to, clause: b }: UnitTask): UnitFound | undefined {
    this.spread ??= new SpreadClause(termSpace(this.documents));
    const fromClauses = (this.documents[from] as SearchDocument).clauses;
    const clauseB = (this.documents[to] as SearchDocument).clauses[b] as SearchClause;
    const spread = this.spread.load(clauseB);
    const best = bestFor(spread, clauseB, this.fromSide(from));
    if (!best || best.unit < 0) return undefined;
    const { clause: a, unit, score } = best;
    // The unit must say it better than its whole clause.
    if (score <= spread.score((fromClauses[a] as SearchClause).vector)) return undefined;
    // b must be the unit's best clause in `to` (ties: the earlier clause).
    const found = fromClauses[a]?.units[unit];
    if (!found || this.toSide(to).firstReaching(found.vector, score) !== b) return undefined;
    let shared = 0;
    for (const id of found.contentTerms) if (clauseB.contentTerms.has(id)) shared++;
    return shared < MIN_SHARED_WORDS ? undefined : best;
  }
}
