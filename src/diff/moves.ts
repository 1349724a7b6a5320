// What counts as a move. A clause moved when it now sits under another section, or when its order relative to its
// matched neighbours changed. The order test keeps the heaviest chain of matches that is increasing in both
// versions (a weighted longest increasing subsequence); only matches off that chain moved, so inserting or removing
// one clause never marks everything after it as moved. Longer clauses weigh more: when two swap, the shorter one
// is reported as the one that moved, the same way round in both diff directions.
import type { Section } from '../model/policy.js';
import type { Side } from '../match/entries.js';
import type { Match, MatchState } from './state.js';

/** Fenwick tree over positions answering "best chain ending below position p". */
export class MaxPrefixTree {
  private readonly value: Float64Array;
  private readonly owner: Int32Array;
  /** What the last query found (fields, not a fresh object per query: this runs per match, several times a diff). */
  bestValue = 0;
  bestOwner = -1;

  constructor(size: number) {
    this.value = new Float64Array(size + 1);
    this.owner = new Int32Array(size + 1).fill(-1);
  }

  /** Best value and its owner among positions 0..position-1, into bestValue and bestOwner. */
  query(position: number): void {
    this.bestValue = 0;
    this.bestOwner = -1;
    for (let i = position; i > 0; i -= i & -i) {
      const value = this.value[i] ?? 0;
      if (value > this.bestValue) {
        this.bestValue = value;
        this.bestOwner = this.owner[i] ?? -1;
      }
    }
  }

  update(position: number, value: number, owner: number): void {
    for (let i = position + 1; i < this.value.length; i += i & -i) {
      if (value > (this.value[i] ?? 0)) {
        this.value[i] = value;
        this.owner[i] = owner;
      }
    }
  }
}

/**
 * The matches in the order of their first new clause. No two matches share a clause, so each first new clause
 * holds one match: placed by position, without a comparison sort of thousands of matches.
 */
function inNewOrder(matches: readonly Match[], newSize: number): Match[] {
  const slots = new Array<Match | undefined>(newSize);
  for (const match of matches) {
    const at = match.new[0] ?? 0;
    if (at >= newSize || slots[at] !== undefined) return [...matches].sort((a, b) => (a.new[0] ?? 0) - (b.new[0] ?? 0));
    slots[at] = match;
  }
  return slots.filter((match): match is Match => match !== undefined);
}

/** Each clause's text length per version, read once: outOfOrder runs on every snapshot of the matching. */
const textLengths = new WeakMap<Side, Int32Array>();

function lengthsOf(side: Side): Int32Array {
  let lengths = textLengths.get(side);
  if (!lengths) {
    lengths = new Int32Array(side.size);
    for (let index = 0; index < side.size; index++) lengths[index] = side.entry(index).text.length;
    textLengths.set(side, lengths);
  }
  return lengths;
}

function textLength(lengths: Int32Array, indices: readonly number[]): number {
  let sum = 0;
  for (const index of indices) sum += lengths[index] ?? 0;
  return sum;
}

