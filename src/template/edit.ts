// Source-level edits to a policy for `upgrade`: replace a clause's own text, remove a clause, insert a clause or a
// section, attach a note. Each edit splices the Markdown text and the draft is parsed again before the next one,
// so positions are always fresh; everything not edited stays byte for byte as the school wrote it.
import type { List, ListItem, Nodes } from 'mdast';
import type { Clause, Policy, Section } from '../model/policy.js';
import { allClauses, allSections, type ClauseVisit } from '../model/walk.js';
import { parsePolicy } from '../parse/index.js';

export interface Located {
  clause: Clause;
  section: Section;
  parent?: Clause;
  item?: ListItem;
  list?: List;
}

/** The list item node (and its list) a clause was built from. */
function listNodes(policy: Policy, clause: Clause): { item?: ListItem; list?: List } {
  if (clause.kind !== 'item') return {};
  const offset = clause.position.start.offset;
  let found: { item?: ListItem; list?: List } = {};
  const visit = (node: Nodes): void => {
    if (found.item) return;
    if (node.type === 'list') {
      for (const item of node.children) {
        if (item.position?.start.offset === offset) {
          found = { item, list: node };
          return;
        }
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(policy.tree);
  return found;
}

export class Draft {
  source: string;
  policy: Policy;

  constructor(
    source: string,
    private readonly path: string,
  ) {
    this.source = source;
    this.policy = parsePolicy(source, { path }).policy;
  }

  private update(source: string): void {
    this.source = source;
    this.policy = parsePolicy(source, { path: this.path }).policy;
  }

  locate(id: string): Located | undefined {
    const visit = allClauses(this.policy).find(({ clause }) => clause.id === id && !clause.synthetic);
    if (!visit) return undefined;
    const located: Located = { clause: visit.clause, section: visit.section, ...listNodes(this.policy, visit.clause) };
    if (visit.parent) located.parent = visit.parent;
    return located;
  }

  section(id: string): Section | undefined {
    return allSections(this.policy).find((section) => section.id === id && section.depth > 0);
  }

  private lines(): string[] {
    return this.source.split('\n');
  }

  /** Insert `block` (lines) after 1-based line `after` (0 = at the top), with blank lines around as asked. */
  insertLines(after: number, block: string[], options: { blankBefore: boolean; blankAfter: boolean }): void {
    const lines = this.lines();
    const before = lines[after - 1];
    const next = lines[after];
    const out = [...block];
    if (options.blankBefore && before !== undefined && before.trim() !== '') out.unshift('');
    if (options.blankAfter && next !== undefined && next.trim() !== '') out.push('');
    lines.splice(after, 0, ...out);
    this.update(lines.join('\n'));
  }

  /**
   * Where a clause of another version goes in this one: beside the nearest of its siblings there that this draft has,
   * after the one before it or else before the one after it; undefined when it has none of them.
   */
  nearestSibling(visit: ClauseVisit): { anchor: Located; side: 'after' | 'before' } | undefined {
    const siblings = visit.parent ? visit.parent.children : visit.section.clauses;
    const at = siblings.indexOf(visit.clause);
    for (let index = at - 1; index >= 0; index--) {
      const anchor = this.locate(siblings[index]?.id ?? '');
      if (anchor) return { anchor, side: 'after' };
    }
    for (let index = at + 1; index < siblings.length; index++) {
      const anchor = this.locate(siblings[index]?.id ?? '');
      if (anchor) return { anchor, side: 'before' };
    }
    return undefined;
  }

  /**
   * A list item `{#id} markdown` after 1-based line `line`, beside the list item `anchor` (after or before it): marked
   * as that list marks its items (the next or the same number, the same bullet), as tight or loose as the list is.
   */
  insertItemBeside(line: number, anchor: Located, side: 'after' | 'before', id: string, markdown: string): void {
    const marker = itemMarker(this.source, anchor.clause);
    const written = marker.ordered
      ? `${side === 'after' ? marker.number + 1 : marker.number}${marker.delimiter}`
      : marker.bullet;
    const loose = anchor.list?.spread === true;
    this.insertLines(line, itemLines(written, id, markdown, anchor.clause.position.start.column - 1), {
      blankBefore: loose,
      blankAfter: loose,
    });
  }

  /** The line the preamble's text starts after: the title heading, else the frontmatter (0 without either). */
  preambleLine(): number {
    const title = this.policy.tree.children.find((node) => node.type === 'heading' && node.depth === 1);
    if (title?.position) return title.position.end.line;
    return this.policy.frontmatter?.span.end.line ?? 0;
  }

  /** Replace a clause's own text (not its sub-clauses) with `markdown`, keeping its `{#id}` and indentation. */
  replaceOwn(id: string, markdown: string): void {
    const located = this.locate(id);
    if (!located) return;
    const range = ownRange(located.clause);
    if (!range) return;
    const indent = ' '.repeat(contentIndent(located.clause));
    const text = `{#${id}} ${reindent(markdown, indent)}`;
    this.update(this.source.slice(0, range.start) + text + this.source.slice(range.end));
  }

  /** Lines after a clause's own content (before its sub-clauses), indented to its content: where a note goes. */
  attachBlock(id: string, block: string[]): void {
    const located = this.locate(id);
    if (!located) return;
    const range = ownRange(located.clause);
    if (!range) return;
    const endLine = this.source.slice(0, range.end).split('\n').length;
    const indent = ' '.repeat(contentIndent(located.clause));
    // Always a blank line after: a following `2.` item would otherwise be read as more text of the quote.
    this.insertLines(endLine, ['', ...block.map((line) => (line === '' ? '' : indent + line))], {
      blankBefore: false,
      blankAfter: true,
    });
  }

  /** Remove a clause with its sub-clauses; a first ordered item hands its number to the next one. */
  removeClause(id: string): void {
    const located = this.locate(id);
    if (!located) return;
    const { clause, item, list } = located;
    const lines = this.lines();
    const first = clause.position.start.line;
    const last = clause.position.end.line;
    if (item && list?.ordered && list.children[0] === item && list.children[1]?.position) {
      const number = /^\s*(\d+)/.exec(lines[first - 1]?.slice(clause.position.start.column - 1) ?? '')?.[1];
      const nextLine = list.children[1].position.start.line;
      const column = list.children[1].position.start.column - 1;
      const text = lines[nextLine - 1] ?? '';
      if (number) lines[nextLine - 1] = text.slice(0, column) + text.slice(column).replace(/^\d+/, number);
    }
    lines.splice(first - 1, last - first + 1);
    // Two blank lines meeting where the clause was become one.
    const at = first - 1;
    if ((lines[at - 1] ?? 'x').trim() === '' && (lines[at] ?? 'x').trim() === '') lines.splice(at, 1);
    this.update(lines.join('\n'));
  }

  /** Remove lines `first`..`last` (1-based, inclusive), e.g. a footnote definition nothing cites any more. */
  removeLines(first: number, last: number): void {
    const lines = this.lines();
    lines.splice(first - 1, last - first + 1);
    const at = first - 1;
    if ((lines[at - 1] ?? 'x').trim() === '' && (lines[at] ?? 'x').trim() === '') lines.splice(at, 1);
    this.update(lines.join('\n'));
  }

  /** Append blocks at the end of the text, each after a blank line. */
  appendBlocks(blocks: readonly string[][]): void {
    if (blocks.length === 0) return;
    const lines = this.lines();
    const trailing: string[] = [];
    while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') trailing.push(lines.pop() ?? '');
    for (const block of blocks) lines.push('', ...block);
    this.update([...lines, ...(trailing.length > 0 ? trailing : [''])].join('\n'));
  }

  /** `text` after a clause's own text, on its last line (a note as inline HTML); false when its text ends in no paragraph. */
  appendToOwn(id: string, text: string): boolean {
    const located = this.locate(id);
    const last = located?.clause.content
      .filter(
        (block) =>
          (block.position?.start.offset ?? 0) < (located.clause.children[0]?.position.start.offset ?? Infinity),
      )
      .at(-1);
    const end = last?.type === 'paragraph' ? last.position?.end.offset : undefined;
    if (end === undefined) return false;
    this.update(this.source.slice(0, end) + text + this.source.slice(end));
    return true;
  }

  /** The numbers typed before these ordered list items replaced by the given ones, in one edit. */
  retypeNumbers(items: readonly { clause: Clause; number: number }[]): void {
    if (items.length === 0) return;
    const lines = this.lines();
    for (const { clause, number } of items) {
      const { line, column } = clause.position.start;
      const text = lines[line - 1];
      if (text === undefined) continue;
      const typed = /\d{1,9}(?=[.)])/y;
      typed.lastIndex = column - 1;
      const digits = typed.exec(text)?.[0];
      if (digits !== undefined)
        lines[line - 1] = text.slice(0, column - 1) + String(number) + text.slice(column - 1 + digits.length);
    }
    this.update(lines.join('\n'));
  }

  /** Replace 1-based line `line` with `text` (a heading moved to another level). */
  replaceLine(line: number, text: string): void {
    const lines = this.lines();
    if (line < 1 || line > lines.length) return;
    lines[line - 1] = text;
    this.update(lines.join('\n'));
  }

  /** Remove a heading line (a section the sector dropped and that is now empty). */
  removeHeading(section: Section): void {
    if (!section.position) return;
    const lines = this.lines();
    const line = section.position.start.line;
    lines.splice(line - 1, 1);
    if ((lines[line - 2] ?? 'x').trim() === '' && (lines[line - 1] ?? 'x').trim() === '') lines.splice(line - 1, 1);
    this.update(lines.join('\n'));
  }

  /** Replace a heading's title, keeping its level and `{#id …}` marker. */
  replaceHeadingTitle(section: Section, title: string): void {
    if (!section.position) return;
    const lines = this.lines();
    const index = section.position.start.line - 1;
    const match = /^(\s{0,3}#{1,6}[ \t]+)(.*?)([ \t]*\{#[^}]*\}[ \t]*)?$/.exec(lines[index] ?? '');
    if (!match) return;
    lines[index] = `${match[1] ?? ''}${title}${match[3] ?? ''}`;
    this.update(lines.join('\n'));
  }

  /** The last line of a section's own text, subsections included (before the next heading of its level or higher). */
  sectionEnd(section: Section): number {
    const start = section.position?.start.line ?? 1;
    const next = allSections(this.policy).find(
      (other) => other.depth > 0 && other.depth <= section.depth && (other.position?.start.line ?? 0) > start,
    );
    const lines = this.lines();
    let end = next?.position ? next.position.start.line - 1 : lines.length;
    while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
    return end;
  }
}

/** Offsets of a clause's own text: from its `{#id}` (or first block) to the end of its last own block. */
function ownRange(clause: Clause): { start: number; end: number } | undefined {
  const first = clause.content[0]?.position;
  if (!first) return undefined;
  const childStart = clause.children[0]?.position.start.offset ?? Number.POSITIVE_INFINITY;
  let end = first.end.offset ?? 0;
  for (const block of clause.content) {
    const blockEnd = block.position?.end.offset ?? 0;
    if ((block.position?.start.offset ?? 0) < childStart) end = Math.max(end, blockEnd);
  }
  const start = clause.idPosition?.start.offset ?? first.start.offset ?? 0;
  return { start, end };
}

/** Columns before a clause's text on its continuation lines. */
export function contentIndent(clause: Clause): number {
  return (clause.content[0]?.position?.start.column ?? 1) - 1;
}

/** A clause's own Markdown without its `{#id}`, continuation lines de-indented. */
export function ownMarkdown(source: string, clause: Clause): string {
  const range = ownRange(clause);
  if (!range) return '';
  let text = source.slice(range.start, range.end);
  if (clause.idPosition) text = text.slice((clause.idPosition.end.offset ?? 0) - range.start).replace(/^[ \t]+/, '');
  const indent = contentIndent(clause);
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : line.replace(new RegExp(`^ {0,${indent}}`), '')))
    .join('\n');
}

function reindent(markdown: string, indent: string): string {
  return markdown
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : indent + line))
    .join('\n');
}

/** `1.`, `2)` or `-` as the item is written in `source`. */
export function itemMarker(
  source: string,
  clause: Clause,
): { ordered: boolean; number: number; delimiter: string; bullet: string } {
  const text = source.slice(clause.position.start.offset ?? 0, (clause.position.start.offset ?? 0) + 12);
  const ordered = /^(\d+)([.)])/.exec(text);
  if (ordered) return { ordered: true, number: Number(ordered[1]), delimiter: ordered[2] ?? '.', bullet: '-' };
  return { ordered: false, number: 0, delimiter: '.', bullet: /^[-*+]/.exec(text)?.[0] ?? '-' };
}

/** A clause written as a list item: `marker {#id} text`, continuation lines under the text. */
export function itemLines(marker: string, id: string, markdown: string, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const hang = ' '.repeat(indent + marker.length + 1);
  return `${pad}${marker} {#${id}} ${markdown}`
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : hang + line));
}
