// `clausemark --version` and `-V` print the version of the installed package, as `npx clausemark --version` users expect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('clausemark --version', () => {
  it('prints the package version and exits 0, with --version and with -V', async () => {
    for (const flag of ['--version', '-V']) {
      const run = await runCli([flag]);
      expect(run.stderr, flag).toBe('');
      expect(run.code, flag).toBe(0);
      expect(run.stdout, flag).toBe(`${VERSION}\n`);
    }
  });

  it('is listed in the help', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/-V, --version +print clausemark's version/);
  });
});
