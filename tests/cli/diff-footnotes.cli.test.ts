// Issue 23 item 1: a footnote is what a reader of a clause sees, so `diff FILE` after adoption must report a
// rewritten, added, deleted or moved footnote as a change of the clause that cites it, in every output, never
// "Geen wijzigingen" / exit 0. Driven through the CLI in a real git repository. (Link targets:
// tests/cli/diff-link-targets.cli.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { zipParts } from '../support/docx.js';
import { tempRepo } from '../support/git.js';

const ADOPTED = `---
id: privacy
title: Privacyreglement
organisation: testschool
version: "1.0"
lang: nl
---

# Gegevens {#gegevens}

1. De school bewaart de gegevens van leerlingen veilig.[^derden]
2. De school meldt een datalek binnen 72 uur aan de toezichthouder.
3. Zie de [klachtenregeling](https://testschool.nl/klachten) voor bezwaar tegen een besluit.

[^derden]: Gegevens worden nooit aan derden verstrekt.
`;

const HAVE_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;

/** A repository with ADOPTED approved and committed, and the working copy of it edited by `edit`. */
async function adoptedThenEdited(edit: (text: string) => string): Promise<{ root: string; file: string }> {
  const repo = tempRepo('clausemark-diff-footnotes-');
  const file = repo.write('policies/testschool/privacy.md', ADOPTED);
  const approve = await runCli(['approve', file, '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10']);
  expect(approve.code, approve.stderr).toBe(0);
  repo.commit('vastgesteld');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return { root: repo.root, file };
}

const rewritten = (text: string): string => text.replace('nooit aan derden verstrekt', 'aan iedere derde verkocht');

describe('diff FILE after adoption: footnotes are part of the clause that cites them', () => {
  it('a rewritten footnote is a substantive change of the clause that cites it (text, exit 1)', async () => {
    const { root, file } = await adoptedThenEdited(rewritten);
    const run = await runCli(['diff', '--exit-code', file], { cwd: root });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).not.toContain('Geen wijzigingen');
    expect(run.stdout).toContain('inhoudelijk');
    expect(run.stdout).toContain('aan iedere derde verkocht');
  });

  it.each([
    [
      'added',
      (text: string) =>
        text.replace('72 uur aan de toezichthouder.', '72 uur aan de toezichthouder.[^uitz]') +
        '\n[^uitz]: Behalve als de directeur anders beslist.\n',
    ],
    ['deleted', (text: string) => text.replace('veilig.[^derden]', 'veilig.').replace(/\[\^derden\]:.*\n/, '')],
    [
      'moved',
      (text: string) =>
        text.replace('veilig.[^derden]', 'veilig.').replace('toezichthouder.', 'toezichthouder.[^derden]'),
    ],
  ])('a footnote %s is a change, exit 1', async (_what, edit) => {
    const { root, file } = await adoptedThenEdited(edit);
    const run = await runCli(['diff', '--exit-code', file, '--format', 'json'], { cwd: root });
    expect(run.code, run.stderr).toBe(1);
    const diff = JSON.parse(run.stdout) as { changes: { kinds: string[]; significance: string }[] };
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(diff.changes.every((change) => change.kinds.includes('modified'))).toBe(true);
    expect(diff.changes.some((change) => change.significance === 'substantive')).toBe(true);
  });

  it('md and html name the new footnote text', async () => {
    const { root, file } = await adoptedThenEdited(rewritten);
    for (const format of ['md', 'html']) {
      const run = await runCli(['diff', '--exit-code', file, '--format', format, '--out', '-'], { cwd: root });
      expect(run.code, `${format}: ${run.stderr}`).toBe(1);
      expect(run.stdout).toContain('verkocht');
      expect(run.stdout).not.toContain('Geen wijzigingen');
    }
  });

  it.skipIf(!HAVE_PDFTOTEXT)('the board pack (pdf, read back with pdftotext) lists the change', async () => {
    const { root, file } = await adoptedThenEdited(rewritten);
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-fn-pack-')), 'pack.pdf');
    const run = await runCli(['diff', file, '--format', 'pdf', '--out', out], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('verkocht');
    expect(text).not.toContain('Geen wijzigingen');
  });

  it('the tracked-changes docx has the new footnote text as an insertion', async () => {
    const { root, file } = await adoptedThenEdited(rewritten);
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-fn-docx-')), 'revision.docx');
    const run = await runCli(['diff', file, '--format', 'docx', '--out', out], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const parts = zipParts(new Uint8Array(readFileSync(out)));
    const xml = [...parts.entries()]
      .filter(([name]) => name.startsWith('word/'))
      .map(([, body]) => body)
      .join('');
    const insertions = [...xml.matchAll(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => m[1]).join(' ');
    expect(insertions).toContain('verkocht');
    const deletions = [...xml.matchAll(/<w:del\b[^>]*>([\s\S]*?)<\/w:del>/g)].map((m) => m[1]).join(' ');
    expect(deletions).toContain('nooit');
  });
});
