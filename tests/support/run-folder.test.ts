import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRunFolder, removeInBackground, runOf } from './run-folder.js';

let parent: string;
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('a test run folder', () => {
  it('is named by the run, removed by the next run once that run has ended, kept while it runs', () => {
    parent = mkdtempSync(join(tmpdir(), 'clausemark-run-folders-'));
    // 2^22 + 1 is above Linux's highest process id, so no process has it.
    const ended = join(parent, `clausemark-test-run-${2 ** 22 + 1}-abc`);
    const running = join(parent, `clausemark-test-run-${process.ppid}-def`);
    const other = join(parent, 'clausemark-project-1234');
    for (const folder of [ended, running, other]) mkdirSync(folder);
    const made = makeRunFolder(parent);
    expect(runOf(basename(made))).toBe(process.pid);
    expect(existsSync(made)).toBe(true);
    expect(existsSync(ended)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });

  it('is what the tests write their temporary files into (vitest.config.ts sets TMPDIR to it)', () => {
    parent = mkdtempSync(join(tmpdir(), 'clausemark-run-folders-'));
    expect(runOf(basename(tmpdir()))).toBeGreaterThan(0);
    expect(process.env.CLAUSEMARK_CACHE_DIR?.startsWith(`${tmpdir()}/`)).toBe(true);
  });

  it('is removed, with all it holds, by a process of its own that the run need not wait for', async () => {
    parent = mkdtempSync(join(tmpdir(), 'clausemark-run-folders-'));
    const folder = join(parent, `clausemark-test-run-${process.pid}-abc`);
    mkdirSync(join(folder, 'out', 'pdf'), { recursive: true });
    writeFileSync(join(folder, 'out', 'pdf', 'a.pdf'), 'x'.repeat(100_000));
    const remover = removeInBackground(folder);
    expect(remover?.pid, 'a process of its own').toBeGreaterThan(0);
    expect(remover?.pid).not.toBe(process.pid);
    const [code] = await once(remover!, 'exit');
    expect(code).toBe(0);
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(parent)).toBe(true);
  });
});
