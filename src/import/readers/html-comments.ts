// The comments of a document saved as HTML by Word ("Save as HTML", "Web Page, Filtered") or downloaded from Google
// Docs ("Web page"): each comment's text stands at the end of the page, and a mark ("[PJ1]", "[a]") links to it where
// the comment was made. Read as text, a reviewer's "Graag aanpassen voor vaststelling" became a clause of the last
// article, or a footnote of the policy where the mark was a raised letter, and "[PJ1]" a word of the policy. Both are
// left out and listed, as text a browser hides is (html-blocks.ts), and no mark is read as a footnote's
// (html-footnotes.ts); the words commented on (Word's `<a style='mso-comment-reference:…'>`) are the policy's.
import type { Element, ElementContent, RootContent } from 'hast';
import { classNames } from './html-nodes.js';

/** Word's style of the comment list and of each comment in it. */
const WORD_COMMENT_ELEMENT = /(?:^|;)\s*mso-element\s*:\s*comment(?:-list)?\s*(?:;|$)/iu;
/** Word's classes of a comment's text, its box and its mark. */
const WORD_COMMENT_CLASSES = new Set([
  'msocomtxt',
  'msocomanchor',
  'msocomoff',
  'msocommentreference',
  'msocommenttext',
]);
/**
 * The links between a comment's mark and its text: Word's "#_msocom_1" and "#_msoanchor_1", Google Docs' "#cmnt1"
 * and "#cmnt_ref1".
 */
const COMMENT_LINK = /^#(?:_msocom_\d+|_msoanchor_\d+|cmnt\d+|cmnt_ref\d+)$/iu;
/** Google Docs' id of a comment's text ("cmnt1"), on the link back to its mark. */
const GOOGLE_COMMENT_ID = /^cmnt\d+$/iu;

/** Whether `node` is a link between a comment's mark and its text. */
export function isCommentLink(node: ElementContent | RootContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'a') return false;
  const { href } = node.properties;
  return typeof href === 'string' && COMMENT_LINK.test(href);
}

/** The first link in `node`, in document order. */
function firstLink(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a') return child;
    const found = firstLink(child);
    if (found) return found;
  }
  return undefined;
}

/** A block of Google Docs' comments: it opens with the link back to a comment's mark, the comment's id on it. */
function holdsGoogleComment(node: Element): boolean {
  if (node.tagName !== 'div' && node.tagName !== 'p') return false;
  const link = firstLink(node);
  return link !== undefined && GOOGLE_COMMENT_ID.test(String(link.properties.id ?? '')) && isCommentLink(link);
}

/** Whether `node` is a part of a comment saved as HTML: the comment list, a comment, its text or its mark. */
export function isCommentPart(node: ElementContent | RootContent): boolean {
  if (node.type !== 'element') return false;
  const { style } = node.properties;
  if (typeof style === 'string' && WORD_COMMENT_ELEMENT.test(style)) return true;
  if (classNames(node).some((name) => WORD_COMMENT_CLASSES.has(name))) return true;
  return isCommentLink(node) || holdsGoogleComment(node);
}
