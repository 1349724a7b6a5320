// watchFolders sees every save, also saves by rename (write a temp file, rename it over the original: sed -i and
// most editors), also in folders made after it started. Waits are bounded polls, never fixed sleeps.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFolders, type FolderWatch } from '../../src/io/watch.js';

let watching: FolderWatch | undefined;
afterEach(() => watching?.close());

/** Resolves when `condition` holds; rejects after `seconds` with `what` in the message. */
async function eventually(condition: () => boolean, what: string, seconds = 10): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function saveByRename(file: string, text: string): void {
  const temp = join(file, '..', `.${Date.now()}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

describe('watchFolders', () => {
  it('reports every save by rename of the same file, not only the first', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-watch-'));
    mkdirSync(join(root, 'allure'));
    const file = join(root, 'allure', 'social-media.md');
    writeFileSync(file, 'v0');
    const seen: string[] = [];
    watching = watchFolders([root], (path) => seen.push(path));
    for (const version of ['v1', 'v2', 'v3']) {
      seen.length = 0;
      saveByRename(file, version);
      await eventually(() => seen.includes(file), `the event of save ${version}`);
    }
    expect(
      seen.every((path) => !path.includes('.tmp')),
      'temp files are not reported',
    ).toBe(true);
  });

  it('watches folders made after it started, and says which roots it cannot watch', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-watch-'));
    const seen: string[] = [];
    const unwatchable: string[] = [];
    watching = watchFolders(
      [root, join(root, 'missing')],
      (path) => seen.push(path),
      (folder) => unwatchable.push(folder),
    );
    expect(unwatchable).toEqual([join(root, 'missing')]);
    mkdirSync(join(root, 'new-school'));
    await eventually(
      () => watching?.folders().includes(join(root, 'new-school')) === true,
      'the new folder to be watched',
    );
    const file = join(root, 'new-school', 'beleid.md');
    saveByRename(file, 'v1');
    await eventually(() => seen.includes(file), 'the save in the new folder');
  });
});
