// The e2e lane's one Chromium (vitest.config.ts: the e2e project's global setup): started once before the lane's
// files and closed after them; each file connects to it (launchBrowser, tests/support/browser.ts) instead of
// launching and closing a browser of its own. Without a browser nothing is started, and the files skip or fail as
// browser.ts says.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, FLAGS, HAVE_BROWSER } from './chromium.js';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!HAVE_BROWSER) return undefined;
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: FLAGS });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
