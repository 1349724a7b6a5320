// Part of a clause joining a provision apart from its clause. A clause that states several rules joins one provision
// with all of them (passes one and two); where another organisation states one of its other rules in a clause of
// its own, that clause's provision would show the first organisation as absent although it has the rule. So once
// the provisions stand, a unit of a clause (a sentence, a run of sentences, a table row: units.ts) joins the
// provision of another document's clause `b` when
//   - the unit scores at least UNIT_MIN against b (cosine of the TF-IDF vectors with word pairs and triples, b's own
//     sentences counted at their discount as in pass one) and more than its whole clause does, and the two share at
//     least MIN_SHARED_WORDS content words (as pass two asks: one rare word pair, "College van Bestuur", is not a
//     rule);
//   - b is the unit's best clause in b's document (so the unit is not the one its clause's own link stands on), and
//     the unit is b's best among everything in the unit's document, whole clauses and units alike (mutual);
//   - b's provision has no clause of the unit's document yet: a unit only adds a match, never moves or doubles one.
// Links are taken strongest first; the units of one clause taken never share a sentence or a row. Everything here
// depends on clause positions and document order only, never on the order the documents were given in.
import type { Group } from './cluster.js';
import type { AlignClause, AlignDocument } from '../terms/documents.js';
import { type GroupIndex, groupIndex } from './group-index.js';
import { MIN_SHARED_WORDS } from './second-pass.js';
import { sharedCount } from '../../match/sorted-search.js';
import { partsOverlap } from '../terms/units.js';
import { type FromSide, type ToSide, UNIT_MIN, UnitLinkSides } from './unit-link-sides.js';
import type { SparseVector } from '../terms/vectors.js';

export { UNIT_MIN } from './unit-link-sides.js';

/** A unit of one document's clause that joins the provision of another document's clause. */
export interface UnitLink {
  document: number;
  clause: number;
  /** Index into the clause's `units`. */
  unit: number;
  /** The provision (index into the groups) it joins. */
  group: number;
  score: number;
}

/**
 * scoreAgainst (unit-link-sides.ts) for many vectors against one clause: each term of the clause (its vector and
 * each part's) indexed with the layers that hold it and its weight there, in reused buffers, so a vector is scored
 * against every layer at once by visiting its own few terms once (a long clause has dozens of parts). Each layer's dot
 * is the same sum, in the same order (the vector's terms ascending), as one layer at a time gives: a term a layer
 * lacks only added 0 there.
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

  load(clause: AlignClause): this {
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
    for (const ids of this.ids) for (let i = 0; i < ids.length; i++) this.head[ids[i] as number] = -1;
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

interface Best {
  clause: number;
  /** -1: the whole clause. */
  unit: number;
  score: number;
}

/**
 * The bars bestFor tries, highest first, before UNIT_MIN: a higher bar makes the index's query prefixes shorter, and
 * the clauses no provision holds yet mostly have a unit or clause above 0.5 in the other document (Boek 2 BW: 47,392
 * items scored for 45 clauses at UNIT_MIN alone).
 */
const BEST_BARS = [0.8, 0.5];

/**
 * b's best in `from`, whole clauses and units alike (ties: the earlier clause, the whole clause, the earlier unit),
 * when it scores UNIT_MIN: what a scan of every clause and unit finds then. Only the items the index finds can
 * reach UNIT_MIN; below it no link is made, whichever item is best. The items found for a higher bar hold every item
 * that reaches it, so a best among them that reaches the bar is the best of all, ties included.
 */
function bestFor(clauseB: SpreadClause, b: AlignClause, from: FromSide): Best | undefined {
  for (const bar of BEST_BARS) {
    const best = bestReaching(clauseB, from.near(b, bar), from, bar);
    if (best) return best;
  }
  return bestReaching(clauseB, from.near(b, UNIT_MIN), from, UNIT_MIN);
}

/** The best of `items` (ascending; ties: the earlier) that scores `bar` or more against the clause in `clauseB`. */
function bestReaching(clauseB: SpreadClause, items: readonly number[], from: FromSide, bar: number): Best | undefined {
  let best: Best | undefined;
  for (const at of items) {
    const item = from.items[at] as FromSide['items'][number];
    const score = clauseB.score(item.vector);
    if (score >= bar && (!best || score > best.score)) best = { clause: item.clause, unit: item.unit, score };
  }
  return best;
}

