// The one writer of `import`: blocks and frontmatter → clausemark Markdown. It builds a Markdown tree and lets the
// house-style stringifier and `fmt` do the rest, so escaping, layout and clause IDs follow exactly fmt's rules.
import type {
  BlockContent,
  FootnoteDefinition,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import YAML from 'yaml';
import { standInMark } from '../check/rules/import-placeholder.js';
import { STRINGIFY_OPTIONS, formatAndParse, type IdSource } from '../fmt/index.js';
import type { PolicyNumbering } from '../model/numbering.js';
import type { ParseResult } from '../parse/index.js';
import type { Block, Inline } from './blocks.js';
import { historyNote } from './history.js';
import type { ImportedMeta } from './meta.js';

export interface PolicyHeader extends ImportedMeta {
  id: string;
  org: string;
  lang: string;
  /** Frontmatter fields clausemark requires that the document did not state, with the value used. */
  unstated: string[];
  /** The source's own numbering (frontmatter `numbering`), when the reader could map it. */
  numbering?: PolicyNumbering;
  /** The frontmatter block exactly as the document states it (a clausemark Word document's): written as it is. */
  frontmatterText?: string;
  /** The kind of policy (`import --kind`), where its sector has a procedure for it. */
  kind?: string;
}

/** A clause's or section's ID, where the document names it, as the `{#id}` marker the policy writes. */
const marker = (id: string | undefined): PhrasingContent[] => (id ? [{ type: 'text', value: `{#${id}} ` }] : []);

const sameFormat = (a: Inline, b: Inline): boolean =>
  a.bold === b.bold &&
  a.italic === b.italic &&
  a.link === b.link &&
  !a.footnote &&
  !b.footnote &&
  !a.lineBreak &&
  !b.lineBreak;

/** Runs with the same formatting merged: Word splits text into runs at every edit. */
function merged(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out.at(-1);
    if (last && sameFormat(last, inline)) out[out.length - 1] = { ...last, text: last.text + inline.text };
    else out.push({ ...inline });
  }
  return out;
}

function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  for (const inline of merged(inlines)) {
    if (inline.footnote) {
      nodes.push({ type: 'footnoteReference', identifier: inline.footnote, label: inline.footnote });
      continue;
    }
    // A line break kept (a letter's signature, letter-closings.ts): one hard break between two lines' words.
    if (inline.lineBreak) {
      if (nodes.length > 0 && nodes.at(-1)?.type !== 'break') nodes.push({ type: 'break' });
      continue;
    }
    const value = inline.text.replace(/\s+/g, ' ');
    if (value === '') continue;
    if (!inline.italic && !inline.bold && !inline.link) {
      nodes.push({ type: 'text', value });
      continue;
    }
    // Spaces at the edges of emphasis stay outside it: `_Lees ook_ ` rather than `_Lees ook&#x20;_`.
    const [, before = '', core = '', after = ''] = /^(\s*)(.*?)(\s*)$/su.exec(value) ?? [];
    if (before) nodes.push({ type: 'text', value: before });
    let node: PhrasingContent = { type: 'text', value: core };
    if (inline.italic) node = { type: 'emphasis', children: [node] };
    if (inline.bold) node = { type: 'strong', children: [node] };
    if (inline.link) node = { type: 'link', url: inline.link, children: [node] };
    if (core !== '') nodes.push(node);
    if (after) nodes.push({ type: 'text', value: after });
  }
  if (nodes.at(-1)?.type === 'break') nodes.pop();
  // Leading and trailing spaces would be written as character references, and so would spaces at a line break.
  nodes.forEach((node, index) => {
    if (node.type !== 'text') return;
    if (index === 0 || nodes[index - 1]?.type === 'break') node.value = node.value.trimStart();
    if (index === nodes.length - 1 || nodes[index + 1]?.type === 'break') node.value = node.value.trimEnd();
  });
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const width = Math.max(...block.rows.map((row) => row.length));
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: block.rows.map((row) => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, index) => ({
        type: 'tableCell',
        children: phrasing(row[index] ?? []),
      })),
    })),
  };
}

/**
 * Items by level → nested lists; a change between numbered and bulleted starts a new list at that level, and so
 * does a number the source shows that does not follow the one before ("1." again, or "2." after "1.", "1.", "2.",
 * "3." of a list of its own), so the policy prints the numbers the source shows. A list broken by a table goes on
 * at the number the source gave its next item.
 */
class ListBuilder {
  private stack: List[] = [];
  /** The source's number of the last item at each level. */
  private numbers: (number | undefined)[] = [];
  private last: ListItem | undefined;

  constructor(private readonly root: RootContent[]) {}

  reset(): void {
    this.stack = [];
    this.numbers = [];
    this.last = undefined;
  }

