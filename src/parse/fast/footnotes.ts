// GFM footnotes for markdown-it, following micromark-extension-gfm-footnote rather than markdown-it-footnote (which
// matches labels case-sensitively, allows `[` in labels, moves definitions to the end and reads `^[inline]` notes):
// - a definition `[^label]:` is a container like a block quote; after the colon all whitespace is skipped, later
//   lines belong to it when indented by 4 spaces (or lazily continue its paragraph) and it may interrupt a paragraph;
// - a call `[^label]` is a footnote reference only when a definition with that label exists anywhere in the file.
// Labels have no whitespace and no `[`, `\[`, `\\`, `\]` escape, at most 999 characters, and compare normalised.
import type { MarkdownIt } from 'markdown-it';
import type { StateBlock, StateInline } from 'markdown-it';
import { unsupported } from './unsupported.js';

export const FOOTNOTE_OPEN = 'gfm_footnote_open';
export const FOOTNOTE_CLOSE = 'gfm_footnote_close';
export const FOOTNOTE_CALL = 'gfm_footnote_call';

/** micromark-util-normalize-identifier: collapse whitespace, trim, fold case. */
export function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

export interface FootnoteEnv {
  /** The labels of the definitions read so far (normalised). */
  gfmFootnotes?: Set<string>;
  /**
   * The labels of every definition in the document, when it is read in pieces (pieces.ts): a call is resolved
   * against these, since a definition may stand in a later piece than its call.
   */
  announcedFootnotes?: Set<string>;
}

/** End of a `[^label]` label starting at `from` (just after `^`): the offset of its `]`, or -1 when it is no label. */
function scanLabel(src: string, from: number, max: number): number {
  let pos = from;
  let size = 0;
  while (pos < max) {
    const code = src.charCodeAt(pos);
    if (size > 999 || code === 0x5b || code === 0x20 || code === 0x09 || code === 0x0a) return -1;
    if (code === 0x5d) return size === 0 ? -1 : pos;
    size++;
    pos++;
    if (code === 0x5c) {
      const next = src.charCodeAt(pos);
      if (next === 0x5b || next === 0x5c || next === 0x5d) {
        size++;
        pos++;
      }
    }
  }
  return -1;
}

/**
 * The normalised label of a definition opening at `start` (`[^label]:`, up to `max`), as the definition rule below
 * reads it; undefined when there is none.
 */
export function definitionLabelAt(src: string, start: number, max: number): string | undefined {
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return undefined;
  const labelEnd = scanLabel(src, start + 2, max);
  if (labelEnd === -1 || src.charCodeAt(labelEnd + 1) !== 0x3a) return undefined;
  return normalizeIdentifier(src.slice(start + 2, labelEnd));
}

function definition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const src = state.src;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const max = state.eMarks[startLine] ?? 0;
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return false;
  const labelEnd = scanLabel(src, start + 2, max);
  if (labelEnd === -1 || src.charCodeAt(labelEnd + 1) !== 0x3a) return false;
  if (silent) return true;
  // Definitions belong at the top level; inside lists and quotes micromark's lazy lines and container ends around
  // them differ from markdown-it's in many small ways.
  if (state.parentType !== 'root' || state.blkIndent !== 0) unsupported('a footnote definition inside a list or quote');
  // The content column of the first line is virtual here (see below): a quote or list opening on it would be
  // measured from the wrong column.
  const contentStart = state.skipSpaces(labelEnd + 2);
  if (/^(?:>|[-+*](?: |$)|\d{1,9}[.)](?: |$))/.test(src.slice(contentStart, max)))
    unsupported('a footnote that opens with a quote or list');

  const raw = src.slice(start + 2, labelEnd);
  const env = state.env as FootnoteEnv;
  (env.gfmFootnotes ??= new Set()).add(normalizeIdentifier(raw));

  const open = state.push(FOOTNOTE_OPEN, '', 1);
  const lines: [number, number] = [startLine, startLine + 1];
  open.map = lines;
  open.meta = { raw, contentStart };

  const saved = {
    bMark: state.bMarks[startLine] ?? 0,
    tShift: state.tShift[startLine] ?? 0,
    sCount: state.sCount[startLine] ?? 0,
    parentType: state.parentType,
  };
  // The content starts after the whitespace following the colon, at the container's own content column, so the
  // first line never reads as indented code (micromark consumes all that whitespace).
  state.blkIndent += 4;
  state.bMarks[startLine] = contentStart;
  state.tShift[startLine] = 0;
  state.sCount[startLine] = state.blkIndent;
  state.parentType = 'footnote';
  state.md.block.tokenize(state, startLine, endLine);
  state.parentType = saved.parentType;
  state.blkIndent -= 4;
  state.bMarks[startLine] = saved.bMark;
  state.tShift[startLine] = saved.tShift;
  state.sCount[startLine] = saved.sCount;
  // An empty definition must still consume its own line.
  if (state.line <= startLine) state.line = startLine + 1;
  lines[1] = state.line;

  state.push(FOOTNOTE_CLOSE, '', -1);
  return true;
}

function call(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return false;
  const env = state.env as FootnoteEnv;
  const defined = env.announcedFootnotes ?? env.gfmFootnotes;
  if (!defined) return false;
  const labelEnd = scanLabel(src, start + 2, state.posMax);
  if (labelEnd === -1) return false;
  const raw = src.slice(start + 2, labelEnd);
  if (!defined.has(normalizeIdentifier(raw))) return false;
  if (!silent) state.push(FOOTNOTE_CALL, '', 0).meta = { raw };
  state.pos = labelEnd + 1;
  return true;
}

export function gfmFootnotes(md: MarkdownIt): void {
  // Definitions are containers, tried before any flow construct, and may interrupt paragraphs and lazy lines.
  md.block.ruler.before('table', 'gfm_footnote_definition', definition, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
  md.inline.ruler.before('link', 'gfm_footnote_call', call);
}
