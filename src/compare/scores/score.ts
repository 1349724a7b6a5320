// How alike every clause of one document is to every clause of another. A clause pair scores the largest of
//   - the cosine of the two clauses' TF-IDF vectors, and
//   - the cosine between a part (sentence, long comma-separated stretch) of one and the other clause or a part of
//     it, times the part's discount (the smaller of the two),
// so a short clause still finds the one sentence of a long clause that says the same ("containment"), at a
// discount because the rest of the long clause says more. Computed through an inverted index over the second
// document's clauses and parts: only pairs that share a term are ever touched. The vectors are those with word pairs
// and triples (pass one: verbatim runs count) or of single words alone (pass two, second-pass.ts).
// Bounded for any input (issue 23 item 10): equal vectors are scored once (8,000 "Vervallen." a side is one dot
// product, not 64 million), and each clause keeps only its CANDIDATES_PER_CLAUSE best clauses of the other document
// (ties: the nearest in reading order), chosen without spreading every group of equal vectors over every clause it
// shares a term with (candidates.ts), so memory and the work of everything after grow with the clauses, not with
// their product. Real policies never come near the cap: what it cuts scores far below any threshold that is used.
// Candidates are proposed by the terms a clause shares that are not in more than COMMON_TERM_POSTINGS units of the
// other document, so near-identical clauses by the thousand do not make every pair a candidate.
import type { AlignDocument } from '../terms/documents.js';
import type { Meanwhile } from './meanwhile.js';
import { indexIn, NO_ROW, ProposedDots, type Row, type RowPlan, sidesOf, type UnitGroup } from './score-rows.js';
import { ScoreColumns } from './score-columns.js';
import { scoreRows } from './score-threads.js';
import { firstEqual, type SparseVector } from '../terms/vectors.js';

export { COMMON_TERM_POSTINGS, PROPOSED_PER_VECTOR } from './score-rows.js';

interface Unit {
  clause: number;
  whole: boolean;
  discount: number;
  vector: SparseVector;
}

/** Which vectors a matrix compares: words with their pairs and triples (verbatim runs count), or words alone. */
export type ScoreBasis = 'terms' | 'words';

