// Check boxes and check marks in an HTML page (src/brand/symbol-font.ts). A page that shows a ☒ its font lacks (the
// report's Source Sans 3 has no ☒; a page without web fonts has no font clausemark knows) gets Clausemark Symbols as
// an @font-face of its own, a data: URI so the page still stands alone, its unicode-range only the symbols the page
// shows and its font lacks, first in the body's font stack and in each stack that sets elements apart (the browser's
// monospace for code and pre, whose symbols all count as lacked; a `code` rule of the page's own): the browser takes
// it for those characters and nothing else, as the PDF and the Word document do, rather than a font of its own. The
// same file is its italic face too, so italic text keeps them upright as the PDF and Word do (bold text emboldens
// them, as they do). A page with a fixed stylesheet allowed by its hash (the workplace's, `acknowledge meeting`'s,
// `serve`'s error page) gets it the same way, its hash then that of the stylesheet with the font. A page without such
// a character is unchanged, to the byte.
import { cspHashSource } from '../../text/csp-hash.js';
import { isSymbolCodePoint, SYMBOL_FONT_FAMILY, SYMBOL_PATTERN } from '../../brand/symbol-font.js';
import { symbolFontBytes } from '../../brand/symbol-font-file.js';
import { bodyFontStack, ownFontStacks } from './css-font-stacks.js';
import type { HtmlPage } from './html-page.js';

/** A page's stylesheet and Content-Security-Policy. */
export interface StyledPage {
  style: string;
  csp: string;
}

/** Elements the browser sets in its own monospace font, a font of the system's, unless the stylesheet says otherwise. */
const MONOSPACE_ELEMENTS = ['code', 'kbd', 'pre', 'samp', 'tt'];
const MONOSPACE_TEXT = /<(code|kbd|pre|samp|tt)\b[^>]*>([\s\S]*?)<\/\1>/g;

/**
 * The symbols of `text` the page's font does not draw (`draws`; none without it), in code point order: every one in
 * an element set in monospace, whose font is the system's whatever the page's web font draws.
 */
function lackedSymbols(text: string, draws: ((codePoint: number) => boolean) | undefined): number[] {
  if (!SYMBOL_PATTERN.test(text)) return [];
  const found = new Set<number>();
  const add = (part: string, drawn?: (codePoint: number) => boolean): void => {
    for (const character of part) {
      const code = character.codePointAt(0) ?? 0;
      if (isSymbolCodePoint(code) && !drawn?.(code)) found.add(code);
    }
  };
  add(text, draws);
  for (const [, , monospace] of text.matchAll(MONOSPACE_TEXT)) add(monospace ?? '');
  return [...found].sort((a, b) => a - b);
}

/**
 * The symbol font first in the body's font stack, in the browser's monospace for the elements of `text` that use it,
 * and in every stack the stylesheet gives elements of their own (after those, so that it wins as it would).
 */
function fontStacksWithSymbols(style: string, text: string): string[] {
  const first = (stack: string): string => `font-family: "${SYMBOL_FONT_FAMILY}", ${stack};`;
  const monospace = MONOSPACE_ELEMENTS.filter((tag) => new RegExp(`<${tag}[\\s>]`).test(text));
  return [
    `body { ${first(bodyFontStack(style) ?? 'sans-serif')} }`,
    ...(monospace.length > 0 ? [`${monospace.join(', ')} { ${first('monospace')} }`] : []),
    ...ownFontStacks(style).map((rule) => `${rule.selector} { ${first(rule.stack)} }`),
  ];
}

const unicodeRange = (codes: readonly number[]): string =>
  codes.map((code) => `U+${code.toString(16).toUpperCase()}`).join(', ');

/** The Content-Security-Policy with data: fonts allowed (added to its font-src, or a font-src of their own). */
function allowDataFonts(csp: string): string {
  if (/(^|;\s*)font-src /.test(csp)) return csp.replace(/((?:^|;\s*)font-src [^;]*)/, '$1 data:');
  return `${csp}; font-src data:`;
}

/**
 * The page's stylesheet and CSP with Clausemark Symbols for the symbols `text` (the page's title and body) shows and
 * its font lacks; as they are when it shows none. `draws` says which its web font draws in every face.
 */
export function withSymbolFont(page: StyledPage, text: string, draws?: (codePoint: number) => boolean): StyledPage {
  const codes = lackedSymbols(text, draws);
  if (codes.length === 0) return page;
  const data = Buffer.from(symbolFontBytes()).toString('base64');
  // The same file as the italic face too: the browser slants a face it lacks, the PDF and Word keep the symbols upright.
  const face = (style: string): string =>
    `@font-face { font-family: "${SYMBOL_FONT_FAMILY}";${style} src: url("data:font/ttf;base64,${data}") format("truetype"); unicode-range: ${unicodeRange(codes)}; }`;
  const css = [face(''), face(' font-style: italic;'), ...fontStacksWithSymbols(page.style, text)].join('\n');
  return { style: `${page.style}\n${css}\n`, csp: allowDataFonts(page.csp) };
}

/**
 * A page that loads no web font (`diff --format html`, `deviations --format html`): every symbol its title and body
 * show is set in the symbol font, not in whatever font the reader's system has.
 */
export const withSymbolFontStandAlone = (page: HtmlPage): HtmlPage => ({
  ...page,
  ...withSymbolFont({ style: page.style, csp: page.csp }, `${page.title}\n${page.body}`),
});

/**
 * A page whose stylesheet is fixed and allowed by its hash alone, under `default-src 'none'` and `directives`: with
 * the symbol font for the symbols `text` (its title and body) shows, and the hash of the stylesheet with it.
 */
export function withHashedStyle(style: string, directives: readonly string[], text: string): StyledPage {
  const csp = [`default-src 'none'`, `style-src ${cspHashSource(style)}`, ...directives].join('; ');
  const styled = withSymbolFont({ style, csp }, text);
  return { style: styled.style, csp: styled.csp.replace(cspHashSource(style), cspHashSource(styled.style)) };
}