/** Candidate unit links from document `from` into the provisions of document `to`'s clauses. */
function candidates(
  from: AlignDocument,
  to: AlignDocument,
  sides: { from: () => FromSide; to: () => ToSide },
  groups: readonly Group[],
  groupOf: Readonly<GroupIndex>,
  spread: SpreadClause,
): UnitLink[] {
  const links: UnitLink[] = [];
  to.clauses.forEach((_, b) => {
    const group = groupOf[to.order]?.get(b) ?? -1;
    if (groups[group]?.has(from.order)) return;
    const clauseB = spread.load(to.clauses[b] as AlignClause);
    const best = bestFor(clauseB, to.clauses[b] as AlignClause, sides.from());
    if (!best || best.unit < 0) return;
    const { clause: a, unit, score } = best;
    // The unit must say it better than its whole clause.
    if (score <= clauseB.score((from.clauses[a] as AlignClause).vector)) return;
    // b must be the unit's best clause in `to` (ties: the earlier clause).
    const vector = from.clauses[a]?.units[unit]?.vector;
    if (!vector || sides.to().firstReaching(vector, score) !== b) return;
    const content = from.clauses[a]?.units[unit]?.contentTerms;
    const other = to.clauses[b]?.contentTerms;
    if (!content || !other || sharedCount(content, other) < MIN_SHARED_WORDS) return;
    links.push({ document: from.order, clause: a, unit, group, score });
  });
  return links;
}

/** Unit links of every ordered pair of documents, as taken: strongest first, one member per document and provision. */
export function unitLinks(
  documents: readonly AlignDocument[],
  groups: readonly Group[],
  forbidden: (document: number, clause: number, other: number, otherClause: number) => boolean = () => false,
  sides: UnitLinkSides = new UnitLinkSides(documents),
): UnitLink[] {
  const groupOf = groupIndex(groups, documents.length);
  const spread = new SpreadClause(sides.termCount);
  const all: UnitLink[] = [];
  documents.forEach((from, f) => {
    documents.forEach((to, t) => {
      if (from === to) return;
      // Each document's indexes, built when a clause first needs them (unless made meanwhile): most clauses of two
      // versions of one law are already in a provision with the other, and then none is.
      const pair = { from: (): FromSide => sides.fromSide(f), to: (): ToSide => sides.toSide(t) };
      all.push(...candidates(from, to, pair, groups, groupOf, spread));
    });
  });
  return takeBest(documents, groups, all, forbidden);
}

/**
 * The links taken, best first (ties in a fixed order): one per provision and document, none a person rejected, and
 * no two of one clause over the same part of it.
 */
function takeBest(
  documents: readonly AlignDocument[],
  groups: readonly Group[],
  all: UnitLink[],
  forbidden: (document: number, clause: number, other: number, otherClause: number) => boolean,
): UnitLink[] {
  const key = (document: number): string => documents[document]?.key ?? '';
  all.sort(
    (x, y) =>
      y.score - x.score ||
      (key(x.document) < key(y.document) ? -1 : key(x.document) > key(y.document) ? 1 : 0) ||
      x.clause - y.clause ||
      x.unit - y.unit ||
      x.group - y.group,
  );
  const taken: UnitLink[] = [];
  // What is taken, by provision and document, and by clause: looked up, not searched for (repeated clauses take
  // thousands of links).
  const takenIn = new Set<string>();
  const takenOf = new Map<string, UnitLink[]>();
  for (const link of all) {
    if (groups[link.group]?.has(link.document)) continue;
    // A pairing a person rejected stays rejected for every part of the clause.
    const members = [...(groups[link.group] ?? [])];
    if (
      members.some(([other, clauses]) => clauses.some((clause) => forbidden(link.document, link.clause, other, clause)))
    )
      continue;
    if (takenIn.has(`${link.group}:${link.document}`)) continue;
    const part = documents[link.document]?.clauses[link.clause]?.units[link.unit]?.part;
    const ofClause = takenOf.get(`${link.document}:${link.clause}`) ?? [];
    const overlaps = ofClause.some(
      (other) =>
        part !== undefined &&
        partsOverlap(part, documents[other.document]?.clauses[other.clause]?.units[other.unit]?.part ?? part),
    );
    if (overlaps) continue;
    taken.push(link);
    takenIn.add(`${link.group}:${link.document}`);
    takenOf.set(`${link.document}:${link.clause}`, [...ofClause, link]);
  }
  return taken;
}
