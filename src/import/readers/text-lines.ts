// Page furniture in text extracted from PDFs: page numbers, running headers and footers, and the table of
// contents. These lines are not part of the policy; each is handed on as a dropped block with the reason.
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

/** Why a line of each role is left out: an entry of templates/messages/<lang>.yaml. */
export const DROP_REASONS: Record<Exclude<LineRole, 'text' | 'blank'>, MessageRef> = {
  'page-number': { messageId: 'import-reason.page-number' },
  running: { messageId: 'import-reason.running' },
  toc: { messageId: 'import-reason.toc' },
};
