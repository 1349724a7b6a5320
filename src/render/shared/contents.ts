// What the table of contents lists, shared by the PDF and the Word output so both list the same headings: the
// sections to depth 3, then the footnotes and the approvals when the document has them. The end headings' names
// have a ':' (clause ids cannot contain one), so they never collide with the author's ids.
import type { Policy, Section } from '../../model/policy.js';

export const FOOTNOTES_DESTINATION = 'clausemark:footnotes';
export const APPROVALS_DESTINATION = 'clausemark:approvals';

/** Sections deeper than this are left out of the table of contents (they stay in the PDF's bookmarks). */
export const TOC_DEPTH = 3;

export interface TocEntry {
  /** The heading's id: the PDF's named destination, the Word bookmark. */
  id: string;
  number: string;
  title: string;
  /** 1 for top-level sections. */
  level: number;
}

/** The page each heading starts on, counted as the footer counts ("Pagina 3 van 5": the cover is page 1). */
export type HeadingPages = ReadonlyMap<string, number>;

export function showsApprovals(policy: Policy): boolean {
  return policy.meta.approvals.length > 0 || policy.meta.status === 'proposed';
}

export function contentsEntries(
  policy: Policy,
  titles: { footnotes: string; approvals: string },
  hasFootnotes: boolean,
): TocEntry[] {
  const entries: TocEntry[] = [];
  const visit = (sections: readonly Section[], level: number): void => {
    for (const section of sections) {
      if (level <= TOC_DEPTH) entries.push({ id: section.id, number: section.number, title: section.title, level });
      visit(section.sections, level + 1);
    }
  };
  visit(policy.sections, 1);
  if (hasFootnotes) entries.push({ id: FOOTNOTES_DESTINATION, number: '', title: titles.footnotes, level: 1 });
  if (showsApprovals(policy))
    entries.push({ id: APPROVALS_DESTINATION, number: '', title: titles.approvals, level: 1 });
  return entries;
}
