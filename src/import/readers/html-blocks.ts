// HTML elements → import blocks, for .html files and for the HTML blocks inside Markdown. Headings, paragraphs,
// lists (nested), tables and footnote-free inline formatting become structure (a table that lays out a text, a reglement
// set beside its article numbers, as the text it lays out: layout-tables.ts); containers (div, section, main …)
// are looked through; styles and scripts are not text; navigation and forms are page furniture, and text a browser
// hides (the hidden attribute, display:none, visibility:hidden, font-size:0) is not shown: both left out and listed.
// Text the page deletes or strikes through (<del>, <s>, <strike>, line-through) is no policy text either: left out and
// listed the same way; <ins> text is the text as changed, and kept.
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { type Block, type Inline, inlineText } from '../blocks.js';
import type { MessageRef } from '../../model/diagnostics.js';
import { joinLabel, laysOutText } from '../layout-tables.js';
import { isCommentPart } from './html-comments.js';
import { OUTSIDE_MAIN } from './html-main-content.js';
import { closeStruckGaps, struckGap } from './struck-gaps.js';
import { MAX_TITLE_WORDS, setAsTitle } from './html-title-style.js';

const HEADING = /^h([1-6])$/;
/** A hand-made footnote's reference and its note, as html-footnotes.ts marks them: `label` names the note. */
export const NOTE_REFERENCE = 'clausemark-note-reference';
export const NOTE = 'clausemark-note';
/** Elements whose content is never text a reader sees. */
const INVISIBLE = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'meta',
  'link',
  'svg',
  'iframe',
  'object',
]);
/** Elements of the page around the text: left out, and listed as dropped. */
const FURNITURE: Record<string, MessageRef> = {
  nav: { messageId: 'import-reason.navigation' },
  [OUTSIDE_MAIN]: { messageId: 'import-reason.outside-main' },
  form: { messageId: 'import-reason.form' },
  button: { messageId: 'import-reason.button' },
  select: { messageId: 'import-reason.form' },
  textarea: { messageId: 'import-reason.form' },
};
/** Elements that hold blocks rather than text. */
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'details',
  'summary',
  'center',
  'dl',
  'dt',
  'dd',
  'address',
  'fieldset',
  'hgroup',
]);
const BLOCKS = new Set([
  ...CONTAINERS,
  NOTE,
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Elements a browser sets apart from the text around them (blocks, table cells, line breaks). */
const SEPARATE = new Set([...BLOCKS, OUTSIDE_MAIN, 'br', 'tr', 'td', 'th', 'caption', 'thead', 'tbody', 'tfoot']);

const isElement = (node: Nodes): node is Element => node.type === 'element';

/**
 * Inline styles that hide an element or strike it through; a stylesheet's classes are not read (a browser's cascade is
 * not emulated), but for a page's own one-class rules that strike through, written inline by html-struck-classes.ts.
 */
const HIDING_STYLES: readonly [RegExp, string][] = [
  [/(?:^|;)\s*display\s*:\s*none\b/iu, 'display:none'],
  [/(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/iu, 'visibility:hidden'],
  [/(?:^|;)\s*font-size\s*:\s*0*\.?0+(?:px|pt|em|rem|%|vw|vh)?\s*(?:!important\s*)?(?:;|$)/iu, 'font-size:0'],
  [/(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b/iu, 'struck'],
];
/** Elements whose text the page deletes (a tracked change Word saves as HTML) or strikes through: not policy text. */
const STRUCK = new Map([
  ['del', 'del'],
  ['s', 'struck'],
  ['strike', 'struck'],
]);

/** Stands for a comment saved as HTML (html-comments.ts) among the reasons of hiddenBy: not the policy's text. */
const COMMENT = 'comment';

/** Why hidden text is left out: the hidden attribute, the style that hides it (display:none, …), it is struck, or a comment. */
function hiddenReason(how: string): MessageRef {
  if (how === COMMENT) return { messageId: 'import-reason.comment' };
  if (how === 'del') return { messageId: 'import-reason.deleted' };
  if (how === 'struck') return { messageId: 'import-reason.struck-through' };
  return how === 'hidden'
    ? { messageId: 'import-reason.hidden-attribute' }
    : { messageId: 'import-reason.hidden-text', params: { how } };
}

/** Why a browser would not show this element's text as the page's (or shows it struck), or undefined when it shows it. */
function hiddenBy(node: ElementContent | RootContent): string | undefined {
  if (node.type !== 'element') return undefined;
  if (isCommentPart(node)) return COMMENT;
  const struck = STRUCK.get(node.tagName);
  if (struck) return struck;
  const { hidden, style } = node.properties;
  if (hidden !== undefined && hidden !== false && hidden !== null) return 'hidden';
  if (typeof style !== 'string') return undefined;
  return HIDING_STYLES.find(([pattern]) => pattern.test(style))?.[1];
}

/** An element whose text is not the page's text: invisible, page furniture, or hidden. */
export const leftOutElement = (node: Element): boolean =>
  INVISIBLE.has(node.tagName) || node.tagName in FURNITURE || hiddenBy(node) !== undefined;

/** Text a browser hides, found inside a block: left out of it and listed after it. */
interface HiddenText {
  text: string;
  reason: string;
}

/** The text a reader sees, for word accounting: block elements separated by a line break, no scripts or styles. */
export function visibleText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  // An image's text alternative is what a screen reader reads, and what the import keeps.
  if (isElement(node) && node.tagName === 'img') return String(node.properties.alt ?? '');
  // A note's number is a word of its own, as a superscript number is (import/account.ts), in the text and the note.
  if (isElement(node) && node.tagName === NOTE_REFERENCE) return ` ${String(node.properties.label)} `;
  if (isElement(node) && node.tagName === NOTE)
    return `\n${String(node.properties.label)} ${(node.children as Nodes[]).map(visibleText).join('')}\n`;
  if (isElement(node) && INVISIBLE.has(node.tagName)) return '';
  if (!('children' in node)) return '';
  const inner = (node.children as Nodes[]).map(visibleText).join('');
  // Hidden text is set apart too: it is listed as dropped on its own, not glued to the word before it.
  return isElement(node) && (SEPARATE.has(node.tagName) || hiddenBy(node)) ? `\n${inner}\n` : inner;
}

function inlinesOf(
  nodes: readonly ElementContent[],
  format: Omit<Inline, 'text'> = {},
  hidden: HiddenText[] = [],
): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    // A run of white space is one space, as a browser shows it ("Artikel⏎\t\t1" as LibreOffice wraps its lines).
    if (node.type === 'text') out.push({ ...format, text: node.value.replace(/\s+/gu, ' ') });
    else if (node.type === 'element') {
      const tag = node.tagName;
      if (INVISIBLE.has(tag)) continue;
      const reason = hiddenBy(node);
      if (reason) {
        const text = visibleText(node).replace(/\s+/g, ' ').trim();
        if (text) hidden.push({ text, reason });
        if (reason === 'del' || reason === 'struck') out.push(struckGap());
        continue;
      }
      if (tag === 'br') out.push({ text: ' ' });
      else if (tag === NOTE_REFERENCE) out.push({ text: '', footnote: String(node.properties.label) });
      else if (tag === 'img') {
        const alt = String(node.properties.alt ?? '').trim();
        if (alt) out.push({ ...format, text: alt });
      } else {
        const inner: Omit<Inline, 'text'> = { ...format };
        if (tag === 'strong' || tag === 'b') inner.bold = true;
        if (tag === 'em' || tag === 'i') inner.italic = true;
        const href = node.properties.href;
        if (tag === 'a' && typeof href === 'string' && href !== '' && !href.startsWith('#')) inner.link = href;
        out.push(...inlinesOf(node.children, inner, hidden));
      }
    }
  }
  return out;
}

/** `nodes`, or the children of the one container they are with nothing beside it but white space, at any depth. */
function throughContainers(nodes: ElementContent[]): ElementContent[] {
  const elements = nodes.filter((node) => node.type === 'element');
  const bare = nodes.every((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() === ''));
  const only = elements.length === 1 ? elements[0] : undefined;
  if (!bare || !only || only.type !== 'element' || !CONTAINERS.has(only.tagName) || hiddenBy(only)) return nodes;
  return throughContainers(only.children);
}

const hasText = (inlines: readonly Inline[]): boolean => inlines.some((inline) => inline.text.trim() !== '');

/** Turns HTML into blocks. `line` gives the source line of a node (its position, or the enclosing block's line). */
export class HtmlBlocks {
  readonly blocks: Block[] = [];
  /** The title read from a paragraph's style (html-title-style.ts), where the page set its title so. */
  titleByStyle: Block | undefined;
  /** Hidden text found inside the block being read, listed after it. */
  private hidden: HiddenText[] = [];

  constructor(private readonly lineOf: (node: Nodes) => number) {}

  /** The inlines of a block, collecting the hidden text inside it; the space its source opens with is none. */
  private inlines(nodes: readonly ElementContent[]): Inline[] {
    const inlines = closeStruckGaps(inlinesOf(nodes, {}, this.hidden));
    const first = inlines.findIndex((inline) => inline.text.trim() !== '' || inline.footnote !== undefined);
    if (first < 0) return inlines;
    const kept = inlines.slice(first);
    const start = kept[0] as Inline;
    kept[0] = { ...start, text: start.text.trimStart() };
    return kept;
  }

  /** A block, then the hidden text that was inside it. */
  private push(block: Block | undefined, line: number): void {
    if (block) this.blocks.push(block);
    for (const { text, reason } of this.hidden)
      this.blocks.push({ kind: 'dropped', text, reason: hiddenReason(reason), source: { line } });
    this.hidden = [];
  }

  add(root: Root | Element): void {
    this.children(root.children as readonly (RootContent | ElementContent)[], 0);
  }

  /** Block children; a run of inline content between blocks is a paragraph of its own. */
  private children(nodes: readonly (RootContent | ElementContent)[], listLevel: number): void {
    let run: ElementContent[] = [];
    const flush = (): void => {
      const inlines = this.inlines(run);
      const line = run[0] ? this.lineOf(run[0]) : 1;
      this.push(hasText(inlines) ? { kind: 'paragraph', inlines, source: { line } } : undefined, line);
      run = [];
    };
    for (const node of nodes) {
      if (
        node.type === 'element' &&
        (BLOCKS.has(node.tagName) || INVISIBLE.has(node.tagName) || node.tagName in FURNITURE) &&
        // Hidden inline text stays in its run, to be listed after the paragraph it stands in.
        (BLOCKS.has(node.tagName) || !hiddenBy(node))
      ) {
        flush();
        this.element(node, listLevel);
      } else if (node.type === 'text' || node.type === 'element') run.push(node);
    }
    flush();
  }

  private element(node: Element, listLevel: number): void {
    const tag = node.tagName;
    const line = this.lineOf(node);
    if (INVISIBLE.has(tag)) return;
    const hidden = hiddenBy(node);
    if (hidden) {
      const text = visibleText(node).replace(/\s+/g, ' ').trim();
      if (text) this.blocks.push({ kind: 'dropped', text, reason: hiddenReason(hidden), source: { line } });
      return;
    }
    const furniture = FURNITURE[tag];
    if (furniture) {
      const text = visibleText(node).replace(/\s+/g, ' ').trim();
      if (text) this.blocks.push({ kind: 'dropped', text, reason: furniture, source: { line } });
      return;
    }
    const heading = HEADING.exec(tag);
    if (heading) {
      const inlines = this.inlines(node.children);
      this.push(
        hasText(inlines) ? { kind: 'heading', level: Number(heading[1]), inlines, source: { line } } : undefined,
        line,
      );
      return;
    }
    if (tag === NOTE) {
      const inlines = this.inlines(node.children);
      const label = String(node.properties.label);
      this.push(hasText(inlines) ? { kind: 'footnote', label, inlines, source: { line } } : undefined, line);
      return;
    }
    if (tag === 'p' && this.titleByStyle === undefined && setAsTitle(node)) {
      const inlines = this.inlines(node.children);
      const words = inlineText(inlines).trim().split(/\s+/u).length;
      if (hasText(inlines) && words <= MAX_TITLE_WORDS && !this.blocks.some((block) => block.kind === 'heading')) {
        this.titleByStyle = { kind: 'heading', level: 1, inlines, source: { line } };
        this.push(this.titleByStyle, line);
        return;
      }
      this.push(hasText(inlines) ? { kind: 'paragraph', inlines, source: { line } } : undefined, line);
      return;
    }
    if (tag === 'p' || tag === 'pre') {
      const inlines = this.inlines(node.children);
      this.push(hasText(inlines) ? { kind: 'paragraph', inlines, source: { line } } : undefined, line);
      return;
    }
    if (tag === 'ul' || tag === 'ol') return this.list(node, listLevel);
    if (tag === 'table') return this.table(node);
    if (tag === 'hr') return;
    this.children(node.children, listLevel);
  }

  private list(node: Element, level: number): void {
    const ordered = node.tagName === 'ol';
    let number = Number(node.properties.start ?? 1) || 1;
    for (const item of node.children) {
      // A note that was an item of a list of notes (`<ol class="footnotes">`) is a note, never an item.
      if (item.type === 'element' && item.tagName === NOTE) this.element(item, level);
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      if (hiddenBy(item)) {
        this.element(item, level);
        continue;
      }
      // The item's own text (up to a nested list) is the item; nested lists and blocks follow it. Containers that
      // hold all of it (`<li><div><p>…</p></div></li>`, a blog's `<li><article>…`) are looked through, as elsewhere.
      const children = throughContainers(item.children);
      const own = children.filter((child) => !(child.type === 'element' && BLOCKS.has(child.tagName)));
      const rest = children.filter((child) => child.type === 'element' && BLOCKS.has(child.tagName));
      // With no text of its own, the item is its first paragraph: a <p>, or a container of text alone (<div>…</div>).
      const first = rest[0];
      const paragraphLike =
        first?.type === 'element' &&
        (first.tagName === 'p' ||
          (CONTAINERS.has(first.tagName) &&
            !hiddenBy(first) &&
            !first.children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))));
      const firstParagraph = paragraphLike && !hasText(inlinesOf(own));
      const inlines = firstParagraph ? this.inlines((rest.shift() as Element).children) : this.inlines(own);
      const line = this.lineOf(item);
      // An item with no text of its own and nothing under it (its text struck through) is no clause.
      const empty = !hasText(inlines) && rest.length === 0;
      const block: Block = { kind: 'item', level, ordered, ...(ordered ? { number } : {}), inlines, source: { line } };
      this.push(empty ? undefined : block, line);
      number++;
      for (const child of rest) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'ul' || child.tagName === 'ol') this.list(child, level + 1);
        else this.element(child, level);
      }
    }
  }

  /** A table; one that lays out a text (layout-tables.ts) as the blocks its cells hold, row by row. */
  private table(node: Element): void {
    const rows = this.rowsOf(node);
    const line = this.lineOf(node);
    if (laysOutCells(rows)) {
      // Its hidden rows are listed where the table stands, before its text.
      this.push(undefined, line);
      for (const row of rows) this.layoutRow(row);
      return;
    }
    const cells = rows.map((row) => row.map((cell) => this.inlines(cell.children)));
    this.push(cells.length > 0 ? { kind: 'table', rows: cells, source: { line } } : undefined, line);
  }

  /** A table's rows of cells, its row groups looked through; a row the page hides is listed as hidden text. */
  private rowsOf(parent: Element, rows: Element[][] = []): Element[][] {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        const hidden = hiddenBy(child);
        const text = hidden ? visibleText(child).replace(/\s+/g, ' ').trim() : '';
        if (hidden && text) this.hidden.push({ text, reason: hidden });
        if (!hidden) rows.push(child.children.filter(isCell));
      } else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) this.rowsOf(child, rows);
    }
    return rows;
  }

  /**
   * A row of a table that lays out a text: its cells' blocks in reading order, a label cell's one paragraph read
   * with the one beside it as layout-tables.ts `joinLabel` says ("Artikel 1 Begripsbepalingen", "2.1 De directeur …").
   */
  private layoutRow([label, ...beside]: readonly Element[]): void {
    const first = this.blocks.length;
    if (label) this.children(label.children, 0);
    const labelled = beside.length === 1 && this.blocks.length === first + 1;
    for (const cell of beside) this.children(cell.children, 0);
    if (labelled) joinLabel(this.blocks, first);
  }
}

