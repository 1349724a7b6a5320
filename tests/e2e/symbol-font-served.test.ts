/// <reference lib="dom" />
// Check boxes on the pages clausemark serves, in real Chromium (src/render/shared/html-symbols.ts, withHashedStyle):
// the workplace's page (`serve`), `acknowledge meeting`'s page and `serve --watch`'s error page (with the reload
// script the server adds), each with a stylesheet allowed by its hash alone, draw their ☐ ☒ ✓ from the Clausemark
// Symbols they carry, not from a font of the system's (the error page's findings too, in the browser's monospace),
// under no CSP refusal or console error. Which font drew a character is what Chromium reports for its node (CSS.getPlatformFontsForNode).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withReloadScript } from '../../src/io/live-reload.js';
import { renderAcknowledgePage } from '../../src/render/html/acknowledge-page.js';
import { renderServeErrorPage } from '../../src/render/html/serve-error-page.js';
import { type Say, workplacePage } from '../../src/render/workplace/page.js';
import { collectProblems, fontsOf, HAVE_BROWSER, launchBrowser } from '../support/browser.js';

const say: Say = (id) => id;

const WORDS = {
  lang: 'nl',
  title: 'Kennisname meldcode',
  intro: 'Lees wat er veranderde.',
  changesHeading: 'Wat er veranderde',
  noChanges: 'Niets.',
  listHeading: 'Wie kent deze versie',
  confirm: 'Ik ken deze versie',
  done: 'gezien',
};

let browser: Browser;

async function open(html: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  return { page, problems };
}

beforeAll(async () => {
  if (!HAVE_BROWSER) return;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!HAVE_BROWSER)('check boxes on the pages clausemark serves', () => {
  it("the workplace's page draws ☐ and ☒ from Clausemark Symbols", async () => {
    const html = workplacePage({
      lang: 'nl',
      title: '☐ Checklist meldcode',
      say,
      report: false,
      body: '<p id="set">☒ De signalen zijn vastgelegd.</p>',
    });
    const { page, problems } = await open(html);
    expect((await fontsOf(page, 'h1'))['Clausemark Symbols']).toBe(1);
    expect((await fontsOf(page, '#set'))['Clausemark Symbols']).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("acknowledge meeting's page draws a change's ☒ and a name's ✓ from Clausemark Symbols", async () => {
    const html = renderAcknowledgePage(WORDS, {
      action: '/bevestig',
      token: 't',
      changes: [{ number: '2.1', text: '☒ De signalen zijn vastgelegd.' }],
      people: [{ id: 'p1', name: 'A. Jansen', where: 'groep 3', acknowledged: true }],
    });
    const { page, problems } = await open(html);
    expect((await fontsOf(page, 'ul li'))['Clausemark Symbols']).toBe(1);
    expect((await fontsOf(page, '.done'))['Clausemark Symbols']).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("serve's error page draws the ☒ of a finding, in its <pre>, from Clausemark Symbols", async () => {
    const words = { lang: 'nl', title: 'Fout', heading: 'De laatste opbouw mislukte', fix: 'Herstel en bewaar.' };
    const finding = 'policies/meldcode.md:12:3: de regel "☒ De signalen zijn vastgelegd." noemt geen stap';
    const { page, problems } = await open(withReloadScript(renderServeErrorPage(words, [finding]), 1));
    expect((await fontsOf(page, 'pre'))['Clausemark Symbols']).toBe(1);
    // Its reload script runs (the policy lets it) and finds no server behind a page opened without one.
    expect(problems.filter((problem) => !problem.includes("Cannot open an EventSource to '/__clausemark/"))).toEqual(
      [],
    );
    await page.close();
  });
});
