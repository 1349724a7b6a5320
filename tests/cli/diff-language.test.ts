// Issue 16: a policy without `lang` used to get Dutch labels and Dutch word lists whatever it was written in. The
// diff now speaks the new version's language, detected from its text when the frontmatter does not say it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

function pair(oldText: string, newText: string): [string, string] {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-cli-lang-'));
  writeFileSync(join(dir, 'old.md'), oldText);
  writeFileSync(join(dir, 'new.md'), newText);
  return [join(dir, 'old.md'), join(dir, 'new.md')];
}

const ENGLISH = (duty: string) =>
  `# Phone policy\n\nPupils ${duty} use their phones during breaks, and teachers collect phones that ring during lessons.\n`;
const DUTCH = (duty: string) =>
  `# Telefoonbeleid\n\nLeerlingen ${duty} hun telefoon in de pauze gebruiken, en docenten nemen telefoons in die in de les afgaan.\n`;

describe('clausemark diff in the language of the policy (CLI)', () => {
  it('an English policy without lang gets English labels and English reasons', async () => {
    const [a, b] = pair(ENGLISH('may'), ENGLISH('must not'));
    const run = await runCli(['diff', '--exit-code', a, b]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 change: 1 substantive, 0 editorial');
    expect(run.stdout).toContain('Why substantive:');
    expect(run.stdout).toContain("negation 'not' added");
    const json = JSON.parse((await runCli(['diff', a, b, '--format', 'json'])).stdout) as {
      lang: string;
      changes: { reasons: string[]; reasonCodes: { code: string }[] }[];
    };
    expect(json.lang).toBe('en');
    expect(json.changes[0]?.reasonCodes.map((reason) => reason.code)).toContain('negation-added');
  });

  it('a Dutch policy without lang still speaks Dutch', async () => {
    const [a, b] = pair(DUTCH('mogen'), DUTCH('moeten'));
    const run = await runCli(['diff', '--exit-code', a, b]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 wijziging: 1 inhoudelijk, 0 redactioneel');
    expect(run.stdout).toContain('verplichting mogen → moeten');
  });
});
