// Any Markdown (.md, .markdown) → blocks. The file is read by clausemark's own parser, so every front-matter style it
// knows (YAML `---`, TOML `+++`, YAML without its opening fence, `Title:` header lines, a licence comment) is metadata
// here too: what it states (title, version, date, organisation, language) goes to the frontmatter and the block itself
// is listed as dropped. Soft line breaks join hard-wrapped lines, setext and ATX headings are headings (and a law
// export's `####Titel` lines, with no space after the hashes), `*` and `1.` lists are lists, and HTML blocks are read
// as HTML (html-blocks.ts). Struck-through text (`~~…~~`, and inline `<del>`, `<s>`, `<strike>` typed among a
// paragraph's words) is no policy text: left out and listed after its block.
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { wordMessage } from '../../io/messages.js';
import { spanAt } from '../../model/diagnostics.js';
import { ClausemarkError } from '../../model/errors.js';
import { findForeignMetadata, findFrontmatter } from '../../parse/fence.js';
import { parsePolicy } from '../../parse/index.js';
import { joinBareNumbers } from '../article-headings.js';
import { COVER_FIELDS } from '../fill-ins.js';
import type { Frontmatter } from '../../model/policy.js';
import type { Block, Inline, ReadDocument, StatedMeta } from '../blocks.js';
import { HtmlBlocks, sectionsFromLevelTwo, titleFromFirstHeading, visibleText } from './html-blocks.js';
import { hashHeading, splitAtHashTitles, withoutHashes } from './markdown-hash-titles.js';
import { closeStruckGaps, struckGap } from './struck-gaps.js';

/** Nodes whose children are inline: their text runs on without a break. */
const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

const htmlFragment = (value: string) => fromHtml(value, { fragment: true });

/** Inline HTML tags that delete or strike through the text up to their closing tag, and why it is left out. */
const STRUCK_TAGS = new Map([
  ['del', 'import-reason.deleted'],
  ['s', 'import-reason.struck-through'],
  ['strike', 'import-reason.struck-through'],
]);
/** An inline HTML tag that opens or closes deleted or struck-through text (`<del datetime="…">`, `</s>`). */
function struckTag(html: string): { name: string; closing: boolean } | undefined {
  const match = /^<(\/?)([a-z]+)(?:\s[^>]*)?>$/iu.exec(html.trim());
  const name = match?.[2]?.toLowerCase();
  return match && name && STRUCK_TAGS.has(name) ? { name, closing: match[1] === '/' } : undefined;
}

/** What the Markdown shows as text, independently of the blocks made from it: the word account's yardstick. */
function shownText(node: Nodes): string {
  if (node.type === 'yaml' || node.type === 'definition') return '';
  // A struck tag sets the text it strikes apart, as `~~…~~` does.
  if (node.type === 'html') return struckTag(node.value) ? '\n' : visibleText(htmlFragment(node.value));
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  // A hard line break ("  " or "\\" at a line's end) parts the words on either side, as a reader sees them.
  if (node.type === 'break') return '\n';
  // Struck-through text is listed as left out on its own, not glued to the word before it.
  if (node.type === 'delete') return `\n${node.children.map(shownText).join('')}\n`;
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(shownText);
  return PHRASING_PARENTS.has(node.type) ? parts.join('') : parts.join('\n');
}

