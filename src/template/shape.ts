// What `upgrade` compares when it asks "did this side change the clause?": the clause's Markdown as Markdown means
// it, not its plain text. Plain text cannot see a word made bold, a footnote reference, an HTML comment or a link
// target, so a school's formatting, notes and comments were silently replaced by the sector's new text. The shape is
// the clause's mdast (emphasis, links, footnote references, comments, breaks …) with positions left out and
// whitespace collapsed, so only what Markdown itself ignores (re-wrapped lines, `*` versus `_`, indentation,
// escaping) counts as no change. A clause's shape includes the definitions of the footnotes it references: a
// school that rewrites a footnote (or the target of a reference link `[text][ref]`) has changed the clause that
// cites it.
import type { Definition, FootnoteDefinition, Nodes, PhrasingContent } from 'mdast';
import type { Clause, Policy, Section } from '../model/policy.js';

type Footnotes = Readonly<Record<string, FootnoteDefinition>>;

/** Node fields that are layout, not meaning. */
const IGNORED = new Set(['type', 'position', 'children', 'value', 'spread', 'data', 'label']);

function escapeText(text: string): string {
  return text.replace(/[\\<>]/g, (char) => `\\${char}`);
}

function write(node: Nodes, out: string[]): void {
  if (node.type === 'text') {
    out.push(escapeText(node.value));
    return;
  }
  const attributes = Object.keys(node)
    .filter((key) => !IGNORED.has(key))
    .sort()
    .map((key) => ` ${key}=${JSON.stringify((node as unknown as Record<string, unknown>)[key] ?? null)}`)
    .join('');
  const value =
    'value' in node && typeof node.value === 'string'
      ? ` value=${JSON.stringify(node.value.replace(/\s+/g, ' ').trim())}`
      : '';
  out.push(`<${node.type}${attributes}${value}>`);
  if ('children' in node) for (const child of node.children as Nodes[]) write(child, out);
  out.push(`</${node.type}>`);
}

/** A canonical string for Markdown nodes: equal exactly when the nodes mean the same Markdown. */
export function nodesShape(nodes: readonly Nodes[]): string {
  const out: string[] = [];
  for (const node of nodes) write(node, out);
  // Whitespace at the edges of a block is not text (the parser leaves some where an {#id} marker was cut out).
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/(<(?:paragraph|heading|tableCell)\b[^>]*>) /g, '$1')
    .replace(/ (<\/(?:paragraph|heading|tableCell)>)/g, '$1')
    .trim();
}

/** Footnote identifiers referenced in `nodes`, in order of first use. */
export function footnoteReferences(nodes: readonly Nodes[]): string[] {
  const found: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteReference' && !found.includes(node.identifier)) found.push(node.identifier);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return found;
}

/** The shape of a footnote definition, or a marker that it is missing. */
export function footnoteShape(footnotes: Footnotes, identifier: string): string {
  const definition = Object.hasOwn(footnotes, identifier) ? footnotes[identifier] : undefined;
  return definition ? nodesShape(definition.children) : '<missing-footnote>';
}

/** Link reference identifiers (`[text][ref]`, `![alt][ref]`) used in `nodes`, in order of first use. */
function linkReferences(nodes: readonly Nodes[]): string[] {
  const found: string[] = [];
  const visit = (node: Nodes): void => {
    if ((node.type === 'linkReference' || node.type === 'imageReference') && !found.includes(node.identifier))
      found.push(node.identifier);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return found;
}

/** Top-level link definitions (`[ref]: url "title"`) by identifier; the first one counts, as in CommonMark. */
function linkDefinitions(policy: Policy): Map<string, Definition> {
  const out = new Map<string, Definition>();
  for (const node of policy.tree.children)
    if (node.type === 'definition' && !out.has(node.identifier)) out.set(node.identifier, node);
  return out;
}

/** A clause's own Markdown (not its sub-clauses), with the footnotes and link targets it refers to. */
export function clauseShape(clause: Clause, policy: Policy): string {
  const own = nodesShape(clause.content);
  const notes = footnoteReferences(clause.content).map(
    (identifier) => `<note id=${JSON.stringify(identifier)}>${footnoteShape(policy.footnotes, identifier)}</note>`,
  );
  const references = linkReferences(clause.content);
  const definitions = references.length > 0 ? linkDefinitions(policy) : new Map<string, Definition>();
  const targets = references.map((identifier) => {
    const definition = definitions.get(identifier);
    return `<target id=${JSON.stringify(identifier)} url=${JSON.stringify(definition?.url ?? null)} title=${JSON.stringify(definition?.title ?? null)}/>`;
  });
  return own + notes.join('') + targets.join('');
}

function headingShape(heading: readonly PhrasingContent[]): string {
  return nodesShape(heading);
}

export function sectionShape(section: Section): string {
  return headingShape(section.heading);
}