  /** More text of the last item (a paragraph of its own in the same clause); false when there is no item to take it. */
  continueLast(block: Extract<Block, { kind: 'paragraph' }>): boolean {
    if (!this.last) return false;
    this.last.spread = true;
    this.last.children.push({ type: 'paragraph', children: phrasing(block.inlines) });
    return true;
  }

  add(block: Extract<Block, { kind: 'item' }>): void {
    const level = Math.min(block.level, this.stack.length);
    this.stack.length = Math.min(this.stack.length, level + 1);
    this.numbers.length = Math.min(this.numbers.length, level + 1);
    let list = this.stack[level];
    const before = this.numbers[level];
    const restarts =
      block.ordered &&
      block.number !== undefined &&
      (list?.children.length ?? 0) > 0 &&
      before !== undefined &&
      block.number !== before + 1;
    this.numbers[level] = block.number;
    if (list && (list.ordered !== block.ordered || restarts)) {
      this.stack.length = level;
      list = undefined;
    }
    if (!list) {
      list = { type: 'list', ordered: block.ordered, spread: false, children: [] };
      if (block.ordered) list.start = block.number ?? 1;
      const parentItem = this.stack[level - 1]?.children.at(-1);
      if (parentItem) parentItem.children.push(list);
      else this.root.push(list);
      this.stack[level] = list;
    }
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [...marker(block.id), ...phrasing(block.inlines)] }],
    };
    list.children.push(item);
    this.last = item;
  }
}

/** The body as a Markdown tree; dropped blocks are left out (the import report lists them). */
export function bodyTree(blocks: readonly Block[]): Root {
  const children: RootContent[] = [];
  const lists = new ListBuilder(children);
  for (const block of blocks) {
    if (block.kind === 'dropped') continue;
    if (block.kind === 'item') {
      lists.add(block);
      continue;
    }
    if (block.kind === 'paragraph' && block.continues && lists.continueLast(block)) continue;
    lists.reset();
    if (block.kind === 'heading')
      children.push({
        type: 'heading',
        depth: Math.min(Math.max(block.level, 1), 6) as 1,
        children: [
          ...phrasing(block.inlines),
          ...(block.id
            ? [
                {
                  type: 'text' as const,
                  // A heading of no words ("Artikel 1" alone, its label structure) is its ID alone.
                  value: `${block.inlines.length > 0 ? ' ' : ''}{#${block.id}${block.unnumbered ? ' .unnumbered' : ''}}`,
                },
              ]
            : []),
        ],
      });
    else if (block.kind === 'paragraph')
      children.push({ type: 'paragraph', children: [...marker(block.id), ...phrasing(block.inlines)] });
    else if (block.kind === 'table') {
      if (block.id) children.push({ type: 'paragraph', children: [{ type: 'text', value: `{#${block.id}}` }] });
      children.push(table(block));
    } else if (block.kind === 'footnote') {
      const definition: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: block.label,
        label: block.label,
        children: [{ type: 'paragraph', children: phrasing(block.inlines) } as BlockContent],
      };
      children.push(definition);
    }
  }
  return {
    type: 'root',
    children: children.filter((node) => !('children' in node) || node.children.length > 0 || node.type === 'list'),
  };
}

function frontmatter(header: PolicyHeader): string {
  const data: Record<string, unknown> = { id: header.id };
  data.title = header.title ?? header.id;
  data.organisation = header.organisation ?? header.org;
  data.org = header.org;
  data.version = header.version ?? '1.0';
  data.status = header.status ?? 'draft';
  data.lang = header.lang;
  if (header.kind) data.kind = header.kind;
  if (header.effective) data.effective = header.effective;
  if (header.approvals.length > 0) data.approvals = header.approvals;
  if (header.numbering) data.numbering = header.numbering;
  let yaml = YAML.stringify(data, { defaultStringType: 'PLAIN', lineWidth: 0 });
  // Say in the file itself, in its language, which required values the document did not state.
  for (const field of header.unstated)
    yaml = yaml.replace(new RegExp(`^(${field}: .*)$`, 'm'), `$1 ${standInMark(header.lang)}`);
  return `---\n${yaml}${historyNote(header.history ?? [])}---\n`;
}

const stringifier = unified().use(remarkStringify, STRINGIFY_OPTIONS).use(remarkGfm);

/**
 * The finished policy: frontmatter, body, and an ID on every section and clause (by fmt); and the policy as parsed
 * from it at `path`, which fmt read back anyway (what parsePolicy(output, { path }) gives).
 */
export function writePolicy(
  blocks: readonly Block[],
  header: PolicyHeader,
  path: string,
  ids?: IdSource,
): { output: string; parsed: ParseResult } {
  const body = stringifier.stringify(bodyTree(blocks));
  const head =
    header.frontmatterText !== undefined ? `${header.frontmatterText.replace(/\n*$/, '')}\n` : frontmatter(header);
  const { result, parsed } = formatAndParse(`${head}\n${body}`, { path, ...(ids ? { ids } : {}) });
  return { output: result.output, parsed };
}
