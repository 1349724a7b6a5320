// Issue 69 item 6: an NFC and an NFD copy of one policy are the same policy. Every "é" of Aloysius's protocol written
// as "e" and a combining accent (as macOS file names and some editors write it): `diff --exit-code` says "Geen
// wijzigingen" and exits 0, both ways round, while one word changed in the NFD copy is still a change. Run through the
// CLI in the test's process (runCli).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { policyPath } from '../support/paths.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-unicode-forms-'));
  const text = readFileSync(policyPath('aloysius'), 'utf8');
  writeFileSync(join(dir, 'nfc.md'), text.normalize('NFC'));
  writeFileSync(join(dir, 'nfd.md'), text.normalize('NFD'));
  writeFileSync(
    join(dir, 'nfd-changed.md'),
    text.normalize('NFD').replace('Uiteraard respecteren', 'Uiteraard negeren'),
  );
});

describe('an NFC and an NFD copy of one policy', () => {
  it('differ in their bytes, a heading with an accent among them (the premise)', () => {
    const nfd = readFileSync(join(dir, 'nfd.md'), 'utf8');
    expect(nfd).not.toBe(readFileSync(join(dir, 'nfc.md'), 'utf8'));
    expect(nfd).toContain('### Houd prive\u0301 en werk gescheiden');
  });

  it.each([
    ['nfc.md', 'nfd.md'],
    ['nfd.md', 'nfc.md'],
  ])('diff --exit-code %s %s: "Geen wijzigingen", exit 0', async (from, to) => {
    const run = await runCli(['diff', from, to, '--exit-code'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Geen wijzigingen');
    expect(run.stdout).not.toMatch(/gewijzigd|privé|prive\u0301/);
    expect(run.code).toBe(0);
  });

  it('still sees a word changed in the NFD copy', async () => {
    const run = await runCli(['diff', 'nfc.md', 'nfd-changed.md', '--exit-code'], { cwd: dir });
    expect(run.stdout).toContain('negeren');
    expect(run.code).toBe(1);
  });
});
