/// <reference lib="dom" />
// The HTML report in real Chromium, opened from the file system as a reader would: the overview, a policy page
// with clause anchors, the comparison matrix with its redlines and filter, the version diff; no console errors,
// no injected code running, and no serious accessibility violations (axe-core). Screenshots go to
// out/screenshots/ for people to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { PROJECT_ROOT, SEED_ORGS } from '../support/paths.js';
import { buildCorpusSite, buildInjectionSite, buildTwinComparison, type BuiltSite } from './fixtures.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'out', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SEED_NAMES = ['Aeres MBO', 'Stichting Allure', 'Casparus College', 'FLEX-College', 'Stichting Aloysius'];

let browser: Browser;
let corpus: BuiltSite;
const problems = new Map<string, string[]>();

async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  problems.set(url, collectProblems(page));
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/**
 * Opens each page in one tab going from page to page, as a reader clicks through, and checks it has a heading; what
 * each page reports is kept under its address. A tab of its own for each page started a renderer process for each,
 * ~0.5 CPU s more a page.
 */
async function followLinks(links: ReadonlySet<string>): Promise<void> {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = collectProblems(tab, { withAddress: true });
  for (const link of links) {
    await tab.goto(link);
    await tab.evaluate(() => document.fonts.ready);
    expect(await tab.locator('h1').first().textContent(), link).not.toBe('');
  }
  await tab.close();
  const on = (link: string) => (problem: string) => problem.startsWith(`${link}: `);
  const without = (link: string) => (problem: string) => problem.slice(link.length + 2);
  for (const link of links) problems.set(link, seen.filter(on(link)).map(without(link)));
  // Said while the tab was between two pages (its address then the page it was leaving, or about:blank).
  problems.set(
    'between the linked pages',
    seen.filter((problem) => ![...links].some((link) => on(link)(problem))),
  );
}

