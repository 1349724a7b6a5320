// Issue 68 item 5, through the CLI in the test's process (runCli): office habits do not change a policy. The
// reglement's .docx saved three times by LibreOffice (each save escapes the bookmark names again:
// "clausemark:approvals" → "clausemark%3Aapprovals" → "clausemark%253Aapprovals" …) and once through .doc (which also
// drops the source the document carries and splits its lists) comes back as the same policy: `import --into` writes
// nothing, a fresh import has the source's clauses and IDs (no "Voetnoten" chapter, no approval table as text, no
// article renumbered), and `diff` finds no change and keeps "Vastgesteld"; a policy of 75 clauses through .doc comes
// back with no article renumbered. A tracked change that starts at an article's first word keeps the article's ID, so
// it is accepted by that ID. Skips with a message when soffice or python-docx (/usr/bin/python3) is missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { convertFiles } from '../support/libreoffice.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { haveTool } from '../support/tools.js';
import { havePythonDocx } from '../support/python-docx.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'word');
const REGLEMENT = join(FIXTURES, 'reglement.md');
const HAVE_SOFFICE = haveTool('soffice');

const dir = mkdtempSync(join(tmpdir(), 'clausemark-office-habits-'));
const BUILT = join(dir, 'out', 'het-baken', 'klachtenregeling-2.1.docx');
/** The document after each way through LibreOffice. */
const saved = {
  thrice: join(dir, 'save3', 'klachtenregeling-2.1.docx'),
  viaDoc: join(dir, 'doc2', 'klachtenregeling-2.1.docx'),
};

const DOCX = 'docx:MS Word 2007 XML';
/** The long policy's .docx (a policy of 75 clauses) and what it is through .doc. */
const LONG = join(dir, 'long', 'aloysius', 'social-media-1.0.docx');
const LONG_VIA_DOC = join(dir, 'long-doc2', 'social-media-1.0.docx');

let saves: Promise<void> | undefined;

/**
 * Every LibreOffice save the tests read: the reglement saved three times and through .doc, the long policy through
 * .doc. Made in four conversions (convertFiles: by the run's LibreOffice, else one soffice start each), not seven: the
 * saves of one filter at one step run together, each file converted on its own as in a run of its own. The first test
 * that needs them makes them; a file another save of that run would write under the same name is converted as a copy
 * under another.
 */
function savedByLibreOffice(): Promise<void> {
  saves ??= (async () => {
    await convertFiles([BUILT], DOCX, join(dir, 'save1'));
    await convertFiles([BUILT, LONG], 'doc', join(dir, 'doc1'));
    // save1's document and doc1's reglement would both come out as klachtenregeling-2.1.docx: the latter as a copy.
    mkdirSync(join(dir, 'via-doc'), { recursive: true });
    copyFileSync(join(dir, 'doc1', 'klachtenregeling-2.1.doc'), join(dir, 'via-doc', 'reglement-via-doc.doc'));
    const second = join(dir, 'second');
    await convertFiles(
      [
        join(dir, 'save1', 'klachtenregeling-2.1.docx'),
        join(dir, 'via-doc', 'reglement-via-doc.doc'),
        join(dir, 'doc1', 'social-media-1.0.doc'),
      ],
      DOCX,
      second,
    );
    for (const [from, to] of [
      ['klachtenregeling-2.1.docx', join(dir, 'save2', 'klachtenregeling-2.1.docx')],
      ['reglement-via-doc.docx', saved.viaDoc],
      ['social-media-1.0.docx', LONG_VIA_DOC],
    ] as const) {
      mkdirSync(join(to, '..'), { recursive: true });
      copyFileSync(join(second, from), to);
    }
    await convertFiles([join(dir, 'save2', 'klachtenregeling-2.1.docx')], DOCX, join(dir, 'save3'));
  })();
  return saves;
}

/** The bookmark names of a .docx's body. */
function bookmarks(file: string): string[] {
  const xml = new TextDecoder().decode(unzipSync(readFileSync(file))['word/document.xml']);
  return [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]*)"/g)].map((match) => match[1] as string);
}

