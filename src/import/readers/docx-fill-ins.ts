// Where a Word content control's own placeholder ("Klik of tik om tekst in te voeren.") was left out of a sentence or
// a cell, its place is marked as a fill-in ("[in te vullen]", templates/import/word-placeholders.yaml `markers`), so
// no sentence reads "… is ." as if finished. A school's own fill-in ("[naam directeur]"), in Word's text as in any
// other format's, is import's to report (src/import/fill-ins.ts), before this mark is set.
import type { Block } from '../blocks.js';
import { placeholderMarker } from '../../fmt/fill-ins.js';

/**
 * Marks in the blocks kept each place a content control's placeholder was left out of (Inline.placeholder), in the
 * policy's language `lang`: "De functionaris gegevensbescherming is [in te vullen]." read "… is .", as if finished.
 */
export function markPlaceholders(blocks: readonly Block[], lang: string): void {
  const marker = placeholderMarker(lang);
  for (const block of blocks) {
    const runs = block.kind === 'table' ? block.rows.flat() : 'inlines' in block ? [block.inlines] : [];
    for (const inline of runs.flat()) if (inline.placeholder) inline.text = marker;
  }
}