/** The units of `document`'s clauses, of those `rowsOf` marks where it is given. */
function unitsOf(document: AlignDocument, basis: ScoreBasis, rowsOf?: readonly boolean[]): Unit[] {
  const units: Unit[] = [];
  document.clauses.forEach((clause, index) => {
    if (rowsOf && !rowsOf[index]) return;
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

function groupUnits(units: readonly Unit[]): { groups: UnitGroup[]; groupOfUnit: number[] } {
  // Equal vectors found through a hash of their terms (firstEqual), not a string of every weight per unit.
  const first = firstEqual(
    units,
    (unit) => unit.vector,
    (a, b) => a.whole === b.whole && a.discount === b.discount,
  );
  const groups: UnitGroup[] = [];
  const groupOfUnit: number[] = [];
  units.forEach((unit, at) => {
    let index: number;
    if (first[at] === at) {
      index = groups.length;
      groups.push({ vector: unit.vector, whole: unit.whole, discount: unit.discount, clauses: [] });
    } else index = groupOfUnit[first[at] as number] as number;
    groupOfUnit.push(index);
    const clauses = (groups[index] as UnitGroup).clauses;
    if (clauses[clauses.length - 1] !== unit.clause) clauses.push(unit.clause);
  });
  return { groups, groupOfUnit };
}

/**
 * How many groups of the right document each distinct vector of the left one proposes, with the dot products that
 * come of them (exported for tests/compare/score-bounds.test.ts, which checks the bound and the exact dots below it).
 */
export function proposalsPerVector(
  left: AlignDocument,
  right: AlignDocument,
  basis: ScoreBasis = 'terms',
): { group: number; value: number }[][] {
  const dots = new ProposedDots(groupUnits(unitsOf(right, basis)).groups);
  return groupUnits(unitsOf(left, basis)).groups.map((group) => {
    const { groups, values } = dots.of(group.vector);
    return Array.from(groups, (at, k) => ({ group: at, value: values[k] as number }));
  });
}

/** Candidates of one clause in the other document, ascending, with their scores and whole-clause cosines (aligned). */
export interface Entries {
  clauses: ArrayLike<number>;
  score: ArrayLike<number>;
  whole: ArrayLike<number>;
}

/**
 * A matrix's right side, which depends on the right document and the basis alone: its unit groups, each right
 * clause's whole group and, where it was made ahead (indexedRightSide), the index its rows' dot products read.
 */
export interface RightSide {
  groups: UnitGroup[];
  wholeOfRight: Int32Array;
  dots?: ProposedDots;
}

/** The right side of `right`'s matrices on `basis`, without the index (RowScorer makes it where none was made ahead). */
function rightSideOf(right: AlignDocument, basis: ScoreBasis): RightSide {
  const units = unitsOf(right, basis);
  const { groups, groupOfUnit } = groupUnits(units);
  const wholeOfRight = new Int32Array(right.clauses.length);
  units.forEach((unit, index) => {
    if (unit.whole) wholeOfRight[unit.clause] = groupOfUnit[index] as number;
  });
  return { groups, wholeOfRight };
}

/**
 * The right side of `right`'s matrices on `basis`, indexed: made ahead of its matrix, it leaves the matrix its left side
 * alone to make. Pass two's words-only right side is made so while the helper thread computes pass one's rows: after
 * the matrix it took the command thread ~25 ms of a Boek 2 BW comparison with the helper idle.
 */
export function indexedRightSide(right: AlignDocument, basis: ScoreBasis): RightSide {
  const side = rightSideOf(right, basis);
  return { ...side, dots: new ProposedDots(side.groups) };
}

/**
 * What the rows of `left` × `right` are computed from (score-rows.ts): both documents' unit groups, and each left
 * clause's groups where its row is computed (`rowsOf`, default every clause). `made`: the right side, where it was
 * made ahead (indexedRightSide).
 */
export function rowPlan(
  left: AlignDocument,
  right: AlignDocument,
  basis: ScoreBasis = 'terms',
  rowsOf?: readonly boolean[],
  made?: RightSide,
): RowPlan {
  const rightSide = made ?? rightSideOf(right, basis);
  // Only the clauses whose rows are computed: pass two asks for a few dozen of a law's thousands.
  const leftUnits = unitsOf(left, basis, rowsOf);
  const leftSide = groupUnits(leftUnits);
  const unitsOfClause: number[][] = left.clauses.map(() => []);
  leftUnits.forEach((unit, index) => {
    unitsOfClause[unit.clause]?.push(leftSide.groupOfUnit[index] as number);
  });
  const sides = sidesOf(leftSide.groups, rightSide.groups, rightSide.wholeOfRight);
  const count = right.clauses.length;
  const stretch = left.clauses.length > 1 ? (count - 1) / (left.clauses.length - 1) : 0;
  return {
    sides,
    groupsOfClause: unitsOfClause,
    computed: left.clauses.map((_, clause) => !rowsOf || Boolean(rowsOf[clause])),
    stretch,
    ...(rightSide.dots ? { rightDots: rightSide.dots } : {}),
  };
}

/** What a matrix is given made ahead: work for this thread meanwhile (scoreRows), and its right side (RightSide). */
export interface MadeAhead {
  meanwhile?: Meanwhile;
  right?: RightSide;
}

/**
 * Scores of the clause pairs of two documents (a clause of `left` × a clause of `right`) that share a term, each
 * clause of `left` keeping its CANDIDATES_PER_CLAUSE best; every other pair scores 0.
 */
export class ScoreMatrix {
  private readonly rows: Row[];
  /** Per right clause, the left clauses that keep it, with their scores and whole-clause cosines. */
  private readonly columns: ScoreColumns;

  /**
   * `rowsOf`: the left clauses whose rows are computed (default: every one). A clause's row does not depend on which
   * others are computed; the others have no candidates, so they are absent from every column too. Pass two asks only
   * about clauses still free, and on two versions of one law nearly every clause is taken by then. `made`: work this
   * thread does while the helper thread computes rows (scoreRows), and the right side where it was made ahead.
   */
  constructor(
    readonly left: AlignDocument,
    readonly right: AlignDocument,
    basis: ScoreBasis = 'terms',
    rowsOf?: readonly boolean[],
    made: MadeAhead = {},
  ) {
    this.rows = scoreRows(rowPlan(left, right, basis, rowsOf, made.right), made.meanwhile);
    this.columns = new ScoreColumns(this.rows, right.clauses.length);
  }

  at(leftClause: number, rightClause: number): number {
    const row = this.rows[leftClause];
    if (!row) return 0;
    const index = indexIn(row.columns, rightClause);
    return index < 0 ? 0 : (row.score[index] as number);
  }

  wholeAt(leftClause: number, rightClause: number): number {
    const row = this.rows[leftClause];
    if (!row) return 0;
    const index = indexIn(row.columns, rightClause);
    return index < 0 ? 0 : (row.whole[index] as number);
  }

  /** The clauses of `right` kept as candidates of `leftClause` (they share a term), ascending. */
  rowCandidates(leftClause: number): readonly number[] {
    const row = this.rows[leftClause];
    return row ? Array.from(row.columns) : [];
  }

  /** The clauses of `left` that keep `rightClause` as a candidate, ascending. */
  columnCandidates(rightClause: number): readonly number[] {
    return Array.from(this.columns.of(rightClause).clauses);
  }

  /** A left clause's candidates (ascending) with at() and wholeAt() of each: read them all without a search. */
  rowEntries(leftClause: number): Entries {
    const row = this.rows[leftClause] ?? NO_ROW;
    return { clauses: row.columns, score: row.score, whole: row.whole };
  }

  /** The left clauses that keep `rightClause` (ascending) with at() and wholeAt() of each. */
  columnEntries(rightClause: number): Entries {
    return this.columns.of(rightClause);
  }
}
