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
});
