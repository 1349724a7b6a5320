// Issue 23 item 12 with the compiled CLI: `check <(yes …)` grew to 22 GB, since a pipe has no size to check before
// reading. A named pipe fed by `yes` without end is read up to the 16 MB limit and refused at its first line (exit 2,
// file-too-large, the variable that raises the limit named); the writer is then left with a closed pipe.
// tests/io/read.test.ts reads a finite pipe past a 1 MB limit in-process; cases-bounds.yaml has /dev/zero.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check of a pipe that never ends', () => {
  it('reads it up to the 16 MB limit and refuses it at 1:1, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-pipe-'));
    dirs.push(dir);
    const pipe = join(dir, 'beleid.md');
    execFileSync('mkfifo', [pipe]);
    const writer = spawn('sh', ['-c', 'exec yes "Medewerkers delen geen foto van leerlingen." > "$1"', 'sh', pipe], {
      stdio: 'ignore',
    });
    try {
      const run = await runBuiltCli(['check', pipe]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toContain(
        `${pipe}\n  1:1     error    the input gives more than 16 MB; clausemark reads policies up to 16 MB  file-too-large\n`,
      );
      expect(run.stdout).toContain('CLAUSEMARK_MAX_SOURCE_MB');
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    } finally {
      writer.kill('SIGKILL');
    }
  }, 120_000);
});
