// Issue 23 item 13: Ctrl-C and SIGTERM during a long computation. JavaScript sees a signal only when the computation
// returns, so `import`, `diff` and `compare` of large inputs used to run on for minutes and `approve` / `fmt --write`
// still wrote their file. Each run here is the compiled CLI on large generated inputs in a temp dir, signalled
// once it is busy (CPU time used, so the load on the machine does not matter): it must end within 10 s (a "stops at
// all" check, not a speed target) with exit 143 / 130 and one line saying so, having written nothing (no lock file
// either). The same cases, and more, are in tests/fixtures/bad/cases-signals.yaml.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertCliLane } from '../support/cli.js';
import { type Interrupted, interrupt } from './interrupt.js';
import { plainText, policy } from './signal-inputs.js';

assertCliLane();

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in `dir` and sends `signal` once it has used `busy` CPU seconds. */
function interruptRun(dir: string, args: string[], signal: 'SIGINT' | 'SIGTERM', busy = 1.5): Promise<Interrupted> {
  return interrupt(dir, args, { signal, busy, ceilingMs: 10_000 });
}

/**
 * Ended by the signal: exit 130 / 143 with the line that says so (not killed by the signal without a word, which a
 * shell reports with the same number but a program running clausemark sees as no exit code at all).
 */
function endedBy(run: Interrupted, signal: 'SIGINT' | 'SIGTERM'): void {
  expect(run.finishedFirst, 'still busy when signalled (make the input larger)').toBe(false);
  expect(run.secondsAfterSignal, `seconds from ${signal} to exit; stderr: ${run.stderr}`).toBeLessThan(10);
  expect({ code: run.code, signal: run.signal }, run.stderr).toEqual({
    code: signal === 'SIGINT' ? 130 : 143,
    signal: null,
  });
  expect(run.stderr).toContain(`clausemark: interrupted (${signal})`);
  expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-signals-'));
  dirs.push(dir);
  return dir;
}

describe('a signal during a long computation ends the run at once and writes nothing', () => {
  it('import of a 4 MB text: SIGTERM ends it, no policy written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'groot.txt'), plainText(30_000));
    const run = await interruptRun(dir, ['import', 'groot.txt', '--out', 'out/groot.md'], 'SIGTERM');
    endedBy(run, 'SIGTERM');
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [], 'nothing written').toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['groot.txt']);
  }, 60_000);

  it('diff of two large policies: SIGTERM ends it before it reports', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'oud.md'), policy(15_000, 0));
    writeFileSync(join(dir, 'nieuw.md'), policy(15_000, 1));
    const run = await interruptRun(dir, ['diff', 'oud.md', 'nieuw.md'], 'SIGTERM');
    endedBy(run, 'SIGTERM');
    expect(readdirSync(dir).sort(), 'nothing written').toEqual(['nieuw.md', 'oud.md']);
  }, 60_000);

  it('compare of two large policies: SIGTERM ends it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), policy(5_000, 0));
    writeFileSync(join(dir, 'b.md'), policy(5_000, 1));
    const run = await interruptRun(dir, ['compare', 'a.md', 'b.md'], 'SIGTERM');
    endedBy(run, 'SIGTERM');
    expect(readdirSync(dir).sort(), 'nothing written').toEqual(['a.md', 'b.md']);
  }, 60_000);

  it('approve after Ctrl-C (SIGINT) approves nothing: the policy is byte-identical', async () => {
    const dir = tempDir();
    const before = policy(15_000, 0);
    writeFileSync(join(dir, 'groot.md'), before);
    const run = await interruptRun(
      dir,
      ['approve', 'groot.md', '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
      'SIGINT',
      1,
    );
    endedBy(run, 'SIGINT');
    expect(readFileSync(join(dir, 'groot.md'), 'utf8') === before, 'policy unchanged').toBe(true);
    expect(readdirSync(dir), 'no temp or lock file').toEqual(['groot.md']);
  }, 60_000);

  it('fmt --write interrupted (SIGINT) leaves the file byte-identical', async () => {
    const dir = tempDir();
    // Unformatted: blank lines doubled, so a finished fmt --write would change it.
    const before = policy(15_000, 0).replace(/\n\n/g, '\n\n\n');
    writeFileSync(join(dir, 'groot.md'), before);
    const run = await interruptRun(dir, ['fmt', '--write', 'groot.md'], 'SIGINT', 1);
    endedBy(run, 'SIGINT');
    expect(readFileSync(join(dir, 'groot.md'), 'utf8') === before, 'file unchanged').toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  }, 60_000);
});
