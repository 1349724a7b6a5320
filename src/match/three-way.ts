// The one three-way decision for a clause, shared by `upgrade` (src/template/merge.ts: the template version a policy
// was adapted from, the new template version, the school's policy) and `import --into` (src/import/into.ts: the text
// a Word document was built from, what the document says now, the Markdown source). Each caller says what a clause
// is on each side (its comparable value, or undefined where the side has no such clause) and names the outcome in
// its own words; what counts as a change (Markdown shape, what a reader sees) stays the caller's. So the two merges
// cannot drift apart on who wins.

/** Why the ours side is kept as it is, where it differs from the base or the base lacks it. */
export type KeptWhy =
  /** Only ours changed it. */
  | 'ours-changed'
  /** Ours removed it and theirs did not change it: it stays removed. */
  | 'ours-removed'
  /** Both made the same change. */
  | 'same-change'
  /** Only ours has it. */
  | 'ours-added';

/** Both sides did something different to one clause. */
export type ThreeWayConflict =
  /** Both changed it, differently. */
  | 'both-changed'
  /** Ours removed it, theirs changed it. */
  | 'ours-removed-theirs-changed'
  /** Theirs removed it, ours changed it. */
  | 'theirs-removed-ours-changed'
  /** Both added it (the base lacks it), differently. */
  | 'both-added';

export type ThreeWay =
  /** Only theirs changed it: take theirs. */
  | { take: 'theirs' }
  /** Only theirs has it: add it. */
  | { take: 'added' }
  /** Theirs removed it and ours had not changed it: remove it. */
  | { take: 'removed' }
  | { take: 'ours'; why: KeptWhy }
  | { take: 'conflict'; conflict: ThreeWayConflict };

/**
 * Who wins for one clause, from its value in the base, in theirs (the side whose changes are brought in) and in ours
 * (the side written into); undefined where no side changed it (or no side has it).
 */
export function threeWay(
  base: string | undefined,
  theirs: string | undefined,
  ours: string | undefined,
): ThreeWay | undefined {
  if (base !== undefined && theirs !== undefined && ours !== undefined) {
    if (theirs === base) return ours !== base ? { take: 'ours', why: 'ours-changed' } : undefined;
    if (ours === base) return { take: 'theirs' };
    if (ours === theirs) return { take: 'ours', why: 'same-change' };
    return { take: 'conflict', conflict: 'both-changed' };
  }
  if (base !== undefined && theirs !== undefined)
    return theirs !== base
      ? { take: 'conflict', conflict: 'ours-removed-theirs-changed' }
      : { take: 'ours', why: 'ours-removed' };
  if (base !== undefined && ours !== undefined)
    return ours === base ? { take: 'removed' } : { take: 'conflict', conflict: 'theirs-removed-ours-changed' };
  if (theirs !== undefined && ours !== undefined)
    return ours !== theirs ? { take: 'conflict', conflict: 'both-added' } : undefined;
  if (ours !== undefined) return { take: 'ours', why: 'ours-added' };
  if (theirs !== undefined) return { take: 'added' };
  return undefined;
}
