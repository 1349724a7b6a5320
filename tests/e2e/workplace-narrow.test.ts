/// <reference lib="dom" />
// The workplace's pages (src/render/workplace/) on a phone, 375 px wide, in Chromium: the overview of policies with
// long titles, organisations and states, and a policy's page with a finding whose fix is one long unbroken command and
// its forms' fields, are no wider than the screen. The overview's table, wider than a phone, scrolls within its own
// box (the policies' links in it reachable by keyboard) instead of widening the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Say, workplacePage } from '../../src/render/workplace/page.js';
import { overviewBody, type PolicyRow, policyBody } from '../../src/render/workplace/views.js';
import { HAVE_BROWSER, launchBrowser } from '../support/browser.js';

const say: Say = (id, params = {}) => [id, ...Object.values(params)].join(' ');

const row = (title: string, organisation: string, version: string, state: string): PolicyRow => ({
  file: `policies/linde/de-wilg/${title.toLowerCase()}.md`,
  title,
  version,
  organisation,
  state,
  base: 'b',
});

const ROWS = [
  row('Klachtenregeling', 'Stichting De Linde', '1.0', 'in-force'),
  row('Schoolgids', 'Basisschool De Es (Stichting De Linde)', '2025-2026', 'in-force'),
  row('Medezeggenschapsreglement', 'Basisschool De Wilg (Stichting De Linde)', '1.0', 'review-due'),
];

const FIX =
  'leg de vastgestelde tekst vast met `clausemark approve /home/beleidsmedewerker/stichtingdelinde/policies/linde/dewilg/medezeggenschapsreglement.md`';

function page(body: string): string {
  return workplacePage({ lang: 'nl', title: 'De beleidswerkplek', say, report: false, body });
}

const PAGES = {
  overview: page(
    overviewBody(
      { policies: ROWS, missing: [], folders: ['policies/linde/de-wilg'], token: 't', officer: 'A', maxUploadMb: '32' },
      say,
    ),
  ),
  policy: page(
    policyBody(
      {
        row: ROWS[2]!,
        steps: [{ right: 'instemming', body: 'MR', part: 'whole', done: false }],
        findings: [{ severity: 'warning', where: '', message: 'goedkeuring 2 legt geen hash vast', fix: FIX }],
        ...{ token: 't', officer: 'A. de Beleidsmedewerker', today: '2026-11-30' },
      },
      say,
    ),
  ),
};

let browser: Browser;

async function widthOf(tab: Page, html: string): Promise<{ page: number; screen: number }> {
  await tab.setContent(html);
  return tab.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
}

describe.skipIf(!HAVE_BROWSER)('the workplace on a phone', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is no wider than a 375 px screen: the overview and a policy page with a long fix', async () => {
    const tab = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    for (const [name, html] of Object.entries(PAGES))
      expect({ name, ...(await widthOf(tab, html)) }).toEqual({ name, page: 375, screen: 375 });
    // The overview's table is wider than the screen: it scrolls in its own box.
    await tab.setContent(PAGES.overview);
    const table = await tab.evaluate(() => {
      const box = document.querySelector('table')!.parentElement!;
      return { scrolls: box.scrollWidth > box.clientWidth, overflow: getComputedStyle(box).overflowX };
    });
    expect(table).toEqual({ scrolls: true, overflow: 'auto' });
    await tab.context().close();
  });
});
