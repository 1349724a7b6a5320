// `fmt --template T --write`: a school copy without IDs gets the template's IDs where its clauses match the
// template's by content, written atomically with the file's permissions kept; `deviations` then matches by ID.
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { V1_1_FILE, wordCopy } from '../template/support.js';

describe('clausemark fmt --template (CLI)', () => {
  it("writes the template's IDs into a copy without them, keeping its permissions", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-fmt-template-'));
    const file = join(dir, 'social-media.md');
    writeFileSync(file, wordCopy());
    chmodSync(file, 0o640);

    const run = await runCli(['fmt', '--template', V1_1_FILE, '--write', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('{#up.respect}');
    expect(written).toContain('### Uitgangspunten {#uitgangspunten}');
    expect(statSync(file).mode & 0o777).toBe(0o640);

    const register = await runCli(['deviations', '--template', V1_1_FILE, '--format', 'json', file]);
    expect(register.code).toBe(0);
    const clauses = JSON.parse(register.stdout).policies[0].clauses as { status: string; matchedBy?: string }[];
    expect(clauses.filter((clause) => clause.status !== 'dropped').every((clause) => clause.matchedBy === 'id')).toBe(
      true,
    );
  });

  it('refuses a template that cannot be read, with exit code 2 and nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-fmt-template-'));
    const file = join(dir, 'social-media.md');
    writeFileSync(file, wordCopy());
    const run = await runCli(['fmt', '--template', join(dir, 'missing.md'), '--write', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(wordCopy());
  });
});
