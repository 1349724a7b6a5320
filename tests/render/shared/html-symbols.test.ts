// Check boxes in HTML pages (src/render/shared/html-symbols.ts): a page that shows a ☒ its font lacks gets
// Clausemark Symbols inline, for exactly those characters, first in the body's font stack, and a CSP that lets it
// load; a page without one is unchanged. The report's pages (renderPage) and the diff's page are read whole, and a
// page whose stylesheet is allowed by its hash (withHashedStyle: the workplace's, acknowledge's, serve's error page).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { symbolFontBytes } from '../../../src/brand/symbol-font-file.js';
import { renderPage, type PageFrame } from '../../../src/render/html/page.js';
import { withHashedStyle, withSymbolFont } from '../../../src/render/shared/html-symbols.js';
import { loadSiteAssets } from '../../../src/report/documents/site-assets.js';
import { standaloneFrame } from '../../../src/report/documents/standalone.js';
import { loadSiteWords } from '../../../src/wording/site-words.js';
import { PROJECT_ROOT } from '../../support/paths.js';

const FONT_DATA = Buffer.from(symbolFontBytes()).toString('base64');
const PAGE = {
  style: 'body { font: 16px/1.5 "Brand", sans-serif; }',
  csp: "default-src 'none'; style-src 'unsafe-inline'",
};

function siteFrame(): PageFrame {
  return {
    root: PROJECT_ROOT,
    assets: loadSiteAssets(PROJECT_ROOT),
    words: loadSiteWords('nl', { root: PROJECT_ROOT }),
    up: '',
    links: [],
  };
}

const styleOf = (html: string): string => /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
const cspOf = (html: string): string => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;

describe('the symbol font in HTML pages', () => {
  it('leaves a page without check boxes as it is', () => {
    expect(withSymbolFont(PAGE, '<p>Geen vakjes, ✓ wel getekend</p>', () => true)).toBe(PAGE);
    expect(withSymbolFont(PAGE, '<p>Gewone tekst</p>')).toBe(PAGE);
  });

  it('adds the font for the symbols the page shows and its font lacks, and lets the CSP load it', () => {
    const styled = withSymbolFont(PAGE, '<h1>☒ Meldcode</h1><p>☐ open ☒ gezet ✓</p>', (code) => code !== 0x2612);
    expect(styled.style.startsWith(PAGE.style)).toBe(true);
    expect(styled.style).toContain(
      `@font-face { font-family: "Clausemark Symbols"; src: url("data:font/ttf;base64,${FONT_DATA}") format("truetype"); unicode-range: U+2612; }`,
    );
    // The same file as the italic face, so that the browser does not slant it.
    expect(styled.style).toContain(
      `@font-face { font-family: "Clausemark Symbols"; font-style: italic; src: url("data:font/ttf;base64,${FONT_DATA}") format("truetype"); unicode-range: U+2612; }`,
    );
    expect(styled.style).toContain('body { font-family: "Clausemark Symbols", "Brand", sans-serif; }');
    expect(styled.csp).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:");
    // Without a web font every symbol the page shows is set in it.
    expect(withSymbolFont(PAGE, '☐ ☒ ✓ ✓').style).toContain('unicode-range: U+2610, U+2612, U+2713;');
    expect(withSymbolFont({ ...PAGE, csp: "font-src 'self'" }, '☒').csp).toBe("font-src 'self' data:");
  });

  it('gives a report page with a ☒ the font for ☒ alone (Source Sans 3 draws ☐), in its hashed style', () => {
    const html = renderPage(siteFrame(), { title: '☒ Meldcode', lang: 'nl', body: '<p>☐ open, ☒ gezet</p>' });
    const style = styleOf(html);
    expect(style.match(/unicode-range: [^;]*;/g)).toEqual(['unicode-range: U+2612;', 'unicode-range: U+2612;']);
    expect(style).toContain('body { font-family: "Clausemark Symbols", "Source Sans 3", system-ui,');
    const csp = cspOf(html)
      .replace(/&#x27;/g, "'")
      .replace(/&#x3D;/g, '=');
    expect(csp).toContain("font-src 'self' data:");
    const hash = `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`style-src ${hash}`);
  });

  it('gives a page standing alone (no web fonts) the font for every symbol it shows', () => {
    const html = renderPage(standaloneFrame(PROJECT_ROOT, 'nl'), {
      title: 'Vergelijking',
      lang: 'nl',
      body: '<p>☐ open ✓</p>',
    });
    expect(new Set(styleOf(html).match(/unicode-range: [^;]*;/g))).toEqual(new Set(['unicode-range: U+2610, U+2713;']));
  });

  it('writes a report page without check boxes as before: no symbol font, fonts only from the report folder', () => {
    const html = renderPage(siteFrame(), { title: 'Meldcode', lang: 'nl', body: '<p>Gewone tekst ✓</p>' });
    expect(html).not.toContain('Clausemark Symbols');
    expect(cspOf(html)).toContain('font-src &#x27;self&#x27;;');
  });

  it('puts it first in the monospace of the code the page shows, and in the stacks its stylesheet sets apart', () => {
    const page = { ...PAGE, style: `${PAGE.style}\ncode { font: .9em ui-monospace, monospace; }` };
    const styled = withSymbolFont(page, '<p>Zie <code>☐ open</code> en <pre>☒</pre></p>', () => true);
    // The code's ☐ counts though the page's font draws it: the browser's monospace is a font of the system's.
    expect(styled.style).toContain('unicode-range: U+2610, U+2612;');
    expect(styled.style).toContain('\ncode, pre { font-family: "Clausemark Symbols", monospace; }');
    expect(styled.style.endsWith('\ncode { font-family: "Clausemark Symbols", ui-monospace, monospace; }\n')).toBe(
      true,
    );
    // No monospace rule where the page shows no such element.
    expect(withSymbolFont(PAGE, '<p>☒</p>').style).not.toContain('monospace');
  });

  it('keeps a page with a hashed stylesheet and no check box as it was: its own hash, no font-src', () => {
    const style = 'body{font:16px/1.5 system-ui,sans-serif}';
    expect(withHashedStyle(style, ["form-action 'self'"], '<p>Gewone tekst</p>')).toEqual({
      style,
      csp: `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'; form-action 'self'`,
    });
  });

  it('gives a page with a hashed stylesheet and a ☒ the font, the hash of its new stylesheet and data: fonts', () => {
    const { style, csp } = withHashedStyle('body{font:16px/1.5 system-ui,sans-serif}', [], '<h1>☒ Meldcode</h1>');
    expect(style).toContain('unicode-range: U+2612;');
    expect(style).toContain('body { font-family: "Clausemark Symbols", system-ui,sans-serif; }');
    const hash = `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
    expect(csp).toBe(`default-src 'none'; style-src ${hash}; font-src data:`);
  });
});
