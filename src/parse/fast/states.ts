// markdown-it 15 sets each field of a new token through a helper for compiled class fields (a type check and
// Object.defineProperty per field): on a civil code, 60,000 tokens, that was an eighth of reading it and much of
// what the garbage collector then had to copy. The states below push the same tokens built with plain assignments:
// the same fields with the same values, Token's own prototype (attrGet and the rest), the same levels. The block
// state, made once per document, also marks its lines without testing every character of the text.
import MarkdownItCallable from 'markdown-it';
import type { Env, MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';

type Nesting = Token['nesting'];

/** A Token whose fields are assigned, not defined: construct with `new`, like markdown-it's Token. */
interface LightTokenConstructor {
  new (type: string, tag: string, nesting: Nesting): Token;
}

/** The fields in markdown-it's order, so every token has one shape. */
function LightTokenFields(this: Token, type: string, tag: string, nesting: Nesting): void {
  this.map = null;
  this.level = 0;
  this.children = null;
  this.content = '';
  this.markup = '';
  this.info = '';
  this.block = false;
  this.hidden = false;
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.nesting = nesting;
  this.meta = null;
}
LightTokenFields.prototype = MarkdownItCallable.Token.prototype;

export const LightToken = LightTokenFields as unknown as LightTokenConstructor;

/**
 * Where each line starts and ends, its indentation in characters and in columns, as markdown-it's StateBlock marks
 * them, found by indexOf from the end of each line's indentation instead of a test at every character.
 */
function markLines(state: StateBlock): void {
  const source = state.src;
  const length = source.length;
  for (let start = 0; start < length; ) {
    let at = start;
    let offset = 0;
    for (
      let code = source.charCodeAt(at);
      at < length && (code === 0x20 || code === 0x09);
      code = source.charCodeAt(++at)
    )
      offset += code === 0x09 ? 4 - (offset % 4) : 1;
    // A last line of only spaces and tabs, without a line ending, is no line to markdown-it.
    if (at === length) break;
    const newline = source.indexOf('\n', at);
    const end = newline === -1 ? length : newline;
    state.bMarks.push(start);
    state.eMarks.push(end);
    state.tShift.push(at - start);
    state.sCount.push(offset);
    state.bsCount.push(0);
    start = end + 1;
  }
  state.bMarks.push(length);
  state.eMarks.push(length);
  state.tShift.push(0);
  state.sCount.push(0);
  state.bsCount.push(0);
  state.lineMax = state.bMarks.length - 1;
}

/** markdown-it's StateBlock constructor: the same fields in the same order, the lines marked by markLines. */
function BlockStateFields(this: StateBlock, src: string, md: MarkdownIt, env: Env, tokens: Token[]): void {
  this.bMarks = [];
  this.eMarks = [];
  this.tShift = [];
  this.sCount = [];
  this.bsCount = [];
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.listIndent = -1;
  this.parentType = 'root';
  this.level = 0;
  this.Token = MarkdownItCallable.Token;
  this.src = src;
  this.md = md;
  this.env = env;
  this.tokens = tokens;
  markLines(this);
}
BlockStateFields.prototype = MarkdownItCallable.StateBlock.prototype;

const AssignedStateBlock = BlockStateFields as unknown as typeof MarkdownItCallable.StateBlock;

/** StateBlock, built and pushing LightTokens with plain assignments (the rest of markdown-it's as it is). */
export class LightBlockState extends AssignedStateBlock {
  /**
   * markdown-it's getLines, which cuts out each line and joins them, as one cut where that is what the join makes:
   * no indentation to strip and each line starting right after the one before ends (outside quotes, where markers
   * are skipped). Most paragraphs and headings of a long document are such.
   */
  override getLines(begin: number, end: number, indent: number, keepLastLF: boolean): string {
    if (indent === 0 && begin < end) {
      let line = begin;
      while (line + 1 < end && this.bMarks[line + 1] === (this.eMarks[line] ?? 0) + 1) line++;
      if (line + 1 === end) {
        const last = this.eMarks[end - 1] ?? 0;
        return this.src.slice(this.bMarks[begin] ?? 0, keepLastLF ? last + 1 : last);
      }
    }
    return super.getLines(begin, end, indent, keepLastLF);
  }

  override push(type: string, tag: string, nesting: Nesting): Token {
    const token = new LightToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}

/** StateInline, its push and pushPending building LightTokens (the rest of markdown-it's as it is). */
export class LightInlineState extends MarkdownItCallable.StateInline {
  override pushPending(): Token {
    const token = new LightToken('text', '', 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = '';
    return token;
  }

  override push(type: string, tag: string, nesting: Nesting): Token {
    if (this.pending) this.pushPending();
    const token = new LightToken(type, tag, nesting);
    let tokenMeta: { delimiters: StateInline['delimiters'] } | undefined;
    if (nesting < 0) {
      this.level--;
      // As markdown-it: a close always follows its open, so there is a list to go back to.
      this.delimiters = this._prev_delimiters.pop() as StateInline['delimiters'];
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      tokenMeta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(tokenMeta);
    return token;
  }
}
