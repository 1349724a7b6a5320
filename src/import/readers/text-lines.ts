// Page furniture in text extracted from PDFs: page numbers, running headers and footers, and the table of
// contents. These lines are not part of the policy; each is handed on as a dropped block with the reason. And the
// lines of a cover page, which stand each on its own.
import type { MessageRef } from '../../model/diagnostics.js';
import { tableOfContents } from '../toc.js';

const PAGE_NUMBER = /^\s*(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,3}(?:\s*(?:van|of|\/)\s*\d{1,3})?\s*$/iu;

export type LineRole = 'text' | 'blank' | 'page-number' | 'running' | 'toc';

export const isPageNumberLine = (line: string): boolean => PAGE_NUMBER.test(line);

/**
 * The role of every line. A line is running furniture when the same short text stands on its own at least three
 * times (a header or footer repeated on every page); the table of contents is what import/toc.ts finds: its heading
 * and the entries after it, or entries that repeat the headings further on.
 */
export function classifyLines(lines: readonly string[]): LineRole[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.trim();
    if (key !== '' && key.length <= 80) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const toc = tableOfContents(lines.map((text) => ({ text })));
  const roles: LineRole[] = [];
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed === '\f') {
      roles.push('blank');
      continue;
    }
    if (toc.has(index)) {
      roles.push('toc');
      continue;
    }
    if (isPageNumberLine(line)) roles.push('page-number');
    else if ((counts.get(trimmed) ?? 0) >= 3 && trimmed.split(/\s+/).length <= 10 && !/[.;:]$/.test(trimmed))
      roles.push('running');
    else roles.push('text');
  }
  return roles;
}

/** A cover page holds at most this many lines, each at most this many characters: a title and what it states. */
const COVER_LINES = 8;
const COVER_WIDTH = 70;

/**
 * The lines of a cover page, 0-based: the first page, ended by a form feed (pdftotext ends each page with one, so it
 * starts the next page's first line), when it holds a few short lines and more pages follow. Each is a line of its own
 * (the title, the school, a version, a date), never a paragraph's wrapped lines.
 */
export function coverPageLines(lines: readonly string[]): Set<number> {
  const end = lines.findIndex((line) => line.includes('\f'));
  // The form feed first on its line (spaces aside: trim() would take it for one).
  if (end < 0 || !/^[ \t]*\f/u.test(lines[end] as string)) return new Set();
  const cover = [...lines.keys()].filter((index) => index < end && (lines[index] as string).trim() !== '');
  const more = lines.slice(end).some((line) => line.replace(/\f/gu, '').trim() !== '');
  const short = cover.every((index) => (lines[index] as string).trim().length <= COVER_WIDTH);
  return more && short && cover.length <= COVER_LINES ? new Set(cover) : new Set();
}

/** Why a line of each role is left out: an entry of templates/messages/<lang>.yaml. */
export const DROP_REASONS: Record<Exclude<LineRole, 'text' | 'blank'>, MessageRef> = {
  'page-number': { messageId: 'import-reason.page-number' },
  running: { messageId: 'import-reason.running' },
  toc: { messageId: 'import-reason.toc' },
};