/** Whether `position` of the items, in their order, only ever goes up. */
export function increasing<T>(items: readonly T[], position: (item: T) => number): boolean {
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const at = position(item);
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** Matches whose order relative to the others changed (off the heaviest increasing chain). */
export function outOfOrder(matches: readonly Match[], oldSide: Side, newSide: Side): Set<Match> {
  const sorted = inNewOrder(matches, newSide.size);
  // In the same order in both versions (no clause moved: most revisions, and every early phase of the matching), the
  // heaviest chain is all of them, each weighing more than nothing: none is out of order.
  if (increasing(sorted, (match) => match.old[0] ?? 0)) return new Set();
  const tree = new MaxPrefixTree(oldSide.size);
  const previous = new Int32Array(sorted.length).fill(-1);
  const total = new Float64Array(sorted.length);
  const [oldLengths, newLengths] = [lengthsOf(oldSide), lengthsOf(newSide)];
  let bestEnd = -1;
  sorted.forEach((match, i) => {
    const position = match.old[0] ?? 0;
    tree.query(position);
    // A match counts for about one; text length only breaks ties between chains of equal count.
    total[i] = tree.bestValue + (1 + (textLength(oldLengths, match.old) + textLength(newLengths, match.new)) / 1e9);
    previous[i] = tree.bestOwner;
    tree.update(position, total[i] ?? 0, i);
    if (bestEnd === -1 || (total[i] ?? 0) > (total[bestEnd] ?? 0)) bestEnd = i;
  });
  const inOrder = new Uint8Array(sorted.length);
  for (let i = bestEnd; i !== -1; i = previous[i] ?? -1) inOrder[i] = 1;
  return new Set(sorted.filter((_, i) => inOrder[i] === 0));
}

/** Author-written section ids, each to its section, or to null when two sections of the version share it. */
function uniqueById(sections: readonly Section[]): Map<string, Section | null> {
  const byId = new Map<string, Section | null>();
  for (const section of sections) {
    if (section.synthetic) continue;
    byId.set(section.id, byId.has(section.id) ? null : section);
  }
  return byId;
}

/**
 * Votes of the matches, from each section of one version to the sections of the other, by their places in
 * SideSections.sections. Most sections of two versions of a law send all their clauses to one section: such a row
 * is its first target and a count, and only a row with a second target becomes a Map (a Map per row, rebuilt at
 * every version of the matching, was most of mapSections on a civil code).
 */
class Tally {
  private readonly first: Int32Array;
  private readonly rows: (Map<number, number> | undefined)[];
  private readonly counts: Int32Array;

  constructor(size: number) {
    this.first = new Int32Array(size).fill(-1);
    this.counts = new Int32Array(size);
    this.rows = new Array<Map<number, number> | undefined>(size);
  }

  add(from: number, to: number): void {
    const row = this.rows[from];
    if (row) row.set(to, (row.get(to) ?? 0) + 1);
    else if (this.first[from] === to) this.counts[from] = (this.counts[from] ?? 0) + 1;
    else if (this.first[from] === -1) {
      this.first[from] = to;
      this.counts[from] = 1;
    } else
      this.rows[from] = new Map([
        [this.first[from] ?? -1, this.counts[from] ?? 0],
        [to, 1],
      ]);
  }

  /** The target with the most votes from `from` (ties: the first target it voted for), or -1 for none. */
  favourite(from: number): number {
    const row = this.rows[from];
    if (!row) return this.first[from] ?? -1;
    let best = -1;
    let most = 0;
    for (const [to, count] of row) {
      if (count > most) {
        best = to;
        most = count;
      }
    }
    return best;
  }
}

/** The section at each heading path of a version; null for a path two sections share (no evidence either way). */
function sectionsByPath(side: Side): Map<string, Section | null> {
  const paths = new Map<string, Section | null>();
  let last: Section | undefined;
  for (const entry of side.entries) {
    // The rest of a section's run of entries has its path and section: nothing to add.
    if (entry.section === last) continue;
    last = entry.section;
    const known = paths.get(entry.pathKey);
    paths.set(entry.pathKey, known === undefined || known === entry.section ? entry.section : null);
  }
  return paths;
}

interface SideSections {
  /** The version's sections that hold clauses, in reading order. */
  sections: Section[];
  /** Each clause entry's section, as its place in `sections`. */
  sectionOfEntry: Int32Array;
  byId: Map<string, Section | null>;
  byPath: Map<string, Section | null>;
}

/** What mapSections reads of a version that does not depend on the matching: once per version, not per call. */
const sidesSections = new WeakMap<Side, SideSections>();
function sectionsOf(side: Side): SideSections {
  let found = sidesSections.get(side);
  if (!found) {
    const places = new Map<Section, number>();
    const sectionOfEntry = new Int32Array(side.entries.length);
    // A section's clauses are one run of entries: the Map is asked once per run, not once per clause.
    let last: Section | undefined;
    let place = -1;
    for (const entry of side.entries) {
      if (entry.section !== last) {
        last = entry.section;
        place = places.get(last) ?? places.size;
        if (place === places.size) places.set(last, place);
      }
      sectionOfEntry[entry.index] = place;
    }
    const sections = [...places.keys()];
    found = { sections, sectionOfEntry, byId: uniqueById(sections), byPath: sectionsByPath(side) };
    sidesSections.set(side, found);
  }
  return found;
}

/**
 * Which new section each old section became: the same author-written id (when no other section of its version
 * has it); else the section most of its matched
 * clauses went to, when that section in turn got most of its clauses from it; else the same heading path.
 * A renamed heading is therefore not a move of all its clauses.
 */
export function mapSections(matches: readonly Match[], oldSide: Side, newSide: Side): Map<Section, Section> {
  const map = new Map<Section, Section>();
  const taken = new Set<Section>();
  const link = (from: Section, to: Section): void => {
    if (map.has(from) || taken.has(to)) return;
    map.set(from, to);
    taken.add(to);
  };
  const { sections: oldSections, sectionOfEntry: oldOfEntry, byId: oldById, byPath: oldByPath } = sectionsOf(oldSide);
  const { sections: newSections, sectionOfEntry: newOfEntry, byId: newById, byPath: newByPath } = sectionsOf(newSide);
  // An id written on two sections of one version (check reports it) says nothing about which is which: leave
  // those to the clause votes and heading paths below, the same way round in both diff directions.
  for (const [id, section] of oldById) {
    const other = newById.get(id);
    if (section && other) link(section, other);
  }

  const votes = new Tally(oldSections.length);
  const reverse = new Tally(newSections.length);
  for (const match of matches) {
    const from = oldOfEntry[match.old[0] ?? 0] ?? 0;
    const to = newOfEntry[match.new[0] ?? 0] ?? 0;
    votes.add(from, to);
    reverse.add(to, from);
  }
  oldSections.forEach((section, from) => {
    const to = votes.favourite(from);
    const other = newSections[to];
    if (other && reverse.favourite(to) === from) link(section, other);
  });

  for (const [path, section] of oldByPath) {
    const other = newByPath.get(path);
    if (section && other) link(section, other);
  }
  return map;
}

/** What the matching as a whole says at one version of it (MatchState.version): read once, however often asked. */
interface Snapshot {
  version: number;
  matches: Match[];
  moved?: Set<Match>;
  sections?: Map<Section, Section>;
}

const snapshots = new WeakMap<MatchState, Snapshot>();

function snapshotOf(state: MatchState): Snapshot {
  let snapshot = snapshots.get(state);
  if (snapshot?.version !== state.version) {
    const matches = state.matches.filter((match): match is Match => match !== undefined);
    snapshot = { version: state.version, matches };
    snapshots.set(state, snapshot);
  }
  return snapshot;
}

/**
 * outOfOrder of the matches made so far. The matching phases, each OrderContext and diffPolicies ask for it in turn,
 * mostly of a matching no phase in between changed (on a small amendment of a civil code, every time): read once per
 * version of the matching. The set is shared: callers only read it.
 */
export function movedMatches(state: MatchState): ReadonlySet<Match> {
  const snapshot = snapshotOf(state);
  snapshot.moved ??= outOfOrder(snapshot.matches, state.oldSide, state.newSide);
  return snapshot.moved;
}

/** mapSections of the matches made so far, read once per version of the matching (see movedMatches); read-only. */
export function sectionMapOf(state: MatchState): ReadonlyMap<Section, Section> {
  const snapshot = snapshotOf(state);
  snapshot.sections ??= mapSections(snapshot.matches, state.oldSide, state.newSide);
  return snapshot.sections;
}
