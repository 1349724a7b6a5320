// A school's own fill-ins in a Word document: "[naam directeur]", "[datum]" typed by the template's maker, or a
// content control's own placeholder of that kind whose mark LibreOffice dropped on saving. Read as text they were
// policy text, silently. They stay in the text as they stand (nothing is lost, and the gap shows), but each is
// reported at its paragraph with the fix to fill it in, and the summary names them. What a fill-in looks like is
// data (templates/import/word-placeholders.yaml, `fill-ins`): "[vervallen]", "[1]" and "[…]" are none. Where Word's
// own placeholder was left out of a sentence or a cell, its place is marked so too ("[in te vullen]", `markers`).
import { type Block, blockText, type Decision } from '../blocks.js';
import { fillInsOf, placeholderMarker } from './docx-controls.js';

/** The texts of a block a reader finds it by: a table's cells one by one (a merged cell once), any other's text. */
function partsOf(block: Block): string[] {
  if (block.kind === 'table') return [...new Set(block.rows.flat())].map((cell) => cell.map((i) => i.text).join(''));
  return 'inlines' in block ? [blockText(block)] : [];
}

/**
 * What the report finds a fill-in's paragraph by: its words before the first bracket, which the written Markdown
 * escapes ("\\[naam directeur]"), or the fill-in itself where few words come first.
 */
function placeOf(text: string, fillIn: string): string {
  const before = text.slice(0, text.indexOf('[')).trim();
  return before.length >= 12 ? before : fillIn;
}

/** Each fill-in of the blocks kept, reported at its paragraph (or cell), to be filled in. */
export function fillInDecisions(blocks: readonly Block[]): Decision[] {
  const decisions: Decision[] = [];
  for (const block of blocks) {
    if (block.kind === 'dropped') continue;
    for (const near of partsOf(block))
      for (const text of fillInsOf(near))
        decisions.push({
          ruleId: 'import-fill-in',
          messageId: 'import-fill-in.unfilled',
          fixId: 'import-fill-in.fill-in',
          params: { text },
          source: block.source,
          near: placeOf(near, text),
        });
  }
  return decisions;
}

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