const isCell = (node: ElementContent): node is Element =>
  node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');

/**
 * Whether a table's cells lay out a text (layout-tables.ts). A cell that holds a table, spans rows or is hidden keeps
 * it a table: its reading order is the layout's, not one a text can keep.
 */
function laysOutCells(rows: readonly Element[][]): boolean {
  const cells = rows.flat();
  const layout = (cell: Element): boolean =>
    Number(cell.properties.rowSpan ?? 1) <= 1 && !hiddenBy(cell) && !holdsTable(cell);
  if (!cells.every(layout)) return false;
  return laysOutText(rows.map((row) => row.map((cell) => visibleText(cell).replace(/\s+/g, ' ').trim())));
}

/** Whether an element holds a table of its own. */
const holdsTable = (node: Element): boolean =>
  node.children.some((child) => child.type === 'element' && (child.tagName === 'table' || holdsTable(child)));

/**
 * A document without a level-1 heading that opens with a heading (`### Vulnerability disclosure policy`, `## Security`)
 * is titled by it: that heading becomes the title.
 */
export function titleFromFirstHeading(blocks: Block[]): void {
  if (blocks.some((block) => block.kind === 'heading' && block.level === 1)) return;
  const first = blocks.find((block) => block.kind !== 'dropped');
  if (first?.kind === 'heading') first.level = 1;
}

/** Headings under the title start at level 2: a page whose sections are `####` has chapters, not sub-sub-sections. */
export function sectionsFromLevelTwo(blocks: readonly Block[]): void {
  const title = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  const sections = blocks.filter((block) => block.kind === 'heading' && block !== title);
  const top = Math.min(...sections.map((block) => (block.kind === 'heading' ? block.level : 6)));
  if (top <= 2 || !Number.isFinite(top)) return;
  for (const block of sections) if (block.kind === 'heading') block.level -= top - 2;
}
