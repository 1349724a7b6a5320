// Styled runs (the PDF renderer's reading of Markdown inline content, src/render/shared/inline.ts) → Word runs:
// bold, italic, code, links to clauses (to their bookmarks) and to the web, footnote numbers, and check boxes the brand
// lacks in runs of the symbol font (symbols.ts). A run can be written as a tracked insertion or deletion, which is how
// a revision shows its changes (src/render/docx/tracked.ts).
import {
  DeletedTextRun,
  ExternalHyperlink,
  InsertedTextRun,
  InternalHyperlink,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Run } from '../shared/inline.js';
import { LINE_BREAK } from '../shared/inline.js';
import { symbolParts, symbolRunOptions, type WordSymbols } from './symbols.js';

/** Who made a tracked change and when; `next()` gives each change its own id (unique in the document). */
export interface Revision {
  author: string;
  /** ISO date-time. */
  date: string;
  next(): number;
}

export type RunMark = { kind: 'plain' } | { kind: 'insert' | 'delete'; revision: Revision };

export const PLAIN: RunMark = { kind: 'plain' };

export interface InlineStyle {
  /** Colour (RRGGBB) for links. */
  link: string;
  /** Monospace family for inline code. */
  code: string;
  /** Check boxes the brand lacks, set in the symbol font (symbols.ts); without it every text is in the brand's. */
  symbols?: WordSymbols;
}

function runOptions(run: Run, style: InlineStyle, text: string): IRunOptions {
  const options: Record<string, unknown> = { text };
  if (run.style.bold) options.bold = true;
  if (run.style.italic) options.italics = true;
  if (run.style.strike) options.strike = true;
  if (run.style.underline || run.style.link) options.underline = {};
  if (run.style.superscript) options.superScript = true;
  if (run.style.code) options.font = style.code;
  if (run.style.colour) options.color = run.style.colour.replace(/^#/, '').toUpperCase();
  else if (run.style.link) options.color = style.link;
  return options as IRunOptions;
}

/** One Word run for a piece of text, tracked or not; a forced line break becomes a break before the next text. */
function textRun(options: IRunOptions, mark: RunMark, breakBefore: boolean): ParagraphChild {
  const withBreak = breakBefore ? { ...options, break: 1 } : options;
  if (mark.kind === 'plain') return new TextRun(withBreak);
  const change = { id: mark.revision.next(), author: mark.revision.author, date: mark.revision.date };
  return mark.kind === 'insert'
    ? new InsertedTextRun({ ...withBreak, ...change })
    : new DeletedTextRun({ ...withBreak, ...change });
}

export function wordRuns(runs: readonly Run[], style: InlineStyle, mark: RunMark = PLAIN): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let pendingBreak = false;
  for (const run of runs) {
    if (run.text === LINE_BREAK) {
      pendingBreak = true;
      continue;
    }
    const children = symbolParts(run.text, run.style, style.symbols).map((part, index) => {
      const options = runOptions(run, style, part.text);
      return textRun(
        part.symbol ? { ...options, ...symbolRunOptions(run.style) } : options,
        mark,
        pendingBreak && index === 0,
      );
    });
    pendingBreak = false;
    const link = run.style.link;
    if (link && 'dest' in link) out.push(new InternalHyperlink({ anchor: link.dest, children: children as TextRun[] }));
    else if (link && 'url' in link)
      out.push(new ExternalHyperlink({ link: link.url, children: children as TextRun[] }));
    else out.push(...children);
  }
  return out;
}
