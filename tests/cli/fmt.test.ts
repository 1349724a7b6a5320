import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const UNFORMATTED = '## Doel\n\n* Leerlingen lezen mee.\n';

function policyFolder(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-fmt-cli-'));
  const file = join(dir, 'beleid.md');
  writeFileSync(file, UNFORMATTED);
  writeFileSync(join(dir, 'klaar.md'), '## Klaar {#klaar}\n');
  return { dir, file };
}

describe('clausemark fmt (CLI)', () => {
  it('prints the formatted text of a single file and writes nothing', async () => {
    const { file } = policyFolder();
    const run = await runCli(['fmt', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('## Doel {#doel}\n\n- {#doel.leerlingen-lezen-mee} Leerlingen lezen mee.\n');
    expect(readFileSync(file, 'utf8')).toBe(UNFORMATTED);
  });

  it('--check exits 1 and names the files that would change; --write fixes them; then --check exits 0', async () => {
    const { dir, file } = policyFolder();
    const check = await runCli(['fmt', '--check', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(file);
    expect(check.stdout).not.toContain('klaar.md');

    const write = await runCli(['fmt', '--write', dir]);
    expect(write.code).toBe(0);
    expect(write.stdout).toContain('formatted 1 file (2 IDs assigned)');
    expect(readFileSync(file, 'utf8')).toContain('{#doel.leerlingen-lezen-mee}');

    const again = await runCli(['fmt', '--check', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2 files already formatted');
  });

  it('without flags lists the files that would change when given several', async () => {
    const { dir, file } = policyFolder();
    const run = await runCli(['fmt', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`would format ${file}`);
    expect(readFileSync(file, 'utf8')).toBe(UNFORMATTED);
  });

  it('exits 2 for --write with --check, and for a missing file', async () => {
    const both = await runCli(['fmt', '--write', '--check', 'x.md']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('cannot be combined');
    const missing = await runCli(['fmt', 'no-such-file.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.md');
  });
});
