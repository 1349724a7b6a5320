// Issue 23 item 1, links: a link pointed elsewhere after adoption is covered by the approval hash, so `diff FILE`
// must report it, in every output, as a change of its clause with the reason "link target changed: A → B", never
// "Geen wijzigingen" / exit 0. An address only written another way (http → https, a trailing slash) is editorial.
// Driven through the CLI in a real git repository.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { zipParts } from '../support/docx.js';
import { tempRepo } from '../support/git.js';

const ADOPTED = `---
id: klachten
title: Klachtenregeling
organisation: testschool
version: "1.0"
lang: nl
---

# Bezwaar {#bezwaar}

1. Zie de [klachtenregeling](https://testschool.nl/klachten) voor bezwaar tegen een besluit.
2. Een klacht over de inspectie gaat naar de [landelijke commissie][lkc].

[lkc]: http://onderwijsgeschillen.nl/commissies/lkc
`;

const OLD_TARGET = 'https://testschool.nl/klachten';
const NEW_TARGET = 'https://reclame-bureau.example/aanbieding';
const HAVE_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;

/** A repository with ADOPTED approved and committed, and its working copy edited by `edit`. */
async function adoptedThenEdited(edit: (text: string) => string): Promise<{ root: string; file: string }> {
  const repo = tempRepo('clausemark-diff-links-');
  const file = repo.write('policies/testschool/klachten.md', ADOPTED);
  const approve = await runCli(['approve', file, '--name', 'J. de Vries', '--role', 'bestuur', '--date', '2026-01-10']);
  expect(approve.code, approve.stderr).toBe(0);
  repo.commit('vastgesteld');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return { root: repo.root, file };
}

const pointedElsewhere = (text: string): string => text.replace(OLD_TARGET, NEW_TARGET);
const REASON = `linkdoel gewijzigd: 'klachtenregeling' ${OLD_TARGET} → ${NEW_TARGET}`;

describe('diff FILE after adoption: a link pointed elsewhere is a change', () => {
  it('text, md and html: exit 1, substantive, the reason names both addresses', async () => {
    const { root, file } = await adoptedThenEdited(pointedElsewhere);
    for (const format of ['text', 'md', 'html']) {
      const run = await runCli(['diff', '--exit-code', file, '--format', format, '--out', '-'], { cwd: root });
      expect(run.code, `${format}: ${run.stderr}`).toBe(1);
      expect(run.stdout).not.toContain('Geen wijzigingen');
      expect(run.stdout).toContain('inhoudelijk');
      const shown = format === 'html' ? run.stdout.replace(/&#39;|&#x27;/g, "'") : run.stdout;
      expect(shown.replace(/\\/g, '')).toContain(REASON);
    }
  });

  it('json: one modified change with the reason as data', async () => {
    const { root, file } = await adoptedThenEdited(pointedElsewhere);
    const run = await runCli(['diff', '--exit-code', file, '--format', 'json'], { cwd: root });
    expect(run.code, run.stderr).toBe(1);
    const diff = JSON.parse(run.stdout) as {
      changes: { kinds: string[]; significance: string; reasonCodes: unknown[]; linkTargets: unknown[] }[];
    };
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.kinds).toEqual(['modified']);
    expect(diff.changes[0]?.significance).toBe('substantive');
    expect(diff.changes[0]?.reasonCodes).toEqual([
      { code: 'link-target-changed', params: { text: 'klachtenregeling', from: OLD_TARGET, to: NEW_TARGET } },
    ]);
    expect(diff.changes[0]?.linkTargets).toEqual([{ text: 'klachtenregeling', from: OLD_TARGET, to: NEW_TARGET }]);
  });

  it('a reference link whose definition went to https with a trailing slash: editorial, and said', async () => {
    const { root, file } = await adoptedThenEdited((text) =>
      text.replace('http://onderwijsgeschillen.nl/commissies/lkc', 'https://onderwijsgeschillen.nl/commissies/lkc/'),
    );
    const run = await runCli(['diff', '--exit-code', file], { cwd: root });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('redactioneel');
    expect(run.stdout).not.toMatch(/\binhoudelijk\b.*\n.*landelijke/);
    expect(run.stdout).toContain('https://onderwijsgeschillen.nl/commissies/lkc/');
    const ignoring = await runCli(['diff', file, '--ignore-editorial'], { cwd: root });
    expect(ignoring.code, ignoring.stderr).toBe(0);
  });

  it('link syntax alone is still no change: the same target written as a reference link', async () => {
    const { root, file } = await adoptedThenEdited((text) =>
      text.replace(`[klachtenregeling](${OLD_TARGET})`, '[klachtenregeling][k]').concat(`[k]: ${OLD_TARGET}\n`),
    );
    const run = await runCli(['diff', '--exit-code', file], { cwd: root });
    expect(run.code, run.stdout).toBe(0);
  });

  it.skipIf(!HAVE_PDFTOTEXT)('the board pack (pdf, read back with pdftotext) gives the reason', async () => {
    const { root, file } = await adoptedThenEdited(pointedElsewhere);
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-link-pack-')), 'pack.pdf');
    const run = await runCli(['diff', file, '--format', 'pdf', '--out', out], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).not.toContain('Geenwijzigingen');
    expect(text).toContain('linkdoelgewijzigd');
    expect(text).toContain('reclame-bureau.example/aanbieding');
  });

  it('the tracked-changes docx summary gives the reason', async () => {
    const { root, file } = await adoptedThenEdited(pointedElsewhere);
    const out = join(mkdtempSync(join(tmpdir(), 'clausemark-link-docx-')), 'revision.docx');
    const run = await runCli(['diff', file, '--format', 'docx', '--out', out], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const xml = zipParts(new Uint8Array(readFileSync(out))).get('word/document.xml') ?? '';
    const text = xml.replace(/<[^>]+>/g, '').replace(/&apos;|&#39;/g, "'");
    expect(text).toContain(REASON);
  });
});
