// Issue 68 item 4, through the CLI in the test's process (runCli): `diff SOURCE RETURNED.docx` where the officer edited
// the source after the document was sent. The document records the hash of the text it was made from; the reviewer's
// edits are read three-way from that text (carried in the document, or found in the source's git history), so the
// officer's later edit is not shown as Word undoing it. Without that text, the terminal says plainly that the source
// moved on and what that means, in English and in Dutch. Real git repositories in temp dirs, clausemark's own .docx
// edited with python-docx (tests/fixtures/word/edit-docx.py); the carried source is removed from a copy as a stripped
// file is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { havePythonDocx } from '../support/python-docx.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'word');
const REGLEMENT = readFileSync(join(FIXTURES, 'reglement.md'), 'utf8');

/** The officer's later edit in the source, and the reviewer's edit in Word (another article). */
const OFFICER = ['met de directeur van de school', 'met de schoolleiding'] as const;
const REVIEWER = ['binnen een jaar', 'binnen twee jaar'] as const;

function edit(input: string, output: string, action: string, ...args: string[]): string {
  const run = spawnSync('/usr/bin/python3', [join(FIXTURES, 'edit-docx.py'), input, output, action, ...args], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`edit-docx.py ${action}: ${run.stderr}`);
  return output;
}

/** A copy of a .docx without the source it carries (customXml parts and their references), as after .doc. */
function withoutCarried(input: string, output: string): string {
  const script = `
import re, sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
out = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)
for item in src.infolist():
    if item.filename.startswith('customXml/'):
        continue
    data = src.read(item.filename)
    if item.filename == '[Content_Types].xml' or item.filename.endswith('.rels'):
        data = re.sub(rb'<Relationship [^>]*customXml[^>]*/>', b'', data)
        data = re.sub(rb'<Override PartName="/customXml[^>]*/>', b'', data)
    out.writestr(item, data)
out.close()
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, input, output], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`strip customXml: ${run.stderr}`);
  return output;
}

describe.skipIf(!havePythonDocx())(
  'diff against a source edited after the document was sent',
  { timeout: 240_000 },
  () => {
    let repo: TempRepo;
    let returned: string;

    beforeAll(async () => {
      repo = tempRepo('clausemark-word-diff-moved-');
      repo.write('reglement.md', REGLEMENT);
      repo.commit('sent');
      const built = await runCli(['build', 'reglement.md', '--format', 'docx', '--out', 'out'], {
        cwd: repo.root,
      });
      expect(built.code, built.stderr).toBe(0);
      returned = edit(
        join(repo.root, 'out', 'het-baken', 'klachtenregeling-2.1.docx'),
        join(repo.root, 'returned.docx'),
        'word',
        ...REVIEWER,
      );
      // The officer edits another article after the document was sent, and commits it.
      repo.write('reglement.md', REGLEMENT.replace(OFFICER[0], OFFICER[1]));
      repo.commit('officer');
    }, 200_000);

    it('shows only the reviewer’s edit, not the officer’s later one as reverted (text carried in the document)', async () => {
      const run = await runCli(['diff', 'reglement.md', 'returned.docx'], { cwd: repo.root });
      expect(run.stdout).toContain('1 wijziging');
      expect(run.stdout).toContain('indienen.termijn');
      expect(run.stdout).toContain('{+twee+}');
      expect(run.stdout).not.toContain('indienen.eerst');
      expect(run.stderr).toContain('only the changes made in Word are shown');
    });

    it('finds the text it was made from in the source’s git history when the document no longer carries it', async () => {
      const stripped = withoutCarried(returned, join(repo.root, 'stripped.docx'));
      const run = await runCli(['diff', 'reglement.md', stripped], { cwd: repo.root });
      expect(run.stdout).toContain('1 wijziging');
      expect(run.stdout).not.toContain('indienen.eerst');
      expect(run.stderr).toContain('only the changes made in Word are shown');
    });

    it('a tracked change is read the same way: the reviewer’s proposal only', async () => {
      const built = join(repo.root, 'out', 'het-baken', 'klachtenregeling-2.1.docx');
      const tracked = edit(built, join(repo.root, 'tracked.docx'), 'track', ...REVIEWER, 'M. Jansen');
      const run = await runCli(['diff', 'reglement.md', tracked], { cwd: repo.root });
      expect(run.stdout).toContain('1 wijziging');
      expect(run.stdout).toContain('indienen.termijn');
      expect(run.stdout).not.toContain('indienen.eerst');
      expect(run.stderr).toContain('only the changes made in Word are shown');
    });

    it('a clause both changed shows Word’s version, and the note names it', async () => {
      const both = edit(returned, join(repo.root, 'both.docx'), 'word', 'directeur van de school', 'directie');
      const run = await runCli(['diff', 'reglement.md', both], { cwd: repo.root });
      expect(run.stdout).toContain('indienen.eerst');
      expect(run.stdout).toContain('indienen.termijn');
      expect(run.stderr).toMatch(
        /changed both in Word and in reglement\.md since the document was made: indienen\.eerst;/,
      );
    });

    it('without the text it was made from, says plainly that the source moved on (English and Dutch)', async () => {
      // No git history to search, and the document no longer carries its source.
      const dir = mkdtempSync(join(tmpdir(), 'clausemark-word-diff-unknown-'));
      writeFileSync(join(dir, 'reglement.md'), readFileSync(join(repo.root, 'reglement.md')));
      const stripped = withoutCarried(returned, join(dir, 'stripped.docx'));
      copyFileSync(stripped, join(dir, 'copy.docx'));
      const english = await runCli(['diff', 'reglement.md', 'copy.docx'], { cwd: dir });
      // The two-way diff: the officer's later edit is among the differences, and the note says why.
      expect(english.stdout).toContain('indienen.eerst');
      expect(english.stderr).toContain(
        'reglement.md was changed after the Word document was made from it, and the text it was made from is neither in the document nor in the git history of reglement.md',
      );
      expect(english.stderr).toContain('shown as if Word had undone them');
      const dutch = await runCli(['diff', 'reglement.md', 'copy.docx'], {
        cwd: dir,
        env: { LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' },
      });
      expect(dutch.stderr).toContain('reglement.md is gewijzigd nadat het Word-document ervan is gemaakt');
      expect(dutch.stderr).toContain('getoond alsof Word ze ongedaan maakte');
    });

    it('the unchanged source: no note, the plain reading', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'clausemark-word-diff-same-'));
      writeFileSync(join(dir, 'reglement.md'), REGLEMENT);
      copyFileSync(returned, join(dir, 'returned.docx'));
      const run = await runCli(['diff', 'reglement.md', 'returned.docx'], { cwd: dir });
      expect(run.stdout).toContain('1 wijziging');
      expect(run.stderr).not.toContain('Word document was made from it');
    });
  },
);
