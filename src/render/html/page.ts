// The frame of every report page (templates/layouts/html/layout.hbs: header, navigation, footer) in the one page
// shell (render/shared/html-page.ts) with the report's stylesheet and small script. The Content-Security-Policy
// allows exactly the page's own inline style and script (by hash), fonts and images from the report folder (and the
// symbol font inlined in a page with a check box the web font lacks, src/render/shared/html-symbols.ts), and
// nothing else: even if policy text ever slipped through unescaped, the browser would refuse to run it or to load
// anything from elsewhere.
import { cspHashSource } from '../../text/csp-hash.js';
import { renderTemplate } from '../../wording/engine.js';
import { htmlPage } from '../shared/html-page.js';
import { withSymbolFont } from '../shared/html-symbols.js';
import type { SiteWords } from '../../wording/site-words.js';

/** What the report's pages share: the stylesheet and script sources (from templates/layouts/html/). */
export interface SiteAssets {
  css: string;
  script: string;
  toolVersion: string;
  /** Whether the report's web font draws a check box or check mark in every face (else: html-symbols.ts). */
  drawsSymbol?(codePoint: number): boolean;
}

export interface NavLink {
  href: string;
  text: string;
  current: boolean;
}

export interface PageFrame {
  /** templates root (the project root holding templates/). */
  root: string;
  assets: SiteAssets;
  words: SiteWords;
  /** Relative path from the page to the report's top folder ("" for out/index.html, "../" one level down). */
  up: string;
  /** Navigation links, relative to the page. */
  links: NavLink[];
  /** False for a page that stands alone (compare --format html): no overview to link back to. */
  home?: boolean;
  /** False when the page has no assets/ folder beside it: the system's fonts are used instead of loading none. */
  webFonts?: boolean;
  /** Extra CSS appended to the stylesheet (a renderer's own, or brand colours). */
  extraCss?: string;
}

const FONT_SRC = "font-src 'self'";

function contentSecurityPolicy(style: string, script: string, fontSrc: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHashSource(style)}`,
    `script-src ${cspHashSource(script)}`,
    fontSrc,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A whole page: `body` is HTML clausemark made (every piece of policy text in it already escaped). */
export function renderPage(frame: PageFrame, page: { title: string; lang: string; body: string }): string {
  const assets = frame.up === '' ? 'assets' : `${frame.up}assets`;
  const css = frame.webFonts === false ? frame.assets.css.replace(/^@font-face .*\n/gm, '') : frame.assets.css;
  const script = frame.assets.script;
  const frameHtml = renderTemplate(
    'html/layout',
    {
      toolVersion: frame.assets.toolVersion,
      body: page.body,
      words: frame.words,
      nav: { home: frame.home === false ? null : `${frame.up}index.html`, links: frame.links },
    },
    { root: frame.root },
  );
  const draws = frame.webFonts === false ? undefined : frame.assets.drawsSymbol;
  const { style, csp: fontSrc } = withSymbolFont(
    { style: `${css.split('{{assets}}').join(assets)}${frame.extraCss ? `\n${frame.extraCss}` : ''}`, csp: FONT_SRC },
    `${page.title}\n${frameHtml}`,
    draws,
  );
  return htmlPage({
    lang: page.lang,
    title: page.title,
    csp: contentSecurityPolicy(style, script, fontSrc),
    noReferrer: true,
    generator: `clausemark ${frame.assets.toolVersion}`,
    style,
    script,
    body: `\n${frameHtml}\n`,
  });
}