// One Chromium for the file: each test's page of the report and the injection site opens in a context of its own
// (newPage, newContext), as in a browser of its own; the pages the overview links and those axe-core reads are each
// gone through in one tab. A second browser for the injection site cost ~0.6 CPU s more.
beforeAll(async () => {
  if (HAVE_BROWSER) browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!HAVE_BROWSER)('the HTML report in Chromium', () => {
  beforeAll(async () => {
    corpus = await buildCorpusSite();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  it('lists all five seed policies in the overview, each linking to its page and PDF', async () => {
    const page = await open(corpus.url('index.html'));
    const rows = page.locator('table.corpus tbody tr');
    const organisations = await rows.locator('td:first-child').allTextContents();
    for (const name of SEED_NAMES) expect(organisations).toContain(name);
    expect(SEED_ORGS).toHaveLength(5);
    // Every page and PDF link resolves to a file that opens.
    const links = await page
      .locator('table.corpus a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.some((link) => link.endsWith('.pdf'))).toBe(true);
    // Each page once: the overview links the comparison from every row of its kind (5×) and each policy page twice,
    // and opening the same file again checked nothing new (24 opens → 11: the file's process tree 67 → 51 CPU s,
    // medians of 3, most of it Chromium's).
    await followLinks(new Set(links.filter((href) => href.endsWith('.html'))));
    await page.screenshot({ path: join(SCREENSHOTS, 'index.png'), fullPage: true });
    await page.close();
  });

  it('filters the overview as one types, and says when nothing matches', async () => {
    const page = await open(corpus.url('index.html'));
    const visible = () => page.locator('table.corpus tbody tr:visible').count();
    const all = await visible();
    await page.fill('#filter', 'aloysius');
    expect(await visible()).toBe(1);
    await page.fill('#filter', 'casparus 2.0');
    expect(await visible()).toBe(1);
    await page.fill('#filter', 'geen-zo-een-school');
    expect(await visible()).toBe(0);
    expect(await page.locator('#no-matches').isVisible()).toBe(true);
    await page.fill('#filter', '');
    expect(await visible()).toBe(all);
    await page.close();
  });

  it('scrolls to a clause from its address, and the link icon gives that address', async () => {
    const page = await open(`${corpus.url('casparus-college/social-media-1.0.html')}#alle.fotos-toestemming`);
    const clause = page.locator('[id="alle.fotos-toestemming"]');
    expect(await clause.isVisible()).toBe(true);
    const box = await clause.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await clause.textContent()).toContain('foto');
    await page.screenshot({ path: join(SCREENSHOTS, 'policy-clause.png') });
    // The link icon of another clause puts that clause's address in the address bar.
    // The toast shows for 1.6 s; under load that can pass before a check runs, so a watcher records that it showed.
    await page.evaluate(() => {
      const toast = document.getElementById('toast')!;
      new MutationObserver(() => {
        if (toast.classList.contains('show')) toast.dataset.shown = 'yes';
      }).observe(toast, { attributes: true, attributeFilter: ['class'] });
    });
    const other = page.locator('[id="up.belang"] > a.cite');
    await other.click();
    expect(new URL(page.url()).hash).toBe('#up.belang');
    await page.waitForSelector('#toast[data-shown="yes"]', { state: 'attached', timeout: 10_000 });
    expect(await page.locator('#toast').textContent()).toBe('Link gekopieerd');
    await page.goto(corpus.url('casparus-college/social-media-1.0.html'));
    await page.screenshot({ path: join(SCREENSHOTS, 'policy.png') });
    await page.close();
  });

  it('opens the texts side by side with the redline when a matrix cell is clicked', async () => {
    const page = await open(corpus.url('compare/social-media.html'));
    const cell = page.locator('td.cell.s-reworded a').first();
    const target = await cell.getAttribute('href');
    expect(target).toMatch(/^#provision-\d+$/);
    const panel = page.locator(target!);
    expect(await panel.isVisible()).toBe(false);
    await cell.click();
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('.col').count()).toBeGreaterThanOrEqual(2);
    expect(await panel.locator('del, ins').count()).toBeGreaterThan(0);
    await panel.screenshot({ path: join(SCREENSHOTS, 'matrix-redline.png') });
    await page.close();
  });

  it('hides identical provisions with the filter, and shows them again (compare --format html)', async () => {
    const pair = await buildTwinComparison();
    const page = await open(pair.url);
    const rows = page.locator('table.matrix tbody tr');
    const total = await rows.count();
    const identical = await page.locator('table.matrix tbody tr[data-differs="false"]').count();
    // The twin differs in exactly one clause: everything else is identical in both.
    expect(identical).toBe(total - 1);
    await page.check('#only-differences');
    const shown = page.locator('table.matrix tbody tr:visible');
    expect(await shown.count()).toBe(1);
    expect(await shown.locator('td.cell').evaluateAll((cells) => cells.map((cell) => cell.className))).toContain(
      'cell s-reworded',
    );
    await page.uncheck('#only-differences');
    expect(await page.locator('table.matrix tbody tr:visible').count()).toBe(total);
    await page.close();
  });

  it('shows the whole corpus matrix with a word in every cell', async () => {
    const page = await open(corpus.url('compare/social-media.html'));
    const cells = page.locator('table.matrix td.cell');
    expect(await cells.count()).toBeGreaterThan(50);
    const words = new Set(
      await cells.evaluateAll((list) => list.map((cell) => cell.textContent?.replace(/[^a-zë]+/g, ' ').trim() ?? '')),
    );
    // "niet gekoppeld": no match, but clauses on its topic or one that comes close (docs/compare.md, not found and not
    // matched); "mogelijk": not found, with a clause that may state it (docs/compare.md, possible matches); "referentie": the
    // text the others are compared with; "alleen hier": no other organisation states it or covers its topic; "alleen
    // hier gekoppeld": linked only here, while others have clauses on its topic; "anders: voegt toe “…”": reworded, adding
    // an obligation, a prohibition or a party, quoted (issue 42). A cell held by a
    // sentence of a clause names it after the word: "afwijkend (zin 3)" (docs/compare.md, sentence units).
    for (const word of words)
      expect([
        'referentie',
        'gelijk',
        'anders verwoord',
        'afwijkend',
        'alleen hier',
        'alleen hier gekoppeld',
        'niet gevonden',
        'niet gekoppeld',
        'mogelijk',
        'ontbreekt door een persoon bevestigd',
        'anders voegt toe',
      ]).toContain(word.replace(/ (zin|zinnen|rij)$/, '').replace(/^anders voegt toe .*/, 'anders voegt toe'));
    expect([...words].some((word) => word.endsWith(' zin'))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix.png') });
    await page.close();
  });

  it('shows the version diff with its redline inside the report', async () => {
    const page = await open(corpus.url('casparus-college/social-media-1.0-to-2.0.html'));
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await page.locator('.changes del, .changes ins').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'diff.png') });
    await page.close();
  });

  it('fits a phone screen without sideways scrolling on the policy page', async () => {
    const page = await open(corpus.url('aeres-mbo/social-media-1.0.html'), { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'policy-phone.png') });
    await page.close();
  });

  it('prints the comparison with the texts of every provision and without the screen furniture', async () => {
    const page = await open(corpus.url('compare/social-media.html'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#only-differences').isVisible()).toBe(false);
    expect(await page.locator('.panel').first().isVisible()).toBe(true);
    expect(await page.locator('.panel:visible').count()).toBe(await page.locator('.panel').count());
    await page.close();
  });

  it('reports no serious or critical accessibility violations (axe-core)', async () => {
    const pages = [
      'index.html',
      'aloysius/social-media-1.0.html',
      'compare/social-media.html',
      'casparus-college/social-media-1.0-to-2.0.html',
      // A policy's procedure with an overdue badge (policies/linde, issue 27).
      'linde-de-wilg/pestprotocol-1.0.html',
    ];
    // The report's CSP (rightly) refuses injected scripts, so axe runs in a context that bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const found: string[] = [];
    // One tab going from page to page: a tab for each started a renderer process for each, ~0.5 CPU s.
    const page = await context.newPage();
    for (const name of pages) {
      await page.goto(corpus.url(name));
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: Document,
                options: object,
              ): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
        });
        return result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          count: violation.nodes.length,
        }));
      });
      for (const violation of violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical')
          found.push(`${name}: ${violation.id} (${violation.impact}, ${violation.count}×)`);
      }
    }
    await context.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('logged no console errors, failed loads or script errors on any page it opened', () => {
    const all = [...problems.entries()].flatMap(([url, list]) => list.map((problem) => `${url}: ${problem}`));
    expect(problems.size).toBeGreaterThan(5);
    expect(all).toEqual([]);
  });
});

