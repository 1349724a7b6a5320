// The comments of a Word document saved as HTML ("Save as HTML", "Web Page, Filtered"): Word writes each comment's
// text in a list at the end of the page (`<div style='mso-element:comment-list'>`) and a mark such as "[PJ1]" linking
// to it where the comment was made. Read as text, a reviewer's "Graag aanpassen voor vaststelling" became a clause of
// the last article and "[PJ1]" a word of the policy. Both are left out and listed, as text a browser hides is
// (html-blocks.ts); the commented words themselves (`<a style='mso-comment-reference:…'>`) are the policy's.
import type { Element, ElementContent, RootContent } from 'hast';

/** Word's style of the comment list and of each comment in it. */
const COMMENT_ELEMENT = /(?:^|;)\s*mso-element\s*:\s*comment(?:-list)?\s*(?:;|$)/iu;
/** Word's classes of a comment's text, its box and its mark. */
const COMMENT_CLASSES = new Set(['msocomtxt', 'msocomanchor', 'msocomoff', 'msocommentreference', 'msocommenttext']);
/** The links between a comment's mark and its text: "#_msocom_1" and "#_msoanchor_1". */
const COMMENT_LINK = /^#_msoc?(?:om|anchor)_\d+$/iu;

const classesOf = (node: Element): string[] => {
  const value = node.properties.className;
  return (Array.isArray(value) ? value : [value ?? '']).map((name) => String(name).toLowerCase());
};

/** Whether `node` is a part of a Word comment saved as HTML: the comment list, a comment, its text or its mark. */
export function isWordCommentPart(node: ElementContent | RootContent): boolean {
  if (node.type !== 'element') return false;
  const { style, href } = node.properties;
  if (typeof style === 'string' && COMMENT_ELEMENT.test(style)) return true;
  if (classesOf(node).some((name) => COMMENT_CLASSES.has(name))) return true;
  return node.tagName === 'a' && typeof href === 'string' && COMMENT_LINK.test(href);
}
