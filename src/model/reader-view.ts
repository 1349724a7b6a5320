// The document as its reader sees it, as one text for the approval hash (src/model/fingerprint.ts): the cover
// fields the document states (not a title or organisation made up from its file's name or folder), every section
// title and clause with its ID, the target of every link and image, table cells, and the footnotes numbered as a
// reader sees them (by first reference) with where each is referenced. Formatting (emphasis, list markers, line
// wrapping, spacing, a footnote's label in the source) is left out, so `fmt` never changes it.
import type { Definition, FootnoteDefinition, Nodes } from 'mdast';
import type { Clause, Policy } from './policy.js';
import { allClauses, allSections } from './walk.js';

/** The frontmatter fields the PDF cover and the HTML header print. */
const COVER_FIELDS = ['title', 'organisation', 'version', 'effective', 'supersedes', 'editor'] as const;

const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

interface Walk {
  definitions: ReadonlyMap<string, Definition>;
  footnotes: Record<string, FootnoteDefinition>;
  /** Footnote identifier → its number in reading order. */
  numbers: Map<string, number>;
  /** Footnotes in the order they were first referenced; grows while footnotes reference others. */
  order: string[];
}

/** Link definitions per policy, read once: clauseView asks for them once per clause. */
const definitionsRead = new WeakMap<Policy, Map<string, Definition>>();

function definitionsOf(policy: Policy): Map<string, Definition> {
  const known = definitionsRead.get(policy);
  if (known) return known;
  const found = new Map<string, Definition>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition' && !found.has(node.identifier.toLowerCase()))
      found.set(node.identifier.toLowerCase(), node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(policy.tree);
  definitionsRead.set(policy, found);
  return found;
}

function footnoteNumber(walk: Walk, identifier: string): number {
  let number = walk.numbers.get(identifier);
  if (number === undefined) {
    number = walk.numbers.size + 1;
    walk.numbers.set(identifier, number);
    walk.order.push(identifier);
  }
  return number;
}

/** Words, targets and footnote marks of some nodes; block boundaries, table rows and cells as separators. */
function serialise(nodes: readonly Nodes[], walk: Walk): string {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'html':
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        return; // not shown where they stand (raw HTML is dropped; definitions and footnotes are shown elsewhere)
      case 'footnoteReference':
        parts.push(` [^${footnoteNumber(walk, node.identifier)}] `);
        return;
      case 'image':
        parts.push(` ![${node.alt ?? ''}](${node.url}) `);
        return;
      case 'imageReference': {
        const target = walk.definitions.get(node.identifier.toLowerCase())?.url ?? `[${node.label ?? ''}]`;
        parts.push(` ![${node.alt ?? ''}](${target}) `);
        return;
      }
      case 'break':
        parts.push(' ↵ ');
        return;
      default:
    }
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if ('children' in node) {
      const separator = node.type === 'table' ? ' ¶ ' : node.type === 'tableRow' ? ' | ' : '';
      node.children.forEach((child, index) => {
        if (index > 0 && separator) parts.push(separator);
        visit(child as Nodes);
        if (child.type === 'paragraph' || child.type === 'heading') parts.push(' ¶ ');
      });
    }
    if (node.type === 'link') parts.push(` <${node.url}> `);
    if (node.type === 'linkReference') {
      const target = walk.definitions.get(node.identifier.toLowerCase())?.url;
      parts.push(target === undefined ? ` [${node.label ?? ''}] ` : ` <${target}> `);
    }
  };
  nodes.forEach((node, index) => {
    if (index > 0) parts.push(' ¶ ');
    visit(node);
  });
  return normalise(parts.join(''));
}

/** One line of the reader's view: a cover field, a section title, a clause or a footnote (by its number). */
export interface ViewLine {
  kind: 'field' | 'section' | 'clause' | 'footnote';
  /** The field name, section ID, clause ID, or the footnote's number as a reader sees it. */
  id: string;
  text: string;
}

