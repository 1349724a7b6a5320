// A word redline laid over styled runs, so a revision's changed text keeps its bold, links and footnote numbers:
// equal and inserted text is cut from the new text's runs, deleted text from the old text's. A footnote number is
// one opaque character while the texts are compared (its number may differ between the versions without the text
// changing), and is written as the run of its own version.
import type { ParagraphChild } from 'docx';
import type { WordOp } from '../../diff/types.js';
import { redline } from '../../match/redline.js';
import { LINE_BREAK, type Run } from '../shared/inline.js';
import { wordRuns, type InlineStyle, type Revision, type RunMark } from './inline.js';

/** Stands for a footnote number while texts are compared: a private-use character no policy text holds. */
const NOTE = '\uE000';

const isNote = (run: Run): boolean => run.style.superscript === true && run.style.link !== undefined;

/** The text of runs as compared: a forced line break reads as a space, a footnote number as NOTE. */
export function comparedText(runs: readonly Run[]): string {
  return runs.map((run) => (run.text === LINE_BREAK ? ' ' : isNote(run) ? NOTE : run.text)).join('');
}

/** Reads runs from the start, `length` compared characters at a time, cutting a run where a piece ends in it. */
class RunCursor {
  private index = 0;
  private offset = 0;

  constructor(private readonly runs: readonly Run[]) {}

  take(length: number): Run[] | undefined {
    const out: Run[] = [];
    let left = length;
    while (left > 0) {
      const run = this.runs[this.index];
      if (!run) return undefined;
      if (run.text === LINE_BREAK || isNote(run)) {
        out.push(run);
        left -= 1;
        this.index++;
        continue;
      }
      const piece = Math.min(run.text.length - this.offset, left);
      out.push({ text: run.text.slice(this.offset, this.offset + piece), style: run.style });
      left -= piece;
      this.offset += piece;
      if (this.offset >= run.text.length) {
        this.index++;
        this.offset = 0;
      }
    }
    return out;
  }
}

/**
 * Word runs for `ops` over the new version's runs, deleted text cut from the old version's runs (as plain text
 * without them: a split's parts share one old text), or undefined when the ops are not a redline of these texts (a
 * diff's ops over its own reading of the text): then the caller lays its ops over plain text instead.
 */
export function styledRedline(
  ops: readonly WordOp[],
  oldRuns: readonly Run[] | undefined,
  newRuns: readonly Run[],
  revision: Revision,
  style: InlineStyle,
): ParagraphChild[] | undefined {
  const before = oldRuns ? new RunCursor(oldRuns) : undefined;
  const after = new RunCursor(newRuns);
  const out: ParagraphChild[] = [];
  for (const op of ops) {
    const mark: RunMark = op.op === 'equal' ? { kind: 'plain' } : { kind: op.op, revision };
    // Without the old runs a deleted text is set plain, the paragraph breaks between a merge's parts as spaces.
    const plain = op.op === 'delete' && !before;
    const runs = plain
      ? [{ text: op.text.replace(/\n+/g, ' '), style: {} }]
      : op.op === 'delete'
        ? before?.take(op.text.length)
        : after.take(op.text.length);
    if (!runs || (!plain && comparedText(runs) !== op.text)) return undefined;
    if (op.op === 'equal' && before && !before.take(op.text.length)) return undefined;
    out.push(...wordRuns(runs, style, mark));
  }
  if (after.take(1) !== undefined || before?.take(1) !== undefined) return undefined;
  return out;
}

/** The redline of two versions of a text (a heading, a paragraph, a table cell) as Word runs. */
export function runsRedline(
  oldRuns: readonly Run[],
  newRuns: readonly Run[],
  revision: Revision,
  style: InlineStyle,
): ParagraphChild[] {
  const { words } = redline(comparedText(oldRuns), comparedText(newRuns), 1);
  return styledRedline(words, oldRuns, newRuns, revision, style) ?? [];
}

/** Ops over plain text (where they do not fit the runs): the text of each op, line breaks as spaces. */
export function plainRedline(ops: readonly WordOp[], revision: Revision, style: InlineStyle): ParagraphChild[] {
  return ops.flatMap((op) => {
    const mark: RunMark = op.op === 'equal' ? { kind: 'plain' } : { kind: op.op, revision };
    return wordRuns([{ text: op.text.replace(/\n+/g, ' ').replaceAll(NOTE, ''), style: {} }], style, mark);
  });
}
