// markdown-it block tokens → mdast block nodes with the positions micromark gives them: a block starts at its first
// character inside its containers; leaf blocks end at the end of their last line (trailing whitespace included),
// list items and footnote definitions at the end of their last child, block quotes at the end of their last line.
import type {
  BlockContent,
  Blockquote,
  Code,
  FootnoteDefinition,
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  RootContent,
} from 'mdast';
import type { Token } from 'markdown-it';
import type { ReadContext } from './context.js';
import { blockMeta, unescapeAll } from './engine.js';
import { FOOTNOTE_OPEN, normalizeIdentifier } from './footnotes.js';
import { readInline } from './inline.js';
import { readTable } from './table.js';
import { columnAfterWhitespace, columnOf } from './tabs.js';
import { placeFirstText, placeLastText } from './text-places.js';
import { unsupported } from './unsupported.js';

type Node = RootContent & { position?: { start: { line: number }; end: { line: number } } };

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function firstLine(token: Token): number {
  if (!token.map) unsupported(`a ${token.type} without a source map`);
  return token.map[0];
}

function lastLine(token: Token): number {
  if (!token.map) unsupported(`a ${token.type} without a source map`);
  return token.map[1] - 1;
}

export class BlockReader {
  private index = 0;
  /** Content columns of the list items we are in that no quote or note encloses (outermost first). */
  private readonly itemColumns: number[] = [];
  /** How many quotes or footnotes enclose us. */
  private quoted = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: ReadContext,
  ) {}

  /** All blocks of the document; every token must be used. */
  readDocument(): RootContent[] {
    const blocks = this.readBlocks();
    if (this.index !== this.tokens.length) unsupported('a token stream that does not nest');
    return blocks;
  }

  /** Blocks up to the token that closes the current container (left for the caller) or the end. */
  readBlocks(): RootContent[] {
    const blocks: RootContent[] = [];
    for (let token = this.tokens[this.index]; token && token.nesting !== -1; token = this.tokens[this.index]) {
      blocks.push(this.readBlock());
    }
    return blocks;
  }

  private next(): Token {
    const token = this.tokens[this.index++];
    if (!token) unsupported('a truncated token stream');
    return token;
  }

  private close(type: string): void {
    if (this.next().type !== type) unsupported(`an unexpected token where ${type} belongs`);
  }

  /** From `start` on the token's first line to the end of 0-based `endLine` (no searching: both lines are known). */
  private span(token: Token, start: number, endLine: number): NonNullable<Paragraph['position']> {
    const { lines } = this.context;
    return { start: lines.pointOn(firstLine(token), start), end: lines.pointOn(endLine, lines.lineEnd(endLine)) };
  }

  private lineEnd(line: number): number {
    return this.context.lines.lineEnd(line);
  }

  private readBlock(): RootContent {
    const token = this.next();
    switch (token.type) {
      case 'paragraph_open':
        return this.paragraph(token);
      case 'heading_open':
        return this.heading(token);
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.list(token);
      case 'blockquote_open':
        return this.blockquote(token);
      case FOOTNOTE_OPEN:
        return this.footnoteDefinition(token);
      case 'code_block':
        return this.indentedCode(token);
      case 'fence':
        return this.fencedCode(token);
      case 'html_block':
        return this.html(token);
      case 'hr':
        return { type: 'thematicBreak', position: this.span(token, blockMeta(token).start, lastLine(token)) };
      case 'table_open':
        return this.table(token);
      default:
        return unsupported(`block token ${token.type}`);
    }
  }

  private inlineChildren(inTable = false): ReturnType<typeof readInline> {
    const token = this.next();
    if (token.type !== 'inline') unsupported(`${token.type} where inline content belongs`);
    return readInline(token.children ?? [], inTable);
  }

  private paragraph(open: Token): Paragraph {
    const { start } = blockMeta(open);
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: this.inlineChildren(),
      position: this.span(open, start, lastLine(open)),
    };
    this.close('paragraph_close');
    placeFirstText(paragraph, start, this.context.source, this.context.lines);
    this.checkLazyLineAfter(lastLine(open) + 1);
    return paragraph;
  }

  private heading(open: Token): Heading {
    const { start } = blockMeta(open);
    const depth = Number(open.tag.slice(1)) as Heading['depth'];
    const setext = open.markup === '=' || open.markup === '-';
    const heading: Heading = {
      type: 'heading',
      depth,
      children: this.inlineChildren(),
      position: this.span(open, start, lastLine(open)),
    };
    this.close('heading_close');
    const { source } = this.context;
    let contentStart = start;
    let contentEnd: number;
    if (setext) {
      contentEnd = this.lineEnd(lastLine(open) - 1);
    } else {
      // As markdown-it's heading rule: skip the opening #s, drop a closing sequence that follows a space.
      const lineStart = start;
      contentStart = lineStart + open.markup.length;
      contentEnd = this.lineEnd(firstLine(open));
      while (contentEnd > contentStart && isSpaceOrTab(source.charCodeAt(contentEnd - 1))) contentEnd--;
      let hashes = contentEnd;
      while (hashes > contentStart && source.charCodeAt(hashes - 1) === 0x23) hashes--;
      if (hashes > contentStart && isSpaceOrTab(source.charCodeAt(hashes - 1))) contentEnd = hashes;
      while (contentStart < contentEnd && isSpaceOrTab(source.charCodeAt(contentStart))) contentStart++;
    }
    while (contentEnd > contentStart && isSpaceOrTab(source.charCodeAt(contentEnd - 1))) contentEnd--;
    placeLastText(heading, contentStart, contentEnd, source, this.context.lines);
    return heading;
  }

  private list(open: Token): List {
    const ordered = open.type === 'ordered_list_open';
    const closeType = ordered ? 'ordered_list_close' : 'bullet_list_close';
    const items: ListItem[] = [];
    for (let token = this.next(); token.type !== closeType; token = this.next()) {
      if (token.type !== 'list_item_open') unsupported(`${token.type} inside a list`);
      items.push(this.listItem(token));
    }
    const startNumber = ordered ? Number(open.attrGet('start') ?? 1) : null;
    const first = items[0]?.position?.start;
    const last = items[items.length - 1]?.position?.end;
    if (!first || !last) unsupported('an empty list');
    return {
      type: 'list',
      ordered,
      start: startNumber,
      spread: separatedByBlankLine(items),
      children: items,
      position: { start: { ...first }, end: { ...last } },
    };
  }

  private listItem(open: Token): ListItem {
    const start = blockMeta(open).start;
    // Inside a quote, columns count from after the `>`; only the outer items are measured.
    const measured = this.quoted === 0;
    if (measured) this.itemColumns.push(this.contentColumn(start, firstLine(open)));
    const children = this.readBlocks() as ListItem['children'];
    if (measured) this.itemColumns.pop();
    this.close('list_item_close');
    const end = (children[children.length - 1] as Node | undefined)?.position?.end;
    return {
      type: 'listItem',
      spread: hasInnerBlankLine(children as Node[]),
      checked: null,
      children,
      position: {
        start: this.context.lines.pointOn(firstLine(open), start),
        end: end ?? this.context.lines.pointOn(firstLine(open), this.lineEnd(firstLine(open))),
      },
    };
  }

  private blockquote(open: Token): Blockquote {
    const line = blockMeta(open).lastLine ?? lastLine(open);
    this.quoted++;
    const children = this.readBlocks() as BlockContent[];
    this.quoted--;
    this.close('blockquote_close');
    return { type: 'blockquote', children, position: this.span(open, blockMeta(open).start, line) };
  }

  private footnoteDefinition(open: Token): FootnoteDefinition {
    this.quoted++;
    const children = this.readBlocks() as FootnoteDefinition['children'];
    this.quoted--;
    this.close('gfm_footnote_close');
    const raw = String(open.meta?.raw ?? '');
    const start = this.context.lines.pointOn(firstLine(open), blockMeta(open).start);
    // An empty definition ends wherever micromark last saw its container's flow, which varies; remark reads it.
    const end = (children[children.length - 1] as Node | undefined)?.position?.end;
    if (!end) unsupported('an empty footnote definition');
    // micromark ends a list item inside a footnote definition at the next item's marker when a later item opens
    // a block quote (a quirk markdown-it does not share): footnotes with lists are rare, so remark reads them.
    if (children.some((child) => child.type === 'list')) unsupported('a list inside a footnote definition');
    return {
      type: 'footnoteDefinition',
      identifier: normalizeIdentifier(raw).toLowerCase(),
      label: unescapeAll(raw),
      children,
      position: { start, end },
    };
  }

  /** Column (from the line start) where the content of the list item whose marker is at `marker` begins. */
  private contentColumn(marker: number, line: number): number {
    const { source, lines } = this.context;
    const end = this.lineEnd(line);
    const lineStart = lines.starts[line] ?? 0;
    let at = marker;
    while (at < end && source.charCodeAt(at) >= 0x30 && source.charCodeAt(at) <= 0x39) at++;
    at++;
    // Columns, tabs stopping at multiples of 4 (only outer items are measured, so from the line's start).
    const markerEnd = columnOf(source, lineStart, at);
    const after = columnAfterWhitespace(source, at, end, markerEnd);
    let content = at;
    while (content < end && isSpaceOrTab(source.charCodeAt(content))) content++;
    // CommonMark: one to four columns after the marker; more (indented code) or none (an empty first line) count one.
    const width = after === markerEnd || after - markerEnd > 4 || content >= end ? 1 : after - markerEnd;
    return markerEnd + width;
  }

  /**
   * The line after a paragraph in list items, when it is outdented below the items' content (a "lazy" line) and
   * indented four or more past the deepest item it still reaches, continues the paragraph in micromark (indented
   * code cannot interrupt one); markdown-it may have ended the paragraph there, reading a list marker or a heading
   * relative to the innermost item instead.
   */
  private checkLazyLineAfter(line: number): void {
    const innermost = this.itemColumns[this.itemColumns.length - 1];
    if (innermost === undefined || line >= this.context.lines.starts.length) return;
    const { source, lines } = this.context;
    const lineStart = lines.starts[line] ?? 0;
    const text = source.slice(lineStart, this.lineEnd(line));
    const indent = columnAfterWhitespace(source, lineStart, this.lineEnd(line), 0);
    // Blank, or still inside the measured items (a quote or note in there decides the rest).
    if (text.trim() === '' || (this.quoted > 0 && indent >= innermost)) return;
    let reached = 0;
    for (const column of this.itemColumns) if (column <= indent) reached = column;
    if (indent - reached >= 4) unsupported('a lazy line that markdown-it reads as a new block');
  }

  private indentedCode(token: Token): Code {
    const { start, indent } = blockMeta(token);
    // The node starts at the container's content column, before the four (or more) spaces of indentation.
    return {
      type: 'code',
      lang: null,
      meta: null,
      value: token.content.replace(/\n$/, ''),
      position: this.span(token, start - indent, lastLine(token)),
    };
  }

  private html(token: Token): Html {
    const { start, indent, closed } = blockMeta(token);
    if (closed === false) unsupported('an HTML block left open to the end of its container');
    // Like indented code, the node and its value start before the (up to three) spaces of indentation.
    return {
      type: 'html',
      value: token.content.replace(/\n$/, ''),
      position: this.span(token, start - indent, lastLine(token)),
    };
  }

  private fencedCode(token: Token): Code {
    if (blockMeta(token).closed === false) unsupported('a fenced code block left open to the end of its container');
    const info = token.info.replace(/^[ \t]+/, '');
    const langEnd = info.search(/[ \t]/);
    const lang = langEnd === -1 ? info : info.slice(0, langEnd);
    const meta = langEnd === -1 ? '' : info.slice(langEnd).replace(/^[ \t]+/, '');
    return {
      type: 'code',
      lang: lang === '' ? null : unescapeAll(lang),
      meta: meta === '' ? null : unescapeAll(meta),
      value: token.content.replace(/\n$/, ''),
      position: this.span(token, blockMeta(token).start, lastLine(token)),
    };
  }

  private table(open: Token): RootContent {
    // The rows are re-read from the source (mdast keeps every cell a row has; markdown-it pads and cuts them).
    let depth = 1;
    while (depth > 0) {
      const token = this.next();
      depth += token.nesting;
    }
    const rows = blockMeta(open).rows;
    if (!rows) unsupported('a table without its rows');
    return readTable(rows, this.context);
  }
}

