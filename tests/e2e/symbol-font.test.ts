/// <reference lib="dom" />
// Check boxes in the HTML report in real Chromium (src/render/shared/html-symbols.ts): a report page with a ☒ (which
// Source Sans 3, the report's web font, lacks) draws it from the Clausemark Symbols the page carries, not from a
// font of the system's, and its ☐ and the rest of its text from Source Sans 3; a page standing alone (no web fonts)
// draws every check box from it. Which font drew a character is what Chromium reports for its node
// (CSS.getPlatformFontsForNode), under no CSP refusal or console error. An italic ☒ is drawn upright, as the PDF and
// the Word document draw it: the same pixels as an upright one, where Chromium would slant a face it lacks. Inline
// code, set in the browser's monospace, draws its ☐ and ☒ from Clausemark Symbols too, at the size it had.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage, type PageFrame } from '../../src/render/html/page.js';
import { copySiteFonts, loadSiteAssets } from '../../src/report/documents/site-assets.js';
import { standaloneFrame } from '../../src/report/documents/standalone.js';
import { loadSiteWords } from '../../src/wording/site-words.js';
import { collectProblems, fontsOf, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { PROJECT_ROOT } from '../support/paths.js';

const BODY =
  '<main><h1 id="title">☒ Meldcode</h1><p id="open">☐ open</p><p id="bold"><strong>☒ gezet</strong></p></main>';

let browser: Browser;
let dir: string;

/** The page written into the folder (the report's fonts in its assets/), its address. */
function writePage(name: string, frame: PageFrame, body = BODY): string {
  const file = join(dir, name);
  writeFileSync(file, renderPage(frame, { title: 'Meldcode', lang: 'nl', body }));
  return pathToFileURL(file).href;
}

/** A page of the report, with its web fonts. */
function reportFrame(): PageFrame {
  return {
    root: PROJECT_ROOT,
    assets: loadSiteAssets(PROJECT_ROOT),
    words: loadSiteWords('nl', { root: PROJECT_ROOT }),
    up: '',
    links: [],
  };
}

async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return { page, problems };
}

beforeAll(async () => {
  if (!HAVE_BROWSER) return;
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'clausemark-e2e-symbols-'));
  copySiteFonts(PROJECT_ROOT, dir);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!HAVE_BROWSER)('check boxes in the HTML report', () => {
  it('a report page draws ☒ from Clausemark Symbols and ☐ from Source Sans 3', async () => {
    const { page, problems } = await open(writePage('report.html', reportFrame()));
    expect(await fontsOf(page, '#title')).toEqual({ 'Clausemark Symbols': 1, 'Source Sans 3': 9 });
    expect(await fontsOf(page, '#bold strong')).toEqual({ 'Clausemark Symbols': 1, 'Source Sans 3': 6 });
    expect(await fontsOf(page, '#open')).toEqual({ 'Source Sans 3': 6 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an italic ☒ stays upright: the same pixels as an upright one, and other pixels than a ☐', async () => {
    const frame = {
      ...reportFrame(),
      extraCss: '.glyph { margin: 0; width: 80px; height: 80px; font-size: 64px; line-height: 80px; }',
    };
    const body = ['upright">☒', 'italic"><em>☒</em>', 'open">☐'].map((p) => `<p class="glyph" id="${p}</p>`);
    const { page, problems } = await open(writePage('italic.html', frame, body.join('')));
    expect(await fontsOf(page, '#italic em')).toEqual({ 'Clausemark Symbols': 1 });
    const upright = await page.locator('#upright').screenshot();
    expect((await page.locator('#italic').screenshot()).equals(upright)).toBe(true);
    expect((await page.locator('#open').screenshot()).equals(upright)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('inline code draws its ☐ and ☒ from it, at the size it has on a page without check boxes', async () => {
    const frame = reportFrame();
    const { page, problems } = await open(writePage('code.html', frame, '<p id="code">Zie <code>☐ ☒</code></p>'));
    const fonts = await fontsOf(page, '#code code');
    expect(fonts['Clausemark Symbols']).toBe(2);
    const size = (): Promise<string> => page.evaluate(() => getComputedStyle(document.querySelector('code')!).fontSize);
    const withSymbols = await size();
    await page.goto(writePage('code-plain.html', frame, '<p id="code">Zie <code>open</code></p>'));
    expect(await size()).toBe(withSymbols);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without it (the page as it would be with no ☒) Chromium takes a font of the system for ☒', async () => {
    const assets = loadSiteAssets(PROJECT_ROOT);
    const frame = {
      root: PROJECT_ROOT,
      assets: { ...assets, drawsSymbol: () => true },
      words: loadSiteWords('nl', { root: PROJECT_ROOT }),
      up: '',
      links: [],
    };
    const { page } = await open(writePage('without.html', frame));
    const fonts = await fontsOf(page, '#title');
    expect(fonts['Clausemark Symbols']).toBeUndefined();
    expect(fonts['Source Sans 3']).toBe(9);
    await page.close();
  });

  it('a page standing alone draws every check box from it', async () => {
    const { page, problems } = await open(writePage('standalone.html', standaloneFrame(PROJECT_ROOT, 'nl')));
    expect((await fontsOf(page, '#open'))['Clausemark Symbols']).toBe(1);
    expect((await fontsOf(page, '#title'))['Clausemark Symbols']).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
