// Issue 23 item 6 end to end: `diff --ignore-editorial` of two versions whose only change is veilig → onveilig
// said "Geen wijzigingen" (the change passed for a spelling fix); it shows the change, with the reason in the
// policy's language (Dutch, and lawful → unlawful in English).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';

const GOOD = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'bad', 'policies', 'good.md'), 'utf8');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('diff --ignore-editorial: a meaning reversed by a prefix', () => {
  it('veilig → onveilig is shown as substantive, with "betekenis omgekeerd: veilig → onveilig"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-negation-prefix-'));
    dirs.push(dir);
    const sentence = 'Dit protocol beschrijft hoe wij met sociale media omgaan.';
    expect(GOOD).toContain(sentence);
    writeFileSync(join(dir, 'oud.md'), GOOD.replace(sentence, `${sentence} Het gebruik is veilig.`));
    writeFileSync(join(dir, 'nieuw.md'), GOOD.replace(sentence, `${sentence} Het gebruik is onveilig.`));
    const run = await runCli(['diff', '--exit-code', 'oud.md', 'nieuw.md', '--ignore-editorial'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1); // diff's exit code when it shows a change (docs/diff.md)
    expect(run.stdout).not.toContain('Geen wijzigingen');
    expect(run.stdout).toContain('1 wijziging: 1 inhoudelijk, 0 redactioneel');
    expect(run.stdout).toContain('betekenis omgekeerd: veilig → onveilig');
  });
  it('lawful → unlawful in an English policy is shown as substantive, with "meaning reversed: lawful → unlawful"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-negation-prefix-en-'));
    dirs.push(dir);
    const sentence = 'Dit protocol beschrijft hoe wij met sociale media omgaan.';
    const english = GOOD.replace('lang: nl', 'lang: en').replace(
      sentence,
      'Recording a lesson without consent is lawful.',
    );
    expect(english).toContain('lang: en');
    writeFileSync(join(dir, 'old.md'), english);
    writeFileSync(join(dir, 'new.md'), english.replace('is lawful.', 'is unlawful.'));
    const run = await runCli(['diff', '--exit-code', 'old.md', 'new.md', '--ignore-editorial'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('1 change: 1 substantive, 0 editorial');
    expect(run.stdout).toContain('meaning reversed: lawful → unlawful');
  });
});
