// A heading written as HTML (`<h2 id="coordinated-disclosure">Coordinated Disclosure</h2>`, as pages from a site
// generator keep them) is a heading to every reader of the page. As an HTML block it would join the clause before
// it, and a later version that writes it in Markdown (`## Coordinated disclosure`) would show that clause changed
// and the clauses after it moved to another section (issue 26). So an HTML block that is one heading element
// and nothing else is read as that heading, with the text it shows.
import type { Heading, Root } from 'mdast';
import { htmlBlockText } from '../text/html-text.js';

const HEADING_ELEMENT = /^\s*<h([1-6])(?:\s[^>]*)?>([\s\S]*?)<\/h\1\s*>\s*$/iu;

/** Replaces, in place, every top-level HTML block that is one heading element by a Markdown heading. */
export function readHtmlHeadings(root: Root): void {
  root.children = root.children.map((node) => {
    if (node.type !== 'html') return node;
    const match = HEADING_ELEMENT.exec(node.value);
    // Only a heading alone: other elements inside it besides inline ones would be a layout, not a title.
    if (!match || /<\/?(?:h[1-6]|p|div|ul|ol|table)\b/iu.test(match[2] ?? '')) return node;
    const text = htmlBlockText(match[2] ?? '').trim();
    if (text === '') return node;
    const heading: Heading = {
      type: 'heading',
      depth: Number(match[1]) as Heading['depth'],
      children: [{ type: 'text', value: text }],
    };
    if (node.position) heading.position = node.position;
    return heading;
  });
}
