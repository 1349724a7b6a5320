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
// (ties: the nearest in reading order), so memory and the work of everything after grow with the clauses, not with
// their product. Real policies never come near the cap: what it cuts scores far below any threshold that is used.
// Candidates are proposed by the terms a clause shares that are not in more than COMMON_TERM_POSTINGS units of the
// other document, so near-identical clauses by the thousand do not make every pair a candidate.
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

/**
 * How many clauses of the other document one clause keeps as candidates: its best, ties (identical clauses) going to
 * the nearest in reading order, so repeated clauses pair in order. A clause of a real policy shares a term with a
 * few dozen clauses of another at most, nearly all of them scoring below every threshold.
 */
const CANDIDATES_PER_CLAUSE = 64;

/**
 * A term in more distinct clauses and parts of the other document than this proposes no candidates of its own: the
 * candidates come from the rarer terms a clause shares (blocking), and the common term still counts in their scores.
 * Without it, 4,000 clauses "Regel N: de school …" a side, all sharing "school", touched every pair (41 s, 2.3 GB).
 * The largest real policies and the seeds stay far below it, so their scores are exact.
 */
export const COMMON_TERM_POSTINGS = 1024;

/** Units with the same vector, whole-ness and discount: their scores against anything are the same. */
interface UnitGroup {
  vector: SparseVector;
  whole: boolean;
  discount: number;
  /** The clauses the units belong to, ascending, each once. */
  clauses: number[];
}

function groupUnits(units: readonly Unit[]): { groups: UnitGroup[]; groupOfUnit: number[] } {
  const byKey = new Map<string, number>();
  const groups: UnitGroup[] = [];
  const groupOfUnit = units.map((unit) => {
    const key = `${unit.whole ? 1 : 0}|${unit.discount}|${unit.vector.ids.join(',')}|${unit.vector.weights.join(',')}`;
    let index = byKey.get(key);
    if (index === undefined) {
      index = groups.length;
      byKey.set(key, index);
      groups.push({ vector: unit.vector, whole: unit.whole, discount: unit.discount, clauses: [] });
    }
    const clauses = (groups[index] as UnitGroup).clauses;
    if (clauses[clauses.length - 1] !== unit.clause) clauses.push(unit.clause);
    return index;
  });
  return { groups, groupOfUnit };
}

/** Up to `count` of the ascending `clauses`, the nearest to `position` first (ties: the earlier clause). */
function nearest(clauses: readonly number[], position: number, count: number): readonly number[] {
  if (clauses.length <= count) return clauses;
  // The first clause at or after the position; the search widens from there both ways.
  let after = 0;
  let end = clauses.length;
  while (after < end) {
    const middle = (after + end) >> 1;
    if ((clauses[middle] as number) < position) after = middle + 1;
    else end = middle;
  }
  let before = after - 1;
  const chosen: number[] = [];
  while (chosen.length < count) {
    const below = before >= 0 ? position - (clauses[before] as number) : Number.POSITIVE_INFINITY;
    const above = after < clauses.length ? (clauses[after] as number) - position : Number.POSITIVE_INFINITY;
    if (below <= above) chosen.push(clauses[before--] as number);
    else chosen.push(clauses[after++] as number);
  }
  return chosen;
}

/** One clause's candidates in the other document: clause indices ascending, with their scores. */
interface Row {
  columns: Int32Array;
  score: Float64Array;
  whole: Float64Array;
}

interface Cell {
  score: number;
  whole: number;
}