/** "↩" in an HTML link back into the page (a hand-made footnote's return link): navigation, not text. */
function isBackLink(text: string, before: PhrasingContent | undefined): boolean {
  return /^\s*[↩↑⤴⬆]\s*$/u.test(text) && before?.type === 'html' && /^<a\s[^>]*href=["']#/i.test(before.value);
}

class MarkdownBlocks {
  readonly blocks: Block[] = [];
  private readonly links = new Map<string, string>();
  /** Struck-through text read since the last block, and why: left out and listed after it. */
  private struck: { text: string; messageId: string }[] = [];
  /**
   * The inline HTML struck tags open at this point of a block (`<del>` typed among its words: Markdown reads the tag,
   * the text and the closing tag as nodes side by side), and the text they strike so far.
   */
  private open: { names: string[]; messageId: string; text: string } | undefined;

  constructor(root: Root) {
    const collect = (node: Nodes): void => {
      if (node.type === 'definition') this.links.set(node.identifier, node.url);
      if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
    };
    collect(root);
  }

  /** A block's phrasing → inlines, struck-through text left out (struck-gaps.ts). */
  private inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const inlines = this.read(nodes, {});
    // A tag left open strikes to the end of its block, as a browser shows it.
    if (this.open) this.closeStruck();
    return closeStruckGaps(inlines);
  }

  /** The text struck by inline HTML tags, as one passage. */
  private closeStruck(): void {
    const text = this.open?.text.replace(/\s+/gu, ' ').trim();
    if (text && this.open) this.struck.push({ text, messageId: this.open.messageId });
    this.open = undefined;
  }

  /** Reads an inline HTML tag that opens or closes struck text; whether it was one. */
  private struckTag(html: string, out: Inline[]): boolean {
    const tag = struckTag(html);
    if (!tag) return false;
    if (!tag.closing) {
      if (this.open) this.open.names.push(tag.name);
      else {
        this.open = { names: [tag.name], messageId: STRUCK_TAGS.get(tag.name) ?? '', text: '' };
        out.push(struckGap());
      }
    } else if (this.open) {
      const at = this.open.names.lastIndexOf(tag.name);
      if (at >= 0) this.open.names.splice(at);
      if (this.open.names.length === 0) this.closeStruck();
    }
    return true;
  }

  private read(nodes: readonly PhrasingContent[], format: Omit<Inline, 'text'>): Inline[] {
    const out: Inline[] = [];
    for (const [index, node] of nodes.entries()) {
      if (node.type === 'html' && this.struckTag(node.value, out)) continue;
      if (this.open) {
        this.open.text += shownText(node);
        continue;
      }
      switch (node.type) {
        case 'text':
          if (isBackLink(node.value, nodes[index - 1])) break;
          out.push({ ...format, text: node.value });
          break;
        case 'inlineCode':
          out.push({ ...format, text: node.value });
          break;
        case 'break':
          out.push({ text: ' ' });
          break;
        case 'emphasis':
          out.push(...this.read(node.children, { ...format, italic: true }));
          break;
        case 'strong':
          out.push(...this.read(node.children, { ...format, bold: true }));
          break;
        case 'link':
          out.push(...this.read(node.children, { ...format, link: node.url }));
          break;
        case 'linkReference': {
          const url = this.links.get(node.identifier);
          out.push(...this.read(node.children, url ? { ...format, link: url } : format));
          break;
        }
        case 'image':
        case 'imageReference':
          if (node.alt) out.push({ ...format, text: node.alt });
          break;
        case 'footnoteReference':
          out.push({ text: '', footnote: node.label ?? node.identifier });
          break;
        case 'delete': {
          const text = shownText(node).replace(/\s+/gu, ' ').trim();
          if (text) this.struck.push({ text, messageId: 'import-reason.struck-through' });
          out.push(struckGap());
          break;
        }
        case 'html':
          out.push(...this.read([{ type: 'text', value: visibleText(htmlFragment(node.value)) }], format));
          break;
        default: {
          // Any other phrasing a plugin adds, read through.
          const other = node as Nodes;
          if ('children' in other) out.push(...this.read(other.children as PhrasingContent[], format));
        }
      }
    }
    return out;
  }

  /** The struck-through text read since the last block, each passage left out and listed at `line`. */
  private leaveOutStruck(line: number): void {
    for (const { text, messageId } of this.struck)
      this.blocks.push({
        kind: 'dropped',
        text,
        reason: { messageId },
        source: { line },
      });
    this.struck = [];
  }

  add(node: RootContent, listLevel = 0): void {
    this.addBlock(node, listLevel);
    this.leaveOutStruck(node.position?.start.line ?? 1);
  }

  private addBlock(node: RootContent, listLevel: number): void {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading':
        this.blocks.push({
          kind: 'heading',
          level: node.depth,
          inlines: this.inlines(node.children),
          source: { line },
        });
        return;
      case 'paragraph':
        this.paragraph(node, line);
        return;
      case 'code':
        this.blocks.push({ kind: 'paragraph', inlines: [{ text: node.value }], source: { line } });
        return;
      case 'list':
        this.list(node, listLevel);
        return;
      case 'table':
        this.blocks.push({
          kind: 'table',
          rows: node.children.map((row) => row.children.map((cell) => this.inlines(cell.children))),
          source: { line },
        });
        return;
      case 'footnoteDefinition': {
        const text = node.children.flatMap((child) => (child.type === 'paragraph' ? this.inlines(child.children) : []));
        this.blocks.push({ kind: 'footnote', label: node.label ?? node.identifier, inlines: text, source: { line } });
        return;
      }
      case 'html': {
        const reader = new HtmlBlocks((inner) => line + (inner.position?.start.line ?? 1) - 1);
        reader.add(htmlFragment(node.value));
        this.blocks.push(...reader.blocks);
        return;
      }
      case 'blockquote':
        for (const child of node.children) this.add(child, listLevel);
        return;
      default:
        return; // thematic breaks, definitions and the frontmatter hold no text of the body
    }
  }

  /** A paragraph, or the pieces an export's `####Title` lines split it into, each a heading or a paragraph. */
  private paragraph(node: Extract<RootContent, { type: 'paragraph' }>, line: number): void {
    for (const piece of splitAtHashTitles(node)) {
      const inlines = this.inlines(piece.children);
      const hashes = hashHeading(piece, inlines);
      const at = { line: piece.position?.start.line ?? line };
      // A paragraph wholly struck through is no clause.
      if (this.struck.length > 0 && !inlines.some((inline) => inline.text.trim() !== '' || inline.footnote)) {
        this.leaveOutStruck(at.line);
        continue;
      }
      this.blocks.push(
        hashes
          ? { kind: 'heading', level: hashes, inlines: withoutHashes(inlines), source: at }
          : { kind: 'paragraph', inlines, source: at },
      );
    }
  }

  private list(node: Extract<RootContent, { type: 'list' }>, level: number): void {
    let number = node.start ?? 1;
    for (const item of node.children) {
      const block: Block = {
        kind: 'item',
        level,
        ordered: node.ordered === true,
        ...(node.ordered ? { number } : {}),
        inlines: [],
        source: { line: item.position?.start.line ?? 1 },
      };
      const at = this.blocks.push(block);
      number++;
      // The item's paragraphs up to its first other block are its text (joined); the rest follows in source order,
      // nested lists one level deeper.
      let own = true;
      for (const child of item.children) {
        if (own && child.type === 'paragraph') {
          if (block.inlines.length > 0) block.inlines.push({ text: ' ' });
          block.inlines.push(...this.inlines(child.children));
          continue;
        }
        own = false;
        this.leaveOutStruck(block.source.line);
        this.add(child as RootContent, child.type === 'list' ? level + 1 : level);
      }
      // An item whose text is an HTML block (`-   <span style="color:red">`) takes the first paragraph it gave.
      const next = this.blocks[at];
      if (block.inlines.length === 0 && next?.kind === 'paragraph') {
        block.inlines = next.inlines;
        this.blocks.splice(at, 1);
      }
      // An item with nothing in it (only an HTML tag that shows no text) is no clause.
      if (!block.inlines.some((inline) => inline.text.trim() !== '') && at === this.blocks.length) this.blocks.pop();
      this.leaveOutStruck(block.source.line);
    }
  }
}

