// Which clauses of the other document one clause keeps as candidates (score.ts): its CANDIDATES_PER_CLAUSE best
// scoring, ties going to the nearest in reading order, then the earlier, so repeated clauses pair in order. A group of
// identical clauses proposes only its CANDIDATES_PER_CLAUSE copies nearest to the clause. The candidates are taken
// best score first and, at a score several groups share, nearest first, stopping once the cap is full: the work is
// the candidates kept, not every copy of every group that shares a term. Spreading every group over every clause that
// shared a term with it made compare quadratic in repeated clauses (issue 23: 4,000 clauses a side, 22 s).
import { firstAtLeast } from '../../match/sorted-search.js';

/**
 * How many clauses of the other document one clause keeps as candidates. A clause of a real policy shares a term
 * with a few dozen clauses of another at most, nearly all of them scoring below every threshold.
 */
export const CANDIDATES_PER_CLAUSE = 64;

/** A group of identical clauses of the other document (ascending, distinct), and what it scores against a clause. */
export interface Proposal {
  clauses: readonly number[];
  score: number;
}

/**
 * The `count` of the ascending, distinct `clauses` nearest to `position` (ties: the earlier) as indices [from, to):
 * the nearest of a sorted list are consecutive, so the window is found by halving.
 */
export function nearestRange(
  clauses: readonly number[],
  position: number,
  count: number,
): { from: number; to: number } {
  const size = Math.min(count, clauses.length);
  let from = 0;
  let last = clauses.length - size;
  while (from < last) {
    const middle = (from + last) >> 1;
    // Slide right while the clause just past the window is nearer than the window's first (a tie keeps the first).
    if (position - (clauses[middle] as number) > (clauses[middle + size] as number) - position) from = middle + 1;
    else last = middle;
  }
  return { from, to: from + size };
}

/** Whether `clause` is among those `clauses` propose to a clause at `position`. */
export function proposes(clauses: readonly number[], clause: number, position: number): boolean {
  const { from, to } = nearestRange(clauses, position, CANDIDATES_PER_CLAUSE);
  const at = firstAtLeast(clauses, clause, from, to);
  return at < to && clauses[at] === clause;
}

/** A group's proposed clauses walked outward from the position: the nearest first (ties: the earlier). */
interface Walk {
  clauses: readonly number[];
  from: number;
  to: number;
  /** The next index below the position, and above it. */
  below: number;
  above: number;
}

function walkOf(clauses: readonly number[], position: number): Walk {
  const { from, to } = nearestRange(clauses, position, CANDIDATES_PER_CLAUSE);
  const above = firstAtLeast(clauses, position, from, to);
  return { clauses, from, to, below: above - 1, above };
}

/** Whether the walk's next clause comes from below the position (nearer, or as near and earlier). */
function takesBelow(walk: Walk, position: number): boolean {
  if (walk.below < walk.from) return false;
  if (walk.above >= walk.to) return true;
  return position - (walk.clauses[walk.below] as number) <= (walk.clauses[walk.above] as number) - position;
}

const headOf = (walk: Walk, position: number): number =>
  walk.clauses[takesBelow(walk, position) ? walk.below : walk.above] as number;

/** The clauses of several walks in one order, nearest to the position first (ties: the earlier): a binary heap. */
class NearestFirst {
  private readonly walks: Walk[];

  constructor(
    walks: Walk[],
    private readonly position: number,
  ) {
    this.walks = walks.filter((walk) => walk.from < walk.to);
    for (let index = (this.walks.length >> 1) - 1; index >= 0; index--) this.sink(index);
  }

  /** The next clause, or undefined when every walk is done. */
  next(): number | undefined {
    const walk = this.walks[0];
    if (!walk) return undefined;
    const head = headOf(walk, this.position);
    if (takesBelow(walk, this.position)) walk.below--;
    else walk.above++;
    if (walk.below < walk.from && walk.above >= walk.to) {
      const last = this.walks.pop() as Walk;
      if (this.walks.length === 0) return head;
      this.walks[0] = last;
    }
    this.sink(0);
    return head;
  }

  private before(a: Walk, b: Walk): boolean {
    const [x, y] = [headOf(a, this.position), headOf(b, this.position)];
    const [dx, dy] = [Math.abs(x - this.position), Math.abs(y - this.position)];
    return dx < dy || (dx === dy && x < y);
  }

  private sink(start: number): void {
    const walks = this.walks;
    for (let index = start; ; ) {
      const [left, right] = [2 * index + 1, 2 * index + 2];
      let first = index;
      if (left < walks.length && this.before(walks[left] as Walk, walks[first] as Walk)) first = left;
      if (right < walks.length && this.before(walks[right] as Walk, walks[first] as Walk)) first = right;
      if (first === index) return;
      [walks[index], walks[first]] = [walks[first] as Walk, walks[index] as Walk];
      index = first;
    }
  }
}

/**
 * The CANDIDATES_PER_CLAUSE best-scoring clauses of a clause at `position`, ascending, each with its score: the best
 * of the proposals that hold it. `ranked` is sorted best score first; `reached` is a set to reuse.
 */
export function strongestCandidates(
  ranked: readonly Proposal[],
  position: number,
  reached: Set<number>,
): { column: number; score: number }[] {
  const kept: { column: number; score: number }[] = [];
  reached.clear();
  for (let start = 0; start < ranked.length && kept.length < CANDIDATES_PER_CLAUSE; ) {
    const level = (ranked[start] as Proposal).score;
    const { clauses } = ranked[start] as Proposal;
    // One clause alone at its score (most levels of a law's clause): what its walk would give, without one.
    if (clauses.length === 1 && (start + 1 === ranked.length || (ranked[start + 1] as Proposal).score !== level)) {
      const column = clauses[0] as number;
      start++;
      if (reached.has(column)) continue;
      reached.add(column);
      kept.push({ column, score: level });
      continue;
    }
    const walks: Walk[] = [];
    for (; start < ranked.length && (ranked[start] as Proposal).score === level; start++)
      walks.push(walkOf((ranked[start] as Proposal).clauses, position));
    const nearestFirst = new NearestFirst(walks, position);
    while (kept.length < CANDIDATES_PER_CLAUSE) {
      const column = nearestFirst.next();
      if (column === undefined) break;
      if (reached.has(column)) continue;
      reached.add(column);
      kept.push({ column, score: level });
    }
  }
  return kept.sort((a, b) => a.column - b.column);
}
