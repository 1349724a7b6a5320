// Issue 23 item 13: Ctrl-C and SIGTERM during a long computation. JavaScript sees a signal only when the computation
// returns, so `import`, `diff` and `compare` of large inputs used to run on for minutes and `approve` / `fmt --write`
// still wrote their file. Each run here is the compiled CLI on generated inputs in a temp dir, held at a point of its
// work where its thread waits as a long computation would, and signalled there (tests/hardening/interrupt.ts: a
// condition, not the clock; signalled when CPU time said "busy", a run could finish first on a quiet machine, issue
// 39 item 7). It must end with exit 143 / 130 and one line saying so, having written nothing (no lock file either);
// one the signal does not end is killed after a ceiling and fails on its exit code. The same cases, and more, are in
// tests/fixtures/bad/cases-signals.yaml.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertCliLane, runBuiltCli } from '../support/cli.js';
import { type Interrupted, interrupt, RUN_BOUND_MS } from './interrupt.js';
import { plainText, policy } from './signal-inputs.js';

assertCliLane();

/**
 * The clauses of a generated policy where its size is not the point: a run is held where the test signals it, so a
 * larger one only made each run longer (400 clauses: a compare 0.89 CPU s, a diff 0.71, against 0.40 and 0.31). The
 * diff over the main thread's bound keeps the size that puts it over.
 */
const CLAUSES = 40;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in `dir`, holds it at `hold` and sends `signal` there. */
function interruptRun(
  dir: string,
  args: string[],
  signal: 'SIGINT' | 'SIGTERM',
  hold: 'commit' | 'output',
): Promise<Interrupted> {
  return interrupt(dir, args, { signal, hold, ceilingMs: 60_000 });
}

/**
 * Ended by the signal: exit 130 / 143 with the line that says so (not killed by the signal without a word, which a
 * shell reports with the same number but a program running clausemark sees as no exit code at all).
 */
function endedBy(run: Interrupted, signal: 'SIGINT' | 'SIGTERM'): void {
  const context = `${run.secondsAfterSignal} s after ${signal}; stderr: ${run.stderr}`;
  expect(run.finishedFirst, `ended without reaching its hold point; ${context}`).toBe(false);
  expect({ code: run.code, signal: run.signal }, context).toEqual({
    code: signal === 'SIGINT' ? 130 : 143,
    signal: null,
  });
  expect(run.stderr).toContain(`clausemark: interrupted (${signal})`);
  expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
}

/** Every file under `dir`, by its path in it: what a run left there. */
function entriesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-signals-'));
  dirs.push(dir);
  return dir;
}

