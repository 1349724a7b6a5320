// A Content-Security-Policy source that allows one inline stylesheet or script by its hash ('sha256-…'): the pages
// clausemark writes and serves allow nothing inline but what they carry themselves.
import { createHash } from 'node:crypto';

/** The CSP hash source of `text` as it stands in the page (UTF-8). */
export const cspHashSource = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
