// A line break inside a paragraph (Shift+Enter in Word) in a PDF. The page shows a paragraph's lines at its line
// spacing and, where the document sets its paragraphs apart (Word's default template leaves space after each), a
// wider gap between paragraphs. A line that ends a sentence short of the margin ends its paragraph in text with no
// other sign (the plain-text reader's rule); on a page that sets its paragraphs apart, the line under it at the line
// spacing is the same paragraph going on after a line break. A list item or a heading under it is still its own: the
// text reader reads a list's marker before this, and a heading stands apart by its size. A line at the line spacing
// under any line is that paragraph's too, on such a page: a letter's signer's lines typed with Shift+Enter stay one.
import { listMarker } from '../markers.js';
import type { PageLine } from './pdf-lines.js';

/** A line that ends a sentence. */
const ENDS_SENTENCE = /[.!?:;]$/u;

/** Two lines one under the other in one paragraph's size, neither left out nor in a table. */
interface Pair {
  above: PageLine;
  line: PageLine;
  gap: number;
}

/** Consecutive lines in reading order on one page and in one column, set in the body's size. */
function bodyPairs(all: readonly PageLine[], skip: (line: PageLine) => boolean, size: number): Pair[] {
  const pairs: Pair[] = [];
  for (let index = 1; index < all.length; index++) {
    const [above, line] = [all[index - 1] as PageLine, all[index] as PageLine];
    if (above.page !== line.page || above.y <= line.y || skip(above) || skip(line)) continue;
    if (Math.abs(above.size - size) > 0.5 || Math.abs(line.size - size) > 0.5) continue;
    if ((above.columnOffset ?? 0) !== (line.columnOffset ?? 0)) continue;
    pairs.push({ above, line, gap: above.y - line.y });
  }
  return pairs;
}

/** The line spacing: the gap between two lines of one paragraph, the narrowest gap between lines of the body's size. */
function lineSpacing(pairs: readonly Pair[]): number | undefined {
  const narrowest = Math.min(...pairs.map((pair) => pair.gap));
  return Number.isFinite(narrowest) ? narrowest : undefined;
}

/**
 * The lines that go on with the paragraph of the line before them after a line break: at the line spacing under a
 * line that ends a sentence, in a document whose lines that end a sentence more often have a paragraph's gap under
 * them (over a quarter wider than the line spacing) than the line spacing (a list's next item aside, which stands at
 * the line spacing in any document). `under`: every line at the line spacing under the line before it, in such a
 * document (none in another): the same paragraph, wrapped or after a line break, never a paragraph of its own (a
 * letter's signer's lines parted by Shift+Enter, text.ts).
 */
export function lineBreaks(
  all: readonly PageLine[],
  skip: (line: PageLine) => boolean,
  size: number,
): { breaks: Set<PageLine>; under: Set<PageLine> } {
  const pairs = bodyPairs(all, skip, size);
  const spacing = lineSpacing(pairs);
  if (spacing === undefined) return { breaks: new Set(), under: new Set() };
  const atSpacing = (pair: Pair): boolean => pair.gap <= spacing * 1.1;
  const ends = pairs.filter(({ above, line }) => ENDS_SENTENCE.test(above.text) && !listMarker(line.text));
  const apart = ends.filter((pair) => pair.gap > spacing * 1.25).length;
  if (apart <= ends.filter(atSpacing).length) return { breaks: new Set(), under: new Set() };
  return {
    breaks: new Set(ends.filter(atSpacing).map((pair) => pair.line)),
    under: new Set(pairs.filter(atSpacing).map((pair) => pair.line)),
  };
}
