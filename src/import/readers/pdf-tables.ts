// Tables in a PDF read by their column geometry. A PDF keeps no table, only text at positions: read line by line,
// a table's cells run together across rows (a cell wrapped over three lines interleaves with its neighbours) and
// its header row stands alone like a heading. A table is found where several lines split, at gaps wider than a tab,
// into runs of text that start at the same x-positions, and lines under them that fit those columns continue
// their cells. A row line drawn across the table parts two rows; a table that draws them (a grid) has its rows there.
// Without them, a table whose rows stand further apart than a cell's lines starts a row at each such gap, its first cell
// empty or not; in a table set without space between its rows (which shows its rows no other way) a line with text in
// the first column starts a row unless a cell above runs on into it (that column's line wrapped into it, or a later
// column's sentence going on beside it: then it is the cell's next paragraph), and so does a line whose first cell is
// empty when no cell above it runs on into it. The detector is strict so that paragraphs, lists, labelled
// clauses and a table of contents are never taken for one: an earlier, looser attempt cost the seed round trip a fifth
// of its clause boundaries.
import { approvalColumns } from '../meta.js';
import { CLAUSE_LABEL, type LineSegment, type PageLine } from './pdf-lines.js';
import type { DrawnRule } from './pdf-rules.js';

/** A table found on a page: the lines it covers and its rows of cells, each cell's lines joined in reading order. */
export interface PdfTable {
  lines: PageLine[];
  /** A cell merged across columns is repeated in each column it covers, as the Word reader writes it (blocks.ts). */
  rows: string[][];
  /** The rows as the page holds their words: a cell merged across columns once (for the word account). */
  words: string[][];
  /** The line each row starts on (same order as `rows`). */
  rowStarts: PageLine[];
}

/** Two x-positions this close (points) are the same column. */
const ALIGNED = 2.5;
/** A table has at least this many lines split into two or more cells (its header or first row and the rows under it). */
const MIN_SPLIT_LINES = 3;
const BULLET = /^[•·▪●◦○■□‣⁃\-–—*]$/u;

const columnOf = (columns: readonly number[], x: number): number =>
  columns.findIndex((column) => Math.abs(column - x) <= ALIGNED);

/**
 * A cell merged across columns: a run after a row's first, in a line whose runs all start at columns the table
 * already has (three or more), that reaches over the next column's start and ends before the next run. A paragraph
 * is one run from the left edge, so it still ends the table.
 */
function mergedAcross(columns: readonly number[], segments: readonly LineSegment[], index: number): boolean {
  const segment = segments[index] as LineSegment;
  const after = segments[index + 1];
  return (
    index > 0 &&
    columns.length >= 3 &&
    segments.every((each) => columnOf(columns, each.x) >= 0) &&
    (after === undefined || after.x > segment.end)
  );
}

/** The last column a run covers: its own, or a later one whose start it reaches over (a cell merged across). */
function lastColumnOf(columns: readonly number[], segment: LineSegment): number {
  let last = columnOf(columns, segment.x);
  while (columns[last + 1] !== undefined && segment.end >= (columns[last + 1] as number) - ALIGNED) last++;
  return last;
}

/**
 * Adds a split line's segments to the columns, or says they do not fit (a segment reaching over a column's start,
 * unless it is a cell merged across the table's columns).
 */
function fitColumns(columns: readonly number[], segments: readonly LineSegment[]): number[] | undefined {
  const next = [...columns];
  for (const segment of segments) if (columnOf(next, segment.x) < 0) next.push(segment.x);
  next.sort((a, b) => a - b);
  const fits = segments.every((segment, index) => {
    const column = columnOf(next, segment.x);
    const following = next[column + 1];
    return following === undefined || segment.end < following - ALIGNED || mergedAcross(columns, segments, index);
  });
  return fits ? next : undefined;
}

/** A line that can be part of a table at all: body text or smaller (not a heading), not a bulleted item. */
const tableable = (line: PageLine, bodySize: number): boolean =>
  line.size <= bodySize * 1.05 && !BULLET.test(line.text.slice(0, 1));

