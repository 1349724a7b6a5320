// Footnotes a web page marks by hand: a raised number linking to a note further down ("bezwaar<sup><a href="#fn1">
// 1</a></sup>" and "<p id="fn1"><sup>1</sup> Zie artikel 9:4 Awb.</p>", an `<ol class="footnotes">` of notes, Word's
// "Save as HTML" `<div id="ftn1">`), or marked as many documents mark a few notes, by "*", "†" or a letter ("a",
// "b"). Read as text, the note became a clause of the last section, its mark run into the word before it
// ("wekena"). A link and its note are taken as a footnote only when they cannot be anything else: an in-page link
// whose text is a number, a mark or a small letter alone, set as a note's reference (raised, or so named), to the
// one element of that id after it, which holds that note alone; any doubt leaves the page's text as it is. Marked
// here, in the tree, for html-blocks.ts to read.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { leftOutElement, NOTE, NOTE_REFERENCE } from './html-blocks.js';
import { isCommentLink } from './html-comments.js';
import { classNames, textOf } from './html-nodes.js';

type Node = Root | RootContent | ElementContent;

/** A note's label as its reference shows it: "1", "[1]", "(1)"; "*", "**", "†", "‡"; a small letter, "a", "[b]". */
const LABEL = /^[[(]?(\d{1,3}|\*{1,3}|[†‡]|[a-z])[\])]?$/u;
/** Elements that hold a note (the target itself, or the block around an anchor in it). */
const HOLDERS = new Set(['p', 'li', 'div', 'aside', 'dd']);
/** Elements a note never holds: a holder with one of them is a part of the page, not a note. */
const NOT_IN_A_NOTE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'form', 'nav']);
/** Names that say a link or its target is a note's ("footnote-ref", Word's "_ftn1", "fn1", "voetnoot-1"). */
const NOTE_NAMES = /foot|note|^_?ftn|^fn/iu;

const isElement = (node: Node | undefined): node is Element => node?.type === 'element';