/** Binary search of an ascending Int32Array; -1 when absent. */
function indexIn(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = values[mid] as number;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The right groups that hold a term, with the term's weight in each: a term id → its postings. */
type Postings = Map<number, { group: number[]; weight: number[] }>;

function postingsOf(groups: readonly UnitGroup[]): Postings {
  const postings: Postings = new Map();
  groups.forEach((group, at) => {
    group.vector.ids.forEach((id, i) => {
      let list = postings.get(id);
      if (!list) {
        list = { group: [], weight: [] };
        postings.set(id, list);
      }
      list.group.push(at);
      list.weight.push(group.vector.weights[i] as number);
    });
  });
  return postings;
}

/** Dot products of each distinct left vector with each distinct right vector it shares a term with. */
function sharedTermDots(
  leftGroups: readonly UnitGroup[],
  rightGroups: readonly UnitGroup[],
): { group: number; value: number }[][] {
  const postings = postingsOf(rightGroups);
  const dot = new Float64Array(rightGroups.length);
  const touched: number[] = [];
  const accumulate = (list: { group: number[]; weight: number[] }, weight: number): void => {
    for (let k = 0; k < list.group.length; k++) {
      const at = list.group[k] as number;
      if (dot[at] === 0) touched.push(at);
      dot[at] = (dot[at] as number) + weight * (list.weight[k] as number);
    }
  };
  const dotsOf = (group: UnitGroup): { group: number; value: number }[] => {
    const common: number[] = [];
    group.vector.ids.forEach((id, i) => {
      const list = postings.get(id);
      if (!list) return;
      if (list.group.length > COMMON_TERM_POSTINGS) common.push(i);
      else accumulate(list, group.vector.weights[i] as number);
    });
    for (const i of common) {
      const id = group.vector.ids[i] as number;
      const weight = group.vector.weights[i] as number;
      // With nothing rarer in common, the common terms propose the candidates after all.
      if (touched.length === 0) {
        accumulate(postings.get(id) as { group: number[]; weight: number[] }, weight);
        continue;
      }
      for (const at of touched) {
        const other = (rightGroups[at] as UnitGroup).vector;
        const index = indexIn(other.ids, id);
        if (index >= 0) dot[at] = (dot[at] as number) + weight * (other.weights[index] as number);
      }
    }
    const found = touched.map((at) => ({ group: at, value: Math.min(1, dot[at] as number) }));
    for (const at of touched) dot[at] = 0;
    touched.length = 0;
    return found;
  };
  return leftGroups.map(dotsOf);
}

/** One left clause's cells: each right clause near `position` that a group of the clause shares a term with. */
function cellsOfClause(
  groups: readonly number[],
  position: number,
  leftGroups: readonly UnitGroup[],
  rightGroups: readonly UnitGroup[],
  dots: readonly { group: number; value: number }[][],
): Map<number, Cell> {
  const cells = new Map<number, Cell>();
  for (const leftGroup of groups) {
    const unit = leftGroups[leftGroup] as UnitGroup;
    for (const { group, value } of dots[leftGroup] ?? []) {
      const other = rightGroups[group] as UnitGroup;
      const scored = unit.whole && other.whole ? value : Math.min(unit.discount, other.discount) * value;
      for (const column of nearest(other.clauses, position, CANDIDATES_PER_CLAUSE)) {
        let cell = cells.get(column);
        if (!cell) {
          cell = { score: 0, whole: 0 };
          cells.set(column, cell);
        }
        if (unit.whole && other.whole) cell.whole = value;
        if (scored > cell.score) cell.score = scored;
      }
    }
  }
  return cells;
}

/** The CANDIDATES_PER_CLAUSE best-scoring columns (ties: the nearer to `position`, then the earlier), ascending. */
function strongestColumns(cells: Map<number, Cell>, position: number): number[] {
  let kept = [...cells.keys()];
  if (kept.length > CANDIDATES_PER_CLAUSE) {
    const distance = (column: number): number => Math.abs(column - position);
    kept = kept
      .sort((a, b) => (cells.get(b) as Cell).score - (cells.get(a) as Cell).score || distance(a) - distance(b) || a - b)
      .slice(0, CANDIDATES_PER_CLAUSE);
  }
  kept.sort((a, b) => a - b);
  return kept;
}

/**
 * Scores of the clause pairs of two documents (a clause of `left` × a clause of `right`) that share a term, each
 * clause of `left` keeping its CANDIDATES_PER_CLAUSE best; every other pair scores 0.
 */
export class ScoreMatrix {
  private readonly rows: Row[];
  private readonly columns: number[][];

  constructor(
    readonly left: AlignDocument,
    readonly right: AlignDocument,
    basis: ScoreBasis = 'terms',
  ) {
    const rightSide = groupUnits(unitsOf(right, basis));
    const leftUnits = unitsOf(left, basis);
    const leftSide = groupUnits(leftUnits);
    const dots = sharedTermDots(leftSide.groups, rightSide.groups);
    const unitsOfClause: number[][] = left.clauses.map(() => []);
    leftUnits.forEach((unit, index) => unitsOfClause[unit.clause]?.push(leftSide.groupOfUnit[index] as number));
    const count = right.clauses.length;
    const stretch = left.clauses.length > 1 ? (count - 1) / (left.clauses.length - 1) : 0;
    this.columns = right.clauses.map(() => []);
    this.rows = unitsOfClause.map((groups, clause) => {
      const position = clause * stretch;
      const cells = cellsOfClause(groups, position, leftSide.groups, rightSide.groups, dots);
      const kept = strongestColumns(cells, position);
      for (const column of kept) this.columns[column]?.push(clause);
      return {
        columns: Int32Array.from(kept),
        score: Float64Array.from(kept, (column) => (cells.get(column) as Cell).score),
        whole: Float64Array.from(kept, (column) => (cells.get(column) as Cell).whole),
      };
    });
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
    return this.columns[rightClause] ?? [];
  }
}
