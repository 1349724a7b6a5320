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
// depends on clause positions and document order only, never on the order the documents were given in. The search for
// each clause b (the tests that depend on the documents alone) is unit-search.ts's, on the score matrix's helper
// thread where the comparison has one (unit-threads.ts); which clauses are searched and which links are taken, here.
import type { Group } from './cluster.js';
import type { AlignDocument } from './documents.js';
import { partsOverlap } from './units.js';
import { type SearchDocument, type UnitFound, UnitSearch, type UnitTask } from './unit-search.js';

export { UNIT_MIN } from './unit-search.js';

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

/** Unit links' searches (unit-search.ts): in this thread, or with the helper thread's (unit-threads.ts). */
export interface UnitSearcher {
  /** Searches likely to be asked for (more is fine): a helper may start on them (asked only when there is one). */
  ahead(tasks: () => readonly UnitTask[]): void;
  /** The answers to `tasks`, in their order. */
  found(tasks: readonly UnitTask[]): (UnitFound | undefined)[];
}

/** Searches in this thread, each document's indexes built when a clause first needs them. */
export function localSearcher(documents: readonly SearchDocument[]): UnitSearcher {
  let search: UnitSearch | undefined;
  return {
    ahead: () => {},
    found: (tasks) => {
      search ??= new UnitSearch(documents);
      return tasks.map((task) => (search as UnitSearch).found(task));
    },
  };
}

/**
 * The searches unit links ask for, with the provision of each one's clause b: only the clauses whose provision has no
 * clause of the other document (most clauses of two versions of one law are in a provision with the other). Groups
 * only grow as passes join them, so the searches of later groups are among those of earlier ones.
 */
export function unitTasks(
  documents: readonly AlignDocument[],
  groups: readonly Group[],
): { tasks: UnitTask[]; groupOf: number[] } {
  const groupOf: Map<number, number>[] = documents.map(() => new Map());
  groups.forEach((group, index) => {
    for (const [document, clauses] of group) for (const clause of clauses) groupOf[document]?.set(clause, index);
  });
  const tasks: UnitTask[] = [];
  const groupOfTask: number[] = [];
  documents.forEach((from, f) => {
    documents.forEach((to, t) => {
      if (from === to) return;
      to.clauses.forEach((_, b) => {
        const group = groupOf[to.order]?.get(b) ?? -1;
        if (groups[group]?.has(from.order)) return;
        tasks.push({ from: f, to: t, clause: b });
        groupOfTask.push(group);
      });
    });
  });
  return { tasks, groupOf: groupOfTask };
}

/** Unit links of every ordered pair of documents, as taken: strongest first, one member per document and provision. */
export function unitLinks(
  documents: readonly AlignDocument[],
  groups: readonly Group[],
  forbidden: (document: number, clause: number, other: number, otherClause: number) => boolean = () => false,
  search: UnitSearcher = localSearcher(documents),
): UnitLink[] {
  const { tasks, groupOf } = unitTasks(documents, groups);
  const all: UnitLink[] = [];
  search.found(tasks).forEach((found, k) => {
    if (!found) return;
    const task = tasks[k] as UnitTask;
    const { clause, unit, score } = found;
    all.push({
      document: (documents[task.from] as AlignDocument).order,
      clause,
      unit,
      group: groupOf[k] as number,
      score,
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