/**
 * A list item's `spread` as mdast-util-from-markdown infers it: a blank line in the item's own flow before its last
 * content. That flow runs on into footnote definitions (they are not counted as containers there), so their blank
 * lines count, and so does a definition's label line when its content starts on a later line.
 */
function hasInnerBlankLine(children: readonly Node[]): boolean {
  let previousEnd: number | undefined;
  let blankSeen = false;
  const visit = (nodes: readonly Node[]): boolean => {
    for (const node of nodes) {
      const start = node.position?.start.line ?? 0;
      const end = node.position?.end.line ?? 0;
      if (previousEnd !== undefined && start > previousEnd + 1) blankSeen = true;
      if (node.type === 'footnoteDefinition') {
        const inner = node.children as Node[];
        if ((inner[0]?.position?.start.line ?? start) > start) {
          blankSeen = true;
          previousEnd = start;
        } else previousEnd = start - 1;
        if (visit(inner)) return true;
        continue;
      }
      if (blankSeen) return true;
      previousEnd = end;
    }
    return false;
  };
  return visit(children);
}

/** mdast list `spread`: a blank line between two of its items. */
function separatedByBlankLine(children: readonly Node[]): boolean {
  for (let i = 1; i < children.length; i++) {
    const before = children[i - 1]?.position?.end.line ?? 0;
    const after = children[i]?.position?.start.line ?? 0;
    if (after > before + 1) return true;
  }
  return false;
}
