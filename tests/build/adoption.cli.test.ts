// Issue 12 item 1: an approval covers the text whose hash it recorded, nothing else. A policy approved with
// `clausemark approve` and edited afterwards must not be printed as adopted anywhere: PDF cover and watermark,
// HTML badge and index, `start`'s table, the board pack; `build --strict` refuses it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { asGiven, NOT_IN_TABLE, readPdf, squash } from '../support/pdf.js';

const POLICY = `---
id: privacy
title: Privacyreglement
organisation: Stichting Voorbeeld
org: voorbeeld
version: "1.0"
status: proposed
---

## Uitgangspunten {#uitgangspunten}

1. {#up.doel} De school gaat zorgvuldig om met persoonsgegevens.
2. {#up.bewaren} Gegevens worden niet langer bewaard dan nodig.
`;

const CHANGED = [
  'Gegevens worden niet langer bewaard dan nodig.',
  'Gegevens worden bewaard zolang de school dat wil.',
] as const;

/** A project with two approved policies: `clean` as approved, `edited` changed after its approval. */
async function project(): Promise<{ dir: string; clean: string; edited: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-adoption-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  mkdirSync(join(dir, 'policies', 'voorbeeld'), { recursive: true });
  const clean = join('policies', 'voorbeeld', 'privacy.md');
  const edited = join('policies', 'voorbeeld', 'gedrag.md');
  writeFileSync(join(dir, clean), POLICY);
  writeFileSync(
    join(dir, edited),
    POLICY.replace('id: privacy', 'id: gedrag').replace('title: Privacyreglement', 'title: Gedragscode'),
  );
  for (const file of [clean, edited]) {
    const approved = await runCli(
      [
        'approve',
        file,
        '--name',
        'J. de Vries',
        '--role',
        'Voorzitter CvB',
        '--date',
        '2024-07-01',
        '--step',
        'vaststelling',
      ],
      { cwd: dir },
    );
    expect(approved.code, approved.stderr).toBe(0);
  }
  const path = join(dir, edited);
  writeFileSync(path, readFileSync(path, 'utf8').replace(...CHANGED));
  return { dir, clean, edited };
}

describe('a text changed after its approval is not shown as adopted', () => {
  let dir = '';
  let clean = '';
  let edited = '';
  beforeAll(async () => {
    ({ dir, clean, edited } = await project());
  });

  it('check reports it (the premise)', async () => {
    const run = await runCli(['check', edited], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('approval-outdated');
  });

  it('build: the PDF cover says so, with the watermark; the clean one stays adopted', async () => {
    const run = await runCli(['build', 'policies', '--out', 'out'], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: '1719792000' },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('out/voorbeeld/gedrag-1.0.pdf: built as a draft (CONCEPT)');
    expect(run.stdout).not.toContain('privacy-1.0.pdf: built as a draft');

    const outdated = await readPdf(readFileSync(join(dir, 'out', 'voorbeeld', 'gedrag-1.0.pdf')));
    const cover = squash(outdated.pages[0] ?? '');
    expect(cover).toContain(squash('Status: Concept: gewijzigd na vaststelling'));
    expect(cover).toContain(squash('Tekst gewijzigd na de vaststelling door Voorzitter CvB op 1 juli 2024'));
    expect(cover).not.toContain(squash('Vastgesteld door'));
    expect(cover).not.toContain(squash('Status: Vastgesteld'));
    for (const page of outdated.pages) expect(squash(page)).toContain(squash('CONCEPT'));

    const adopted = await readPdf(readFileSync(join(dir, 'out', 'voorbeeld', 'privacy-1.0.pdf')));
    const adoptedCover = squash(adopted.pages[0] ?? '');
    expect(adoptedCover).toContain(squash('Status: Vastgesteld'));
    expect(adoptedCover).toContain(squash('Vastgesteld door Voorzitter CvB op 1 juli 2024'));
    for (const page of adopted.pages) expect(squash(page)).not.toContain(squash('CONCEPT'));

    const page = readFileSync(join(dir, 'out', 'voorbeeld', 'gedrag-1.0.html'), 'utf8');
    expect(page).toContain('<span class="badge status-outdated">Concept: gewijzigd na vaststelling</span>');
    expect(page).not.toContain('badge status-approved');
    const index = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toContain('<span class="badge status-outdated">Concept: gewijzigd na vaststelling</span>');
    expect(index.match(/badge status-approved/g)).toHaveLength(1);
  });

  it('build --strict refuses, names the file and writes nothing', async () => {
    const run = await runCli(['build', 'policies', '--out', 'strict-out', '--strict'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${edited}:7:9: the policy claims adoption (status: approved), but its text changed after the approval of 1 July 2024 by J. de Vries`,
    );
    expect(run.stderr).toContain('fix: have the changed text approved');
    expect(run.stderr).not.toContain(clean);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'strict-out'))).toBe(false);
    const cleanOnly = await runCli(['build', clean, '--out', 'strict-clean', '--strict', '--no-site'], { cwd: dir });
    expect(cleanOnly.code, cleanOnly.stderr).toBe(0);
    expect(readdirSync(join(dir, 'strict-clean', 'voorbeeld'))).toEqual(['privacy-1.0.pdf']);
  });

  it('start shows the effective status in its table', async () => {
    const run = await runCli(['start', '--out', 'start-out'], { cwd: dir });
    expect(run.stdout).toMatch(/Stichting Voorbeeld +Gedragscode +1\.0 +changed after adoption /);
    expect(run.stdout).toMatch(/Stichting Voorbeeld +Privacyreglement +1\.0 +approved /);
  });

  it('the board pack offers the decision for signature again and shows the status as it is', async () => {
    const before = join(dir, 'gedrag-0.md');
    writeFileSync(
      before,
      POLICY.replace('id: privacy', 'id: gedrag')
        .replace('title: Privacyreglement', 'title: Gedragscode')
        .replace('version: "1.0"', 'version: "0.9"'),
    );
    const pack = join(dir, 'pack.pdf');
    const run = await runCli(['diff', before, edited, '--format', 'pdf', '--out', pack], { cwd: dir });
    expect(run.stderr).toBe('');
    const { pages } = await readPdf(readFileSync(pack));
    expect(squash(pages[0] ?? '')).toContain(squash('Voorstel → Concept: gewijzigd na vaststelling'));
    // The last page: its heading "Ter vaststelling" and one empty row to sign this text (one row per step still to
    // come: two identical rows would read as two decisions). The decision recorded for the text before is no
    // approval of this one, and is not listed as given (issue 69 item 3).
    // The line under the table names that decision as given for another text; the table does not list it.
    const lastPage = squash(pages[pages.length - 1] ?? '');
    expect(lastPage).toMatch(NOT_IN_TABLE);
    const approvalPage = asGiven(lastPage);
    expect(approvalPage).toContain(squash('Ter vaststelling'));
    expect(approvalPage.split('vaststelling').length - 1).toBe(2);
    expect(approvalPage).not.toContain(squash('J. de Vries'));
    expect(approvalPage).not.toContain(squash('1 juli 2024'));
  });
});
