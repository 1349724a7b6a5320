// A page's title set as a paragraph, not an <h1>: Word's "Save as HTML" writes its Title style as `<p class=MsoTitle>`,
// Google Docs' "Download > Web page" as `<p class="c3 title">`, LibreOffice's HTML export as a `<p>` whose text is set
// in the style's large font (`<font size="6" style="font-size: 26pt">`). Read as a paragraph, the title became a
// clause before the first article, and the first section's heading the policy's title and ID: "Artikel 1 Indienen"
// for "Klachtenregeling Stichting Eduwijs", with no kind read from it.
import type { Element, ElementContent } from 'hast';
import type { Block } from '../blocks.js';
import { classNames } from './html-nodes.js';

/** The class names of a title style: Word's "MsoTitle", Google Docs' and many editors' "title". */
const TITLE_CLASSES = new Set(['title', 'msotitle']);
/** From this size (in points) text is set as a title is, not as a heading (14–16pt) or body text (10–12pt). */
const TITLE_POINTS = 20;
/** The points of `<font size="1">` … `<font size="7">`, as a browser sets them. */
const FONT_SIZE_POINTS = [7.5, 10, 12, 13.5, 18, 24, 36];

/** The size in points an element's own style or `<font size>` sets, if it sets one. */
function ownPoints(node: Element): number | undefined {
  const style = node.properties.style;
  const size = typeof style === 'string' ? /(?:^|;)\s*font-size\s*:\s*([\d.]+)\s*(pt|px)\b/iu.exec(style) : null;
  if (size) return Number(size[1]) * (size[2]?.toLowerCase() === 'px' ? 0.75 : 1);
  if (node.tagName === 'font') {
    const index = Number(node.properties.size);
    if (Number.isInteger(index) && index >= 1 && index <= 7) return FONT_SIZE_POINTS[index - 1];
  }
  return undefined;
}

/** Whether every word of `nodes` is set at TITLE_POINTS or more (`points`: the size around them), and one is. */
function allLarge(nodes: readonly ElementContent[], points: number | undefined): boolean | undefined {
  let any: boolean | undefined;
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim() === '') continue;
      if (points === undefined || points < TITLE_POINTS) return false;
      any = true;
    } else if (node.type === 'element') {
      const inner = allLarge(node.children, ownPoints(node) ?? points);
      if (inner === false) return false;
      if (inner) any = true;
    }
  }
  return any;
}

/** Whether a paragraph is set as a page's title: in a title style's class, or all its words in a title's size. */
export function setAsTitle(node: Element): boolean {
  if (classNames(node).some((name) => TITLE_CLASSES.has(name))) return true;
  return allLarge(node.children, ownPoints(node)) === true;
}

/** At most this many words: a title, not a paragraph that happens to be set large. */
export const MAX_TITLE_WORDS = 20;

/**
 * The headings after a title read from its style, one level down where the page set its sections as `<h1>` (Word's
 * Heading 1 under its Title): "Artikel 1 Indienen" is a section of the policy, not a second title.
 */
export function headingsUnderTitle(blocks: Block[], title: Block): void {
  const headings = blocks.filter((block) => block.kind === 'heading' && block !== title);
  if (!headings.some((block) => block.kind === 'heading' && block.level === 1)) return;
  for (const block of headings) if (block.kind === 'heading') block.level = Math.min(block.level + 1, 6);
}
