// The repository's templates/ in a bad-input case's folder, as hard links to one copy made per test process instead
// of a copy per case: 49 cases copied and removed 4.5 MB in 66 files each (~1.8 CPU seconds, most in the kernel).
// The links point at that copy, never at the repository, so a command that wrongly wrote a template in place could
// not damage the checkout; and it could not do so unseen: clausemark refuses to edit a file with more than one name
// (src/io/atomic.ts), which fails the case, and the case's snapshot sees any change. A case that puts a file of its
// own over a template unlinks it first (replaceFile), so the copy stays as it was.
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/paths.js';

let pristine: string | undefined;

/** The one copy of templates/ the links point at, made on first use. */
function pristineTemplates(): string {
  if (pristine === undefined) {
    pristine = join(mkdtempSync(join(tmpdir(), 'clausemark-bad-templates-')), 'templates');
    cpSync(join(PROJECT_ROOT, 'templates'), pristine, { recursive: true });
  }
  return pristine;
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

/** `<dir>/templates`: every file of the repository's templates/, linked. */
export function linkTemplates(dir: string): void {
  linkTree(pristineTemplates(), join(dir, 'templates'));
}

/** Writes BYTES to TARGET as a file of its own: a linked template there is unlinked first, not written through. */
export function replaceFile(target: string, bytes: Uint8Array): void {
  rmSync(target, { force: true });
  writeFileSync(target, bytes);
}
