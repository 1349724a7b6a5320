// markdown-it 15 sets each field of a new token through a helper for compiled class fields (a type check and
// Object.defineProperty per field): on a civil code, 60,000 tokens, that was an eighth of reading it and much of
// what the garbage collector then had to copy. The states below push the same tokens built with plain assignments:
// the same fields with the same values, Token's own prototype (attrGet and the rest), the same levels.
import MarkdownItCallable from 'markdown-it';
import type { StateInline, Token } from 'markdown-it';

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

/** StateBlock, its push building LightTokens (the rest of markdown-it's push as it is). */
export class LightBlockState extends MarkdownItCallable.StateBlock {
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
