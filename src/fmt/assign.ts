// Which sections and clauses get a new `{#id}`, and writing those markers into the Markdown tree. The parser
// decides what a clause is; this module only names what the parser found, so fmt and parse never disagree.
import type { Nodes, Paragraph, Parents, PhrasingContent, Root } from 'mdast';
import type { Clause, Policy, Section } from '../model/policy.js';
import { allClauses, allSections } from '../model/walk.js';
import { ID_PATTERN, IdAllocator, slugify } from '../parse/ids.js';
import { CLAUSE_LIMITS, SECTION_LIMITS, slugFromText } from './suggest.js';

/** Clauses before the first heading: `intro.<words>`, as in docs/format.md. */
const PREAMBLE_PREFIX = 'intro';

export interface PlannedIds {
  sections: Map<Section, string>;
  clauses: Map<Clause, string>;
}

/** IDs asked for from outside (a template's, matched by content): used where free, before any made from text. */
export interface WantedIds {
  sections: Map<Section, string>;
  clauses: Map<Clause, string>;
}

/** Organisation names open many clauses ("Casparus College onderkent …") and tell them apart from nothing. */
function organisationWords(policy: Policy): Set<string> {
  if (policy.meta.inferred.includes('organisation')) return new Set();
  return new Set(slugify(policy.meta.organisation, Number.POSITIVE_INFINITY).split('-').filter(Boolean));
}

/** New IDs for every section and clause written without one, in document order so `-2` suffixes are stable. */
export function planIds(policy: Policy, wanted?: WantedIds): PlannedIds {
  const sections = allSections(policy).filter((section) => section !== policy.preamble);
  const clauses = allClauses(policy);
  const explicit = [
    ...sections.filter((section) => !section.synthetic).map((section) => section.id),
    ...clauses.filter(({ clause }) => !clause.synthetic).map(({ clause }) => clause.id),
  ];
  const ids = new IdAllocator(explicit);
  const plan: PlannedIds = { sections: new Map(), clauses: new Map() };
  // Wanted ids first, so that no id made from a clause's words takes one of them.
  for (const section of sections) {
    const id = wanted?.sections.get(section);
    if (section.synthetic && id && ID_PATTERN.test(id) && !ids.has(id)) plan.sections.set(section, ids.allocate(id));
  }
  for (const { clause } of clauses) {
    const id = wanted?.clauses.get(clause);
    if (clause.synthetic && id && ID_PATTERN.test(id) && !ids.has(id)) plan.clauses.set(clause, ids.allocate(id));
  }
  for (const section of sections) {
    if (section.synthetic && !plan.sections.has(section))
      plan.sections.set(section, ids.allocate(slugFromText(section.title, SECTION_LIMITS) || 'section'));
  }
  const prefixOf = (section: Section): string => {
    if (section === policy.preamble) return PREAMBLE_PREFIX;
    const id = plan.sections.get(section) ?? section.id;
    // An author's malformed section ID (check reports it) must not leak into every clause ID below it.
    return ID_PATTERN.test(id) ? id : slugify(id) || slugFromText(section.title, SECTION_LIMITS) || 'section';
  };
  const ignored = organisationWords(policy);
  for (const { clause, section } of clauses) {
    if (!clause.synthetic || plan.clauses.has(clause)) continue;
    const wanted = `${prefixOf(section)}.${slugFromText(clause.text, CLAUSE_LIMITS, ignored) || 'clause'}`;
    // GFM reads `www.` after punctuation as a web address, escaped or not (`{#links-www.x}`), so no ID may hold it.
    plan.clauses.set(clause, ids.allocate(wanted.replace(/www\./g, 'www-')));
  }
  return plan;
}

interface Located {
  node: Nodes;
  parent: Parents;
}

/** Every node of the tree by type and start offset: the parser's spans point back into the tree this way. */
function indexByStart(root: Root): Map<string, Located> {
  const index = new Map<string, Located>();
  const stack: Parents[] = [root];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    for (const node of parent.children) {
      const offset = node.position?.start.offset;
      if (offset !== undefined) index.set(`${node.type}:${offset}`, { node, parent });
      if ('children' in node) stack.push(node);
    }
  }
  return index;
}

function markerParagraph(id: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: `{#${id}}` }] };
}

/** `{#id} ` in front of the paragraph's text, where the parser looks for it. */
function prependMarker(paragraph: Paragraph, id: string): void {
  const first = paragraph.children[0];
  if (first?.type === 'text') first.value = `{#${id}} ${first.value}`;
  else paragraph.children.unshift({ type: 'text', value: `{#${id}} ` });
}

function appendMarker(children: PhrasingContent[], id: string): void {
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value = `${last.value} {#${id}}`;
  else children.push({ type: 'text', value: children.length === 0 ? `{#${id}}` : ` {#${id}}` });
}

function locate(index: Map<string, Located>, type: string, offset: number | undefined): Located {
  const found = offset === undefined ? undefined : index.get(`${type}:${offset}`);
  // The policy was parsed from this very tree, so a miss is a bug, and writing anything would be a guess.
  if (!found) throw new Error(`fmt: no ${type} node at offset ${String(offset)}`);
  return found;
}

/**
 * A copy of a parsed tree to write markers into, the policy's own left as parsed. Trees are plain data (objects,
 * arrays, strings, numbers, booleans, null), which this copies several times faster than structuredClone.
 */
export function cloneTree<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneTree) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = cloneTree(field);
  return copy as T;
}

/** Writes the planned markers into `tree` (a copy of the tree `policy` was parsed from). */
export function insertMarkers(tree: Root, plan: PlannedIds): void {
  const index = indexByStart(tree);
  for (const [section, id] of plan.sections) {
    const { node } = locate(index, 'heading', section.position?.start.offset);
    if (node.type === 'heading') appendMarker(node.children, id);
  }
  for (const [clause, id] of plan.clauses) {
    const offset = clause.position.start.offset;
    if (clause.kind === 'paragraph') {
      const { node } = locate(index, 'paragraph', offset);
      if (node.type === 'paragraph') prependMarker(node, id);
    } else if (clause.kind === 'item') {
      const { node } = locate(index, 'listItem', offset);
      if (node.type !== 'listItem') continue;
      const first = node.children[0];
      // An item that opens with a table, code or a sub-list gets a paragraph holding only its ID.
      if (first?.type === 'paragraph') prependMarker(first, id);
      else node.children.unshift(markerParagraph(id));
    } else {
      // A table, code block or quote opening a section is a clause of its own; its ID goes in a paragraph before it.
      const block = clause.content[0];
      const { node, parent } = locate(index, block?.type ?? 'block', offset);
      const siblings = parent.children as Nodes[];
      siblings.splice(siblings.indexOf(node), 0, markerParagraph(id));
    }
  }
}