/**
 * A cover field clausemark made up from the file's name or folder (a title where the document has none of its own,
 * the organisation from the folder): no text of the document, so a byte copy under another name reads the same.
 */
function madeUpFromWhereItLies(policy: Policy, field: (typeof COVER_FIELDS)[number]): boolean {
  if (field === 'title') return policy.meta.titleSource === 'file';
  return field === 'organisation' && policy.meta.inferred.includes('organisation');
}

export function readerViewLines(policy: Policy): ViewLine[] {
  const walk: Walk = { definitions: definitionsOf(policy), footnotes: policy.footnotes, numbers: new Map(), order: [] };
  const lines: ViewLine[] = [];
  const meta = policy.meta as unknown as Record<string, unknown>;
  for (const field of COVER_FIELDS) {
    if (madeUpFromWhereItLies(policy, field)) continue;
    const value = meta[field];
    if (value !== undefined && value !== null && value !== '')
      lines.push({ kind: 'field', id: field, text: normalise(String(value)) });
  }
  const clausesBySection = new Map<string, ViewLine[]>();
  for (const { clause, section } of allClauses(policy)) {
    const list = clausesBySection.get(section.id) ?? [];
    list.push({ kind: 'clause', id: clause.id, text: serialise(clause.content as Nodes[], walk) });
    clausesBySection.set(section.id, list);
  }
  for (const section of allSections(policy)) {
    if (section.title)
      lines.push({ kind: 'section', id: section.id, text: serialise(section.heading as Nodes[], walk) });
    lines.push(...(clausesBySection.get(section.id) ?? []));
  }
  // Footnotes after the text, in the order a reader meets them; one may reference another, so the list can grow.
  for (let index = 0; index < walk.order.length; index++) {
    const definition = walk.footnotes[walk.order[index]!];
    const text = definition ? serialise(definition.children as Nodes[], walk) : '(missing)';
    lines.push({ kind: 'footnote', id: String(index + 1), text });
  }
  return lines;
}

const MARKS: Record<ViewLine['kind'], string> = { field: '@', section: '#', clause: '', footnote: '[^' };

export function readerView(policy: Policy): string {
  return readerViewLines(policy)
    .map((line) => `${MARKS[line.kind]}${line.id}${line.kind === 'footnote' ? ']' : ''}\t${line.text}\n`)
    .join('');
}

/**
 * One clause as its reader sees it, for a person's judgement on it (`clausemark confirm`, src/compare/read/confirmations.ts):
 * its words with link and image targets and table cells, read as the approval reads them, then each footnote it
 * cites. The footnotes are numbered by their place in the clause ([^1], [^2]), not in the document: a footnote
 * inserted in another clause renumbers nothing here.
 */
export function clauseView(policy: Policy, clause: Clause): string {
  const walk: Walk = { definitions: definitionsOf(policy), footnotes: policy.footnotes, numbers: new Map(), order: [] };
  const lines = [serialise(clause.content as Nodes[], walk)];
  for (let index = 0; index < walk.order.length; index++) {
    const definition = walk.footnotes[walk.order[index]!];
    lines.push(`[^${index + 1}]\t${definition ? serialise(definition.children as Nodes[], walk) : '(missing)'}`);
  }
  return lines.join('\n');
}

/** Nodes that show a reader more than words: a footnote cited, where a link or image leads, a table's cells. */
const MORE_THAN_WORDS = new Set(['footnoteReference', 'link', 'linkReference', 'image', 'imageReference', 'table']);

/** Whether a reader sees more of a clause than its words (what a hash of its text alone would leave out). */
export function showsMoreThanWords(clause: Clause): boolean {
  const more = (node: Nodes): boolean =>
    MORE_THAN_WORDS.has(node.type) || ('children' in node && (node.children as Nodes[]).some(more));
  return (clause.content as Nodes[]).some(more);
}
