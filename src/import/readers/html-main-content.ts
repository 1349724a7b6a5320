// A policy saved from a website: the page around the text (the site's name and slogan in its header, its footer with
// address and copyright, a blog's visitor comments and "Bewerken" link) was read as the policy's, "2 reacties op
// Pestprotocol" a section of it. HTML names the page's main content: its one `<main>` (or `role="main"`), and in it
// the `<article>` a content page puts the text in (its one article, or the one holding the page's `<h1>`). What stands
// outside them, and the article's own `<footer>` (its author, date and edit links), is page furniture: marked here,
// in the tree, for html-blocks.ts to leave out and list. A page with no `<main>`, or more than one, is read whole; one
// with no such article, whole within its main.
import type { Element, Root, RootContent } from 'hast';

/** Stands for an element outside the page's main content, as page furniture html-blocks.ts leaves out and lists. */
export const OUTSIDE_MAIN = 'clausemark-outside-main';

type Parent = Root | Element;
const isElement = (node: RootContent | undefined): node is Element => node?.type === 'element';

/** The elements under `node` that `test` holds for, not looking inside one found. */
function findAll(node: Parent, test: (element: Element) => boolean): Element[] {
  return node.children.flatMap((child) => {
    if (!isElement(child)) return [];
    return test(child) ? [child] : findAll(child, test);
  });
}

const isMain = (node: Element): boolean => node.tagName === 'main' || node.properties.role === 'main';

/** Marks the elements of `from` that hold nothing of `keep` as furniture; goes into those that hold part of it. */
function markAround(from: Parent, keep: Element): void {
  const holds = (node: Element): boolean => node === keep || findAll(node, (inner) => inner === keep).length > 0;
  for (const child of from.children) {
    if (!isElement(child)) continue;
    if (child === keep) continue;
    if (holds(child)) markAround(child, keep);
    else if (child.tagName !== 'script' && child.tagName !== 'style') child.tagName = OUTSIDE_MAIN;
  }
}

/**
 * Marks, in place, what stands outside the page's main content: beside its one `<main>`, beside the article of its
 * text in it, and that article's own footer. Text directly beside them (no element) is kept: it cannot be told apart.
 */
export function markOutsideMain(body: Parent): void {
  const mains = findAll(body, isMain);
  if (mains.length !== 1) return;
  const main = mains[0] as Element;
  markAround(body, main);
  const articles = findAll(main, (node) => node.tagName === 'article');
  // The article of the page's title: a blog's visitor comments are articles too ("comment-body"), with no <h1>.
  const titled = articles.filter((node) => findAll(node, (inner) => inner.tagName === 'h1').length > 0);
  const article = articles.length === 1 ? articles[0] : titled.length === 1 ? titled[0] : undefined;
  if (!article) return;
  markAround(main, article);
  for (const child of article.children)
    if (isElement(child) && child.tagName === 'footer') child.tagName = OUTSIDE_MAIN;
}
