// A footnote belongs with the text that cites it: where that text is left out (a cover line, a back cover, text Word
// hides), its definition is left out with it and listed, never written into the policy with nothing citing it.
import { blockText, type Block, type Inline } from './blocks.js';

/** The inlines of a block the policy keeps, footnotes' own included (a note may cite another). */
function keptInlines(block: Block): readonly Inline[] {
  if (block.kind === 'dropped') return [];
  if (block.kind === 'table') return block.rows.flat(2);
  return block.inlines;
}

/** Leaves out, in place, each footnote no text of the policy cites. */
export function leaveOutUncitedNotes(blocks: Block[]): void {
  const cited = new Set<string>();
  for (const block of blocks)
    for (const inline of keptInlines(block)) if (inline.footnote !== undefined) cited.add(inline.footnote);
  blocks.forEach((block, index) => {
    if (block.kind !== 'footnote' || cited.has(block.label)) return;
    blocks[index] = {
      kind: 'dropped',
      text: blockText(block).trim(),
      reason: { messageId: 'import-reason.note-of-left-out' },
      source: block.source,
    };
  });
}