/** The metadata block at the top of the file as written (YAML, TOML, header lines or a comment), or ''. */
function metadataText(source: string): string {
  const yaml = findFrontmatter(source);
  if (yaml) return source.slice(0, yaml.bodyStart);
  const foreign = findForeignMetadata(source);
  return foreign && !foreign.unclosed ? source.slice(0, foreign.bodyStart) : '';
}

/**
 * Where the front matter states the title, organisation and version `stated` holds, which the cover prints: its
 * value's line and column, so that a fill-in in it ("title: Klachtenregeling [naam school]") is reported there
 * (fill-ins.ts).
 */
function statedPlaces(frontmatter: Frontmatter | undefined, stated: StatedMeta): ReadDocument['metaPlaces'] {
  const places: NonNullable<ReadDocument['metaPlaces']> = {};
  for (const field of COVER_FIELDS) {
    const value = stated[field];
    // Under its own key, or another tool's name for it (comply's `name`, a header line's `Title:`).
    const key = [field, ...Object.keys(frontmatter?.fields ?? {})].find(
      (candidate) => value !== undefined && String(frontmatter?.data[candidate] ?? '').trim() === value.trim(),
    );
    const start = key === undefined ? undefined : frontmatter?.fields[key]?.value.start;
    if (start) places[field] = { line: start.line, column: start.column, part: 'front-matter' };
  }
  return places;
}

export function readMarkdown(source: string, path: string): ReadDocument {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { policy, findings } = parsePolicy(text, { path, markdown: 'remark' });
  const fatal = findings.find((finding) => finding.fatal);
  if (fatal) {
    // The parser's own finding, its ids kept; without a fix hint of its own it gets import's.
    const { ruleId, message, messageId, fixId, fix, params } = fatal;
    const hint =
      fix !== undefined
        ? { fix, ...(fixId ? { fixId } : {}) }
        : {
            fixId: 'import-refused.correct-front-matter',
            fix: wordMessage({ messageId: 'import-refused.correct-front-matter' }),
          };
    throw ClausemarkError.of({
      ruleId,
      message,
      file: path,
      ...(fatal.place ? { place: spanAt(fatal.place.start) } : {}),
      ...(messageId ? { messageId, params: params ?? {} } : {}),
      ...hint,
    });
  }
  const reader = new MarkdownBlocks(policy.tree);
  const metadata = metadataText(text);
  if (metadata.trim() !== '')
    reader.blocks.push({
      kind: 'dropped',
      text: metadata.trim(),
      reason: { messageId: 'import-reason.front-matter' },
      source: { line: 1 },
    });
  for (const node of policy.tree.children) reader.add(node);
  const stated: StatedMeta = {};
  const { meta } = policy;
  joinBareNumbers(reader.blocks);
  if (meta.inferred.includes('title')) titleFromFirstHeading(reader.blocks);
  sectionsFromLevelTwo(reader.blocks);
  for (const field of ['title', 'version', 'organisation', 'lang'] as const)
    if (!meta.inferred.includes(field) && meta[field]) stated[field] = meta[field];
  if (meta.effective) stated.effective = meta.effective;
  return {
    blocks: reader.blocks,
    decisions: [],
    sourceText: `${metadata}\n${shownText(policy.tree)}`,
    firstLineIsTitle: false,
    structured: true,
    meta: stated,
    metaPlaces: statedPlaces(policy.frontmatter, stated),
  };
}
