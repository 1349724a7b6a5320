// mdast → sections and clauses. Headings open sections; paragraphs and list items are clauses; nested list items
// are sub-clauses; tables, code and quotes belong to the clause before them. Paragraphs typed as a lettered or roman
// outline ("a." then "i.", "(a)" then "(i)", "A." then a list) nest the same way (outline-markers.ts).
import type {
  BlockContent,
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Root,
  RootContent,
} from 'mdast';
import type { Clause, ListStyle, Section, Span } from '../model/policy.js';
import { BULLET_LABEL, formatOrdinal, styleAt } from '../model/numbering.js';
import type { Finding } from '../model/diagnostics.js';
import { worded } from '../io/messages.js';
import { asTerm, definition, definitionList, isBareDefinition } from './definitions.js';
import { stripLeadingMarker, stripTrailingMarker, type Marker, type Stripped } from './ids.js';
import { levelKey, type OutlineMarker, opensLevel, outlineMarker } from './outline-markers.js';
import { blocksText, inlineText } from './text.js';

/** Deeper nesting is refused: no real policy nests lists this deep, and it keeps recursion bounded. */
export const MAX_NESTING = 64;

export interface Structure {
  title?: { text: string; position?: Span };
  preamble: Section;
  sections: Section[];
  footnotes: Record<string, FootnoteDefinition>;
  findings: Finding[];
}

function spanOf(node: Nodes): Span | undefined {
  const position = node.position;
  if (!position) return undefined;
  // A node's own place, when it has its offsets, is the span as it stands: nothing changes a place once read, and a
  // civil code's 30,000 clauses and sections otherwise each kept a copy of theirs (three objects to copy at every
  // garbage collection).
  if (position.start.offset !== undefined && position.end.offset !== undefined) return position as Span;
  return {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 },
  };
}

function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}

/** Nodes that carry no policy text of their own (frontmatter, link definitions, author comments). */
function isInvisible(node: RootContent): boolean {
  return node.type === 'yaml' || node.type === 'definition' || node.type === 'footnoteDefinition' || isComment(node);
}

function newSection(fields: Partial<Section> & Pick<Section, 'title' | 'depth'>): Section {
  return { id: '', synthetic: true, heading: [], number: '', clauses: [], sections: [], ...fields };
}

function newClause(kind: Clause['kind'], marker: Marker | undefined, node: Nodes, depth: number): Clause {
  const position = spanOf(node) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const clause: Clause = {
    id: marker?.id ?? '',
    synthetic: marker === undefined,
    kind,
    depth,
    ordinal: 0,
    label: '',
    number: '',
    text: '',
    content: [],
    children: [],
    position,
  };
  if (marker?.position) clause.idPosition = marker.position;
  return clause;
}

interface OutlineLevel {
  key: string;
  value: number;
  clause: Clause;
}

/**
 * The outline marker a paragraph opens with when it belongs to the outline: at a level already open, or opening a
 * new one with its first value (so "J. de Vries" or "C. Jansen" on their own start no outline).
 */
function outlineMarkerOf(
  stripped: Paragraph,
  outline: readonly OutlineLevel[],
): { marker?: OutlineMarker; text?: string } {
  const first = stripped.children[0];
  // The text after the marker may be emphasised ("a. *During onboarding:*"), so the marker is read from the whole.
  if (first?.type !== 'text' || !/^\(?[a-zA-Z0-9]{1,6}[.)]/.test(first.value)) return {};
  const continuesLetters = (letter: OutlineMarker): boolean =>
    outline.some((level) => level.key === levelKey(letter) && level.value === letter.value - 1);
  // The text read for the marker is the clause's text too (ClauseBuilder.paragraph), so it is read once.
  const text = inlineText(stripped);
  const marker = outlineMarker(text, continuesLetters);
  if (!marker) return { text };
  return outline.some((level) => level.key === levelKey(marker)) || opensLevel(marker) ? { marker, text } : { text };
}

/** An ordered list that goes on numbering the list before it: its first number follows that list's last. */
const continuesList = (list: List, nextOrdinal: number | undefined): boolean =>
  list.ordered === true && (list.start ?? 1) > 1 && list.start === nextOrdinal;

class ClauseBuilder {
  constructor(private readonly findings: Finding[]) {}