describe.skipIf(!HAVE_BROWSER)('policy text full of injection payloads', () => {
  let site: BuiltSite;
  let page: Page;
  let pageProblems: string[];

  beforeAll(async () => {
    site = await buildInjectionSite();
    page = await browser.newPage();
    pageProblems = collectProblems(page);
  }, 120_000);

  afterAll(async () => {
    await page?.close();
  });

  // The comparison shows clause texts as the model reads them (tags left out); the script's words stay visible.
  const shownAsText: Record<string, string> = {
    'index.html': '<script>',
    'injectie/gedragscode-1.0.html': "<script>window.__pwned = 'clause'</script>",
    'compare/gedragscode.html': "window.__pwned = 'clause'",
  };
  for (const [name, shown] of Object.entries(shownAsText)) {
    it(`runs none of it, and shows it as text (${name})`, async () => {
      await page.goto(site.url(name));
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(await page.locator('main script, main img, main iframe, main svg[onload]').count()).toBe(0);
      expect(await page.locator('a[href^="javascript" i]').count()).toBe(0);
      const text = await page.locator('main').textContent();
      expect(text).toContain(shown);
    });
  }

  it('loads nothing from elsewhere and logs no errors', async () => {
    await page.goto(site.url('injectie/gedragscode-1.0.html'));
    expect(await page.locator('main').textContent()).toContain('<img src=x onerror=');
    expect(pageProblems.filter((problem) => !problem.includes('file://'))).toEqual([]);
  });
});
