// Issue 68 item 5, through the CLI in the test's process (runCli): office habits do not change a policy. The
// reglement's .docx saved three times by LibreOffice (each save escapes the bookmark names again:
// "clausemark:approvals" → "clausemark%3Aapprovals" → "clausemark%253Aapprovals" …) and once through .doc (which also
// drops the source the document carries and splits its lists) comes back as the same policy: `import --into` writes
// nothing, a fresh import has the source's clauses and IDs (no "Voetnoten" chapter, no approval table as text, no
// article renumbered), and `diff` finds no change and keeps "Vastgesteld"; a policy of 75 clauses through .doc comes
// back with no article renumbered. A tracked change that starts at an article's first word keeps the article's ID, so
// it is accepted by that ID. Skips with a message when soffice or python-docx (/usr/bin/python3) is missing.
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { haveTool } from '../support/tools.js';
import { havePythonDocx } from '../support/python-docx.js';

const execFileAsync = promisify(execFile);
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

/** soffice --convert-to in a profile of its own, asynchronously (a run takes seconds on a loaded machine). */
async function convert(input: string, filter: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
  await execFileAsync('soffice', [profile, '--headless', '--convert-to', filter, '--outdir', outDir, input], {
    timeout: 300_000,
    killSignal: 'SIGKILL',
  });
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
}, 120_000);

describe.skipIf(!HAVE_SOFFICE)('LibreOffice saves and .doc do not change a policy', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    const docx = 'docx:MS Word 2007 XML';
    await convert(BUILT, docx, join(dir, 'save1'));
    await convert(join(dir, 'save1', 'klachtenregeling-2.1.docx'), docx, join(dir, 'save2'));
    await convert(join(dir, 'save2', 'klachtenregeling-2.1.docx'), docx, join(dir, 'save3'));
    await convert(BUILT, 'doc', join(dir, 'doc1'));
    await convert(join(dir, 'doc1', 'klachtenregeling-2.1.doc'), docx, join(dir, 'doc2'));
  }, 600_000);

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
    copyFileSync(source, join(dir, 'aloysius.md'));
    const built = await runCli(['build', 'aloysius.md', '--format', 'docx', '--out', 'long'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    await convert(join(dir, 'long', 'aloysius', 'social-media-1.0.docx'), 'doc', join(dir, 'long-doc1'));
    await convert(join(dir, 'long-doc1', 'social-media-1.0.doc'), 'docx:MS Word 2007 XML', join(dir, 'long-doc2'));
    const target = join(dir, 'aloysius-via-doc.md');
    const run = await runCli(['import', join(dir, 'long-doc2', 'social-media-1.0.docx'), '--out', target], {
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
