// Check boxes and check marks in an HTML page (src/brand/symbol-font.ts). A page that shows a ☒ its font lacks (the
// report's Source Sans 3 has no ☒; a page without web fonts has no font clausemark knows) gets Clausemark Symbols as
// an @font-face of its own, a data: URI so the page still stands alone, its unicode-range only the symbols the page
// shows and its font lacks, first in the body's font stack: the browser takes it for those characters and nothing
// else, as the PDF and the Word document do, rather than a font of its own. The same file is its italic face too, so
// italic text keeps them upright as the PDF and Word do (bold text emboldens them, as they do). A page with a fixed
// stylesheet allowed by its hash (the workplace's, `acknowledge meeting`'s, `serve`'s error page) gets it the same
// way, its hash then that of the stylesheet with the font. A page without such a character is unchanged, to the byte.
import { createHash } from 'node:crypto';
import { isSymbolCodePoint, SYMBOL_FONT_FAMILY, SYMBOL_PATTERN } from '../../brand/symbol-font.js';
import { symbolFontBytes } from '../../brand/symbol-font-file.js';
import type { HtmlPage } from './html-page.js';

/** A page's stylesheet and Content-Security-Policy. */
export interface StyledPage {
  style: string;
  csp: string;
}

/** The symbols of `text` the page's font does not draw (`draws`; none without it), in code point order. */
function lackedSymbols(text: string, draws: ((codePoint: number) => boolean) | undefined): number[] {
  if (!SYMBOL_PATTERN.test(text)) return [];
  const found = new Set<number>();
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (isSymbolCodePoint(code) && !draws?.(code)) found.add(code);
  }
  return [...found].sort((a, b) => a - b);
}

/** The font stack the last `body` rule of a stylesheet sets: its font-family, or the families of its font shorthand. */
export function bodyFontStack(css: string): string | undefined {
  let stack: string | undefined;
  for (const [, rule] of css.matchAll(/(?:^|[\s,}])body\s*\{([^}]*)\}/g)) {
    const family =
      /font-family:\s*([^;]+)/.exec(rule!)?.[1] ??
      /(?:^|[;\s])font:\s*[^;]*?[\d.]+[a-z%]*(?:\/[\d.]+[a-z%]*)?\s+([^;]+)/.exec(rule!)?.[1];
    if (family) stack = family.trim();
  }
  return stack;
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
  const stack = bodyFontStack(page.style) ?? 'sans-serif';
  // The same file as the italic face too: the browser slants a face it lacks, the PDF and Word keep the symbols upright.
  const face = (style: string): string =>
    `@font-face { font-family: "${SYMBOL_FONT_FAMILY}";${style} src: url("data:font/ttf;base64,${data}") format("truetype"); unicode-range: ${unicodeRange(codes)}; }`;
  const css = [face(''), face(' font-style: italic;'), `body { font-family: "${SYMBOL_FONT_FAMILY}", ${stack}; }`].join(
    '\n',
  );
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

const styleSource = (style: string): string =>
  `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;

/**
 * A page whose stylesheet is fixed and allowed by its hash alone, under `default-src 'none'` and `directives`: with
 * the symbol font for the symbols `text` (its title and body) shows, and the hash of the stylesheet with it.
 */
export function withHashedStyle(style: string, directives: readonly string[], text: string): StyledPage {
  const csp = [`default-src 'none'`, `style-src ${styleSource(style)}`, ...directives].join('; ');
  const styled = withSymbolFont({ style, csp }, text);
  return { style: styled.style, csp: styled.csp.replace(styleSource(style), styleSource(styled.style)) };
}
