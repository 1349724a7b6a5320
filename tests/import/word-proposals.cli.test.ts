// Issue 68 item 5, through the CLI in the test's process (runCli): tracked changes in a returned clausemark .docx are
// what they change. A tracked Enter at the end of an article is no proposal; a tracked deletion of a chapter's last
// article leaves the next chapter's heading a heading, accepted or rejected; a refusal names the articles its proposals
// stand in, and `--dry-run` alone (which its hint offers) lists them without deciding; a comment anchored across two
// articles is named beside both in the report; `--into` an adopted policy that changes its text says the adoption no
// longer covers it and exits 1. A tracked Enter inside an article is a proposal that shows the break, and diff calls
// the split no invisible change; bold added in Word is formatting for `--into` as for `diff` (the adoption still covers
// the words); a move is named by the same ID by both, and brought in --into it is numbered as printed (check finds no
// list-number); a tracked edit in the generated contents is no proposal; a table Word's Compare marks inserted leaves
// nothing behind when rejected. The documents are clausemark's own .docx edited with python-docx as a person edits in
// Word (tests/fixtures/word/edit-docx.py); skips with a message without python-docx.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { havePythonDocx } from '../support/python-docx.js';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'word');
const REGLEMENT = join(FIXTURES, 'reglement.md');

const dir = mkdtempSync(join(tmpdir(), 'clausemark-word-proposals-'));
const BUILT = join(dir, 'out', 'het-baken', 'klachtenregeling-2.1.docx');

function edited(name: string, action: string, ...args: string[]): string {
  const out = join(dir, name);
  const run = spawnSync('/usr/bin/python3', [join(FIXTURES, 'edit-docx.py'), BUILT, out, action, ...args], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`edit-docx.py ${action}: ${run.stderr}`);
  return out;
}

/** A fresh copy of the reglement's source (adopted: status approved, with its approvals). */
function target(name: string): string {
  const path = join(dir, name);
  copyFileSync(REGLEMENT, path);
  return path;
}