/**
 * What is not a table although its columns align: a list or labelled clauses (two columns, the first holding only
 * markers or labels), a table of contents (the last column only page numbers).
 */
function looksLikeTable(rows: readonly string[][], columns: number): boolean {
  if (columns < 2) return false;
  const firstColumn = rows.map((row) => row[0] ?? '').filter((cell) => cell !== '');
  if (columns === 2 && firstColumn.slice(1).every((cell) => CLAUSE_LABEL.test(cell) || BULLET.test(cell))) return false;
  const lastColumn = rows.map((row) => row[columns - 1] ?? '').filter((cell) => cell !== '');
  if (lastColumn.length > 0 && lastColumn.every((cell) => /^\d{1,4}(?: \d{1,4})*$/u.test(cell))) return false;
  return rows.every((row) => row.filter((cell) => cell !== '').length > 0);
}

/**
 * Whether a first-column run continues the cell whose last line is `above`: that line was wrapped, the run's first
 * word did not fit after it within the column (`limit`: where the column's longest line ends).
 */
function wrappedInto(above: LineSegment | undefined, run: LineSegment, limit: number, size: number): boolean {
  if (!above) return false;
  const firstWord = run.text.split(/\s/u)[0] ?? '';
  const wordWidth = ((run.end - run.x) * firstWord.length) / Math.max(1, run.text.length);
  return above.end + size * 0.25 + wordWidth > limit;
}

