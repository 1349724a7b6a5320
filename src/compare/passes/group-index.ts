// Where each clause stands among the provisions made so far, and which clauses are still free towards another
// document: what passes two, three and four and the unit links each asked by a copy of their own.
import type { Group } from './cluster.js';
import type { AlignDocument } from '../terms/documents.js';

/** Document position → clause → index of its group. */
export type GroupIndex = Map<number, number>[];

export function groupIndex(groups: readonly Group[], documents: number): GroupIndex {
  const groupOf: GroupIndex = Array.from({ length: documents }, () => new Map());
  groups.forEach((group, index) => {
    for (const [document, clauses] of group) for (const clause of clauses) groupOf[document]?.set(clause, index);
  });
  return groupOf;
}

/** For each clause of `document`, whether it is in no provision with a clause of `other`. */
export function freeTowards(
  groups: readonly Group[],
  groupOf: GroupIndex,
  document: AlignDocument,
  other: AlignDocument,
): boolean[] {
  return document.clauses.map((_, i) => !groups[groupOf[document.order]?.get(i) ?? -1]?.has(other.order));
}
