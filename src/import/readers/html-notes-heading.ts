// A page that sets its hand-made notes under a heading of their own ("Voetnoten", "Notes") leaves that heading over an
// empty section once its notes became footnotes of the clauses that cite them (html-footnotes.ts): it is no part of
// the policy then, and is left out and listed as such. A heading with anything else under it stays.
import { inlineText, type Block } from '../blocks.js';

/** A heading that names the notes: "Voetnoten", "Noten", "Eindnoten", "Notes", "Footnotes", "Endnotes" (or one). */
const NOTES_HEADING = /^\s*(?:voetnoot|voetnoten|noot|noten|eindnoot|eindnoten|notes?|footnotes?|endnotes?)\s*:?\s*$/iu;

/** Whether the blocks after `at` up to the next heading not below it are footnotes only (one at least). */
function onlyNotesUnder(blocks: readonly Block[], at: number, level: number): boolean {
  let notes = 0;
  for (const block of blocks.slice(at + 1)) {
    if (block.kind === 'heading') return notes > 0 && block.level <= level;
    if (block.kind === 'footnote') notes += 1;
    else if (block.kind !== 'dropped') return false;
  }
  return notes > 0;
}

/** Each heading that names the notes and holds nothing but footnotes, left out (in place) with its reason. */
export function dropNotesHeadings(blocks: Block[]): void {
  blocks.forEach((block, at) => {
    if (block.kind !== 'heading' || !NOTES_HEADING.test(inlineText(block.inlines))) return;
    if (!onlyNotesUnder(blocks, at, block.level)) return;
    const text = inlineText(block.inlines).replace(/\s+/g, ' ').trim();
    blocks[at] = { kind: 'dropped', text, reason: { messageId: 'import-reason.notes-heading' }, source: block.source };
  });
}