const ids = (text: string): string[] => [...text.matchAll(/\{#([^}\s]+)\}/g)].map((match) => match[1] as string);

describe.skipIf(!havePythonDocx())(
  'tracked changes in a returned document are what they change',
  { timeout: 180_000 },
  () => {
    beforeAll(async () => {
      copyFileSync(REGLEMENT, join(dir, 'reglement.md'));
      const run = await runCli(['build', 'reglement.md', '--format', 'docx', '--out', 'out'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
    }, 120_000);

    it('a tracked Enter at the end of an article is no proposal', async () => {
      const file = edited('enter.docx', 'enter', 'verplicht tot geheimhouding', 'M. Jansen');
      const into = target('enter.md');
      const run = await runCli(['import', file, '--into', into], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain('proposed by');
      expect(run.stdout).toContain('already says what');
      expect(readFileSync(into, 'utf8')).toBe(readFileSync(REGLEMENT, 'utf8'));
    });

    it('takes the document written right after --accept-changes or --reject-changes as the document', async () => {
      const file = edited('flag-first.docx', 'track-delete', 'verplicht tot geheimhouding', 'M. Jansen');
      const accepted = target('flag-first-accepted.md');
      const accept = await runCli(['import', '--accept-changes', file, '--into', accepted], { cwd: dir });
      expect(accept.code, accept.stderr).toBe(1);
      expect(readFileSync(accepted, 'utf8')).not.toContain('verplicht tot geheimhouding');
      const rejected = target('flag-first-rejected.md');
      const reject = await runCli(['import', '--reject-changes', file, '--into', rejected], { cwd: dir });
      expect(reject.code, reject.stderr).toBe(0);
      expect(readFileSync(rejected, 'utf8')).toBe(readFileSync(REGLEMENT, 'utf8'));
    });

    it('a tracked deletion of a chapter’s last article leaves the next chapter’s heading a heading', async () => {
      const file = edited('delete-last.docx', 'track-delete', 'verplicht tot geheimhouding', 'M. Jansen');
      const source = readFileSync(REGLEMENT, 'utf8');
      const accepted = target('delete-accepted.md');
      const accept = await runCli(['import', file, '--into', accepted, '--accept-changes'], { cwd: dir });
      // Exit 1: the reglement is adopted, and an article is gone from its text.
      expect(accept.code, accept.stderr).toBe(1);
      const text = readFileSync(accepted, 'utf8');
      expect(ids(text)).toEqual(ids(source).filter((id) => id !== 'vertrouwenspersoon.geheim'));
      expect(text).toContain('## Klachtencommissie {#commissie}');
      expect(text).not.toContain('verplicht tot geheimhouding');
      const rejected = target('delete-rejected.md');
      const reject = await runCli(['import', file, '--into', rejected, '--reject-changes'], { cwd: dir });
      expect(reject.code, reject.stderr).toBe(0);
      expect(readFileSync(rejected, 'utf8')).toBe(source);
    });

    it('a refusal names the articles its proposals stand in, and --dry-run alone lists them without deciding', async () => {
      const file = edited('track.docx', 'track', 'binnen een jaar', 'binnen twee jaar', 'M. Jansen');
      const into = target('track.md');
      const refused = await runCli(['import', file, '--into', into], { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('in 1 clause (indienen.termijn)');
      expect(refused.stderr).toContain('with --dry-run the report lists each proposal by clause');
      const listed = await runCli(['import', file, '--into', into, '--dry-run'], { cwd: dir });
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stdout).toMatch(/proposed by M\. Jansen [^\n]*"indienen\.termijn", not decided/);
      expect(readFileSync(into, 'utf8')).toBe(readFileSync(REGLEMENT, 'utf8'));
      const fresh = await runCli(['import', file, '--dry-run'], { cwd: dir });
      expect(fresh.code, fresh.stderr).toBe(0);
      expect(fresh.stdout).toContain('not decided');
    });

    it('a comment anchored across two articles is named beside both in the report', async () => {
      const file = edited(
        'comment-span.docx',
        'comment-span',
        'gaat na of een oplossing',
        'verplicht tot geheimhouding',
        'Geldt dit ook voor oud-leerlingen?',
        'J. Jansen',
      );
      const into = target('comment-span.md');
      const run = await runCli(['import', file, '--into', into], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      for (const id of ['vertrouwenspersoon.taak', 'vertrouwenspersoon.geheim'])
        expect(run.stdout).toContain(`comment by J. Jansen (12 January 2026) beside clause "${id}"`);
      // The source keeps it once, as an HTML comment (into.ts writes a note already in the source no second time).
      expect(readFileSync(into, 'utf8')).toContain(
        '<!-- Word: J. Jansen, 2026-01-12: Geldt dit ook voor oud-leerlingen? -->',
      );
    });

    it('a tracked Enter inside an article shows the break, and diff calls the split no invisible change', async () => {
      const file = edited('split.docx', 'split', 'gaat na of een oplossing', 'en begeleidt', 'M. Jansen');
      const into = target('split.md');
      const run = await runCli(['import', file, '--into', into, '--dry-run'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      const proposal = /"vertrouwenspersoon\.taak", not decided[^:]*: "([^"]*)" → "([^"]*)"/.exec(run.stdout);
      expect(proposal, run.stdout).not.toBeNull();
      expect(proposal?.[1]).not.toBe(proposal?.[2]);
      expect(proposal?.[2]).toContain('bereikt ¶ en begeleidt');
      const diff = await runCli(['diff', 'reglement.md', file], { cwd: dir });
      expect(diff.stdout).toContain('gesplitst');
      expect(diff.stdout).not.toContain('alleen onzichtbare tekens');
    });

    it('bold added in Word is formatting for --into as for diff: the adoption still covers the words', async () => {
      const file = edited('bold.docx', 'bold', 'binnen een jaar');
      const into = target('bold.md');
      const run = await runCli(['import', file, '--into', into], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('only the bold or italic of clause "indienen.termijn" was changed in Word');
      expect(run.stdout).toContain('0 changed');
      expect(run.stdout).not.toContain('no longer covers');
      expect(readFileSync(into, 'utf8')).toContain('in **binnen een jaar** na');
      const diff = await runCli(['diff', 'reglement.md', file], { cwd: dir });
      expect(diff.code, diff.stderr).toBe(0);
      expect(diff.stdout).toContain('Geen wijzigingen');
      expect(diff.stdout).toContain('Vastgesteld');
    });

    it('a move is named by the same clause by import and by diff', async () => {
      const file = edited('move.docx', 'move', 'verplicht tot geheimhouding', 'zo veel mogelijk eerst');
      const run = await runCli(['import', file, '--into', target('move.md'), '--dry-run'], { cwd: dir });
      expect(run.stdout).toContain('clause "vertrouwenspersoon.geheim" was moved in Word');
      expect(run.stdout).toContain('1 moved');
      const diff = await runCli(['diff', 'reglement.md', file], { cwd: dir });
      expect(diff.stdout).toMatch(/\nArtikel [^\n]* \(vertrouwenspersoon\.geheim\) +\[verplaatst/);
      expect(diff.stdout).toContain('verplaatst 1');
    });

    it('a move brought in with --into is numbered as printed, so check finds no list-number', async () => {
      const file = edited('move-list.docx', 'move', 'zo veel mogelijk eerst', 'een omschrijving van de klacht');
      const into = target('move-list.md');
      const run = await runCli(['import', file, '--into', into], { cwd: dir });
      // Exit 1: the reglement is adopted, and its text changed order.
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('clause "indienen.eerst" was moved in Word');
      expect(run.stdout).not.toContain('list-number');
      const text = readFileSync(into, 'utf8');
      expect(text).toMatch(/^1\. \{#indienen\.termijn\}/m);
      expect(text).toMatch(/^2\. \{#indienen\.vorm\}/m);
      expect(text).toMatch(/^3\. \{#indienen\.eerst\}/m);
      const check = await runCli(['check', into], { cwd: dir });
      expect(check.stdout + check.stderr).not.toContain('list-number');
    });

    it('a tracked edit in the generated contents is no proposal', async () => {
      const file = edited('toc.docx', 'toc-track', 'Vertrouwenspersoon', 'Vertrouwenspersonen', 'M. Jansen');
      const into = target('toc.md');
      const run = await runCli(['import', file, '--into', into], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain('proposed by');
      expect(run.stdout).toContain('already says what');
      expect(readFileSync(into, 'utf8')).toBe(readFileSync(REGLEMENT, 'utf8'));
    });

    it('a table Word marks inserted row by row leaves no empty table shell when rejected', async () => {
      const file = edited('table.docx', 'table-insert', 'verplicht tot geheimhouding', 'M. Jansen');
      const rejected = target('table-rejected.md');
      const reject = await runCli(['import', file, '--into', rejected, '--reject-changes'], { cwd: dir });
      expect(reject.code, reject.stderr).toBe(0);
      expect(readFileSync(rejected, 'utf8')).toBe(readFileSync(REGLEMENT, 'utf8'));
      const accepted = target('table-accepted.md');
      const accept = await runCli(['import', file, '--into', accepted, '--accept-changes'], { cwd: dir });
      expect(accept.code, accept.stderr).toBe(1);
      expect(readFileSync(accepted, 'utf8')).toMatch(/\| Vertrouwenspersoon +\| 010 123 45 67 \|/);
    });

    it('--into an adopted policy whose text changes says the adoption no longer covers it, and exits 1', async () => {
      const file = edited('one-word.docx', 'word', 'binnen een jaar', 'binnen twee jaar');
      const into = target('adopted.md');
      const run = await runCli(['import', file, '--into', into], { cwd: dir });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('the adoption no longer covers it');
      expect(readFileSync(into, 'utf8')).toContain('binnen twee jaar');
      // Nothing changed: the adoption still covers the text, exit 0.
      const same = await runCli(['import', BUILT, '--into', target('adopted-same.md')], { cwd: dir });
      expect(same.code, same.stderr).toBe(0);
      expect(same.stdout).not.toContain('no longer covers');
    });
  },
);
