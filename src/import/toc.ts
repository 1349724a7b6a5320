// A table of contents repeats the headings with their page numbers: not part of the policy, and never clauses. One
// recogniser for every reader: what a Word document marks as one (its TOC field, a content control of Word's
// "Table of Contents" gallery, the TOC styles under any of their names: "toc 1", "Inhopg1", LibreOffice's "Contents
// 1"), a heading that names one ("Inhoud", "Inhoudsopgave", "Contents": templates/import/contents-headings.yaml) with
// the entries under it, and, without any of these, lines that end in a page number and repeat the headings further on
// in order ("Inleiding⇥3", "Wat is pesten ..... 3"), as a Dutch pestprotocol typed its contents (issue 39 item 6:
// imported from Word, its nine entries became nine clauses "Inleiding 3" …, while its PDF dropped them).
import { contentsHeadings } from '../parse/contents-headings.js';

/** The heading of a table of contents, its words data (templates/import/contents-headings.yaml); made on first use. */
let tocHeading: RegExp | undefined;
const tocHeadingPattern = (): RegExp => (tocHeading ??= new RegExp(`^\\s*(?:${contentsHeadings()})\\s*:?\\s*$`, 'iu'));

/** "1.1. Definities ....... 4", "2⇥Overige bepalingen⇥6": a title, then a leader, a tab or wide space, then a page. */
const STRICT_ENTRY = /^\s*(\S.*?)\s*(?:\.{2,}|…+|·{2,}|_{3,}|\t|\s{3,})[\s.…·_\t]*(\d{1,3}|[ivxlc]{1,6})\s*$/iu;
/** "Inleiding 3": a title and a page number after one space, as a Word TOC reads with its tab turned into a space. */
const LOOSE_ENTRY = /^\s*(\S.*?\p{L}[^\d\s]*)\s+(\d{1,3})\s*$/u;

/** A style a table of contents is set in, by its id or name (Word names its built-in styles in English). */
const TOC_STYLE =
  /^(?:toc\s*\d|inhopg\s*\d|inhoudsopgave\s*\d|contents\s*\d|toc\s*heading|kopvaninhoudsopgave|contents\s*heading)$/iu;

export interface TocEntry {
  title: string;
  page: string;
}

export const isTocHeading = (text: string): boolean => tocHeadingPattern().test(text);

/** A style id or name that sets a table of contents or its heading. */
export const isTocStyle = (name: string | undefined): boolean => name !== undefined && TOC_STYLE.test(name.trim());

/** A field instruction that makes a table of contents (Word's `TOC \o "1-3" \h`). */
export const isTocField = (instruction: string): boolean => /^\s*TOC\b/u.test(instruction);

/** The title and page of a line that reads as a contents entry; `loose` also takes a page after one space. */
export function tocEntry(text: string, loose = false): TocEntry | undefined {
  const match = STRICT_ENTRY.exec(text) ?? (loose ? LOOSE_ENTRY.exec(text) : null);
  if (!match) return undefined;
  const title = (match[1] ?? '').replace(/[\s.…·_]+$/u, '');
  return /\p{L}/u.test(title) ? { title, page: match[2] ?? '' } : undefined;
}

const normal = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

/** A page as a number to compare (roman pages of the front matter count as before page 1). */
function pageValue(page: string): number {
  return /^\d+$/u.test(page) ? Number(page) : 0;
}

export interface TocLine {
  text: string;
  /** What the format marks as part of a table of contents (a Word TOC field, style or content control). */
  marked?: boolean;
  /** A line that cannot be part of one (a table's row), so a run of entries stops there. */
  apart?: boolean;
}

/** Least entries in a row, without a heading or a format's mark, that make a table of contents. */
const LEAST_ENTRIES = 3;

/**
 * The lines that are a table of contents, by index. Marked lines are; so is a contents heading with the entries
 * under it; and a run of at least three entries in a row, pages not going down, whose titles stand again as lines
 * further on, in the same order, for at least two in three of them (the headings they list). `loose` lets an entry
 * end in its page after a single space, where the format turned the tab into one (Word); such a run must repeat
 * the headings, whatever stands above it.
 */
export function tableOfContents(lines: readonly TocLine[], loose = false): Set<number> {
  const found = new Set<number>();
  const at = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const key = normal(line.text);
    if (key === '') return;
    const list = at.get(key);
    if (list) list.push(index);
    else at.set(key, [index]);
  });
  /** The first line at or after `from` whose text is `title`. */
  const later = (title: string, from: number): number | undefined => {
    const list = at.get(normal(title));
    if (!list) return undefined;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle] as number) < from) low = middle + 1;
      else high = middle;
    }
    return list[low];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as TocLine;
    if (line.marked) {
      found.add(index);
      continue;
    }
    const headed = isTocHeading(line.text);
    const run = entriesFrom(lines, headed ? index + 1 : index, loose);
    // Under a contents heading its entries in a leader's or a tab's form are the contents, however few.
    const strict = headed
      ? run.slice(
          0,
          prefixLength(run, (item) => item.strict),
        )
      : [];
    if (strict.length > 0) {
      found.add(index);
      for (const item of strict) found.add(item.index);
      index = strict.at(-1)?.index ?? index;
      continue;
    }
    if (run.length >= LEAST_ENTRIES && repeatsHeadings(run, later)) {
      if (headed) found.add(index);
      for (const item of run) found.add(item.index);
      index = run.at(-1)?.index ?? index;
    }
  }
  return found;
}

interface RunEntry {
  index: number;
  entry: TocEntry;
  strict: boolean;
}

/** The entries in a row from `start` on (blank lines between them do not end the row). */
function entriesFrom(lines: readonly TocLine[], start: number, loose: boolean): RunEntry[] {
  const run: RunEntry[] = [];
  for (let next = start; next < lines.length; next++) {
    const candidate = lines[next] as TocLine;
    if (candidate.apart || candidate.marked) break;
    // A contents set with space between its lines.
    if (candidate.text.trim() === '') continue;
    const strict = tocEntry(candidate.text);
    const entry = strict ?? (loose ? tocEntry(candidate.text, true) : undefined);
    if (!entry) break;
    run.push({ index: next, entry, strict: strict !== undefined });
  }
  return run;
}

/** How many items at the start of `list` pass `test`. */
function prefixLength<T>(list: readonly T[], test: (item: T) => boolean): number {
  const first = list.findIndex((item) => !test(item));
  return first < 0 ? list.length : first;
}

/** Pages that never go down, and at least two in three titles standing again later, in order. */
function repeatsHeadings(
  run: readonly { index: number; entry: TocEntry }[],
  later: (title: string, from: number) => number | undefined,
): boolean {
  let page = -1;
  for (const { entry } of run) {
    const value = pageValue(entry.page);
    if (value < page) return false;
    page = value;
  }
  let from = (run.at(-1)?.index ?? 0) + 1;
  let repeated = 0;
  for (const { entry } of run) {
    const found = later(entry.title, from);
    if (found === undefined) continue;
    repeated++;
    from = found + 1;
  }
  return repeated * 3 >= run.length * 2;
}
