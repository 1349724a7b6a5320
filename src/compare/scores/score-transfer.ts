// A score matrix's row plan (score-rows.ts) and computed rows as flat typed arrays, so they cross to the helper
// thread (score-threads.ts, score-worker.ts) as a few buffers, not as tens of thousands of objects; the numbers are
// copied bit for bit, so a row computed there is the row computed here.
import { type Row, type RowPlan, sidesOf, type UnitGroup } from './score-rows.js';

/** Unit groups end to end: group g's terms are ids/weights[start[g] .. start[g + 1]), its clauses alike. */
interface PackedGroups {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  whole: Uint8Array;
  discount: Float64Array;
  clauseStart: Int32Array;
  clauses: Int32Array;
}

export interface PackedPlan {
  left: PackedGroups;
  right: PackedGroups;
  wholeOfRight: Int32Array;
  /** Left clause c's groups are groups[groupStart[c] .. groupStart[c + 1]). */
  groupStart: Int32Array;
  groups: Int32Array;
  computed: Uint8Array;
  stretch: number;
}

/** Rows of the left clauses first, first + 1, …: row r's entries are at [start[r] .. start[r + 1]). */
export interface PackedRows {
  first: number;
  start: Int32Array;
  columns: Int32Array;
  score: Float64Array;
  whole: Float64Array;
}

/** Offsets of lists laid end to end: start[i] is where list i begins, start[length] the total. */
function offsets(lengths: readonly number[]): Int32Array {
  const start = new Int32Array(lengths.length + 1);
  lengths.forEach((length, i) => {
    start[i + 1] = (start[i] as number) + length;
  });
  return start;
}

function packGroups(groups: readonly UnitGroup[]): PackedGroups {
  const start = offsets(groups.map((group) => group.vector.ids.length));
  const clauseStart = offsets(groups.map((group) => group.clauses.length));
  const ids = new Int32Array(start[groups.length] as number);
  const weights = new Float64Array(ids.length);
  const clauses = new Int32Array(clauseStart[groups.length] as number);
  groups.forEach((group, g) => {
    ids.set(group.vector.ids, start[g]);
    weights.set(group.vector.weights, start[g]);
    clauses.set(group.clauses, clauseStart[g]);
  });
  return {
    start,
    ids,
    weights,
    whole: Uint8Array.from(groups, (group) => (group.whole ? 1 : 0)),
    discount: Float64Array.from(groups, (group) => group.discount),
    clauseStart,
    clauses,
  };
}

function unpackGroups(packed: PackedGroups): UnitGroup[] {
  return Array.from(packed.whole, (whole, g) => {
    const [from, to] = [packed.start[g] as number, packed.start[g + 1] as number];
    const clauses = packed.clauses.subarray(packed.clauseStart[g], packed.clauseStart[g + 1]);
    return {
      vector: { ids: packed.ids.subarray(from, to), weights: packed.weights.subarray(from, to) },
      whole: whole === 1,
      discount: packed.discount[g] as number,
      clauses: Array.from(clauses),
    };
  });
}

export function packPlan(plan: RowPlan): PackedPlan {
  const groupStart = offsets(plan.groupsOfClause.map((groups) => groups.length));
  const groups = new Int32Array(groupStart[plan.groupsOfClause.length] as number);
  plan.groupsOfClause.forEach((clauseGroups, c) => groups.set(clauseGroups, groupStart[c]));
  return {
    left: packGroups(plan.sides.left),
    right: packGroups(plan.sides.right),
    // A copy: the packed plan's buffers are handed over to the helper (planBuffers), the plan's own stay here.
    wholeOfRight: plan.sides.wholeOfRight.slice(),
    groupStart,
    groups,
    computed: Uint8Array.from(plan.computed, (computed) => (computed ? 1 : 0)),
    stretch: plan.stretch,
  };
}

export function unpackPlan(packed: PackedPlan): RowPlan {
  return {
    sides: sidesOf(unpackGroups(packed.left), unpackGroups(packed.right), packed.wholeOfRight),
    groupsOfClause: Array.from(packed.computed, (_, c) =>
      Array.from(packed.groups.subarray(packed.groupStart[c], packed.groupStart[c + 1])),
    ),
    computed: Array.from(packed.computed, (computed) => computed === 1),
    stretch: packed.stretch,
  };
}

export function packRows(first: number, rows: readonly Row[]): PackedRows {
  const start = offsets(rows.map((row) => row.columns.length));
  const size = start[rows.length] as number;
  const packed = {
    first,
    start,
    columns: new Int32Array(size),
    score: new Float64Array(size),
    whole: new Float64Array(size),
  };
  rows.forEach((row, r) => {
    packed.columns.set(row.columns, start[r]);
    packed.score.set(row.score, start[r]);
    packed.whole.set(row.whole, start[r]);
  });
  return packed;
}

/** The buffers of a packed plan, to transfer rather than copy: packPlan made every one of them for the message. */
export function planBuffers(plan: PackedPlan): ArrayBuffer[] {
  const groups = (packed: PackedGroups): ArrayBufferLike[] =>
    [packed.start, packed.ids, packed.weights, packed.whole, packed.discount, packed.clauseStart, packed.clauses].map(
      (array) => array.buffer,
    );
  const own = [plan.wholeOfRight, plan.groupStart, plan.groups, plan.computed].map((array) => array.buffer);
  return [...groups(plan.left), ...groups(plan.right), ...own] as ArrayBuffer[];
}

/** The buffers of packed rows, to transfer rather than copy. */
export function rowBuffers(rows: PackedRows): ArrayBuffer[] {
  return [rows.start.buffer, rows.columns.buffer, rows.score.buffer, rows.whole.buffer] as ArrayBuffer[];
}

/** Puts packed rows into `rows` at their clauses. */
export function unpackRows(packed: PackedRows, rows: (Row | undefined)[]): void {
  for (let r = 0; r + 1 < packed.start.length; r++) {
    const [from, to] = [packed.start[r] as number, packed.start[r + 1] as number];
    rows[packed.first + r] = {
      columns: packed.columns.subarray(from, to),
      score: packed.score.subarray(from, to),
      whole: packed.whole.subarray(from, to),
    };
  }
}
