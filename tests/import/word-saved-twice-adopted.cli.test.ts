// An adopted policy stays adopted through a school's ordinary round trip by Word file (end to end, through the CLI as
// a user runs it): a klachtenregeling typed in Word (tests/fixtures/import/office/numbered-lists.docx) is imported,
// given the GMR's consent and adopted with `approve` (each hash recorded), built to Word, opened and saved twice in LibreOffice (each save escapes
// the bookmark names again), and imported again into its source. The source is left as it was, its status is still
// adopted ("Vastgesteld"): no `approval-outdated`, no "gewijzigd na vaststelling", and `diff` finds no change. Skips
// with a message when soffice is missing.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { adoptionOf } from '../../src/model/adoption.js';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { convertFiles } from '../support/libreoffice.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { haveTool } from '../support/tools.js';

const WORD = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'office', 'numbered-lists.docx');
const DOCX = 'docx:MS Word 2007 XML';
const DAY = '2026-11-20';

describe.skipIf(!haveTool('soffice'))('a policy adopted, built to Word and saved twice in LibreOffice', () => {
  it('comes back as the adopted text: the source unchanged, still adopted, no change found', {
    timeout: 600_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausemark-saved-twice-'));
    const cli = (args: string[]) => runCli(args, { cwd: dir });
    copyFileSync(WORD, join(dir, 'regeling.docx'));
    const imported = await cli(['import', 'regeling.docx', '--org', 'het-anker', '--out', 'klachtenregeling.md']);
    expect(imported.code, imported.stderr).toBe(0);
    // Its procedure asks the GMR's consent first, as a school records it.
    const consent = await cli([
      'approve',
      'klachtenregeling.md',
      ...['--step', 'instemming', '--body', 'GMR', '--outcome', 'positief', '--asked', '2026-10-01'],
      ...['--name', 'M. Visser', '--role', 'Voorzitter GMR', '--date', '2026-11-10'],
    ]);
    expect(consent.code, consent.stderr).toBe(0);
    const approved = await cli([
      'approve',
      'klachtenregeling.md',
      '--name',
      'J. de Vries',
      '--role',
      'Voorzitter',
      '--date',
      DAY,
    ]);
    expect(approved.code, approved.stderr).toBe(0);
    const source = join(dir, 'klachtenregeling.md');
    const adopted = readFileSync(source, 'utf8');
    expect(adoptionOf(parsePolicy(adopted, { path: source }).policy, DAY).status).toBe('approved');

    const built = await cli(['build', 'klachtenregeling.md', '--format', 'docx', '--out', 'word.docx']);
    expect(built.code, built.stderr).toBe(0);
    await convertFiles([join(dir, 'word.docx')], DOCX, join(dir, 'save1'));
    await convertFiles([join(dir, 'save1', 'word.docx')], DOCX, join(dir, 'save2'));
    const saved = join(dir, 'save2', 'word.docx');
    // The premise: LibreOffice saved it twice (each save escapes the bookmark names once more).
    const xml = new TextDecoder().decode(unzipSync(readFileSync(saved))['word/document.xml']);
    expect(xml).toContain('w:name="clausemark%253Aapprovals"');

    const into = await cli(['import', saved, '--into', 'klachtenregeling.md']);
    expect(into.code, into.stderr + into.stdout).toBe(0);
    expect(readFileSync(source, 'utf8')).toBe(adopted);
    expect(adoptionOf(parsePolicy(readFileSync(source, 'utf8'), { path: source }).policy, DAY).status).toBe('approved');
    const check = await cli(['check', 'klachtenregeling.md']);
    expect(check.stdout + check.stderr).not.toMatch(/approval-outdated|gewijzigd na|changed after/);
    const diff = await cli(['diff', 'klachtenregeling.md', saved]);
    expect(diff.stdout).toContain('Geen wijzigingen');
    expect(diff.stdout).toMatch(/word\.docx · [^·\n]+ · Vastgesteld/);
    expect(diff.stdout).not.toMatch(/gewijzigd na vaststelling|Gewijzigd/);
  });
});