/** The clause and section IDs a policy file names, in order. */
const ids = (text: string): string[] => [...text.matchAll(/\{#([^}\s]+)\}/g)].map((match) => match[1] as string);

beforeAll(async () => {
  copyFileSync(REGLEMENT, join(dir, 'reglement.md'));
  const run = await runCli(['build', 'reglement.md', '--format', 'docx', '--out', 'out'], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  copyFileSync(join(PROJECT_ROOT, 'policies', 'aloysius', 'social-media.md'), join(dir, 'aloysius.md'));
  const long = await runCli(['build', 'aloysius.md', '--format', 'docx', '--out', 'long'], { cwd: dir });
  expect(long.code, long.stderr).toBe(0);
}, 240_000);

describe.skipIf(!HAVE_SOFFICE)('LibreOffice saves and .doc do not change a policy', { timeout: 180_000 }, () => {
  beforeAll(savedByLibreOffice, 600_000);

  it('escapes the bookmark names again at each save (what the other tests rely on)', () => {
    expect(bookmarks(saved.thrice)).toContain('clausemark%25253Aapprovals');
    expect(bookmarks(saved.viaDoc)).toContain('clausemark%253Aapprovals');
    expect(bookmarks(saved.viaDoc).some((name) => /^fn%253A\d+$/.test(name))).toBe(true);
  });

  for (const way of ['thrice', 'viaDoc'] as const) {
    describe(way === 'thrice' ? 'saved three times' : 'saved through .doc', () => {
      it('import --into the unchanged source writes nothing', async () => {
        const target = join(dir, `${way}-into.md`);
        copyFileSync(REGLEMENT, target);
        const run = await runCli(['import', saved[way], '--into', target], { cwd: dir });
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('already says what');
        expect(readFileSync(target, 'utf8')).toBe(readFileSync(REGLEMENT, 'utf8'));
      });

      it('a fresh import has the source’s clauses and IDs: no footnotes chapter, no approval table, nothing renumbered', async () => {
        const target = join(dir, `${way}-new.md`);
        const run = await runCli(['import', saved[way], '--out', target], { cwd: dir });
        expect(run.code, run.stderr).toBe(0);
        const text = readFileSync(target, 'utf8');
        expect(ids(text)).toEqual(ids(readFileSync(REGLEMENT, 'utf8')));
        expect(text).not.toMatch(/^#+ .*(Voetnoten|Vaststelling)/m);
        expect(text).not.toContain('R. de Groot |');
        const diff = await runCli(['diff', REGLEMENT, target], { cwd: dir });
        expect(diff.stdout).toContain('Geen wijzigingen');
        expect(diff.stdout).not.toMatch(/hernummerd|renumbered/);
        const check = await runCli(['check', target], { cwd: dir });
        expect(check.stdout + check.stderr).not.toMatch(/changed after|gewijzigd na/);
      });

      it('diff against the source finds no change and keeps "Vastgesteld"', async () => {
        const run = await runCli(['diff', REGLEMENT, saved[way]], { cwd: dir });
        expect(run.stdout).toContain('Geen wijzigingen');
        expect(run.stdout).not.toContain('gewijzigd na vaststelling');
        expect(run.stdout).toMatch(/klachtenregeling-2\.1\.docx · 2\.1 · Vastgesteld/);
      });
    });
  }
});

describe.skipIf(!HAVE_SOFFICE)('a long policy through .doc keeps its list numbers', { timeout: 300_000 }, () => {
  // 75 clauses in numbered lists: without the source the document carries (.doc drops it), the numbering is read
  // from the lists as Word shows them, and no article may come back renumbered.
  it('a fresh import is the source: same IDs, no change, nothing renumbered', async () => {
    const source = join(PROJECT_ROOT, 'policies', 'aloysius', 'social-media.md');
    await savedByLibreOffice();
    const target = join(dir, 'aloysius-via-doc.md');
    const run = await runCli(['import', LONG_VIA_DOC, '--out', target], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(', 0 lost)');
    expect(ids(readFileSync(target, 'utf8'))).toEqual(ids(readFileSync(source, 'utf8')));
    const diff = await runCli(['diff', source, target], { cwd: dir });
    expect(diff.stdout).toContain('Geen wijzigingen');
    expect(diff.stdout).not.toMatch(/hernummerd|renumbered/);
  });
});

describe.skipIf(!havePythonDocx())('a tracked change at an article’s first word', { timeout: 180_000 }, () => {
  it('keeps the article’s ID, and is accepted by that ID', async () => {
    const file = join(dir, 'track-start.docx');
    const edit = spawnSync(
      '/usr/bin/python3',
      [
        join(FIXTURES, 'edit-docx.py'),
        BUILT,
        file,
        'track-start',
        'De klager dient de klacht in',
        'Een klager dient een klacht in',
        'M. Jansen',
      ],
      { encoding: 'utf8' },
    );
    expect(edit.status, edit.stderr).toBe(0);
    // The test's premise: the article's bookmark stands inside the deletion.
    const xml = new TextDecoder().decode(unzipSync(readFileSync(file))['word/document.xml']);
    expect(xml).toMatch(/<w:del [^>]*><w:bookmarkStart w:name="indienen.termijn"/);
    for (const decision of ['--accept-changes', '--reject-changes']) {
      const target = join(dir, `track-start${decision}.md`);
      copyFileSync(REGLEMENT, target);
      const run = await runCli(['import', file, '--into', target, decision, 'indienen.termijn'], { cwd: dir });
      // Accepted, the adopted reglement's text changes: its adoption no longer covers it (exit 1).
      expect(run.code, run.stderr).toBe(decision === '--accept-changes' ? 1 : 0);
      const text = readFileSync(target, 'utf8');
      expect(ids(text)).toEqual(ids(readFileSync(REGLEMENT, 'utf8')));
      expect(text).toContain(
        decision === '--accept-changes'
          ? '{#indienen.termijn} Een klager dient een klacht in binnen een jaar'
          : '{#indienen.termijn} De klager dient de klacht in binnen een jaar',
      );
    }
  });
});
