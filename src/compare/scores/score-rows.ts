// The rows of the score matrix (score.ts): for one clause of the left document, its proposals from the right
// document's unit groups that share a term (exact dot products through an inverted index), ranked down to its
// CANDIDATES_PER_CLAUSE best. A row depends only on its own clause, so rows may be computed in any order, a few here
// and a few in a helper thread (score-threads.ts), with the same result byte for byte.
import { CANDIDATES_PER_CLAUSE, proposes, strongestCandidates } from './candidates.js';
import { ClauseProposals } from './clause-proposals.js';
import { NO_FLOOR, RowFloor } from './row-floor.js';
import type { SparseVector } from '../terms/vectors.js';

/**
 * A term in more distinct clauses and parts of the other document than this proposes no candidates of its own: the
 * candidates come from the rarer terms a clause shares (blocking), and the common term still counts in their scores.
 * Without it, 4,000 clauses "Regel N: de school …" a side, all sharing "school", touched every pair (41 s, 2.3 GB).
 * The largest real policies and the seeds stay far below it, so their scores are exact.
 */
export const COMMON_TERM_POSTINGS = 1024;

/** Units with the same vector, whole-ness and discount: their scores against anything are the same. */
export interface UnitGroup {
  vector: SparseVector;
  whole: boolean;
  discount: number;
  /** The clauses the units belong to, ascending, each once. */
  clauses: number[];
}
/** One clause's candidates in the other document: clause indices ascending, with their scores. */
export interface Row {
  columns: Int32Array;
  score: Float64Array;
  whole: Float64Array;
}

/** The row of a clause whose row is not computed: no candidates. */
export const NO_ROW: Row = { columns: new Int32Array(0), score: new Float64Array(0), whole: new Float64Array(0) };

/** Binary search of an ascending Int32Array; -1 when absent. */
export function indexIn(values: Int32Array, value: number): number {
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

/**
 * The right groups that hold each term, with the term's weight in each, ascending by group: term id t's postings are
 * `group[start[t] .. start[t + 1])` and `weight` alike (typed arrays, one lookup by id instead of a map's).
 */
interface Postings {
  start: Int32Array;
  group: Int32Array;
  weight: Float64Array;
}

function postingsOf(groups: readonly UnitGroup[]): Postings {
  let space = 0;
  for (const { vector } of groups) {
    const last = vector.ids[vector.ids.length - 1];
    if (last !== undefined && last >= space) space = last + 1;
  }
  const start = new Int32Array(space + 1);
  for (const { vector } of groups) {
    const ids = vector.ids;
    for (let i = 0; i < ids.length; i++) start[(ids[i] as number) + 1] = (start[(ids[i] as number) + 1] as number) + 1;
  }
  for (let id = 0; id < space; id++) start[id + 1] = (start[id + 1] as number) + (start[id] as number);
  const next = start.slice(0, space);
  const group = new Int32Array(start[space] as number);
  const weight = new Float64Array(start[space] as number);
  groups.forEach(({ vector }, at) => {
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] as number;
      const k = next[id] as number;
      group[k] = at;
      weight[k] = vector.weights[i] as number;
      next[id] = k + 1;
    }
  });
  return { start, group, weight };
}

/**
 * At most this many right groups are proposed for one left vector. Past it, a vector's rarest shared terms propose
 * (they say most about a match) and its other terms only add to what those proposed; below it, every group that
 * shares a term is proposed, as before. Two versions of a 3,400-article law (Boek 2 BW) shared moderately common
 * words with thousands of articles each: every pair was touched (47 s, 2.6 GB). The seeds and the dev corpus's
 * policies stay far below it, so their scores are exact.
 */
export const PROPOSED_PER_VECTOR = 1024;

/** The right groups one left vector proposes, and its dot product (at most 1) with each. */
interface Dots {
  groups: Int32Array;
  values: Float64Array;
}

/**
 * The dot products of one left vector at a time with the right groups it proposes (reused for every vector). Its
 * scratch is typed and sized once (the groups reached, a byte per group marking them, the sort keys), so a vector
 * allocates nothing: a reached list in an array shrunk and regrown per vector was a quarter of a law's matrix's
 * allocation.
 */
export class ProposedDots {
  private readonly postings: Postings;
  private readonly dot: Float64Array;
  /** The groups reached, in the order first reached: `touched[0 .. reached)`. */
  private readonly touched: Int32Array;
  private reached = 0;
  /** 1 where a group is reached (a byte per group: scanned far more often than the dots are). */
  private readonly marked: Uint8Array;
  /** Scratch: the positions of a vector's common terms, and its shared terms' sort keys. */
  private common = new Int32Array(64);
  private keys = new Float64Array(64);

