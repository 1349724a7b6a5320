// Commands that change a shared file, run as real processes at the same moment: each reads the file under its lock
// (src/io/lock.ts), so no run starts from a text another is about to replace. Before the lock, 24 parallel confirms
// kept 5-7 entries and 5 parallel approves all said "approved" while 1-3 rows remained.
// The 24 confirms start from confirm's kept code (V8's code cache, src/cli/startup/code-cache.ts), as a user's do after their
// first confirm: three confirms at once in corpora of their own keep it first (each writes the cache file at the same
// moment, which must leave it whole for the 24 that read it). Without it each of the 24 compiled the bundle and made
// its own cache (~0.45 CPU s a run instead of ~0.2: 11.8 against 5.6 CPU s for the 24, /usr/bin/time, load ~19).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-parallel-writes-'));
  dirs.push(root);
  for (const org of ['aloysius', 'casparus-college'])
    cpSync(join(PROJECT_ROOT, 'policies', org, 'social-media.md'), join(root, 'policies', org, 'social-media.md'));
  return root;
}

describe('parallel writes to one file (compiled CLI, separate processes)', () => {
  it('24 confirms at once: every one is in alignments.yaml, and no lock file is left', async () => {
    const keeping = await Promise.all(
      [corpus(), corpus(), corpus()].map((cwd) =>
        runBuiltCli(['confirm', 'aloysius:verantw.twijfel', 'casparus-college:alle.fotos-toestemming'], { cwd }),
      ),
    );
    for (const kept of keeping) expect(kept.code, kept.stderr).toBe(0);
    const root = corpus();
    const text = readFileSync(join(root, 'policies', 'casparus-college', 'social-media.md'), 'utf8');
    const clauses = [...text.matchAll(/\{#([a-z0-9-]+\.[a-z0-9.-]+)\}/g)].map((match) => match[1]).slice(0, 24);
    expect(clauses).toHaveLength(24);
    const runs = await Promise.all(
      clauses.map((clause) =>
        runBuiltCli(['confirm', 'aloysius:verantw.twijfel', `casparus-college:${clause}`], { cwd: root }),
      ),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const entries = readFileSync(join(root, 'policies', 'alignments.yaml'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('- same: '));
    expect(entries).toHaveLength(24);
    for (const clause of clauses)
      expect(entries.some((entry) => entry.includes(`casparus-college:${clause}@`))).toBe(true);
    expect(readdirSync(join(root, 'policies')).filter((name) => name.includes('.lock'))).toEqual([]);
  }, 180_000);

  it('5 approves at once: all 5 rows are recorded, each run that said "approved" is in the file', async () => {
    const root = corpus();
    const file = join(root, 'policies', 'aloysius', 'social-media.md');
    // Without a kind the policy has no procedure, so five advice rows of any step may land side by side: what is
    // tested here is the lock, not the order of a procedure's steps.
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: social-media\nlevel: bestuur\n', ''));
    const names = ['Anna de Vries', 'Bram Jansen', 'Chantal Bakker', 'Daan Visser', 'Eva Smit'];
    const runs = await Promise.all(
      names.map((name, index) =>
        runBuiltCli(
          ['approve', file, '--name', name, '--role', 'lid GMR', '--step', `advies-${index}`, '--date', '2026-01-05'],
          { cwd: root },
        ),
      ),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const source = readFileSync(file, 'utf8');
    for (const name of names) expect(source).toContain(`name: ${name}`);
  }, 180_000);
});
