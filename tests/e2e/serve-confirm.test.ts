/// <reference lib="dom" />
// The confirm/reject buttons of `clausemark serve` in real Chromium: the browser enforces the page's
// Content-Security-Policy, so this is where a button script it refuses, or a request it blocks, would show. A press
// records the verdict in policies/alignments.yaml exactly as `clausemark confirm` does. Served, the page shows the
// buttons, not the command beside them (src/text/served-words.ts); the file in out/ names the command still.
import type { Browser } from 'playwright-core';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { SEED_ORGS } from '../support/paths.js';
import { serveWatching, type WatchingServer } from '../support/serve.js';

let browser: Browser;
let server: WatchingServer | undefined;

/** Whether the comparison page in out/, as opened from disk, names `command`. */
const fileNames = (dir: string, command: string): boolean =>
  readFileSync(join(dir, 'out', 'compare', 'social-media.html'), 'utf8').includes(`>${command}</span>`);

/**
 * A new server for each test, from a project without policies/alignments.yaml: the first test's server builds a new
 * project, and each later one serves that project again once the earlier server has ended and its verdicts are removed,
 * so it builds only what changed (the comparison's pages; its PDFs are up to date), as `serve --watch` after a
 * `build` does. A new project for each test built every PDF again: about 0.7 CPU s more a server.
 */
async function serveAfresh(): Promise<WatchingServer> {
  const earlier = server;
  if (earlier) {
    earlier.stop();
    await earlier.exited;
    rmSync(join(earlier.dir, 'policies', 'alignments.yaml'), { force: true });
  }
  return serveWatching({ others: SEED_ORGS.filter((org) => org !== 'allure'), project: earlier?.dir });
}

