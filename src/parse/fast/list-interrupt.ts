// micromark decides whether a list may start on a line from the state of its one flow tokenizer: when every open
// container continues on the line and a paragraph is still open — or an indented code block, even across blank
// lines — a list start "interrupts", so it must be `1.`/`1)` or a bullet, with content on its first line. This
// also holds when the list sits inside a block quote or footnote opened on that same line. markdown-it applies the
// rule only to a paragraph in the same container. This wrapper makes markdown-it's list rule follow micromark.
import type { MarkdownIt, StateBlock } from 'markdown-it';
import { isLazyCode } from './inspect.js';

const CONTAINER_OPENS = new Set([
  'blockquote_open',
  'gfm_footnote_open',
  'bullet_list_open',
  'ordered_list_open',
  'list_item_open',
]);

/** Whether micromark's flow still has a paragraph or indented code open when line `line` starts. */
function flowStillOpen(state: StateBlock, line: number): boolean {
  const tokens = state.tokens;
  let at = tokens.length - 1;
  // Containers opened on this very line (`> 2. x`, `- 2. x`) do not change micromark's verdict.
  while (at >= 0 && CONTAINER_OPENS.has(tokens[at]?.type ?? '') && tokens[at]?.map?.[0] === line) at--;
  const before = tokens[at];
  // Indented code on a "lazy" line made micromark close its flow after it.
  if (before?.type === 'code_block') return !isLazyCode(state, at);
  if (before?.type !== 'paragraph_close') return false;
  const open = tokens[at - 2];
  return open?.type === 'paragraph_open' && open.map?.[1] === line;
}

/** Whether the list item starting on `line` may interrupt: marker exactly `1` (or a bullet) and content after it. */
function mayInterrupt(state: StateBlock, line: number): boolean {
  const src = state.src;
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0);
  const max = state.eMarks[line] ?? 0;
  let pos = start;
  const first = src.charCodeAt(pos);
  if (first >= 0x30 && first <= 0x39) {
    if (first !== 0x31) return false;
    pos++;
    const delimiter = src.charCodeAt(pos);
    if (delimiter !== 0x2e && delimiter !== 0x29) return false;
  }
  pos++;
  return state.skipSpaces(pos) < max;
}

export function followMicromarkListInterrupts(md: MarkdownIt): void {
  const rule = md.block.ruler.__rules__.find((candidate) => candidate.name === 'list');
  if (!rule) throw new Error('markdown-it has no list rule');
  const list = rule.fn;
  rule.fn = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if (silent) {
      // Asked by a paragraph whether a line inside its container ends it (most lines are no list item at all).
      if (!list(state, startLine, endLine, true)) return false;
      return (
        !(state.parentType === 'paragraph' && (state.sCount[startLine] ?? 0) >= state.blkIndent) ||
        mayInterrupt(state, startLine)
      );
    }
    // Asked to open a list on a new line.
    if (flowStillOpen(state, startLine) && !mayInterrupt(state, startLine)) return false;
    return list(state, startLine, endLine, false);
  };
  md.block.ruler.__cache__ = null;
}
