// Issue 26 item 10: a model text as it comes, without `id` or `version` in front matter (it has none at all), is
// used as a template: its key from the file name, its version "unversioned". `check` still advises adding both.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('deviations --template with a model text without id or version', () => {
  it('registers the adaptation against it instead of refusing it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-as-it-comes-'));
    mkdirSync(join(root, 'policies', 'ons-team'), { recursive: true });
    writeFileSync(
      join(root, 'model-code.md'),
      '# Gedragscode\n\n## Onze belofte\n\nWij zorgen voor een veilige omgeving voor iedereen.\n\n## Handhaving\n\nWie de code schendt, kan worden verwijderd.\n',
    );
    writeFileSync(
      join(root, 'policies', 'ons-team', 'gedragscode.md'),
      '# Gedragscode\n\n## Onze belofte\n\nWij zorgen voor een veilige omgeving voor iedereen.\n',
    );
    const run = await runCli(
      ['deviations', '--template', 'model-code.md', 'policies/ons-team/gedragscode.md', '--format', 'json'],
      { cwd: root },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/not a usable template/);
    const register = JSON.parse(run.stdout);
    expect(JSON.stringify(register)).toContain('"unversioned"');
    expect(JSON.stringify(register)).toContain('model-code');
  });

  it("names the register's columns after the policies' files when their org comes only from the shared folder", async () => {
    const root = mkdtempSync(join(tmpdir(), 'clausemark-columns-'));
    mkdirSync(join(root, 'gedragscodes'), { recursive: true });
    const body = '# Gedragscode\n\n## Onze belofte\n\nWij zorgen voor een veilige omgeving voor iedereen.\n';
    writeFileSync(join(root, 'model-code.md'), body);
    writeFileSync(join(root, 'gedragscodes', 'sportclub-2024.md'), body);
    writeFileSync(join(root, 'gedragscodes', 'muziekschool-2025.md'), `---\norg: muziekschool\n---\n${body}`);
    const run = await runCli(
      [
        'deviations',
        '--template',
        'model-code.md',
        'gedragscodes/sportclub-2024.md',
        'gedragscodes/muziekschool-2025.md',
      ],
      { cwd: root },
    );
    expect(run.code, run.stderr).toBe(0);
    const header = run.stdout.split('\n').find((line) => line.includes('muziekschool') && !line.includes('/')) ?? '';
    expect(header).toMatch(/sportclub-2024\s+muziekschool$/);
    expect(header).not.toContain('gedragscodes');
  });
});
