// A crash while running code from a cache does not repeat (src/cli/startup/code-cache-runs.ts): the caches a process that
// died was using are removed by the next run; those of running processes, and anything a marker names that is not a
// cache file, are left alone. The whole story on the binary, with a cache that really crashes V8, is in
// tests/cli/cache-attacks.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dropCachesOfCrashedRuns,
  endRunMarker,
  markCacheInUse,
  runMarker,
} from '../../../src/cli/startup/code-cache-runs.js';

function codeFolder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-code-runs-'));
  for (const file of files) writeFileSync(join(dir, file), 'cached code');
  return dir;
}

/** The id of a process that has ended. */
function endedProcess(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.status).toBe(0);
  return child.pid;
}

describe('the run markers of the code caches', () => {
  it('list each cache a process runs from once, and go when the run ends well', () => {
    const dir = codeFolder(['check.bin']);
    expect(markCacheInUse(dir, join(dir, 'check.bin'))).toBe(true);
    expect(markCacheInUse(dir, join(dir, 'build-worker.bin'))).toBe(true);
    expect(markCacheInUse(dir, join(dir, 'check.bin'))).toBe(true);
    expect(readFileSync(runMarker(dir), 'utf8')).toBe('check.bin\nbuild-worker.bin\n');
    endRunMarker(dir);
    expect(readdirSync(dir)).toEqual(['check.bin']);
  });

  it('of a process that is gone remove the caches it was using (the crash does not repeat), and nothing else', () => {
    const dir = codeFolder(['check.bin', 'build-worker.bin', 'diff.bin', 'keep.txt']);
    const crashed = endedProcess();
    writeFileSync(runMarker(dir, crashed), 'check.bin\nbuild-worker.bin\n../keep.txt\nkeep.txt\n');
    dropCachesOfCrashedRuns(dir);
    expect(readdirSync(dir).sort()).toEqual(['diff.bin', 'keep.txt']);
  });

  it('of running processes (another run, this one) are left with their caches', () => {
    const dir = codeFolder(['check.bin', 'diff.bin']);
    writeFileSync(runMarker(dir, process.ppid), 'check.bin\n');
    writeFileSync(runMarker(dir), 'diff.bin\n');
    dropCachesOfCrashedRuns(dir);
    expect(existsSync(join(dir, 'check.bin'))).toBe(true);
    expect(existsSync(join(dir, 'diff.bin'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('running-'))).toHaveLength(2);
  });

  it('cannot be kept in a folder that is not there: the cache is then not run', () => {
    const dir = join(codeFolder([]), 'missing');
    expect(markCacheInUse(dir, join(dir, 'check.bin'))).toBe(false);
    expect(() => dropCachesOfCrashedRuns(dir)).not.toThrow();
    expect(() => endRunMarker(dir)).not.toThrow();
  });
});