  private readonly outGroups: Int32Array;
  private readonly outValues: Float64Array;

  constructor(private readonly rightGroups: readonly UnitGroup[]) {
    this.postings = postingsOf(rightGroups);
    this.dot = new Float64Array(rightGroups.length);
    this.touched = new Int32Array(rightGroups.length);
    this.marked = new Uint8Array(rightGroups.length);
    this.outGroups = new Int32Array(rightGroups.length);
    this.outValues = new Float64Array(rightGroups.length);
  }

  /**
   * The groups `vector` proposes (in the order they were first reached) and its dot product with each: views of
   * buffers the next call overwrites. Left out: those whose dot product times `discount` is below `least` (a part's
   * proposals below its row's floor, row-floor.ts), which would be read only to be dropped.
   */
  of(vector: SparseVector, least = NO_FLOOR, discount = 1): Dots {
    if (!this.allTermsPropose(vector)) {
      this.clear();
      this.rarestTermsPropose(vector);
    }
    const { touched, dot, outGroups, outValues, reached } = this;
    let found = 0;
    for (let k = 0; k < reached; k++) {
      const at = touched[k] as number;
      const value = Math.min(1, dot[at] as number);
      if (discount * value < least) continue;
      outGroups[found] = at;
      outValues[found++] = value;
    }
    const dots = { groups: outGroups.subarray(0, found), values: outValues.subarray(0, found) };
    this.clear();
    return dots;
  }

  /** How many right groups hold term `id` (0 for a term none holds). */
  private postingCount(id: number): number {
    const { start } = this.postings;
    return id + 1 < start.length ? (start[id + 1] as number) - (start[id] as number) : 0;
  }

  private accumulate(id: number, weight: number): void {
    const { dot, touched, marked } = this;
    const { start, group, weight: weights } = this.postings;
    let reached = this.reached;
    for (let k = start[id] as number, end = start[id + 1] as number; k < end; k++) {
      const at = group[k] as number;
      if (marked[at] === 0) {
        marked[at] = 1;
        touched[reached++] = at;
      }
      dot[at] = (dot[at] as number) + weight * (weights[k] as number);
    }
    this.reached = reached;
  }

  // A term that proposes nothing adds its share to the groups already proposed: through its posting list where that
  // is shorter than a search in each proposed group's vector, so either way its cost is bounded by the proposals.
  private addToTouched(vector: SparseVector, i: number): void {
    const { dot, touched, marked, reached } = this;
    const weight = vector.weights[i] as number;
    const id = vector.ids[i] as number;
    const { start, group, weight: weights } = this.postings;
    const from = start[id] as number;
    const end = start[id + 1] as number;
    if (end - from < reached * 8) {
      for (let k = from; k < end; k++) {
        const at = group[k] as number;
        if (marked[at] !== 0) dot[at] = (dot[at] as number) + weight * (weights[k] as number);
      }
      return;
    }
    for (let k = 0; k < reached; k++) {
      const at = touched[k] as number;
      const other = (this.rightGroups[at] as UnitGroup).vector;
      const index = indexIn(other.ids, id);
      if (index >= 0) dot[at] = (dot[at] as number) + weight * (other.weights[index] as number);
    }
  }

  private clear(): void {
    const { touched, dot, marked } = this;
    for (let k = 0; k < this.reached; k++) {
      const at = touched[k] as number;
      dot[at] = 0;
      marked[at] = 0;
    }
    this.reached = 0;
  }

  /** Every shared term proposes, rare ones first in id order and then the common ones, while within the bound. */
  private allTermsPropose(vector: SparseVector): boolean {
    if (this.common.length < vector.ids.length) this.common = new Int32Array(vector.ids.length * 2);
    const common = this.common;
    let commons = 0;
    for (let i = 0; i < vector.ids.length; i++) {
      const count = this.postingCount(vector.ids[i] as number);
      if (count === 0) continue;
      if (count > COMMON_TERM_POSTINGS) common[commons++] = i;
      else this.accumulate(vector.ids[i] as number, vector.weights[i] as number);
      if (this.reached > PROPOSED_PER_VECTOR) return false;
    }
    for (let c = 0; c < commons; c++) {
      const i = common[c] as number;
      // With nothing rarer in common, the common terms propose the candidates after all.
      if (this.reached === 0) this.accumulate(vector.ids[i] as number, vector.weights[i] as number);
      else this.addToTouched(vector, i);
      if (this.reached > PROPOSED_PER_VECTOR) return false;
    }
    return true;
  }

