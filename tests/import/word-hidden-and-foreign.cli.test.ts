// Issue 68 items 3 and 4, through the CLI in the test's process (runCli): what Word hides never becomes policy text
// (the ClausemarkFrontmatter property read as one frontmatter block or refused; text formatted as hidden left out and
// listed), and a returned Word document is brought only into the policy it was made from (another policy refused naming
// both, another organisation warned). The documents are clausemark's own .docx edited with python-docx as a person
// edits in Word (tests/fixtures/word/edit-docx.py); skips with a message when python-docx (/usr/bin/python3) is
// missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { havePythonDocx } from '../support/python-docx.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'word');
const EDIT = join(FIXTURES, 'edit-docx.py');
const REGLEMENT = join(FIXTURES, 'reglement.md');

const HAVE_PYTHON_DOCX = havePythonDocx();

const dir = mkdtempSync(join(tmpdir(), 'clausemark-word-hidden-'));
let built = '';

/** The built document edited by edit-docx.py (`action` and its arguments), saved as `name`. */
function edited(name: string, action: string, ...args: string[]): string {
  const out = join(dir, name);
  const run = spawnSync('/usr/bin/python3', [EDIT, built, out, action, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`edit-docx.py ${action}: ${run.stderr}`);
  return out;
}

/** A copy of the reglement's source under `name`, with `edit` applied to its text. */
function source(name: string, edit: (text: string) => string = (text) => text): string {
  const path = join(dir, name);
  writeFileSync(path, edit(readFileSync(REGLEMENT, 'utf8')));
  return path;
}

describe.skipIf(!HAVE_PYTHON_DOCX)(
  'what Word hides, and which policy a returned document belongs to',
  { timeout: 180_000 },
  () => {
    beforeAll(async () => {
      copyFileSync(REGLEMENT, join(dir, 'reglement.md'));
      const run = await runCli(['build', 'reglement.md', '--format', 'docx', '--out', 'out'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      built = join(dir, 'out', 'het-baken', 'klachtenregeling-2.1.docx');
    }, 120_000);

    it('refuses a ClausemarkFrontmatter property whose --- would end the frontmatter and inject an article', async () => {
      const injected = [
        '---',
        'id: klachtenregeling',
        'title: Klachtenregeling',
        'status: draft',
        '---',
        '',
        '## Geheim {#geheim}',
        '',
        '{#geheim.stiekem} Ingeschoven artikel dat niemand zag.',
        '',
        '---',
      ].join('\n');
      const file = edited('injected.docx', 'property', 'ClausemarkFrontmatter', injected);
      const target = source('injected.md');
      const before = readFileSync(target, 'utf8');
      for (const args of [
        ['import', file, '--out', join(dir, 'injected-new.md')],
        ['import', file, '--into', target],
      ]) {
        const run = await runCli(args, { cwd: dir });
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toContain('ClausemarkFrontmatter');
        expect(run.stderr).toContain('not one frontmatter block');
        expect(run.stderr).not.toContain('internal error');
      }
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(spawnSync('ls', [join(dir, 'injected-new.md')]).status).not.toBe(0);
    });

    it('refuses a frontmatter property of two YAML documents, and takes one that is a single mapping', async () => {
      const two = '---\nid: klachtenregeling\n...\n--- !!str\ntitle: x\n---';
      const run = await runCli(['import', edited('two.docx', 'property', 'ClausemarkFrontmatter', two), '--dry-run'], {
        cwd: dir,
      });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('ClausemarkFrontmatter');
      // The document as built: its properties hold one mapping, split over three properties, and import takes it.
      const plain = await runCli(['import', built, '--out', join(dir, 'plain.md')], { cwd: dir });
      expect(plain.code, plain.stderr).toBe(0);
      expect(readFileSync(join(dir, 'plain.md'), 'utf8')).toContain('id: klachtenregeling');
    });

    it('leaves text formatted as hidden out of the clause, and lists it as left out', async () => {
      const file = edited(
        'hidden.docx',
        'hide',
        'verplicht tot geheimhouding',
        ' Verborgen instructie voor de directie.',
      );
      const target = source('hidden.md');
      const before = readFileSync(target, 'utf8');
      const into = await runCli(['import', file, '--into', target], { cwd: dir });
      expect(into.code, into.stderr).toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(into.stdout + into.stderr).toMatch(
        /hidden text \(formatted as hidden in Word[^)]*\)[^\n]*Verborgen instructie/,
      );
      const fresh = await runCli(['import', file, '--out', join(dir, 'hidden-new.md')], { cwd: dir });
      expect(fresh.code, fresh.stderr).toBe(0);
      expect(readFileSync(join(dir, 'hidden-new.md'), 'utf8')).not.toContain('Verborgen instructie');
      expect(fresh.stdout + fresh.stderr).toContain('Verborgen instructie');
      // Counted as left out, never as kept or lost.
      expect(fresh.stdout).toMatch(/0 lost/);
      expect(fresh.stdout).not.toMatch(/, 0 left out/);
    });

    it('leaves hidden text out of a Word document clausemark did not make, too', async () => {
      const file = join(dir, 'foreign.docx');
      const script = [
        'import sys',
        'from docx import Document',
        'd = Document()',
        "d.add_heading('Pestprotocol', 0)",
        "d.add_heading('Doel', 1)",
        "p = d.add_paragraph('Wij willen een veilige school voor iedereen.')",
        "r = p.add_run(' Niet voorlezen op de ouderavond.')",
        'r.font.hidden = True',
        'd.save(sys.argv[1])',
      ].join('\n');
      const made = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
      const run = await runCli(['import', file, '--out', join(dir, 'foreign.md')], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      const written = readFileSync(join(dir, 'foreign.md'), 'utf8');
      expect(written).toContain('Wij willen een veilige school voor iedereen.');
      expect(written).not.toContain('Niet voorlezen');
      expect(run.stdout + run.stderr).toMatch(/hidden text[^\n]*Niet voorlezen/);
      expect(run.stdout).toMatch(/0 lost/);
    });

    it('refuses --into another policy, naming both, and writes nothing', async () => {
      const pesten = source('pesten.md', (text) => text.replace('id: klachtenregeling', 'id: pestprotocol'));
      const before = readFileSync(pesten, 'utf8');
      for (const file of [built, edited('one-word.docx', 'word', 'binnen een jaar', 'binnen twee jaar')]) {
        const run = await runCli(['import', file, '--into', pesten], { cwd: dir });
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toContain('is policy "klachtenregeling", but pesten.md is policy "pestprotocol"');
        expect(run.stdout).not.toContain('already says');
        expect(readFileSync(pesten, 'utf8')).toBe(before);
      }
    });

    it('warns when the document was made for another organisation, and still brings in its edit', async () => {
      const linde = source('linde.md', (text) =>
        text
          .replace('org: het-baken', 'org: de-linde')
          .replace('organisation: Stichting Het Baken', 'organisation: Stichting De Linde'),
      );
      const file = edited('one-word-linde.docx', 'word', 'binnen een jaar', 'binnen twee jaar');
      const run = await runCli(['import', file, '--into', linde], { cwd: dir });
      // Exit 1: the source was adopted, and its text changed (tests/import/word-proposals.cli.test.ts).
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('was made for Stichting Het Baken, linde.md is of Stichting De Linde');
      expect(readFileSync(linde, 'utf8')).toContain('binnen twee jaar');
    });
  },
);
