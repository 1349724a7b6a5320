// A page set in two columns (a Word section of two columns, exported to PDF) read as a person reads it: the left
// column top to bottom, then the right. Lines by baseline alone would join a line of the left column to the line of
// the right column beside it ("Artikel 1. b. twee leden uit de kring van"). A column layout shows as a gutter: a band
// of x, in the middle of the text, that no line's text crosses, with wrapped text of a like width on both sides. Text
// across the page (a title above the columns, a closing line under them) crosses it and stays where it stands: the
// page is read in bands, each either across the page or in two columns; a short line under both columns that does not
// reach the gutter ("Utrecht, 12 maart 2025.") is read after them, not as the left column's last. A table is no pair
// of columns (pdf-tables.ts reads it by its columns): its rows start level with each other on both sides (after a gap
// or after a line that ends a sentence, so also without space between its rows), where two columns' paragraphs start
// where their text takes them. A band that looks like columns but is not clearly either is read as before and
// reported, so the account does not claim a clean read.
import { bodySize, type PageLine, type PositionedText, pageLines } from './pdf-lines.js';

export interface ColumnRead {
  lines: PageLine[];
  /** A band of the page has a gutter and text on both sides, but could not be told from a table. */
  undecided: boolean;
}

interface Gutter {
  from: number;
  to: number;
}

/** Fewest lines each side of a gutter before a band is taken for two columns. */
const MIN_SIDE_LINES = 5;

/** Items of one page → its lines in reading order, a band of two columns read column by column. */
export function columnLines(items: readonly PositionedText[], page: number): ColumnRead {
  const lines = pageLines(items, page);
  const size = bodySize(lines);
  const gutter = findGutter(lines, size);
  if (!gutter) return { lines, undecided: false };
  const read: PageLine[] = [];
  let undecided = false;
  for (const band of bands(lines, gutter, size)) {
    if (!band.split) {
      read.push(...band.lines);
      continue;
    }
    const sides = splitSides(items, band.lines, gutter, page);
    const verdict = judge(sides.left, sides.right, size);
    if (verdict === 'columns') read.push(...sides.left, ...shifted(sides.right, sides.left));
    else read.push(...band.lines);
    if (verdict === 'undecided') undecided = true;
  }
  return { lines: read, undecided };
}

/** Text across the middle of the gutter: a line of one column may reach into the gutter's edges, never across it. */
const crosses = (line: PageLine, gutter: Gutter): boolean => {
  const middle = (gutter.from + gutter.to) / 2;
  return line.segments.some((segment) => segment.x < middle && segment.end > middle);
};

const leftOf = (line: PageLine, x: number): boolean => line.segments.some((segment) => segment.end <= x);
const rightOf = (line: PageLine, x: number): boolean => line.segments.some((segment) => segment.x >= x);

/**
 * The widest band of x in the middle half of the text that the most lines have text on both sides of and none of
 * those crosses: at least a text size wide, with at least MIN_SIDE_LINES lines beside it.
 */
function findGutter(lines: readonly PageLine[], size: number): Gutter | undefined {
  if (lines.length < MIN_SIDE_LINES) return undefined;
  const left = Math.min(...lines.map((line) => line.x));
  const right = Math.max(...lines.flatMap((line) => line.segments.map((segment) => segment.end)));
  let best: { x: number; count: number } | undefined;
  for (let x = left + (right - left) * 0.25; x <= left + (right - left) * 0.75; x += 1) {
    const count = lines.filter(
      (line) => !crosses(line, { from: x, to: x }) && leftOf(line, x) && rightOf(line, x),
    ).length;
    if (!best || count > best.count) best = { x, count };
  }
  if (!best || best.count < MIN_SIDE_LINES) return undefined;
  const { x } = best;
  const beside = lines.filter((line) => !crosses(line, { from: x, to: x }) && leftOf(line, x) && rightOf(line, x));
  const from = Math.max(...beside.flatMap((line) => line.segments.filter((s) => s.end <= x).map((s) => s.end)));
  const to = Math.min(...beside.flatMap((line) => line.segments.filter((s) => s.x >= x).map((s) => s.x)));
  return to - from >= size ? { from, to } : undefined;
}

interface Band {
  lines: PageLine[];
  /** No line of the band crosses the gutter and some have text on both sides of it. */
  split: boolean;
}

/**
 * The page's lines, top to bottom, in bands: lines across the gutter, and runs of lines beside it. One of the page's
 * first or last two lines standing far from the rest (a running header or footer, a page number) is a band of its own.
 */
function bands(lines: readonly PageLine[], gutter: Gutter, size: number): Band[] {
  const runs: Band[] = [];
  for (const [index, line] of lines.entries()) {
    const split = !crosses(line, gutter);
    const last = runs.at(-1);
    const previous = last?.lines.at(-1);
    const edge = index <= 2 || index >= lines.length - 2;
    const apart = edge && previous !== undefined && previous.y - line.y > size * 2.5;
    if (last && last.split === split && !(split && apart)) last.lines.push(line);
    else runs.push({ lines: [line], split });
  }
  return runs.flatMap((run) => {
    const split = run.split && run.lines.some((line) => leftOf(line, gutter.to) && rightOf(line, gutter.from));
    return split ? withLinesUnder(run.lines, gutter) : [{ lines: run.lines, split }];
  });
}

/**
 * A band of two columns, and the short lines under both its columns apart from it (a closing line across the page
 * that does not reach the gutter, "Utrecht, 12 maart 2025."): lines on the left only, below the right column's last
 * line, standing further under the left column's line before them than any line of their size stands under the line
 * above it in either column (a heading stands further under the text before it). The left column's own last line
 * (balanced columns leave the left one a line longer) stands no further.
 */