  build(blocks: readonly RootContent[], depth: number, orderedDepth: number): Clause[] {
    const clauses: Clause[] = [];
    // The open levels of a lettered or roman outline typed into paragraphs ("a." then "i."), outermost first.
    let outline: OutlineLevel[] = [];
    // The number the last ordered list at this level would give its next item.
    let nextOrdinal: number | undefined;
    const deepest = (): Clause | undefined => outline[outline.length - 1]?.clause ?? clauses[clauses.length - 1];
    for (const block of blocks) {
      if (isInvisible(block) || block.type === 'thematicBreak') continue;
      if (block.type === 'paragraph') {
        const last = clauses[clauses.length - 1];
        // "Term", a blank line, ": definitie": the definition joins the term's clause.
        if (last && outline.length === 0 && isBareDefinition(block) && this.joinDefinition(last, block)) continue;
        const stripped = stripLeadingMarker(block);
        const { marker, text } = outlineMarkerOf(stripped.node, outline);
        if (!marker) {
          outline = [];
          clauses.push(this.paragraph(block, stripped, depth, text));
          continue;
        }
        // A level already open closes the deeper ones; a new level opens under the deepest one.
        const open = outline.findIndex((level) => level.key === levelKey(marker));
        if (open >= 0) outline = outline.slice(0, open);
        const parent = outline[outline.length - 1]?.clause;
        const clause = this.paragraph(block, stripped, depth + outline.length, text);
        (parent ? parent.children : clauses).push(clause);
        outline.push({ key: levelKey(marker), value: marker.value, clause });
      } else if (block.type === 'list') {
        // A list under an outline paragraph ("A." then "1.", "2.") is that paragraph's items; one that numbers on
        // from the list before the outline ("1. Het klaagschrift bevat:", "a.", "c.", then "2. …") is its next member.
        const parent = continuesList(block, nextOrdinal) ? undefined : outline[outline.length - 1]?.clause;
        if (parent) parent.children.push(...this.list(block, parent.depth + 1, orderedDepth));
        else {
          outline = [];
          clauses.push(...this.list(block, depth, orderedDepth));
          nextOrdinal = block.ordered ? (block.start ?? 1) + block.children.length : undefined;
        }
      } else {
        const last = deepest();
        if (last) this.attach(last, block as BlockContent);
        else {
          const clause = newClause('block', undefined, block, depth);
          this.attach(clause, block as BlockContent);
          clauses.push(clause);
        }
      }
    }
    return clauses;
  }

  /** `text`, when known, is inlineText of the stripped paragraph: its text unless it is a definition list. */
  private paragraph(paragraph: Paragraph, stripped: Stripped<Paragraph>, depth: number, text?: string): Clause {
    const clause = newClause('paragraph', stripped.marker, paragraph, depth);
    const definitions = definitionList(stripped.node);
    clause.content.push(...(definitions ?? [stripped.node]));
    clause.text = definitions === undefined && text !== undefined ? text : blocksText(clause.content);
    return clause;
  }

  /** Adds a bare ": definitie" paragraph to the clause before it when that clause is a term or a definition list. */
  private joinDefinition(clause: Clause, paragraph: Paragraph): boolean {
    if (clause.kind !== 'paragraph') return false;
    const only = clause.content.length === 1 ? clause.content[0] : undefined;
    const term = only?.type === 'paragraph' ? asTerm(only) : undefined;
    const isList = clause.content.some((block) => block.data?.hName === 'dd');
    if (!term && !isList) return false;
    if (term) clause.content = [term];
    this.attach(clause, definition(paragraph.children));
    return true;
  }

  private list(list: List, depth: number, orderedDepth: number): Clause[] {
    if (depth >= MAX_NESTING) {
      this.findings.push({
        ruleId: 'nesting-too-deep',
        severity: 'error',
        fatal: true,
        ...worded({
          messageId: 'nesting-too-deep.lists',
          fixId: 'nesting-too-deep.flatten',
          params: { max: MAX_NESTING },
        }),
        ...(spanOf(list) ? { place: spanOf(list) } : {}),
      });
      return [];
    }
    const style: ListStyle = list.ordered ? 'ordered' : 'bullet';
    const start = list.ordered && typeof list.start === 'number' ? list.start : 1;
    return list.children.map((item, index) => this.item(item, style, start + index, depth, orderedDepth));
  }

  private item(item: ListItem, style: ListStyle, ordinal: number, depth: number, orderedDepth: number): Clause {
    const [first, ...rest] = item.children;
    let marker: Marker | undefined;
    const own: BlockContent[] = [];
    const nested: RootContent[] = [];
    if (first?.type === 'paragraph') {
      const stripped = stripLeadingMarker(first);
      marker = stripped.marker;
      own.push(stripped.node);
    } else if (first) {
      (first.type === 'list' ? nested : own).push(first as BlockContent);
    }
    for (const child of rest) {
      if (child.type === 'list') nested.push(child);
      else if (!isInvisible(child as RootContent)) own.push(child as BlockContent);
    }
    const clause = newClause('item', marker, item, depth);
    clause.list = style;
    clause.ordinal = ordinal;
    clause.label = style === 'ordered' ? formatOrdinal(ordinal, styleAt(orderedDepth)) : BULLET_LABEL;
    clause.content = own;
    clause.text = blocksText(own);
    const nextOrdered = style === 'ordered' ? orderedDepth + 1 : orderedDepth;
    clause.children = this.build(nested, depth + 1, nextOrdered);
    return clause;
  }