/** Every element in document order, with its parent. */
function walk(root: Root): { order: Element[]; parent: Map<Node, Element | Root> } {
  const order: Element[] = [];
  const parent = new Map<Node, Element | Root>();
  const visit = (node: Element | Root): void => {
    for (const child of node.children) {
      parent.set(child, node);
      if (isElement(child)) {
        order.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return { order, parent };
}

/** The elements around `node`, nearest first. */
function ancestors(node: Node, parent: Map<Node, Element | Root>): Element[] {
  const out: Element[] = [];
  for (let at = parent.get(node); at && isElement(at); at = parent.get(at)) out.push(at);
  return out;
}

interface Reference {
  link: Element;
  /** What to replace by the reference: the link, or the `<sup>` holding only it. */
  replace: Element;
  label: string;
  target: string;
}

/** A link's fragment as the id it names ("#fn%201" names "fn 1"); as written when it is no valid escape. */
function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** An in-page link set as a note's reference: its text a number alone, raised (`<sup>`) or named a note's. */
function referenceOf(link: Element, parent: Map<Node, Element | Root>): Reference | undefined {
  const href = link.properties.href;
  if (link.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href.length < 2) return undefined;
  // A comment's mark ("[a]" of Google Docs) is no note's: the comment is left out (html-comments.ts).
  if (isCommentLink(link)) return undefined;
  const label = LABEL.exec(textOf(link).trim())?.[1];
  if (label === undefined) return undefined;
  const up = parent.get(link);
  const raisedAround = isElement(up) && up.tagName === 'sup' && textOf(up).trim() === textOf(link).trim();
  const raisedIn = link.children.some((child) => isElement(child) && child.tagName === 'sup');
  const target = decoded(href.slice(1));
  const named =
    String(link.properties.role ?? '') === 'doc-noteref' ||
    NOTE_NAMES.test(classNames(link).join(' ')) ||
    NOTE_NAMES.test(target);
  if (!raisedAround && !raisedIn && !named) return undefined;
  return { link, replace: raisedAround ? (up as Element) : link, label, target };
}

/** The elements a link may lead to, by id (or an anchor's old `name`), each name with every element that bears it. */
function targets(order: readonly Element[]): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  for (const node of order)
    for (const name of [node.properties.id, node.tagName === 'a' ? node.properties.name : undefined])
      if (typeof name === 'string' && name !== '') out.set(name, [...(out.get(name) ?? []), node]);
  return out;
}

/** The element holding the note a target names: the target when it is a block, else the block around it. */
function holderOf(target: Element, parent: Map<Node, Element | Root>): Element | undefined {
  if (HOLDERS.has(target.tagName)) return target;
  return ancestors(target, parent).find((node) => HOLDERS.has(node.tagName));
}

const shown = (node: Element, parent: Map<Node, Element | Root>): boolean =>
  ![node, ...ancestors(node, parent)].some(leftOutElement);

/** The first text in `node` that holds more than white space. */
function firstText(node: Element): Extract<Node, { type: 'text' }> | undefined {
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim() !== '') return child;
    const found = isElement(child) ? firstText(child) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A label typed before a note's text, of the sort of `label` (a number, a mark, a letter): "1.", "[1]", "*", "a)". */
function typedLabel(label: string): RegExp {
  const sort = /^\d/u.test(label) ? String.raw`\d{1,3}` : /^[a-z]$/u.test(label) ? '[a-z]' : '[*†‡]{1,3}';
  return new RegExp(String.raw`^\s*[[(]?(${sort})[\])]?\.?(?=\s|\p{Lu}|$)\s*`, 'u');
}

/**
 * The note's text without its label typed before it ("1", "[1]", "1." before "Zie …"; "*", "a)"), and without the
 * links back to the reference that hold no word ("↩"). False, and nothing changed, when it opens with another label
 * of that sort or holds no word once they are gone.
 */
function trimNote(holder: Element, label: string): boolean {
  const first = firstText(holder);
  const typed = first ? typedLabel(label).exec(first.value) : null;
  if (typed && typed[1] !== label) return false;
  const rest = typed && first ? first.value.slice(typed[0].length) : undefined;
  const backlinks = (node: Element): Element[] =>
    node.children.flatMap((child) => {
      if (!isElement(child)) return [];
      const href = child.properties.href;
      const back = child.tagName === 'a' && typeof href === 'string' && href.startsWith('#');
      return back && !/[\p{L}\p{N}]/u.test(textOf(child)) ? [child] : backlinks(child);
    });
  const gone = new Set<Node>(backlinks(holder));
  const left = (node: Node): string =>
    gone.has(node)
      ? ''
      : node === first && rest !== undefined
        ? rest
        : 'children' in node
          ? node.children.map(left).join('')
          : textOf(node);
  if (!/[\p{L}\p{N}]/u.test(left(holder))) return false;
  if (first && rest !== undefined) first.value = rest;
  const drop = (node: Element): void => {
    node.children = node.children.filter((child) => !gone.has(child));
    for (const child of node.children) if (isElement(child)) drop(child);
  };
  drop(holder);
  return true;
}

/** `node` in its parent's children replaced by `by`. */
function replace(node: Element, by: Element, parent: Map<Node, Element | Root>): void {
  const up = parent.get(node);
  if (!up) return;
  const children = up.children as Node[];
  children[children.indexOf(node)] = by;
}

/** Each note's holder with the references that cite it, where link and note are beyond doubt. */
function notesOf(root: Root): { parent: Map<Node, Element | Root>; notes: Map<Element, Reference[]> } {
  const { order, parent } = walk(root);
  const at = new Map(order.map((node, index) => [node, index]));
  const named = targets(order);
  // A link to an element before it leads back to its reference (Word's "Save as HTML" names the note's own number
  // "_ftn1" and links it to "_ftnref1"): it cites no note.
  const leadsForward = (reference: Reference): boolean =>
    (named.get(reference.target) ?? []).some((node) => (at.get(node) ?? 0) > (at.get(reference.link) ?? 0));
  const linked = order.flatMap((node) => {
    const reference = shown(node, parent) ? referenceOf(node, parent) : undefined;
    return reference ? [reference] : [];
  });
  const references = linked.filter(leadsForward);
  const notes = new Map<Element, Reference[]>();
  for (const reference of references) {
    const found = named.get(reference.target) ?? [];
    const holder = found.length === 1 && found[0] ? holderOf(found[0], parent) : undefined;
    if (!holder || (at.get(holder) ?? 0) <= (at.get(reference.link) ?? 0) || !shown(holder, parent)) continue;
    notes.set(holder, [...(notes.get(holder) ?? []), reference]);
  }
  const links = new Set(references.map((reference) => reference.link));
  // Every element a reference leads to, by its name: a note holding the target of another name holds two notes.
  const led = new Map(
    linked.flatMap((reference) => (named.get(reference.target) ?? []).map((node) => [node, reference.target])),
  );
  const holders = new Set(notes.keys());
  const labels = new Map<string, number>();
  for (const cited of notes.values())
    for (const label of new Set(cited.map((reference) => reference.label)))
      labels.set(label, (labels.get(label) ?? 0) + 1);
  for (const [holder, cited] of notes) {
    const inside = walk({ type: 'root', children: [holder] }).order.slice(1);
    const doubt =
      new Set(cited.map((reference) => reference.label)).size !== 1 ||
      labels.get(cited[0]?.label ?? '') !== 1 ||
      ancestors(holder, parent).some((node) => holders.has(node)) ||
      [holder, ...inside].some((node) => (led.get(node) ?? cited[0]?.target) !== cited[0]?.target) ||
      inside.some((node) => links.has(node) || holders.has(node) || NOT_IN_A_NOTE.has(node.tagName));
    if (doubt) notes.delete(holder);
  }
  return { parent, notes };
}

/**
 * Marks, in place, each footnote a page makes by hand: its references become NOTE_REFERENCE elements and its note a
 * NOTE element (its number and links back left out), both labelled with the note's number. Anything in doubt stays.
 */
export function markNotes(root: Root): void {
  const { parent, notes } = notesOf(root);
  for (const [holder, cited] of notes) {
    const label = cited[0]?.label ?? '';
    if (!trimNote(holder, label)) continue;
    const note: Element = { type: 'element', tagName: NOTE, properties: { label }, children: holder.children };
    if (holder.position) note.position = holder.position;
    replace(holder, note, parent);
    for (const reference of cited) {
      const mark: Element = { type: 'element', tagName: NOTE_REFERENCE, properties: { label }, children: [] };
      if (reference.replace.position) mark.position = reference.replace.position;
      replace(reference.replace, mark, parent);
    }
  }
}
