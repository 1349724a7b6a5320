// Tables in a PDF read by their column geometry. A PDF keeps no table, only text at positions: read line by line,
// a table's cells run together across rows (a cell wrapped over three lines interleaves with its neighbours) and
// its header row stands alone like a heading. A table is found where several lines split, at gaps wider than a tab,
// into runs of text that start at the same x-positions, and lines under them that fit those columns continue
// their cells; a line with text in the first column starts a row unless that column's line above was wrapped into it
// (a table set without space between its rows shows its rows no other way). The detector is strict so that
// paragraphs, lists, labelled clauses and a table of contents are never taken for one: an earlier, looser attempt cost
// the seed round trip a fifth of its clause boundaries.
import { approvalColumns } from '../meta.js';
import { CLAUSE_LABEL, type LineSegment, type PageLine } from './pdf-lines.js';

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

/**
 * Where a run of lines on the given columns starts its rows: at a line with text in the first column, unless it sits
 * as close under the line before as the lines of one cell do while rows stand further apart; where rows stand as close
 * as lines (a table without space between its rows) and the first column holds wrapped text, unless that column's
 * line above was wrapped into it.
 */
function rowStartsOf(lines: readonly PageLine[], columns: readonly number[]): boolean[] {
  const gaps = lines.slice(1).map((line, index) => (lines[index] as PageLine).y - line.y);
  // The closest lines are a cell's wrapped lines when they are set at a line spacing and rows stand further apart.
  const closest = Math.min(...gaps);
  const size = Math.max(...lines.map((line) => line.size));
  const evenlySpaced = closest > size * 1.45 || gaps.every((gap) => gap <= closest + 0.3);
  const firstColumn = lines.map((line) => line.segments.find((segment) => columnOf(columns, segment.x) === 0));
  const limit = Math.max(...firstColumn.map((segment) => segment?.end ?? 0));
  // Only a first column whose longest line reaches the next column's edge holds wrapped text ("Stap" over "1" not).
  const wraps = closest <= size * 1.45 && limit >= (columns[1] ?? Number.POSITIVE_INFINITY) - size * 2;
  return lines.map((_, index) => {
    const run = firstColumn[index];
    if (index === 0) return true;
    if (!run) return false;
    if (!evenlySpaced) return (gaps[index - 1] ?? 0) > closest + 0.3;
    return !wraps || !wrappedInto(firstColumn[index - 1], run, limit, size);
  });
}

/** The rows of a run of lines on the given columns, each row starting where rowStartsOf says. */
function rowsOf(lines: readonly PageLine[], columns: readonly number[], join: (a: string, b: string) => string) {
  const starts = rowStartsOf(lines, columns);
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
 * a cell are joined (the plain-text reader's rule for a word broken at a line end).
 */
export function pageTables(
  lines: readonly PageLine[],
  bodySize: number,
  join: (before: string, after: string) => string,
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
      split >= least ? rowsOf(run, columns, join) : { rows: [], words: [], rowStarts: [] };
    if (rows.length >= least && looksLikeTable(rows, columns.length)) {
      tables.push({ lines: run, rows, words, rowStarts });
      start = end;
    } else start++;
  }
  return tables;
}