describe.skipIf(!HAVE_BROWSER)('serve: confirm buttons in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    server?.stop();
    await browser?.close();
  });

  it('a press on "bevestigen" beside a possible match records it in alignments.yaml', async () => {
    server = await serveAfresh();
    const page = await browser.newPage();
    const problems = collectProblems(page);
    const failedRequests: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${server.url}compare/social-media.html`);
    // Each provision's texts open from the matrix: open the first that has a possible match, as a reader would.
    const anchor = await page.locator('section.panel:has(.possible code.confirm-command)').first().getAttribute('id');
    await page.goto(`${server.url}compare/social-media.html#${anchor}`);
    const command = page.locator(`#${anchor} .possible code.confirm-command`).first();
    const [first, second] = [await command.getAttribute('data-first'), await command.getAttribute('data-second')];
    const file = join(server.dir, 'policies', 'alignments.yaml');
    expect(existsSync(file)).toBe(false);
    await command.locator('xpath=..').getByRole('button', { name: 'bevestigen' }).click();
    // The answer shows beside the pressed button's command (the page's open questions, above, have statuses too).
    const status = await command.locator('xpath=..').locator('.confirm-status').elementHandle();
    await page.waitForFunction((element) => element?.textContent?.startsWith('confirmed'), status, {
      timeout: 30_000,
    });
    expect(readFileSync(file, 'utf8')).toContain(`- same: [`);
    expect(readFileSync(file, 'utf8')).toContain(`${first}@`);
    expect(readFileSync(file, 'utf8')).toContain(`${second}@`);
    // The browser logs each 4xx answer as a console error; the only one allowed is for the /favicon.ico the report
    // does not have (as in serve-reload.test.ts). Anything else (a refused script, a refused request) is a fault.
    expect(failedRequests.filter((request) => request !== '404 /favicon.ico')).toEqual([]);
    expect(problems.filter((problem) => !problem.includes('404 (Not Found)'))).toEqual([]);
  }, 240_000);

  it('the open questions: a press on "confirm absent" beside a topic not found records the absence', async () => {
    server = await serveAfresh();
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}compare/social-media.html#questions-title`);
    // A topic's question (a provision's names it by a clause, ORG:CLAUSE-ID; the next test presses one of those).
    const command = page
      .locator('ol.review-queue code.confirm-command[data-absent-label]:not([data-second*=":"])')
      .first();
    const [org, topic] = [await command.getAttribute('data-first'), await command.getAttribute('data-second')];
    expect(await command.textContent()).toBe('');
    expect(fileNames(server.dir, `clausemark confirm --absent ${org} ${topic}`)).toBe(true);
    const file = join(server.dir, 'policies', 'alignments.yaml');
    expect(existsSync(file)).toBe(false);
    const label = (await command.getAttribute('data-absent-label')) ?? '';
    // One button only: an absence is confirmed or left open, never "rejected".
    expect(await command.locator('xpath=..').getByRole('button').count()).toBe(1);
    await command.locator('xpath=..').getByRole('button', { name: label }).click();
    // The answer shows beside this question's own buttons (the list's first status belongs to another question).
    const status = await command.locator('xpath=..').locator('.confirm-status').elementHandle();
    await page.waitForFunction((element) => element?.textContent?.startsWith('confirmed absent'), status, {
      timeout: 30_000,
    });
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`- absent: \\[${org}@[0-9a-f]+, ${topic}\\]`));
    expect(problems.filter((problem) => !problem.includes('404 (Not Found)'))).toEqual([]);
  }, 240_000);

  it('"confirm absent" beside a provision not found records it as the command does; the open questions never offer it', async () => {
    server = await serveAfresh();
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}compare/social-media.html#questions-title`);
    // A provision's empty cell with a clause near is asked about that clause only (issue 42): no absence in the list.
    expect(
      await page.locator('ol.review-queue code.confirm-command[data-absent-label][data-second*=":"]').count(),
    ).toBe(0);
    // Beside a "not found" cell of a provision's texts, where no clause comes near, "confirm absent" is offered.
    const anchor = await page
      .locator('section.panel:has(code.confirm-command[data-absent-label][data-second*=":"])')
      .first()
      .getAttribute('id');
    await page.goto(`${server.url}compare/social-media.html#${anchor}`);
    const command = page.locator(`#${anchor} code.confirm-command[data-absent-label][data-second*=":"]`).first();
    const [org, clause] = [await command.getAttribute('data-first'), await command.getAttribute('data-second')];
    expect(await command.textContent()).toBe('');
    expect(fileNames(server.dir, `clausemark confirm --absent ${org} ${clause}`)).toBe(true);
    const file = join(server.dir, 'policies', 'alignments.yaml');
    expect(existsSync(file)).toBe(false);
    const label = (await command.getAttribute('data-absent-label')) ?? '';
    expect(await command.locator('xpath=..').getByRole('button').count()).toBe(1);
    await command.locator('xpath=..').getByRole('button', { name: label }).click();
    const status = await command.locator('xpath=..').locator('.confirm-status').elementHandle();
    await page.waitForFunction((element) => element?.textContent?.startsWith('confirmed absent'), status, {
      timeout: 30_000,
    });
    const escaped = (clause ?? '').replace(/\./g, '\\.');
    expect(readFileSync(file, 'utf8')).toMatch(
      new RegExp(`- absent: \\[${org}@[0-9a-f]{16}, ${escaped}@[0-9a-f]{16}\\]`),
    );
    expect(problems.filter((problem) => !problem.includes('404 (Not Found)'))).toEqual([]);
  }, 240_000);

  it('the review page: "deze bepaling regelt het" beside a clause near a topic records it as confirm --topic does', async () => {
    server = await serveAfresh();
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}compare/social-media-review.html`);
    const button = page.locator('button.review-button[data-verdict="on-topic"]').first();
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    const [clause, topic] = [await button.getAttribute('data-first'), await button.getAttribute('data-second')];
    // No clause ids on the page: the id is in the button's data only.
    expect(await page.locator('main').innerText()).not.toContain(clause ?? '');
    // The page fits a 1280-px window: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const file = join(server.dir, 'policies', 'alignments.yaml');
    expect(existsSync(file)).toBe(false);
    await button.click();
    const status = await button.locator('xpath=..').locator('.confirm-status').elementHandle();
    await page.waitForFunction((element) => (element?.textContent ?? '').length > 1, status, { timeout: 30_000 });
    const escaped = (clause ?? '').replace(/\./g, '\\.');
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`- on-topic: \\[${escaped}@[0-9a-f]{16}, ${topic}\\]`));
    expect(problems.filter((problem) => !problem.includes('404 (Not Found)'))).toEqual([]);
  }, 240_000);

  it('the open questions: "niet" beside a weak topic assignment records it off the topic as the command does', async () => {
    server = await serveAfresh();
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${server.url}compare/social-media.html#questions-title`);
    // A clause put on a topic by one signal word: answered "covers the topic" or "does not" (confirm --topic).
    const command = page.locator('ol.review-queue code.confirm-command[data-topic-no-label]').first();
    const [clause, topic] = [await command.getAttribute('data-first'), await command.getAttribute('data-second')];
    expect(await command.textContent()).toBe('');
    expect(fileNames(server.dir, `clausemark confirm --topic ${clause} ${topic}`)).toBe(true);
    const file = join(server.dir, 'policies', 'alignments.yaml');
    expect(existsSync(file)).toBe(false);
    const answer = command.locator('xpath=..');
    expect(await answer.getByRole('button').count()).toBe(2);
    const no = (await command.getAttribute('data-topic-no-label')) ?? '';
    await answer.getByRole('button', { name: no, exact: true }).click();
    const status = await answer.locator('.confirm-status').elementHandle();
    await page.waitForFunction((element) => element?.textContent?.startsWith('rejected'), status, {
      timeout: 30_000,
    });
    const escaped = (clause ?? '').replace(/\./g, '\\.');
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`- off-topic: \\[${escaped}@[0-9a-f]{16}, ${topic}\\]`));
    expect(problems.filter((problem) => !problem.includes('404 (Not Found)'))).toEqual([]);
  }, 240_000);
});
