// Real Chromium for the end-to-end tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH) driven by playwright-core.
// Without a browser the tests skip with a message saying how to get one; in CI (CI=true, or
// CLAUSEMARK_REQUIRE_BROWSER=1) a missing browser is a failure instead.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);

if (!HAVE_BROWSER) {
  const message = `end-to-end tests skipped: no browser at ${CHROMIUM} (install it with \`apt-get install chromium\`, or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true' || process.env.CLAUSEMARK_REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(message);
}

/** Flags for a closed network: no background connections, no updates, no sync (they would fail here anyway). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
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
