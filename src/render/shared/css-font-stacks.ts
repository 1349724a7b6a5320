// The font stacks a page's own stylesheet sets, read for the symbol font (html-symbols.ts), which goes first in each:
// the body's, and those of the rules that give elements a font of their own (the diff's `code`), so that a check box
// in such an element is drawn by it too. Only clausemark's own stylesheets are read: plain rules, at-rules skipped
// whole (a rule inside @media print would otherwise apply on screen).

/** A top-level rule of a stylesheet that sets a font stack: its selector as written and the stack. */
export interface FontStackRule {
  selector: string;
  stack: string;
}

/** An at-rule with its block (one level of rules inside), or a plain rule: selector and declarations. */
const TOP_LEVEL_RULE = /@[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|([^{}@]+)\{([^{}]*)\}/g;
const COMMENT = /\/\*[\s\S]*?\*\//g;
/** A stack that is no stack: a CSS-wide keyword. */
const KEYWORD = /^(?:inherit|initial|unset|revert(?:-layer)?)$/i;

/** The families of a rule's font-family, or of its font shorthand (after the size: `16px/1.5 system-ui, …`). */
export function fontStackOf(declarations: string): string | undefined {
  const stack =
    /font-family:\s*([^;]+)/.exec(declarations)?.[1] ??
    /(?:^|[;\s])font:\s*[^;]*?[\d.]+(?:[a-z]+|%)(?:\/[\d.]+[a-z%]*)?\s+([^;]+)/.exec(declarations)?.[1];
  const trimmed = stack?.trim();
  return trimmed && !KEYWORD.test(trimmed) ? trimmed : undefined;
}

/** Every top-level rule of `css` that sets a font stack, in order. */
export function fontStackRules(css: string): FontStackRule[] {
  const rules: FontStackRule[] = [];
  for (const [, selector, declarations] of css.replace(COMMENT, '').matchAll(TOP_LEVEL_RULE)) {
    const stack = selector === undefined ? undefined : fontStackOf(declarations ?? '');
    if (stack) rules.push({ selector: selector!.trim(), stack });
  }
  return rules;
}

const isBodyRule = (rule: FontStackRule): boolean => rule.selector.split(',').some((part) => part.trim() === 'body');

/** The font stack the last `body` rule of a stylesheet sets. */
export function bodyFontStack(css: string): string | undefined {
  return fontStackRules(css).findLast(isBodyRule)?.stack;
}

/** The stacks of the rules other than the body's: the elements a stylesheet sets in a font of their own. */
export const ownFontStacks = (css: string): FontStackRule[] => fontStackRules(css).filter((rule) => !isBodyRule(rule));
