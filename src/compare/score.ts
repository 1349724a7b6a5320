// How alike every clause of one document is to every clause of another. A clause pair scores the largest of
//   - the cosine of the two clauses' TF-IDF vectors, and
//   - the cosine between a part (sentence, long comma-separated stretch) of one and the other clause or a part of
//     it, times the part's discount (the smaller of the two),
// so a short clause still finds the one sentence of a long clause that says the same ("containment"), at a
// discount because the rest of the long clause says more. Computed through an inverted index over the second
// document's clauses and parts: only pairs that share a term are ever touched. The vectors are those with word pairs
// and triples (pass one: verbatim runs count) or of single words alone (pass two, second-pass.ts).
import type { AlignDocument } from './documents.js';
import type { SparseVector } from './vectors.js';

interface Unit {
  clause: number;
  whole: boolean;
  discount: number;
  vector: SparseVector;
}

/** Which vectors a matrix compares: words with their pairs and triples (verbatim runs count), or words alone. */
export type ScoreBasis = 'terms' | 'words';

function unitsOf(document: AlignDocument, basis: ScoreBasis): Unit[] {
  const units: Unit[] = [];
  document.clauses.forEach((clause, index) => {
    units.push({
      clause: index,
      whole: true,
      discount: 1,
      vector: basis === 'terms' ? clause.vector : clause.wordVector,
    });
    for (const part of clause.parts) {
      units.push({
        clause: index,
        whole: false,
        discount: part.discount,
        vector: basis === 'terms' ? part.vector : part.words,
      });
    }
  });
  return units;
}

/** Scores of all clause pairs of two documents, row-major (a clause of `left` × a clause of `right`). */
export class ScoreMatrix {
  /** Whole-clause cosines. */
  readonly whole: Float64Array;
  /** The pair score: whole-clause cosine or discounted part cosine, whichever is larger. */
  readonly score: Float64Array;

  constructor(
    readonly left: AlignDocument,
    readonly right: AlignDocument,
    basis: ScoreBasis = 'terms',
  ) {
    const columns = right.clauses.length;
    this.whole = new Float64Array(left.clauses.length * columns);
    this.score = new Float64Array(left.clauses.length * columns);
    const rightUnits = unitsOf(right, basis);
    const postings = new Map<number, { unit: number[]; weight: number[] }>();
    rightUnits.forEach((unit, at) => {
      unit.vector.ids.forEach((id, i) => {
        let list = postings.get(id);
        if (!list) {
          list = { unit: [], weight: [] };
          postings.set(id, list);
        }
        list.unit.push(at);
        list.weight.push(unit.vector.weights[i] as number);
      });
    });
    const dot = new Float64Array(rightUnits.length);
    const touched: number[] = [];
    for (const unit of unitsOf(left, basis)) {
      unit.vector.ids.forEach((id, i) => {
        const list = postings.get(id);
        if (!list) return;
        const weight = unit.vector.weights[i] as number;
        for (let k = 0; k < list.unit.length; k++) {
          const at = list.unit[k] as number;
          if (dot[at] === 0) touched.push(at);
          dot[at] = (dot[at] as number) + weight * (list.weight[k] as number);
        }
      });
      for (const at of touched) {
        const other = rightUnits[at] as Unit;
        const cell = unit.clause * columns + other.clause;
        const value = Math.min(1, dot[at] as number);
        if (unit.whole && other.whole) {
          this.whole[cell] = value;
          if (value > (this.score[cell] as number)) this.score[cell] = value;
        } else {
          const discounted = Math.min(unit.discount, other.discount) * value;
          if (discounted > (this.score[cell] as number)) this.score[cell] = discounted;
        }
        dot[at] = 0;
      }
      touched.length = 0;
    }
  }

  at(leftClause: number, rightClause: number): number {
    return this.score[leftClause * this.right.clauses.length + rightClause] ?? 0;
  }

  wholeAt(leftClause: number, rightClause: number): number {
    return this.whole[leftClause * this.right.clauses.length + rightClause] ?? 0;
  }
}
