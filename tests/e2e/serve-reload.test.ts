/// <reference lib="dom" />
// `clausemark serve --watch` in real Chromium: the page reloads by itself after a save (the browser enforces the
// page's Content-Security-Policy, so this is where a reload script it refuses would show), a failed rebuild
// replaces it with the findings, and fixing the file brings the page back, all without touching the browser.
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { saveByRename, serveWatching, type WatchingServer } from '../support/serve.js';

let browser: Browser;
let server: WatchingServer | undefined;

describe.skipIf(!HAVE_BROWSER)('serve --watch in Chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    server?.stop();
    await browser?.close();
  });

  it('reloads the page after each save, shows a failed rebuild and then the page again', async () => {
    server = await serveWatching();
    const page = await browser.newPage();
    const problems = collectProblems(page);
    const failedRequests: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${server.url}allure/social-media-1.0.html`);
    const original = readFileSync(server.policy, 'utf8');
    const shows = (text: string): Promise<unknown> =>
      page.waitForFunction((needle) => document.body?.innerText.includes(needle), text, {
        timeout: 90_000,
        polling: 200,
      });

    // Each save reloads the page: a request of the page still in flight then (its web fonts load as its text is laid
    // out) is aborted by the browser and reported as failed. So each save waits for the page's fonts, as a reader's
    // save comes after the page has loaded; a request that fails while the page loads is still a fault, below.
    const loaded = (): Promise<unknown> => page.evaluate(() => document.fonts.ready.then(() => true));

    for (const words of ['sociale netwerken', 'alle sociale media']) {
      // A mark on this page's window: gone once the page has reloaded itself.
      await page.evaluate(() => Object.assign(window, { notReloaded: true }));
      await loaded();
      saveByRename(server.policy, original.replace('Onder de noemer sociale media', `Onder de noemer ${words}`));
      await shows(`Onder de noemer ${words}`);
      expect(await page.evaluate(() => 'notReloaded' in window)).toBe(false);
    }

    await loaded();
    saveByRename(server.policy, original.replace('title: Protocol social media', 'title: [Protocol social media'));
    await shows('The rebuild failed');
    expect(await page.locator('pre').first().innerText()).toContain(
      'policies/allure/social-media.md:3:8: invalid YAML in the frontmatter',
    );

    await loaded();
    saveByRename(server.policy, original);
    await shows('Onder de noemer sociale media');
    await loaded();
    // The browser logs every 4xx/5xx answer: the error page's own 500s, and its request for a /favicon.ico the report
    // does not have. Anything else (a refused script, a failed request) is a fault.
    const unexpected = failedRequests.filter(
      (request) => request !== '404 /favicon.ico' && !request.startsWith('500 /allure/'),
    );
    expect(unexpected, unexpected.join('\n')).toEqual([]);
    // The page's live-reload stream (/__clausemark/events) is open while the page lives: each reload aborts it, which
    // the browser reports as a failed request. Any other failed request or console error is a fault.
    expect(
      problems.filter(
        (problem) =>
          !/the server responded with a status of (404|500)/.test(problem) &&
          !/^request failed: \S+\/__clausemark\/events \(net::ERR_ABORTED\)$/.test(problem),
      ),
    ).toEqual([]);
  }, 300_000);
});
