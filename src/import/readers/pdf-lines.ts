// Text with positions (pdfjs-dist) → lines of text a person would read, with the page furniture marked. Lines are
// grouped by baseline, a larger gap than the usual line spacing ends a paragraph, a line set larger than the body
// text stands alone (a heading), and a line at the top or bottom of most pages (digits aside) is a running header. A
// list's bullet set in a symbol font (Word's bullets) is the bullet "•", as a typed one is.

export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PageLine {
  page: number;
  text: string;
  x: number;
  y: number;
  size: number;
  /** The line starts with a clause label set before a tab ("1.1⇥text", a hanging indent). */
  labelled?: boolean;
  /** The runs of text a gap wider than a tab splits the line into, left to right (a table's cells, a label). */
  segments: LineSegment[];
  /** In a page's right column (pdf-columns.ts): how far right of the left column it stands, for its indentation. */
  columnOffset?: number;
}

/** A run of a line's text with no gap wider than a tab in it: where it starts and ends on the page. */
export interface LineSegment {
  text: string;
  x: number;
  end: number;
}

/** Items of one page → lines, top to bottom, each line's items left to right. */
export function pageLines(items: readonly PositionedText[], page: number): PageLine[] {
  const sorted = items.filter((item) => item.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { items: PositionedText[]; y: number }[] = [];
  for (const item of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= Math.max(2, item.size * 0.3));
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const parts = withSymbolBullet(line.items.sort((a, b) => a.x - b.x));
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      let labelled = false;
      const segments: LineSegment[] = [];
      for (const part of parts) {
        const gap = part.x - end;
        const current = segments.at(-1);
        // A gap under a text size is a space, however wide justification made it; a table's cells stand further apart.
        if (current && gap <= part.size * 0.8) {
          current.text += gap > part.size * 0.2 && !current.text.endsWith(' ') && !part.str.startsWith(' ') ? ' ' : '';
          current.text += part.str;
          current.end = part.x + part.width;
        } else segments.push({ text: part.str, x: part.x, end: part.x + part.width });
        if (text !== '' && gap > part.size * 0.2 && !text.endsWith(' ') && !part.str.startsWith(' ')) {
          const tab = gap > part.size * 1.5;
          const label = tab && CLAUSE_LABEL.test(text.trim());
          if (label && text.trim() === text.trimEnd()) labelled = true;
          text += tab && !label ? '\t' : ' ';
        }
        text += part.str;
        end = part.x + part.width;
      }
      text = cleanHyphens(text);
      return {
        page,
        text: text.trim(),
        x: parts[0]?.x ?? 0,
        y: line.y,
        size: Math.max(...parts.map((part) => part.size)),
        segments: segments.map((segment) => ({ ...segment, text: cleanHyphens(segment.text).trim() })),
        ...(labelled ? { labelled } : {}),
      };
    });
}

/** A character of a symbol font's private-use area (U+F0B7, Symbol's bullet, as Word's bullet list sets it). */
const SYMBOL_SIGN = /^[\uE000-\uF8FF]$/u;

/**
 * A list's bullet set in a symbol font (Word's bullets: Symbol's U+F0B7, Wingdings' squares) stands alone at the start
 * of a line, a tab before the item's text: it is the list's bullet "•", as typed bullets are, whatever sign it shows.
 */
function withSymbolBullet(parts: PositionedText[]): PositionedText[] {
  const [first, next] = parts;
  if (!first || !next || !SYMBOL_SIGN.test(first.str.trim()) || next.x - (first.x + first.width) <= first.size * 0.5)
    return parts;
  return [{ ...first, str: '•' }, ...parts.slice(1)];
}

/** pdfjs reports a hyphenation point where a word was broken at the line end as U+001F or a soft hyphen. */
const cleanHyphens = (text: string): string => text.replace(/[\u001f\u00ad]+$/u, '-').replace(/[\u001f\u00ad]/gu, '');

/**
 * A clause's typed label set before a tab ("1.1", "3.", "a)", "1°"): with a hanging indent the rest of the line and
 * the lines under it start at the tab, and the label is the start of the clause, not a table column.
 */
export const CLAUSE_LABEL = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|[a-z]\.|\d{1,2}°|\(?[ivx]{1,5}[.)])$/u;

const shape = (text: string): string => text.replace(/\d+/g, '#').trim();

/** Lines that repeat (digits aside) at the top or bottom of at least half the pages: running headers and footers. */
export function runningLines(pages: readonly PageLine[][]): Set<PageLine> {
  const running = new Set<PageLine>();
  if (pages.length < 2) return running;
  const edges = pages.map((lines) => [...lines.slice(0, 2), ...lines.slice(-2)]);
  const counts = new Map<string, number>();
  for (const edge of edges)
    for (const key of new Set(edge.map((line) => shape(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const edge of edges) {
    for (const line of edge)
      if ((counts.get(shape(line.text)) ?? 0) >= Math.max(2, pages.length / 2)) running.add(line);
  }
  return running;
}

/**
 * Where a line stands on its page: at the top (over the middle of the page's text, as a running header does) or at
 * the bottom (a running footer). A PDF's y grows up the page.
 */
export function pageEdge(line: PageLine, page: readonly PageLine[]): 'top' | 'bottom' {
  const ys = page.map((other) => other.y);
  return line.y >= (Math.max(...ys) + Math.min(...ys)) / 2 ? 'top' : 'bottom';
}

/** The size most of the text is set in. */
export function bodySize(lines: readonly PageLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines)
    weight.set(Math.round(line.size * 2) / 2, (weight.get(Math.round(line.size * 2) / 2) ?? 0) + line.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
