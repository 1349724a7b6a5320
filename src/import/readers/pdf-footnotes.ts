// Footnotes and endnotes in a PDF. A word processor sets a footnote's number in the text as a small raised digit and
// the note itself at the foot of the page after that number; read line by line, the raised digit stands on a line of
// its own (a page number, to the reader) and the note is a paragraph. This gives the digit back to the word it
// follows, as a superscript ("zorgvuldig.¹"), and marks the note at the page's foot with the same superscript
// ("¹ Zie …"), which is how the plain-text reader knows a footnote and links it to the clause that cites it. Word
// numbers its endnotes i, ii, iii, set small and raised as well, and prints them after the text, pages after the
// mark: those marks are raised as superscript letters ("beslist.ⁱ", ../note-marks.ts), and a line starting with the
// next mark cited, later in the document, is its endnote ("ⁱ Zie …"). A note's own mark before its text, typed or set
// small and raised as Word's PDF export sets it, marks the note alike.
import { isRomanMark, raisedMark } from '../note-marks.js';
import type { PageLine, PositionedText } from './pdf-lines.js';

/**
 * The items of a page with each note mark raised after a word (a footnote's number, an endnote's i, ii …) written as
 * superscript on that word's baseline: marks set under 0.8 of the size of the text they follow, raised by up to 0.7
 * of its size, and starting where that text ends. A mark so set that ends where a text starts, with none before it,
 * is the note's own mark before its text, as Word's PDF export sets a note ("¹ Zie …"): raised onto that text's
 * baseline too, a line apart it was read as a line of its own and its note as small print.
 */
export function withRaisedNumbers(items: readonly PositionedText[]): PositionedText[] {
  return items.map((item) => {
    const mark = item.str.trim();
    if (!/^\d{1,3}$/u.test(mark) && !isRomanMark(mark)) return item;
    const raisedOver = (other: PositionedText): boolean =>
      other !== item && item.size < other.size * 0.8 && item.y > other.y && item.y - other.y <= other.size * 0.7;
    const base =
      items.find((other) => raisedOver(other) && Math.abs(item.x - (other.x + other.width)) <= other.size * 0.3) ??
      items.find((other) => raisedOver(other) && Math.abs(other.x - (item.x + item.width)) <= other.size * 0.6);
    return base ? { ...item, str: raisedMark(mark), y: base.y } : item;
  });
}

/**
 * The endnote marks (ⁱ, ⁱⁱ …) cited so far in a document, in the order first cited, and how many of their notes were
 * found: an endnote is the next one cited, so a line starting with "i" is one only after the text cited "ⁱ", and
 * "ii" only after that.
 */
export class EndnoteMarks {
  readonly cited: string[] = [];
  found = 0;

  /** The line marked as the next endnote ("ⁱ Zie …") when it starts with that note's mark, else undefined. */
  note(line: PageLine): PageLine | undefined {
    const expected = this.cited[this.found];
    // The mark typed ("i Zie …", "iZie …" as LibreOffice sets it) or raised (Word's PDF export: "ⁱ Zie …").
    const note = /^([ivx]{1,6}(?=\s|\p{Lu})|[ⁱᵛˣ]+)\s*(\S.*)$/u.exec(line.text);
    if (expected === undefined || !note || raisedMark(note[1] ?? '') !== expected) return undefined;
    this.found++;
    return { ...line, text: `${expected} ${note[2] ?? ''}` };
  }

  /** Records the endnote marks `text` cites. */
  cite(text: string): void {
    for (const match of text.matchAll(/[ⁱᵛˣ]+/gu)) if (!this.cited.includes(match[0])) this.cited.push(match[0]);
  }
}

/**
 * The lines of a page with each footnote at its foot marked: a line under the text that starts with a number the
 * page cites as a superscript ("1 Zie de …") gets that superscript instead ("¹ Zie de …"). The number may stand
 * against the note's first word ("1Zie de …"), as LibreOffice sets a footnote without a space after its number: read
 * as text, that note became a clause of whatever section the page ended in (issue 39 item 6), or raised before it
 * ("¹ Zie de …", as Word's PDF export sets it: withRaisedNumbers). Endnotes are marked
 * so too, by the marks `endnotes` holds of the pages before (one per document, given page by page).
 */
export function withFootnotesMarked(lines: readonly PageLine[], endnotes = new EndnoteMarks()): PageLine[] {
  const cited = new Map<string, number>();
  lines.forEach((line, index) => {
    for (const match of line.text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)) if (!cited.has(match[0])) cited.set(match[0], index);
  });
  return lines.map((line, index) => {
    const endnote = endnotes.note(line);
    endnotes.cite(line.text);
    if (endnote) return endnote;
    const note = /^(\d{1,3}(?=\s|\p{Lu})|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/u.exec(line.text);
    const sign = note ? raisedMark(note[1] ?? '') : '';
    const at = cited.get(sign);
    if (!note || at === undefined || at >= index) return line;
    return { ...line, text: `${sign} ${note[2] ?? ''}` };
  });
}