/** A cell's line that ends a sentence: the cell may end with it. */
const ENDS_SENTENCE = /[.!?:;]["”’)]?$/u;

/** Where column `column`'s longest line ends: how far a line of its cells may reach. */
const columnLimit = (lines: readonly PageLine[], columns: readonly number[], column: number): number =>
  Math.max(
    ...lines
      .flatMap((each) => each.segments.filter((segment) => columnOf(columns, segment.x) === column))
      .map((segment) => segment.end),
  );

/**
 * Whether a line whose first cell is empty starts a row in a table without space between its rows: no cell above
 * runs on into it. Each of its runs stands in a column where the line above has no text (that cell ended higher up:
 * the lines of one cell stand one under the other) or ends a sentence that was not wrapped into the run (its first
 * word would have fitted after it). Else the run goes on with the cell above, as a wrapped line does.
 */
function startsWithEmptyCell(lines: readonly PageLine[], columns: readonly number[], index: number, size: number) {
  const line = lines[index] as PageLine;
  const above = (lines[index - 1] as PageLine).segments;
  return line.segments.every((run) => {
    const column = columnOf(columns, run.x);
    const over = above.find((segment) => columnOf(columns, segment.x) === column);
    if (!over) return true;
    return (
      ENDS_SENTENCE.test(over.text.trimEnd()) && !wrappedInto(over, run, columnLimit(lines, columns, column), size)
    );
  });
}

/**
 * Whether a cell after the first runs on into line `index` in the middle of a sentence: the line above holds a run of
 * running text in its column (three words or more: no header's label, no name) that ends no sentence, and this line's
 * run there goes on in lower case with a first word that would not have fitted after it. A row's cells all start on
 * its first line, so a line where one goes on is no row's first line: text in its first column there is that cell's
 * next paragraph ("Ziekmelding" over "Bij afwezigheid van de leerkracht" beside "De ouders melden hun kind voor" over
 * "half negen ziek …").
 */
function laterCellRunsOn(lines: readonly PageLine[], columns: readonly number[], index: number, size: number) {
  const above = (lines[index - 1] as PageLine).segments;
  return (lines[index] as PageLine).segments.some((run) => {
    const column = columnOf(columns, run.x);
    const over = above.find((segment) => columnOf(columns, segment.x) === column);
    return (
      column > 0 &&
      over !== undefined &&
      over.text.trim().split(/\s+/u).length >= 3 &&
      !ENDS_SENTENCE.test(over.text.trimEnd()) &&
      /^\p{Ll}/u.test(run.text) &&
      wrappedInto(over, run, columnLimit(lines, columns, column), size)
    );
  });
}

/** A first-column run that starts in lower case right under one that ends no sentence: a cell's wrapped line. */
const continuesInLowerCase = (firstColumn: readonly (LineSegment | undefined)[]): boolean =>
  firstColumn.some((run, index) => {
    const above = firstColumn[index - 1];
    return run !== undefined && above !== undefined && /^\p{Ll}/u.test(run.text) && !ENDS_SENTENCE.test(above.text);
  });

/**
 * Where a run of lines on the given columns starts its rows: where rows stand further apart than the lines of one cell,
 * at a line that stands further under the line before than those lines do, whether its first cell holds text or not;
 * where every line stands that far apart (no cell wraps), at every line; where rows stand as close as lines (a table
 * without space between its rows), at a line with text in the first column unless a later cell runs on into it in the
 * middle of a sentence or, where the first column holds wrapped text, that column's line above was wrapped into it,
 * and at a line whose first cell is empty where no cell above runs on into it.
 */
function rowStartsByPosition(lines: readonly PageLine[], columns: readonly number[]): boolean[] {
  const gaps = lines.slice(1).map((line, index) => (lines[index] as PageLine).y - line.y);
  // The closest lines are a cell's wrapped lines when they are set at a line spacing and rows stand further apart.
  const closest = Math.min(...gaps);
  const size = Math.max(...lines.map((line) => line.size));
  const evenlySpaced = closest > size * 1.45 || gaps.every((gap) => gap <= closest + 0.3);
  const firstColumn = lines.map((line) => line.segments.find((segment) => columnOf(columns, segment.x) === 0));
  const limit = Math.max(...firstColumn.map((segment) => segment?.end ?? 0));
  // Only a first column whose longest line reaches the next column's edge, or one with a line going on in lower case
  // under a line that ends no sentence, holds wrapped text ("Stap" over "1" not).
  const wraps =
    closest <= size * 1.45 &&
    (limit >= (columns[1] ?? Number.POSITIVE_INFINITY) - size * 2 || continuesInLowerCase(firstColumn));
  return lines.map((_, index) => {
    const run = firstColumn[index];
    if (index === 0) return true;
    // Where rows stand further apart than a cell's lines, the gap above a line tells a row's start, first cell or not.
    if (!evenlySpaced) return (gaps[index - 1] ?? 0) > closest + 0.3;
    if (!run) return closest > size * 1.45 || startsWithEmptyCell(lines, columns, index, size);
    if (closest <= size * 1.45 && laterCellRunsOn(lines, columns, index, size)) return false;
    return !wraps || !wrappedInto(firstColumn[index - 1], run, limit, size);
  });
}

/**
 * Whether a rule crosses a whole cell of column `index`: from left of the column's text (a cell's border stands before
 * its padding; a word's underline starts at the word) to near the next column's start, or past the last column's start.
 */
function crossesCell(rule: DrawnRule, columns: readonly number[], index: number, size: number): boolean {
  const start = columns[index] as number;
  const next = columns[index + 1];
  return rule.x0 < start - 1 && rule.x1 >= (next === undefined ? start + size : next - size);
}

/**
 * Whether a row line stands between the baselines of `above` and `line`: a rule that crosses a whole cell. A cell
 * merged down over two rows breaks the line between them (it is drawn beside that cell only).
 */
const ruledBetween = (rules: readonly DrawnRule[], columns: readonly number[], above: PageLine, line: PageLine) =>
  rules.some(
    (rule) =>
      rule.y < above.y && rule.y > line.y && columns.some((_, index) => crossesCell(rule, columns, index, line.size)),
  );

/**
 * Where a run of lines starts its rows. A drawn row line between two lines always parts two rows; a table that draws
 * its rows' lines (two or more between its lines: a grid, not one rule under its header row) starts a row there and
 * nowhere else, whatever its cells hold. Else the positions of its text decide (rowStartsByPosition).
 */
function rowStartsOf(lines: readonly PageLine[], columns: readonly number[], rules: readonly DrawnRule[]): boolean[] {
  const ruled = lines.map(
    (line, index) => index > 0 && ruledBetween(rules, columns, lines[index - 1] as PageLine, line),
  );
  if (ruled.filter(Boolean).length >= 2) return ruled.map((starts, index) => starts || index === 0);
  return rowStartsByPosition(lines, columns).map((starts, index) => starts || (ruled[index] as boolean));
}

/** The rows of a run of lines on the given columns, each row starting where rowStartsOf says. */
function rowsOf(
  lines: readonly PageLine[],
  columns: readonly number[],
  join: (a: string, b: string) => string,
  rules: readonly DrawnRule[],
) {
  const starts = rowStartsOf(lines, columns, rules);
  const rows: string[][] = [];
  const rowStarts: PageLine[] = [];
  /** Per row, the cells merged across: first column → last column covered. */
  const merged: Map<number, number>[] = [];
  lines.forEach((line, index) => {
    const startsRow = starts[index];
    if (startsRow) {
      rows.push(columns.map(() => ''));
      rowStarts.push(line);
      merged.push(new Map());
    }
    const row = rows.at(-1) as string[];
    for (const segment of line.segments) {
      const column = columnOf(columns, segment.x);
      row[column] = row[column] === '' ? segment.text : join(row[column] as string, segment.text);
      const last = lastColumnOf(columns, segment);
      if (last > column) (merged.at(-1) as Map<number, number>).set(column, last);
    }
  });
  const words = rows.map((row) => [...row]);
  rows.forEach((row, index) => {
    for (const [first, last] of merged[index] ?? [])
      for (let at = first + 1; at <= last; at++) row[at] = row[first] ?? '';
  });
  return { rows, words, rowStarts };
}

/**
 * The tables on one page's lines (top to bottom). `bodySize`: the size most text is set in; `join`: how two lines of
 * a cell are joined (the plain-text reader's rule for a word broken at a line end); `rules`: the horizontal rules the
 * page draws (pdf-rules.ts), a table's row lines among them.
 */
export function pageTables(
  lines: readonly PageLine[],
  bodySize: number,
  join: (before: string, after: string) => string,
  rules: readonly DrawnRule[] = [],
): PdfTable[] {
  const tables: PdfTable[] = [];
  let start = 0;
  while (start < lines.length) {
    const first = lines[start] as PageLine;
    let columns = first.segments.length >= 2 && tableable(first, bodySize) ? fitColumns([], first.segments) : undefined;
    if (!columns) {
      start++;
      continue;
    }
    let end = start + 1;
    for (; end < lines.length; end++) {
      const line = lines[end] as PageLine;
      const previous = lines[end - 1] as PageLine;
      if (!tableable(line, bodySize) || Math.abs(line.size - first.size) > 0.5) break;
      // Rows stand further apart than lines do (an approval table leaves room to sign) only when the row is split
      // into cells each at a column already there.
      const gap = previous.y - line.y;
      const aligned =
        line.segments.length >= 2 && line.segments.every((segment) => columnOf(columns as number[], segment.x) >= 0);
      if (gap > line.size * (aligned ? 4 : 2.5)) break;
      // A line of one run continues a cell: it starts at a column and stays inside it.
      const fitted: number[] | undefined =
        line.segments.length >= 2
          ? fitColumns(columns, line.segments)
          : columnOf(columns, line.segments[0]?.x ?? Number.NaN) >= 0
            ? fitColumns(columns, line.segments)
            : undefined;
      if (!fitted) break;
      columns = fitted;
    }
    const run = lines.slice(start, end);
    const split = run.filter((line) => line.segments.length >= 2).length;
    // An approval table (Datum / Naam / Functie) often holds one approval: its header row names it a table.
    const header =
      (first.segments.length >= 3 && approvalColumns(first.segments.map((segment) => segment.text))) || undefined;
    const least = header ? 2 : MIN_SPLIT_LINES;
    const { rows, words, rowStarts } =
      split >= least ? rowsOf(run, columns, join, rules) : { rows: [], words: [], rowStarts: [] };
    if (rows.length >= least && looksLikeTable(rows, columns.length)) {
      tables.push({ lines: run, rows, words, rowStarts });
      start = end;
    } else start++;
  }
  return tables;
}