  /** Past the bound: the rarest shared terms propose until it is reached, the others only add to them. */
  private rarestTermsPropose(vector: SparseVector): void {
    // The shared terms by posting count, then position: sorted as numbers, count × SHARED_SCALE + position.
    if (this.keys.length < vector.ids.length) this.keys = new Float64Array(vector.ids.length * 2);
    const keys = this.keys;
    let size = 0;
    for (let i = 0; i < vector.ids.length; i++) {
      const count = this.postingCount(vector.ids[i] as number);
      if (count > 0) keys[size++] = count * SHARED_SCALE + i;
    }
    const sorted = keys.subarray(0, size).sort();
    for (let k = 0; k < size; k++) {
      const key = sorted[k] as number;
      const i = key % SHARED_SCALE;
      const count = (key - i) / SHARED_SCALE;
      if (this.reached === 0 || this.reached + count <= PROPOSED_PER_VECTOR)
        this.accumulate(vector.ids[i] as number, vector.weights[i] as number);
      else this.addToTouched(vector, i);
    }
  }
}

/** Above any term position in a vector: rarestTermsPropose sorts count × SHARED_SCALE + position as one number. */
const SHARED_SCALE = 2 ** 24;
/**
 * The dot products of each left group, computed when a clause first needs them and kept only while another clause
 * that has the group is still to come (repeated clauses), so they are computed once and held no longer than needed.
 */
class LeftDots {
  private readonly kept = new Map<number, Dots>();
  private readonly usesLeft: Int32Array;

  constructor(
    private readonly dots: ProposedDots,
    private readonly groups: readonly UnitGroup[],
    groupsOfClause: readonly (readonly number[])[],
  ) {
    this.usesLeft = new Int32Array(groups.length);
    for (const clauseGroups of groupsOfClause)
      clauseGroups.forEach((group, at) => {
        if (clauseGroups.indexOf(group) === at) this.usesLeft[group] = (this.usesLeft[group] as number) + 1;
      });
  }

  /**
   * The dots of `group`, asked for once by each clause that has it; a part's that only this clause asks for without
   * those below `least` (ProposedDots.of), the others whole, as another clause's floor may be lower.
   */
  of(group: number, least: number): Dots {
    const remaining = (this.usesLeft[group] as number) - 1;
    this.usesLeft[group] = remaining;
    const known = this.kept.get(group);
    if (known) {
      if (remaining === 0) this.kept.delete(group);
      return known;
    }
    const unit = this.groups[group] as UnitGroup;
    if (remaining === 0 && !unit.whole) return this.dots.of(unit.vector, least, unit.discount);
    const dots = this.dots.of(unit.vector);
    // Views of ProposedDots' buffers: copied when kept for a clause still to come.
    if (remaining > 0) {
      const copy = { groups: dots.groups.slice(), values: dots.values.slice() };
      this.kept.set(group, copy);
      return copy;
    }
    return dots;
  }
}

/**
 * Before a clause's proposals are ranked, the CANDIDATES_PER_CLAUSE best clauses are looked for among this many of
 * its best-scoring proposals (then 4× as many, …): the rest, hundreds per clause in a law, are never sorted. It
 * changes the work, never the candidates: each list holds whole levels of equal score, and one that yields fewer than
 * CANDIDATES_PER_CLAUSE is ranked again four times as long. 256 sorted four times the proposals Boek 2 BW needs.
 */
const RANKED_FIRST = CANDIDATES_PER_CLAUSE;

/** The two documents' unit groups, and the right groups' whole-ness and discount in typed arrays (read per proposal). */
export interface Sides {
  left: readonly UnitGroup[];
  right: readonly UnitGroup[];
  /** Each right clause's whole group. */
  wholeOfRight: Int32Array;
  rightWhole: Uint8Array;
  rightDiscount: Float64Array;
}

export function sidesOf(left: readonly UnitGroup[], right: readonly UnitGroup[], wholeOfRight: Int32Array): Sides {
  return {
    left,
    right,
    wholeOfRight,
    rightWhole: Uint8Array.from(right, (group) => (group.whole ? 1 : 0)),
    rightDiscount: Float64Array.from(right, (group) => group.discount),
  };
}

/**
 * Adds a unit's proposals that reach `least`: the cosine, times the smaller discount unless both are whole clauses (at
 * least 0). The whole clause's cosine with each whole group is kept for the row's whole-clause cosines.
 */
