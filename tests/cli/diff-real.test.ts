// Issue 26 through the CLI, on documents as they come: two copies of one text (item 1), the board pack's approval
// lines (item 7), the report's versions (item 8) and the dates of the Word revision's tracked changes (item 9).
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { zipParts } from '../support/docx.js';
import { readPdf } from '../support/pdf.js';

/** A text without front matter, as real documents come: no id, no organisation, no version. */
const PLAIN =
  '# Huisregels\n\n## Toegang\n\nDe poort gaat om acht uur open.\n\n## Pauze\n\n1. Je blijft op het plein.\n2. Je ruimt je afval op.\n';

describe('two copies of one text under other names (item 1)', () => {
  it('are the same document: exit 0, no "id" or organisation line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-copies-'));
    mkdirSync(join(dir, 'school-a'));
    mkdirSync(join(dir, 'school-b'));
    const a = join(dir, 'school-a', 'huisregels-kopie.md');
    const b = join(dir, 'school-b', 'huisregels.md');
    writeFileSync(a, PLAIN);
    writeFileSync(b, PLAIN);
    const run = await runCli(['diff', a, b]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\bid:|organisation|org:/);
    const json = await runCli(['diff', a, b, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).meta).toEqual([]);
  });

  it('an id written in the new copy only is a line of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-copies-'));
    const a = join(dir, 'a-copy.md');
    const b = join(dir, 'b-copy.md');
    writeFileSync(a, PLAIN);
    writeFileSync(b, `---\nid: huisregels\n---\n\n${PLAIN}`);
    const run = await runCli(['diff', '--exit-code', a, b, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).meta).toEqual([
      expect.objectContaining({ field: 'id', new: 'huisregels', description: 'id set to huisregels' }),
    ]);
  });
});

describe('diff --format docx dates (item 9)', () => {
  it('dates the tracked changes and "Datum opmaak" when the new version was made, not by its future effective date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-dates-'));
    const meta = (version: string, effective: string) =>
      `---\nid: pauze\ntitle: Pauzeregels\norganisation: School\nversion: "${version}"\nlang: nl\neffective: ${effective}\n---\n\n`;
    const oldFile = join(dir, 'pauze-1.md');
    const newFile = join(dir, 'pauze-2.md');
    writeFileSync(
      oldFile,
      `${meta('1.0', '2025-08-01')}## Pauze {#pauze}\n\n1. {#pauze.plein} Je blijft op het plein.\n`,
    );
    writeFileSync(
      newFile,
      `${meta('2.0', '2027-01-01')}## Pauze {#pauze}\n\n1. {#pauze.plein} Je blijft op het schoolplein.\n`,
    );
    const edited = new Date('2026-03-02T10:00:00Z');
    utimesSync(newFile, edited, edited);
    const out = join(dir, 'revision.docx');
    const run = await runCli(['diff', oldFile, newFile, '--format', 'docx', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const expected = epoch ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : '2026-03-02';
    const document = zipParts(new Uint8Array(readFileSync(out))).get('word/document.xml') ?? '';
    const dates = [...document.matchAll(/w:date="([^"]+)"/g)].map((match) => match[1]?.slice(0, 10));
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set([expected]));
    expect(document).not.toContain('2027-01-01T');
    expect(document).not.toContain('Datum opmaak: 1 januari 2027');
    if (!epoch) expect(document).toContain('Datum opmaak: 2 maart 2026');
  });
});

describe('the board pack says only what happened to approvals (item 7)', () => {
  it("keeps the old version's adoption out of page 1 and names a GMR row by its step", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-diff-approvals-'));
    const head = (version: string, status: string, approvals: string) =>
      `---\nid: toetsing\ntitle: Toetsreglement\norganisation: Lyceum\nversion: "${version}"\nstatus: ${status}\nlang: nl\napprovals:\n${approvals}---\n\n`;
    const adopted = '  - { date: 2025-06-12, name: J. Bakker, role: bestuurder, step: vaststelling }\n';
    const consent = '  - { date: 2026-02-10, name: GMR, role: medezeggenschap, step: instemming }\n';
    const oldFile = join(dir, 'toetsing-1.md');
    const newFile = join(dir, 'toetsing-2.md');
    writeFileSync(
      oldFile,
      `${head('1.0', 'approved', adopted)}## Herkansing {#herkansing}\n\n1. {#herkansing.een} Je mag één toets herkansen.\n`,
    );
    writeFileSync(
      newFile,
      `${head('2.0', 'draft', consent)}## Herkansing {#herkansing}\n\n1. {#herkansing.een} Je mag twee toetsen herkansen.\n`,
    );
    const out = join(dir, 'pack.pdf');
    const run = await runCli(['diff', oldFile, newFile, '--format', 'pdf', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const first = ((await readPdf(new Uint8Array(readFileSync(out)), { firstPages: 1 })).pages[0] ?? '').replace(
      /\s+/g,
      ' ',
    );
    expect(first).toContain('GMR');
    expect(first).not.toMatch(/verwijderd/);
    expect(first).not.toMatch(/Vaststelling/);
    expect(first).toMatch(/Instemming\s*toegevoegd/);
  });
});
