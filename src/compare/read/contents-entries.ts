// The entries of a table of contents: the lines under a heading "Inhoudsopgave" (or "Inhoud", "Contents": the
// headings of templates/import/contents-headings.yaml), up to the next heading, and a list item that is only a link to
// a part of the same document ("5. [Welke gegevens verzamelen wij?](#5-welke-gegevens)"). Each names a section and
// states nothing, so it takes no topic: a privacy statement's contents put "Welke gegevens verzamelen wij?" on the
// topic of which data, and a regulation's "Herkomst van gegevens 3" on it too (issue 73, the named clauses read by
// hand).
import type { PhrasingContent } from 'mdast';
import type { Clause } from '../../model/policy.js';
import { contentsHeadings } from '../../parse/contents-headings.js';

/** A contents heading, whole (templates/import/contents-headings.yaml, the list import reads too); made on first use. */
let contentsTitle: RegExp | undefined;

/** Whether a heading titles a table of contents. */
export function titlesContents(title: string): boolean {
  contentsTitle ??= new RegExp(`^(?:${contentsHeadings()})$`, 'i');
  return contentsTitle.test(title.replace(/[\s:.]+$/u, '').trim());
}

const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === '';

/** Whether a clause is nothing but links to parts of its own document: an entry of a linked table of contents. */
export function linksWithinDocument(clause: Clause): boolean {
  if (clause.content.length === 0) return false;
  return clause.content.every((block) => {
    if (block.type !== 'paragraph') return false;
    const words = block.children.filter((node) => !isBlank(node));
    return words.length > 0 && words.every((node) => node.type === 'link' && node.url.startsWith('#'));
  });
}
