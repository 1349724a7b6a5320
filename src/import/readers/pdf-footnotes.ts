// Footnotes in a PDF. A word processor sets a footnote's number in the text as a small raised digit and the note
// itself at the foot of the page after that number; read line by line, the raised digit stands on a line of its
// own (a page number, to the reader) and the note is a paragraph. This gives the digit back to the word it follows,
// as a superscript ("zorgvuldig.¹"), and marks the note at the page's foot with the same superscript ("¹ Zie …"),
// which is how the plain-text reader knows a footnote and links it to the clause that cites it.
import type { PageLine, PositionedText } from './pdf-lines.js';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (digits: string): string => [...digits].map((digit) => SUPERSCRIPTS[Number(digit)]).join('');

/**
 * The items of a page with each footnote number raised after a word written as superscript digits on that word's
 * baseline: digits set under 0.8 of the size of the text they follow, raised by up to 0.7 of its size, and starting
 * where that text ends.
 */
export function withRaisedNumbers(items: readonly PositionedText[]): PositionedText[] {
  return items.map((item) => {
    if (!/^\d{1,3}$/u.test(item.str.trim())) return item;
    const base = items.find(
      (other) =>
        other !== item &&
        item.size < other.size * 0.8 &&
        item.y > other.y &&
        item.y - other.y <= other.size * 0.7 &&
        Math.abs(item.x - (other.x + other.width)) <= other.size * 0.3,
    );
    return base ? { ...item, str: superscript(item.str.trim()), y: base.y } : item;
  });
}

/**
 * The lines of a page with each footnote at its foot marked: a line under the text that starts with a number the
 * page cites as a superscript ("1 Zie de …") gets that superscript instead ("¹ Zie de …"). The number may stand
 * against the note's first word ("1Zie de …"), as LibreOffice sets a footnote without a space after its number: read
 * as text, that note became a clause of whatever section the page ended in (issue 39 item 6).
 */
export function withFootnotesMarked(lines: readonly PageLine[]): PageLine[] {
  const cited = new Map<string, number>();
  lines.forEach((line, index) => {
    for (const match of line.text.matchAll(new RegExp(`[${SUPERSCRIPTS}]+`, 'gu')))
      if (!cited.has(match[0])) cited.set(match[0], index);
  });
  if (cited.size === 0) return [...lines];
  return lines.map((line, index) => {
    const note = /^(\d{1,3})(?:\s+|(?=\p{Lu}))(\S.*)$/u.exec(line.text);
    const sign = note ? superscript(note[1] ?? '') : '';
    const at = cited.get(sign);
    if (!note || at === undefined || at >= index) return line;
    return { ...line, text: `${sign} ${note[2] ?? ''}` };
  });
}