function addProposals(unit: UnitGroup, dots: Dots, sides: Sides, proposals: ClauseProposals, least: number): void {
  const { groups, values } = dots;
  const { rightWhole, rightDiscount } = sides;
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k] as number;
    const value = values[k] as number;
    const bothWhole = unit.whole && rightWhole[group] === 1;
    if (bothWhole) proposals.setWhole(group, value);
    const scored = bothWhole ? value : Math.min(unit.discount, rightDiscount[group] as number) * value;
    // A candidate scores at least 0, as one that nothing scored.
    if (scored >= least) proposals.add(group, Math.max(0, scored));
  }
}

/** What a RowScorer reuses from row to row. */
interface RowScratch {
  dots: LeftDots;
  proposals: ClauseProposals;
  reached: Set<number>;
  floor: RowFloor;
}

/**
 * One left clause's row: its kept columns, their scores and whole-clause cosines. Its proposals are what the right
 * groups its units share a term with propose (addProposals); the whole-clause cosine is that of its whole with the
 * right clause's whole group. Its whole comes first (unitsOf): the floor its proposals set (row-floor.ts) leaves out
 * the proposals of its parts, and its own, that no row can keep.
 */
function rowOfClause(groups: readonly number[], position: number, sides: Sides, scratch: RowScratch): Row {
  const { dots, proposals, reached, floor } = scratch;
  proposals.start();
  let least = NO_FLOOR;
  groups.forEach((leftGroup, at) => {
    // A clause with two equal units (the same sentence twice) proposes the same again: nothing new.
    if (groups.indexOf(leftGroup) !== at) return;
    const unit = sides.left[leftGroup] as UnitGroup;
    const unitDots = dots.of(leftGroup, least);
    if (unit.whole) least = floor.of(unitDots.groups, unitDots.values);
    addProposals(unit, unitDots, sides, proposals, least);
  });
  let kept: { column: number; score: number }[] = [];
  for (let count = RANKED_FIRST; ; count *= 4) {
    kept = strongestCandidates(proposals.best(count, sides.right), position, reached);
    // Fewer than the cap kept from the best `count`: the levels below them may add more.
    if (kept.length >= CANDIDATES_PER_CLAUSE || count >= proposals.size) break;
  }
  const wholeOf = ({ column }: { column: number }): number => {
    const group = sides.wholeOfRight[column] as number;
    const value = proposals.wholeValue(group);
    return value !== undefined && proposes((sides.right[group] as UnitGroup).clauses, column, position) ? value : 0;
  };
  // Filled by index: TypedArray.from(kept, …) walks the array through its iterator, a result object per entry.
  const row: Row = {
    columns: new Int32Array(kept.length),
    score: new Float64Array(kept.length),
    whole: new Float64Array(kept.length),
  };
  kept.forEach((entry, k) => {
    row.columns[k] = entry.column;
    row.score[k] = entry.score;
    row.whole[k] = wholeOf(entry);
  });
  return row;
}

/** What the rows of one matrix are computed from: the two sides, and each left clause's groups and place. */
export interface RowPlan {
  sides: Sides;
  /** The groups of each left clause's units (none where its row is not computed). */
  groupsOfClause: readonly (readonly number[])[];
  /** Whether each left clause's row is computed (the others are NO_ROW). */
  computed: readonly boolean[];
  /** Left clause i stands at i × stretch in the right document's reading order. */
  stretch: number;
  /** The right groups indexed, where they were made ahead of the plan (score.ts, indexedRightSide); not sent. */
  rightDots?: ProposedDots;
}

/** Computes rows of one plan, in any order: the buffers and the kept dots of repeated groups are shared. */
export class RowScorer {
  private readonly scratch: RowScratch;

  constructor(private readonly plan: RowPlan) {
    this.scratch = {
      dots: new LeftDots(plan.rightDots ?? new ProposedDots(plan.sides.right), plan.sides.left, plan.groupsOfClause),
      proposals: new ClauseProposals(plan.sides.right, plan.sides.wholeOfRight.length),
      reached: new Set<number>(),
      floor: new RowFloor(plan.sides.right),
    };
  }

  row(clause: number): Row {
    const { plan } = this;
    if (!plan.computed[clause]) return NO_ROW;
    const groups = plan.groupsOfClause[clause] as readonly number[];
    return rowOfClause(groups, clause * plan.stretch, plan.sides, this.scratch);
  }
}
