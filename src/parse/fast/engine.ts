// The markdown-it instance behind the fast path: CommonMark plus GFM tables and footnotes, HTML kept
// as written, link destinations left as written (remark neither percent-encodes nor refuses `javascript:` URLs).
// Every block rule is wrapped to note where its first token starts in the source — markdown-it only keeps line
// numbers, and the column of a block inside quotes and list items is known only while that rule runs.
import MarkdownItCallable from 'markdown-it';
import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import { gfmFootnotes } from './footnotes.js';
import { followMicromarkListInterrupts } from './list-interrupt.js';
import { inspectBlock, type Inspected } from './inspect.js';
import { refuseMultilineSpans } from './inline-checks.js';
import { LightBlockState, LightInlineState } from './states.js';
import { readPlainInlineDirectly } from './plain-inline.js';

/** What the wrappers note on the first token of each block (in `token.meta`). */
export interface BlockMeta extends Inspected {
  /** Offset of the block's first non-space character, inside its containers. */
  start: number;
  /** Indentation beyond the container's content column (columns; in code and HTML, where it is used, no tab). */
  indent: number;
  [key: string]: unknown;
}

/** Deep enough for anything remark reads without a stack overflow; deeper input goes to remark. */
export const MAX_NESTING = 200;

function recordStarts(md: MarkdownIt): void {
  for (const rule of md.block.ruler.__rules__) {
    const run = rule.fn;
    rule.fn = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
      if (silent) return run(state, startLine, endLine, true);
      const first = state.tokens.length;
      const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
      const indent = (state.sCount[startLine] ?? 0) - state.blkIndent;
      if (!run(state, startLine, endLine, false)) return false;
      const token = state.tokens[first];
      if (!token) return true;
      const meta = (token.meta ?? {}) as BlockMeta;
      meta.start = start;
      meta.indent = indent;
      token.meta = meta;
      inspectBlock(state, first, endLine, meta);
      return true;
    };
  }
  md.block.ruler.__cache__ = null;
}

/** List items are pushed by the list rule itself, one per marker: note each marker's offset as it is pushed. */
class ItemMarkingState extends LightBlockState {
  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    const token = super.push(type, tag, nesting);
    // The list rule pushes an item before it moves past the item's first line, so `line` is that line here.
    if (type === 'list_item_open')
      token.meta = {
        start: (this.bMarks[this.line] ?? 0) + (this.tShift[this.line] ?? 0),
        indent: 0,
      } satisfies BlockMeta;
    return token;
  }
}

/**
 * markdown-it tries a setext heading (`lheading`) at every paragraph: it reads the paragraph's lines up to an
 * underline, asking every rule that may end a paragraph at each line, then the paragraph rule reads them all again.
 * An underline is a line that starts with `-` or `=` (after its indentation) before the next blank line; where no
 * line does, the rule cannot succeed, and its answer is given without the reading (the rules it would ask change
 * nothing when asked silently, and the paragraph rule asks them the same on the same lines).
 */
function skipSetextWithoutUnderline(md: MarkdownIt): void {
  const rule = md.block.ruler.__rules__.find((candidate) => candidate.name === 'lheading');
  if (!rule) throw new Error('markdown-it has no lheading rule');
  const lheading = rule.fn;
  rule.fn = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    for (let line = startLine + 1; line < endLine && !state.isEmpty(line); line++) {
      const code = state.src.charCodeAt((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0));
      if (code === 0x2d || code === 0x3d) return lheading(state, startLine, endLine, silent);
    }
    return false;
  };
  md.block.ruler.__cache__ = null;
}

/** markdown-it's normalize rule (CR and CR LF to LF, NUL to U+FFFD) only where it changes something. */
function normalizeOnlyWhereNeeded(md: MarkdownIt): void {
  const rule = md.core.ruler.__rules__.find((candidate) => candidate.name === 'normalize');
  if (!rule) throw new Error('markdown-it has no normalize rule');
  const normalize = rule.fn;
  rule.fn = (state) => {
    if (state.src.includes('\r') || state.src.includes('\0')) normalize(state);
  };
  md.core.ruler.__cache__ = null;
}

export function createEngine(): MarkdownIt {
  const md = new MarkdownItCallable('commonmark', {
    html: true,
    linkify: false,
    typographer: false,
    maxNesting: MAX_NESTING,
  });
  // Strikethrough is left out: sources with a tilde never reach markdown-it (see guards.ts).
  md.enable(['table']);
  md.validateLink = () => true;
  md.normalizeLink = (url: string) => url;
  md.normalizeLinkText = (text: string) => text;
  md.block.State = ItemMarkingState;
  md.inline.State = LightInlineState;
  md.use(gfmFootnotes);
  followMicromarkListInterrupts(md);
  refuseMultilineSpans(md);
  skipSetextWithoutUnderline(md);
  recordStarts(md);
  readPlainInlineDirectly(md);
  normalizeOnlyWhereNeeded(md);
  return md;
}

/** Backslash escapes and character references decoded, as micromark decodes labels and info strings. */
export const unescapeAll: (text: string) => string = new MarkdownItCallable('zero').utils.unescapeAll;

export function blockMeta(token: Token): BlockMeta {
  return (token.meta ?? { start: 0, indent: 0 }) as BlockMeta;
}
