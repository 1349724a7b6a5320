// Real Chromium for the end-to-end tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH) driven by playwright-core.
// One Chromium for the whole e2e lane, started by its global setup (tests/support/browser-server.ts) and reached by
// every file over Playwright's connection: a launch and close per file was about 2.5 CPU s of Chromium each. Each
// test opens its pages in contexts of its own, as in a browser of its own.
// Without a browser the tests skip with a message saying how to get one; in CI (CI=true, or
// CLAUSEMARK_REQUIRE_BROWSER=1) a missing browser is a failure instead.
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, FLAGS, HAVE_BROWSER } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the lane's one Chromium (tests/support/browser-server.ts), when it has one. */
    browserEndpoint?: string;
  }
}

export { CHROMIUM, HAVE_BROWSER };

if (!HAVE_BROWSER) {
  const message = `end-to-end tests skipped: no browser at ${CHROMIUM} (install it with \`apt-get install chromium\`, or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true' || process.env.CLAUSEMARK_REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(message);
}

/**
 * The lane's Chromium, connected to; a Chromium of its own where the run started none (a file run outside the e2e
 * project). Closing what it returns disconnects and closes the contexts opened through it, not the shared browser.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A download's bytes, streamed through the connection: download.path() names no file where the browser is remote. */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Everything a page reports as going wrong: console errors and uncaught exceptions (CSP refusals among them). With
 * `withAddress`, each is said with the address the tab showed then, for a tab that goes from page to page.
 */
export function collectProblems(page: Page, { withAddress = false } = {}): string[] {
  const problems: string[] = [];
  const add = (problem: string): void => void problems.push(withAddress ? `${page.url()}: ${problem}` : problem);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') add(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => add(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) =>
    add(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`),
  );
  return problems;
}

/** The fonts Chromium drew the text of a page's node with (CSS.getPlatformFontsForNode): family and glyph count. */
export async function fontsOf(page: Page, selector: string): Promise<Record<string, number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  await session.detach();
  return Object.fromEntries(fonts.map((font) => [font.familyName, font.glyphCount]));
}
