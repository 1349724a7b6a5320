// Where a reader leaves struck-through text out of a sentence it leaves a gap mark, and the space before the text
// left out goes where punctuation follows it: "de commissie ~~of het bestuur~~." is "de commissie.", never
// "de commissie .". Spaces on both sides are one space already (the writer joins white space).
import type { Inline } from '../blocks.js';

const GAPS = new WeakSet<Inline>();

/** A mark where struck-through text was left out, to be pushed among a block's inlines. */
export function struckGap(): Inline {
  const gap: Inline = { text: '' };
  GAPS.add(gap);
  return gap;
}

/** The block's inlines without their gap marks, the space before a gap taken out where punctuation follows it. */
export function closeStruckGaps(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const [index, inline] of inlines.entries()) {
    if (!GAPS.has(inline)) {
      out.push(inline);
      continue;
    }
    const next = inlines.slice(index + 1).find((after) => after.text !== '' || after.footnote !== undefined);
    if (!next || !/^[.,;:!?)]/u.test(next.text)) continue;
    const before = out.findLastIndex((kept) => kept.text !== '' || kept.footnote !== undefined);
    const last = out[before];
    if (last && last.footnote === undefined) out[before] = { ...last, text: last.text.trimEnd() };
  }
  return out;
}
