// A heading set bold (or italic) as a whole in the source is a heading in the source's own look, not words with
// emphasis: Word users type "Artikel 3 Klachtencommissie" bold in a Heading style or as a bold line, and the policy
// printed `## **Klachtencommissie**`. Emphasis over part of a heading is the author's ("Begrippen *en* termen") and
// stays. Only the formatting changes: every character stays, so the word account and the heading's ID are the same.
import type { Block, Inline } from './blocks.js';

type Emphasis = 'bold' | 'italic';

/** Whether every inline that holds a letter or digit carries `emphasis` (a footnote reference or a space need not). */
const covers = (inlines: readonly Inline[], emphasis: Emphasis): boolean => {
  const worded = inlines.filter((inline) => /[\p{L}\p{N}]/u.test(inline.text));
  return worded.length > 0 && worded.every((inline) => inline[emphasis] === true);
};

/** A heading's inlines without the emphasis that covers all of its words. */
export function plainHeading(inlines: readonly Inline[]): Inline[] {
  const whole = (['bold', 'italic'] as const).filter((emphasis) => covers(inlines, emphasis));
  if (whole.length === 0) return [...inlines];
  return inlines.map((inline) => {
    const out = { ...inline };
    for (const emphasis of whole) delete out[emphasis];
    return out;
  });
}

/** Every heading's whole-heading emphasis left out, in place (the blocks stay the ones the report names). */
export function plainHeadings(blocks: readonly Block[]): void {
  for (const block of blocks) if (block.kind === 'heading') block.inlines = plainHeading(block.inlines);
}
