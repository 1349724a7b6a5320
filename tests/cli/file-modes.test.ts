// Commands that rewrite a user's file (fmt --write, approve, upgrade, adapt --force) keep its permissions and owner,
// and refuse a read-only file (exit 2, the file untouched) unless told --force. Through the real CLI.
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { policyPath } from '../support/paths.js';
import { adapted, sectorProject, v10 } from '../template/support.js';

const UNFORMATTED = '## Doel\n\n* Leerlingen lezen mee.\n';
const APPROVE = ['--name', 'GMR', '--role', 'Medezeggenschapsraad', '--date', '2024-06-12', '--step', 'advies'];

const modeOf = (file: string): number => statSync(file).mode & 0o7777;

/** A file with `text` and exactly `mode` (chmod, so the umask does not interfere), alone in a new folder. */
function fileWithMode(name: string, text: string, mode: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'clausemark-modes-')), name);
  writeFileSync(file, text);
  chmodSync(file, mode);
  return file;
}

/** The writers under test: each rewrites `file` in place (and succeeds when it may). */
const WRITERS: { name: string; text: () => string; args: (file: string) => string[] }[] = [
  { name: 'fmt --write', text: () => UNFORMATTED, args: (file) => ['fmt', '--write', file] },
  {
    name: 'approve',
    text: () => readFileSync(policyPath('allure'), 'utf8'),
    args: (file) => ['approve', file, ...APPROVE],
  },
];

describe("rewriting a user's file keeps its permissions", () => {
  for (const writer of WRITERS) {
    for (const mode of [0o600, 0o640, 0o755]) {
      it(`${writer.name} keeps mode ${mode.toString(8)}`, async () => {
        const file = fileWithMode('beleid.md', writer.text(), mode);
        const before = readFileSync(file, 'utf8');
        const run = await runCli(writer.args(file));
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(readFileSync(file, 'utf8')).not.toBe(before);
        expect(modeOf(file).toString(8)).toBe(mode.toString(8));
      });
    }

    it(`${writer.name} refuses a read-only (444) file, leaving it as it was; --force rewrites it and keeps 444`, async () => {
      const file = fileWithMode('beleid.md', writer.text(), 0o444);
      const before = readFileSync(file, 'utf8');
      const run = await runCli(writer.args(file));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`clausemark: ${file}: the file is read-only, so it was left unchanged`);
      expect(run.stderr).toMatch(
        /fix: make it writable \(chmod u\+w .*beleid\.md\), or add --force to rewrite it anyway/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(readdirSync(join(file, '..'))).toEqual(['beleid.md']);

      const forced = await runCli([...writer.args(file), '--force']);
      expect(forced.stderr).toBe('');
      expect(forced.code).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toBe(before);
      expect(modeOf(file).toString(8)).toBe('444');
    });
  }

  it('fmt --write writes none of the files when one of them is read-only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-modes-'));
    const [writable, readOnly] = [join(dir, 'a.md'), join(dir, 'b.md')];
    writeFileSync(writable, UNFORMATTED);
    writeFileSync(readOnly, UNFORMATTED);
    chmodSync(readOnly, 0o444);
    const run = await runCli(['fmt', '--write', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${readOnly}: the file is read-only`);
    expect(readFileSync(writable, 'utf8')).toBe(UNFORMATTED);
    expect(readFileSync(readOnly, 'utf8')).toBe(UNFORMATTED);
  });

  it('upgrade keeps mode 600, and refuses a read-only policy unless --force', async () => {
    const project = sectorProject();
    const file = project.write('policies/casparus-college/social-media.md', adapted(v10()));
    chmodSync(file, 0o600);
    const upgrade = (...extra: string[]) =>
      runCli(['upgrade', file, '--template', 'sector-social-media', ...extra], { cwd: project.root });
    expect((await upgrade()).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('derivedFrom: sector-social-media@1.1');
    expect(modeOf(file).toString(8)).toBe('600');

    writeFileSync(file, adapted(v10()));
    chmodSync(file, 0o444);
    const refused = await upgrade();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${file}: the file is read-only, so it was left unchanged`);
    expect(readFileSync(file, 'utf8')).toBe(adapted(v10()));
    expect((await upgrade('--force')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('derivedFrom: sector-social-media@1.1');
    expect(modeOf(file).toString(8)).toBe('444');
  });

  it('adapt --force replacing a policy keeps its mode 640', async () => {
    const project = sectorProject();
    const file = project.write('policies/casparus-college/social-media.md', 'oud\n');
    chmodSync(file, 0o640);
    const run = await runCli(
      [
        'adapt',
        'sector-social-media',
        '--org',
        'casparus-college',
        '--set',
        'organisation=Casparus College',
        '--set',
        'contactRole=teamleider',
        '--force',
      ],
      { cwd: project.root },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Casparus College');
    expect(modeOf(file).toString(8)).toBe('640');
  });

  // Only root can give a file to another user; for everyone else a rewrite keeps the owner anyway (it is theirs).
  it.skipIf(process.getuid?.() !== 0)(
    'fmt --write keeps the owner and group of a file that belongs to someone else (run as root)',
    async () => {
      const file = fileWithMode('beleid.md', UNFORMATTED, 0o664);
      chownSync(file, 65534, 65534);
      expect((await runCli(['fmt', '--write', file])).code).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toBe(UNFORMATTED);
      const { uid, gid } = statSync(file);
      expect({ uid, gid }).toEqual({ uid: 65534, gid: 65534 });
      expect(modeOf(file).toString(8)).toBe('664');
    },
  );
});