describe('a signal during a long computation ends the run at once and writes nothing', () => {
  it(
    'import of a text: SIGTERM as the policy is about to be written ends it, no policy written',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'groot.txt'), plainText(60));
      const run = await interruptRun(dir, ['import', 'groot.txt', '--out', 'out/groot.md'], 'SIGTERM', 'commit');
      endedBy(run, 'SIGTERM');
      expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [], 'nothing written').toEqual([]);
      expect(readdirSync(dir).sort()).toEqual(['groot.txt']);
    },
    RUN_BOUND_MS,
  );

  it.each([
    {
      where: 'of 11 KB, in the main thread',
      rules: CLAUSES,
      format: [],
      signal: 'SIGTERM',
      heldAt: 'output (main thread)',
    },
    {
      where: 'over the bound, in a thread',
      rules: 600,
      format: ['--format', 'json'],
      signal: 'SIGINT',
      heldAt: 'output',
    },
  ] as const)(
    'diff of two policies $where: $signal ends it before it reports, nothing written',
    async ({ rules, format, signal, heldAt }) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'oud.md'), policy(rules, 0));
      writeFileSync(join(dir, 'nieuw.md'), policy(rules, 1));
      const run = await interruptRun(dir, ['diff', 'oud.md', 'nieuw.md', ...format], signal, 'output');
      expect(run.heldAt).toBe(heldAt);
      endedBy(run, signal);
      expect(run.stdout, 'nothing printed').toBe('');
      expect(readdirSync(dir).sort(), 'nothing written').toEqual(['nieuw.md', 'oud.md']);
    },
    RUN_BOUND_MS,
  );

  it(
    'check of two named policies, run in the main thread with its cache warm: SIGTERM as it is about to report ends it, nothing printed or left',
    async () => {
      const dir = tempDir();
      const cache = tempDir();
      writeFileSync(join(dir, 'a.md'), policy(CLAUSES, 0));
      writeFileSync(join(dir, 'b.md'), policy(CLAUSES, 1));
      const args = ['check', 'a.md', 'b.md'];
      // Twice: a parse is kept the second time it is made, so the signalled run reads both models back.
      for (let run = 0; run < 2; run++) await runBuiltCli(args, { cwd: dir, env: { CLAUSEMARK_CACHE_DIR: cache } });
      const kept = entriesIn(cache);
      const run = await interrupt(dir, args, {
        signal: 'SIGTERM',
        hold: 'output',
        ceilingMs: 60_000,
        env: { CLAUSEMARK_CACHE_DIR: cache },
      });
      expect(run.heldAt).toBe('output (main thread)');
      endedBy(run, 'SIGTERM');
      expect(run.stdout, 'nothing printed').toBe('');
      expect(readdirSync(dir).sort(), 'nothing written').toEqual(['a.md', 'b.md']);
      expect(entriesIn(cache), 'the cache as it was: no temp file').toEqual(kept);
    },
    RUN_BOUND_MS,
  );

  it(
    'check of one named policy, run in the main thread, Ctrl-C (SIGINT) as it is about to report: exit 130, nothing printed',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'a.md'), policy(CLAUSES, 0));
      const run = await interruptRun(dir, ['check', 'a.md', '--format', 'json'], 'SIGINT', 'output');
      expect(run.heldAt).toBe('output (main thread)');
      endedBy(run, 'SIGINT');
      expect(run.stdout, 'nothing printed').toBe('');
      expect(readdirSync(dir), 'nothing written').toEqual(['a.md']);
    },
    RUN_BOUND_MS,
  );

  it(
    'check of a folder runs in a command thread, which a signal ends there',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'a.md'), policy(CLAUSES, 0));
      const run = await interruptRun(dir, ['check', '.'], 'SIGTERM', 'output');
      expect(run.heldAt).toBe('output');
      endedBy(run, 'SIGTERM');
      expect(run.stdout, 'nothing printed').toBe('');
    },
    RUN_BOUND_MS,
  );

  it(
    'compare of two policies: SIGTERM ends it before it reports',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'a.md'), policy(CLAUSES, 0));
      writeFileSync(join(dir, 'b.md'), policy(CLAUSES, 1));
      const run = await interruptRun(dir, ['compare', 'a.md', 'b.md'], 'SIGTERM', 'output');
      endedBy(run, 'SIGTERM');
      expect(readdirSync(dir).sort(), 'nothing written').toEqual(['a.md', 'b.md']);
    },
    RUN_BOUND_MS,
  );

  it(
    'approve after Ctrl-C (SIGINT) approves nothing: the policy is byte-identical',
    async () => {
      const dir = tempDir();
      const before = policy(CLAUSES, 0);
      writeFileSync(join(dir, 'groot.md'), before);
      // Held with the approval written to its temp file, the lock taken, about to replace the policy.
      const run = await interruptRun(
        dir,
        ['approve', 'groot.md', '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10'],
        'SIGINT',
        'commit',
      );
      endedBy(run, 'SIGINT');
      expect(readFileSync(join(dir, 'groot.md'), 'utf8') === before, 'policy unchanged').toBe(true);
      expect(readdirSync(dir), 'no temp or lock file').toEqual(['groot.md']);
    },
    RUN_BOUND_MS,
  );

  it(
    'build of one policy as Word, run in the main thread: SIGTERM with the new file in its temp file leaves the old one',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'beleid.md'), policy(60, 0));
      const args = ['build', 'beleid.md', '--format', 'docx', '--out', 'out', '--force'];
      expect((await runBuiltCli(args, { cwd: dir })).code, 'the first build').toBe(0);
      const before = entriesIn(join(dir, 'out'));
      const built = before.filter((name) => name.endsWith('.docx'));
      expect(built).toHaveLength(1);
      const old = readFileSync(join(dir, 'out', built[0] as string));
      // Another edition: had the signalled build replaced the file, its bytes would differ.
      writeFileSync(join(dir, 'beleid.md'), policy(60, 1));
      const run = await interruptRun(dir, args, 'SIGTERM', 'commit');
      expect(run.heldAt).toBe('commit (main thread)');
      endedBy(run, 'SIGTERM');
      expect(readFileSync(join(dir, 'out', built[0] as string)).equals(old), 'the old Word file in place').toBe(true);
      expect(entriesIn(join(dir, 'out')), 'no temp file left, the manifest as it was').toEqual(before);
    },
    RUN_BOUND_MS,
  );

  it(
    'fmt --write interrupted (SIGINT) leaves the file byte-identical',
    async () => {
      const dir = tempDir();
      // Unformatted: blank lines doubled, so a finished fmt --write would change it.
      const before = policy(CLAUSES, 0).replace(/\n\n/g, '\n\n\n');
      writeFileSync(join(dir, 'groot.md'), before);
      const run = await interruptRun(dir, ['fmt', '--write', 'groot.md'], 'SIGINT', 'commit');
      endedBy(run, 'SIGINT');
      expect(readFileSync(join(dir, 'groot.md'), 'utf8') === before, 'file unchanged').toBe(true);
      expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
    },
    RUN_BOUND_MS,
  );
});
