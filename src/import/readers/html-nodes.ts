// What the HTML readers ask of a node of the page's tree: its text, and its class names (html-comments.ts,
// html-title-style.ts, html-footnotes.ts, html-struck-classes.ts ask them alike).
import type { Element, Nodes } from 'hast';

/** The text under `node`, as written (no block or space between elements). */
export const textOf = (node: Nodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';

/** An element's class names, in lower case. */
export function classNames(node: Element): string[] {
  const value = node.properties.className;
  return (Array.isArray(value) ? value : [value ?? '']).map((name) => String(name).toLowerCase());
}
