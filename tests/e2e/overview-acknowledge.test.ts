/// <reference lib="dom" />
// Kennisname in the overview of what every school must have (out/overview.html, written by `start`) in real Chromium:
// the line "kennisname 3 van 5" under the meldcode's state is shown inside its own cell, on a 1280-pixel window and
// on a 375-pixel phone (each school a card): it has a box, lies within the cell's, is clipped by no box it is in (no
// overflow cut off, no ellipsis) and is what the browser shows at its middle (nothing drawn over it). Checked before
// only as the page's text and the PDF's.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { meldcode, PEOPLE, STEPS, BOARD_DECLARATION } from '../cli/acknowledge-fixture.js';
import { collectProblems, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { runBuiltCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';

const LINE = 'kennisname 3 van 5';

let browser: Browser;
let repo: TempRepo;

beforeAll(async () => {
  if (!HAVE_BROWSER) return;
  repo = tempRepo('clausemark-e2e-overview-acknowledge-');
  repo.write('templates/brands/.keep', '');
  repo.write('policies/linde/procedure.yaml', BOARD_DECLARATION);
  repo.write('policies/linde/de-es/.keep', '');
  repo.write('acknowledgements/linde/people.csv', `${PEOPLE}\n`);
  const text = meldcode('1.0', STEPS);
  repo.write('policies/linde/meldcode.md', text);
  // Five of the six asked (the meldcode's audience takes in all but the one hired), three acknowledged.
  const hash = approvalHash(parsePolicy(text, { path: 'meldcode.md' }).policy);
  const row = (type: string, person: string) => `${type},${person},1.0,${hash},2026-02-01,ask,,,`;
  const asked = ['p001', 'p002', 'p003', 'p004', 'p005'];
  repo.write(
    'acknowledgements/linde/meldcode/1.0.csv',
    [
      'type,person,version,hash,date,method,recorder,due,from',
      ...asked.map((person) => row('asked', person)),
      ...asked.slice(0, 3).map((person) => row('acknowledged', person)),
      '',
    ].join('\n'),
  );
  repo.commit('meldcode 1.0', '2026-01-20');
  const run = await runBuiltCli(['start', '--overview-date', '2026-02-10'], { cwd: repo.root });
  if (run.code !== 0) throw new Error(`start failed (${run.code}): ${run.stderr}`);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

/** Where the line stands in `page`: its box against its cell's, the boxes that cut it off, what is shown at its middle. */
function measureLine(page: Page) {
  return page.evaluate((line) => {
    const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const holders = Array.from(document.querySelectorAll('table.duty-matrix td *')).filter(
      (element) => squeeze(element.textContent) === line,
    );
    const element = holders.at(-1) as HTMLElement | undefined;
    if (!element) return { found: holders.length };
    const cell = element.closest('td') as HTMLElement;
    const box = element.getBoundingClientRect();
    const cellBox = cell.getBoundingClientRect();
    const clipping: string[] = [];
    for (let at: HTMLElement | null = element; at && at !== cell.parentElement; at = at.parentElement) {
      const style = getComputedStyle(at);
      const cuts = style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.textOverflow === 'ellipsis';
      if (cuts && (at.scrollWidth > at.clientWidth + 1 || at.scrollHeight > at.clientHeight + 1))
        clipping.push(`${at.tagName.toLowerCase()}.${at.className}`);
      if (style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0)
        clipping.push(`${at.tagName.toLowerCase()} hidden`);
    }
    const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      found: holders.length,
      width: box.width,
      height: box.height,
      inCell:
        box.left >= cellBox.left - 0.5 &&
        box.right <= cellBox.right + 0.5 &&
        box.top >= cellBox.top - 0.5 &&
        box.bottom <= cellBox.bottom + 0.5,
      clipping,
      shownAtMiddle: middle !== null && (middle === element || element.contains(middle)),
    };
  }, LINE);
}

describe.skipIf(!HAVE_BROWSER)("kennisname in the overview's cell", () => {
  it.each([
    ['a 1280-pixel window', { viewport: { width: 1280, height: 900 } }],
    ['a 375-pixel phone', { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }],
  ])('is shown whole inside its cell on %s', async (_name, options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(pathToFileURL(join(repo.root, 'out', 'overview.html')).href);
    await page.evaluate(() => document.fonts.ready);
    const line = page.locator('table.duty-matrix td', { hasText: LINE }).getByText(LINE, { exact: true });
    await line.scrollIntoViewIfNeeded();
    const measured = await measureLine(page);
    // Said once, at the board (its meldcode stands for all its schools).
    expect(measured.found).toBe(1);
    expect(measured.width).toBeGreaterThan(0);
    expect(measured.height).toBeGreaterThan(0);
    expect(measured.inCell).toBe(true);
    expect(measured.clipping).toEqual([]);
    expect(measured.shownAtMiddle).toBe(true);
    expect(await line.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