  private attach(clause: Clause, block: BlockContent): void {
    clause.content.push(block);
    clause.text = blocksText(clause.content);
    const end = spanOf(block)?.end;
    if (end) clause.position = { start: clause.position.start, end };
  }
}

/** Full display number: the section number, then the ordered-list labels on the way down ("2.1.3.b"). */
export function assignNumbers(clauses: Clause[], prefix: string[]): void {
  // What every clause but an ordered item is numbered: joined once, not once per clause (a civil code has 30,000).
  const shared = prefix.join('.');
  for (const clause of clauses) {
    const parts = clause.list === 'ordered' ? [...prefix, clause.label] : prefix;
    clause.number = parts === prefix ? shared : parts.join('.');
    if (clause.children.length > 0) assignNumbers(clause.children, parts);
  }
}

function collectFootnotes(nodes: readonly Nodes[], into: Record<string, FootnoteDefinition>): void {
  for (const node of nodes) {
    if (node.type === 'footnoteDefinition') into[node.identifier] = node;
    else if ('children' in node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')) {
      collectFootnotes(node.children as Nodes[], into);
    }
  }
}

function isTitleHeading(root: Root): Heading | undefined {
  const visible = root.children.filter((node) => !isInvisible(node));
  const first = visible[0];
  if (first?.type !== 'heading' || first.depth !== 1) return undefined;
  const otherTopLevel = visible.slice(1).some((node) => node.type === 'heading' && node.depth === 1);
  return otherTopLevel ? undefined : first;
}

/** The section a heading opens: its title, its place, and the id and classes of its trailing marker, if any. */
function headingSection(node: Heading): Section {
  const stripped = stripTrailingMarker(node);
  const section = newSection({
    title: inlineText(stripped.node),
    heading: stripped.node.children,
    depth: node.depth,
  });
  const position = spanOf(node);
  if (position) section.position = position;
  if (stripped.marker) {
    section.id = stripped.marker.id;
    section.synthetic = false;
    if (stripped.marker.position) section.idPosition = stripped.marker.position;
  }
  if (stripped.marker?.classes?.includes('unnumbered')) section.unnumbered = true;
  return section;
}

export function buildStructure(root: Root): Structure {
  const findings: Finding[] = [];
  const builder = new ClauseBuilder(findings);
  const footnotes: Record<string, FootnoteDefinition> = {};
  collectFootnotes(root.children, footnotes);

  const titleHeading = isTitleHeading(root);
  const structure: Structure = {
    preamble: newSection({ title: '', depth: 0, id: 'preamble' }),
    sections: [],
    footnotes,
    findings,
  };
  if (titleHeading) {
    const text = inlineText(stripTrailingMarker(titleHeading).node);
    const position = spanOf(titleHeading);
    structure.title = position ? { text, position } : { text };
  }

  // Blocks are gathered per section and turned into clauses when the section closes.
  let current = structure.preamble;
  let pending: RootContent[] = [];
  const stack: Section[] = [];
  // Numbered sections so far per list of siblings: counting them again at each heading was quadratic in headings.
  const numbered = new Map<Section[], number>();
  const flush = (): void => {
    current.clauses = builder.build(pending, 0, 0);
    assignNumbers(current.clauses, current.number ? [current.number] : []);
    pending = [];
  };

  for (const node of root.children) {
    if (node === titleHeading) continue;
    if (node.type !== 'heading') {
      pending.push(node);
      continue;
    }
    flush();
    const section = headingSection(node);
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.sections : structure.sections;
    siblings.push(section);
    // A heading under one printed without a number is printed without one too: counted from 1 beside the numbered
    // headings, "1 Leeswijzer" under a foreword named the same number as the first article.
    if (!section.unnumbered && !(parent && parent.number === '')) {
      const ordinal = (numbered.get(siblings) ?? 0) + 1;
      numbered.set(siblings, ordinal);
      section.number = parent?.number ? `${parent.number}.${ordinal}` : String(ordinal);
    }
    stack.push(section);
    current = section;
  }
  flush();
  return structure;
}
