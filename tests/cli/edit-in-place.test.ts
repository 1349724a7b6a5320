// approve and fmt --write change the user's own file: a symbolic link is written through to the file it points to
// (the link stays), a file with several names (hard links) is refused with a message and left as it is, and a file
// with lone CR line endings keeps them. Before, the link was replaced by an approved copy (the real file stayed
// unapproved), the hard link was split, and CR endings became LF without a word.
import {
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const GOOD = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'policies', 'good.md'), 'utf8');
// Without ids on its last clause, so fmt --write has something to change.
const UNFORMATTED = `${GOOD}\nDit is een regel zonder id.\n`;
const APPROVE = ['--name', 'Raad van Toezicht', '--role', 'toezichthouder', '--date', '2026-01-05'];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-edit-in-place-'));
  dirs.push(dir);
  return dir;
}

describe('approve and fmt --write on a symbolic link', () => {
  for (const command of ['approve', 'fmt'] as const) {
    it(`${command}: the target is changed, the link stays a link to it`, async () => {
      const dir = folder();
      const real = join(dir, 'echt.md');
      const link = join(dir, 'beleid.md');
      writeFileSync(real, UNFORMATTED);
      symlinkSync('echt.md', link);
      const args = command === 'approve' ? ['approve', 'beleid.md', ...APPROVE] : ['fmt', '--write', 'beleid.md'];
      const run = await runCli(args, { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe('echt.md');
      const text = readFileSync(real, 'utf8');
      if (command === 'approve') expect(text).toContain('name: Raad van Toezicht');
      else expect(text).toMatch(/\{#[a-z0-9.-]+\} Dit is een regel zonder id\./);
    });
  }
});

describe('approve and fmt --write on a file with two names (hard link)', () => {
  for (const command of ['approve', 'fmt'] as const) {
    it(`${command}: refused (exit 2) with a message saying why, both names keep one unchanged file`, async () => {
      const dir = folder();
      const first = join(dir, 'beleid.md');
      const second = join(dir, 'kopie.md');
      writeFileSync(first, UNFORMATTED);
      linkSync(first, second);
      const inode = statSync(first).ino;
      const args = command === 'approve' ? ['approve', 'beleid.md', ...APPROVE] : ['fmt', '--write', 'beleid.md'];
      const run = await runCli(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('the file has 2 names (hard links), so it was left unchanged');
      expect(run.stderr).toContain('ln -sf');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(statSync(first).ino).toBe(inode);
      expect(statSync(second).ino).toBe(inode);
      expect(readFileSync(first, 'utf8')).toBe(UNFORMATTED);
    });
  }
});

describe('lone CR line endings', () => {
  const CR = UNFORMATTED.replace(/\n/g, '\r');
  for (const command of ['approve', 'fmt'] as const) {
    it(`${command}: the file is rewritten with CR line endings, as the same file with LF is with LF`, async () => {
      const dir = folder();
      writeFileSync(join(dir, 'cr.md'), CR);
      writeFileSync(join(dir, 'lf.md'), UNFORMATTED);
      for (const name of ['cr.md', 'lf.md']) {
        const args = command === 'approve' ? ['approve', name, ...APPROVE] : ['fmt', '--write', name];
        const run = await runCli(args, { cwd: dir });
        expect(run.code, run.stderr).toBe(0);
      }
      const text = readFileSync(join(dir, 'cr.md'), 'utf8');
      const lf = readFileSync(join(dir, 'lf.md'), 'utf8');
      expect(lf).not.toBe(UNFORMATTED);
      expect(text).not.toContain('\n');
      expect(text).toBe(lf.replace(/\n/g, '\r'));
    });
  }
});

describe('a lock left behind', () => {
  it('by a process that has ended is taken over: approve goes ahead and leaves no lock', async () => {
    const dir = folder();
    const file = join(dir, 'beleid.md');
    writeFileSync(file, GOOD);
    // A pid far above any pid_max in use, so no process has it.
    writeFileSync(join(dir, '.beleid.md.lock'), `99999999 ${Date.now()} ${(await import('node:os')).hostname()}`);
    const run = await runCli(['approve', 'beleid.md', ...APPROVE], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('name: Raad van Toezicht');
    expect(() => statSync(join(dir, '.beleid.md.lock'))).toThrow();
  });
});
