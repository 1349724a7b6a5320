// Where the end-to-end tests' Chromium is and how it is started, for the files that drive it (browser.ts) and for the
// e2e lane's global setup that starts it (browser-server.ts), which runs in vitest's own process.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);

/** Flags for a closed network: no background connections, no updates, no sync (they would fail here anyway). */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
