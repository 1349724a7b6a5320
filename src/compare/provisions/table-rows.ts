// Two organisations' tables in one provision, compared row by row: a changed cell is that row differing, a row only
// one of them has is that row added or missing, instead of one opaque "different" over the whole table. Rows are read
// with their header (units.ts) and paired one to one by word similarity (the same Dice measure as the members'
// statuses), the highest total first (src/match/assign.ts).
import { assignMaxWeight, type WeightedEdge } from '../../match/assign.js';
import { profileOfNormal, profileSimilarity } from '../../text/similarity.js';
import type { AlignClause } from '../terms/documents.js';
import type { TextStatus, RowComparison } from '../read/types.js';

/** Least word similarity at which two rows are the same row, one of them edited. */
const ROW_MIN = 0.3;

function rowsOf(clause: AlignClause) {
  return clause.units
    .filter((unit) => unit.part.kind === 'row')
    .map((unit) => ({ normal: unit.words.join(' '), profile: profileOfNormal(unit.words.join(' ')) }));
}

/**
 * How `member`'s table rows relate to `reference`'s: every row of either, in the member's row order (rows of the
 * reference it lacks after the row they followed). Undefined unless both clauses are tables; identical rows count.
 */
export function compareTableRows(
  reference: AlignClause,
  member: AlignClause,
  reworded: number,
): RowComparison[] | undefined {
  const theirs = rowsOf(reference);
  const mine = rowsOf(member);
  if (theirs.length === 0 || mine.length === 0) return undefined;
  const edges: WeightedEdge[] = [];
  mine.forEach((row, i) =>
    theirs.forEach((other, j) => {
      const similarity = row.normal === other.normal ? 1 : profileSimilarity(row.profile, other.profile);
      // A tiny preference for the same position settles rows that are equally alike.
      if (similarity >= ROW_MIN) edges.push({ old: i, new: j, weight: similarity + (i === j ? 1e-6 : 0) });
    }),
  );
  const pairedTo = new Map(assignMaxWeight(edges).map((edge) => [edge.old, edge]));
  const used = new Set([...pairedTo.values()].map((edge) => edge.new));
  const result: RowComparison[] = [];
  const missingAfter = (j: number): void => {
    for (let k = j; k < theirs.length && !used.has(k); k++) {
      result.push({ reference: k + 1, status: 'missing' });
      used.add(k);
    }
  };
  missingAfter(0);
  mine.forEach((row, i) => {
    const edge = pairedTo.get(i);
    if (!edge) {
      result.push({ row: i + 1, status: 'added' });
      return;
    }
    const other = theirs[edge.new];
    const status: TextStatus =
      other?.normal === row.normal ? 'identical' : edge.weight >= reworded ? 'reworded' : 'different';
    result.push({ row: i + 1, reference: edge.new + 1, status });
    missingAfter(edge.new + 1);
  });
  for (let k = 0; k < theirs.length; k++) if (!used.has(k)) result.push({ reference: k + 1, status: 'missing' });
  return result;
}
