// A page downloaded from Google Docs (File → Download → Web page) strikes text through by a class of its own
// stylesheet, `.c4{…;text-decoration:line-through;…}` in <head> and `<span class="c0 c4">`, never by an inline style.
// Such a class is written onto its elements as the inline style it stands for, so html-blocks.ts leaves their text out
// and lists it as it does `style="text-decoration: line-through"`. Narrowly: only rules of one class (`.name{…}`) of
// the page's own <style> elements, outside @media and other at-rules, that set text-decoration; among an element's
// classes the rule the stylesheet sets last decides; an inline text-decoration stands. A browser's cascade is not
// emulated beyond that, and a class that hides text is not read (html-blocks.ts).
import type { Element, Nodes, Root } from 'hast';
import { textOf } from './html-nodes.js';

/** One class's rule (`.c4{…}`) and its declarations. */
const CLASS_RULE = /^\s*\.(-?[_a-zA-Z][\w-]*)\s*\{([^{}]*)\}/u;
/** The text-decoration a declaration list sets (the last one it sets), as a property of its own. */
const TEXT_DECORATION = /(?:^|;)\s*text-decoration(?:-line)?\s*:\s*([^;]*)/giu;

const isElement = (node: Nodes): node is Element => node.type === 'element';

function elements(node: Nodes, out: Element[] = []): Element[] {
  if (isElement(node)) out.push(node);
  if ('children' in node) for (const child of node.children as Nodes[]) elements(child, out);
  return out;
}

/** Per class a rule of the stylesheet sets text-decoration for: whether it strikes through, and where it stands. */
function decorations(css: string): Map<string, { struck: boolean; order: number }> {
  const out = new Map<string, { struck: boolean; order: number }>();
  let rest = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  let order = 0;
  while (rest.trim() !== '') {
    const rule = CLASS_RULE.exec(rest);
    if (rule) {
      const settings = [...(rule[2] ?? '').matchAll(TEXT_DECORATION)].map((match) => match[1] ?? '');
      const last = settings.at(-1);
      if (last !== undefined && !/!important/iu.test(last))
        out.set(rule[1] ?? '', { struck: /\bline-through\b/iu.test(last), order: order++ });
      rest = rest.slice(rule[0].length);
      continue;
    }
    // Any other rule or at-rule (an element's, `.a span`, `@media print{…}`, `@import …;`) is passed over whole.
    rest = skipRule(rest);
  }
  return out;
}

/** The stylesheet after its first rule or at-rule: up to its `;` (an @import) or its braces' close. */
function skipRule(css: string): string {
  let depth = 0;
  for (let at = 0; at < css.length; at++) {
    const sign = css[at];
    if (sign === ';' && depth === 0) return css.slice(at + 1);
    if (sign === '{') depth++;
    if (sign === '}' && --depth <= 0) return css.slice(at + 1);
  }
  return '';
}

/** Writes the page's classes that strike text through onto their elements as inline `text-decoration:line-through`. */
export function markStruckClasses(root: Root): void {
  const all = elements(root);
  const css = all
    .filter((node) => node.tagName === 'style')
    .map(textOf)
    .join('\n');
  const classes = decorations(css);
  if (![...classes.values()].some(({ struck }) => struck)) return;
  for (const node of all) {
    const names = node.properties.className;
    if (!Array.isArray(names)) continue;
    const decided = names
      .map((name) => classes.get(String(name)))
      .filter((setting) => setting !== undefined)
      .sort((a, b) => b.order - a.order)[0];
    const style = typeof node.properties.style === 'string' ? node.properties.style : '';
    if (!decided?.struck || /(?:^|;)\s*text-decoration(?:-line)?\s*:/iu.test(style)) continue;
    node.properties.style = `${style};text-decoration:line-through`;
  }
}