function withLinesUnder(lines: readonly PageLine[], gutter: Gutter): Band[] {
  const rightBottom = Math.min(...lines.filter((line) => rightOf(line, gutter.from)).map((line) => line.y));
  const under = lines.findIndex((line) => line.y < rightBottom - 1 && !rightOf(line, gutter.from));
  const first = lines[under];
  const above = lines.slice(0, Math.max(0, under));
  const lastLeft = above.filter((line) => leftOf(line, gutter.to)).at(-1);
  if (!first || !lastLeft) return [{ lines: [...lines], split: true }];
  const sides = [above.filter((line) => leftOf(line, gutter.to)), above.filter((line) => rightOf(line, gutter.from))];
  const spacings = sides.flatMap((side) =>
    side
      .slice(1)
      .flatMap((line, index) => (line.size <= first.size + 0.5 ? [(side[index] as PageLine).y - line.y] : [])),
  );
  if (lastLeft.y - first.y <= Math.max(0, ...spacings) * 1.1) return [{ lines: [...lines], split: true }];
  return [
    { lines: above, split: true },
    { lines: lines.slice(under), split: false },
  ];
}

/** The band's items on each side of the gutter, each side made into lines of its own. */
function splitSides(
  items: readonly PositionedText[],
  band: readonly PageLine[],
  gutter: Gutter,
  page: number,
): { left: PageLine[]; right: PageLine[] } {
  const inBand = items.filter((item) => band.some((line) => Math.abs(line.y - item.y) <= Math.max(2, item.size * 0.3)));
  const middle = (gutter.from + gutter.to) / 2;
  return {
    left: pageLines(
      inBand.filter((item) => item.x < middle),
      page,
    ),
    right: pageLines(
      inBand.filter((item) => item.x >= middle),
      page,
    ),
  };
}

/** The right column's lines, each marked with how far its column stands right of the left one. */
function shifted(right: readonly PageLine[], left: readonly PageLine[]): PageLine[] {
  const offset = Math.min(...right.map((line) => line.x)) - Math.min(...left.map((line) => line.x));
  return right.map((line) => ({ ...line, columnOffset: offset }));
}

type Verdict = 'columns' | 'undecided' | 'no';

/**
 * Two columns: both sides wrapped paragraph text (most lines of four words or more, many reaching their side's right
 * edge) of a like width, their paragraphs not starting level with each other. A table's rows do: its cells start at
 * the same baseline, so a band whose paragraphs start level on both sides is a table (read across, pdf-tables.ts);
 * one where only some do, or whose sides differ much in width, could be either.
 */
function judge(left: readonly PageLine[], right: readonly PageLine[], size: number): Verdict {
  if (left.length < MIN_SIDE_LINES || right.length < MIN_SIDE_LINES) return 'no';
  if (!isProse(left) || !isProse(right)) return 'no';
  const rows = rowsAlign(left, right, size);
  if (rows === 'rows') return 'no';
  const widths = [width(left), width(right)];
  const alike = Math.min(...widths) >= Math.max(...widths) * 0.6;
  return alike && rows === 'none' ? 'columns' : 'undecided';
}

const width = (lines: readonly PageLine[]): number =>
  Math.max(...lines.flatMap((line) => line.segments.map((segment) => segment.end))) -
  Math.min(...lines.map((line) => line.x));

/** Wrapped paragraph text: most lines of four words or more, and a third of them reaching near the right edge. */
function isProse(lines: readonly PageLine[]): boolean {
  const edge = Math.max(...lines.flatMap((line) => line.segments.map((segment) => segment.end)));
  const reach = width(lines) * 0.15;
  const worded = lines.filter((line) => line.text.split(/\s+/u).length >= 4).length;
  const full = lines.filter((line) => (line.segments.at(-1)?.end ?? 0) >= edge - reach).length;
  return worded >= lines.length * 0.6 && full >= lines.length / 3;
}

/** A line that ends a sentence: what follows it on its side starts a paragraph, or a table's next row. */
const ENDS_SENTENCE = /[.!?:;]$/u;

/**
 * Where a side's paragraphs (or a table's rows) start: after a gap a quarter wider than its usual line spacing, or
 * after a line that ends a sentence (a table set without space between its rows shows its rows so).
 */
function paragraphStarts(lines: readonly PageLine[]): number[] {
  const gaps = lines.slice(1).map((line, index) => (lines[index] as PageLine).y - line.y);
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  return lines
    .slice(1)
    .flatMap((line, index) =>
      (gaps[index] ?? 0) > usual * 1.25 || ENDS_SENTENCE.test((lines[index] as PageLine).text) ? [line.y] : [],
    );
}

/**
 * A table's rows: 'rows' where nearly every paragraph on the side with fewer starts level with one on the other side
 * and those are half or more of the other side's (each row's cells start level); 'some' where half or more of the
 * fewer side's do (a table with a cell of two paragraphs, or two columns whose lines keep one grid); 'none' where two
 * columns' paragraphs start wherever their text takes them.
 */
function rowsAlign(left: readonly PageLine[], right: readonly PageLine[], size: number): 'rows' | 'some' | 'none' {
  const [fewer, more] = [paragraphStarts(left), paragraphStarts(right)].sort((a, b) => a.length - b.length);
  if (!fewer || !more || fewer.length < 2) return 'none';
  const level = fewer.filter((y) => more.some((other) => Math.abs(other - y) <= Math.max(1, size * 0.1))).length;
  if (level >= fewer.length * 0.8 && level >= more.length / 2) return 'rows';
  return level >= fewer.length / 2 ? 'some' : 'none';
}
