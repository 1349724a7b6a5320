// The cover of a policy adopted by hand names the commit git shows wrote the adoption down ("vastgestelde tekst
// volgens git (commit …)"); about one short commit in a thousand has no digit ("bcdafee"). Such a PDF/A still imports
// from its attachment, in its repository and outside git: the commit is clausemark's figure, not a word the attachment
// lacks. A real repository whose adopting commit is made (its message varied) until its short hash has no digit;
// built and imported through the CLI.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { runCli } from '../support/cli.js';
import { type TempRepo, tempRepo } from '../support/git.js';
import { ankerPolicy } from '../support/hand-adopted.js';

/**
 * Commits the index as HEAD with a message varied until the commit's short hash is letters only: the commit object is
 * hashed here as git hashes it (sha1 of "commit <length>\0<object>"), and only the one found is written.
 */
function commitWithoutDigit(repo: TempRepo): string {
  const tree = repo.git('write-tree').trim();
  const who = 'Test <t@example.org> 1742990400 +0100';
  for (let nonce = 0; ; nonce++) {
    const object = `tree ${tree}\nauthor ${who}\ncommitter ${who}\n\nvastgesteld (${nonce})\n`;
    const hash = createHash('sha1')
      .update(`commit ${Buffer.byteLength(object)}\0${object}`)
      .digest('hex');
    if (!/^[a-f]{7}/.test(hash)) continue;
    const written = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], {
      cwd: repo.root,
      input: object,
      encoding: 'utf8',
    }).trim();
    repo.git('update-ref', 'HEAD', written);
    return written;
  }
}

describe('a PDF/A of a policy adopted by hand whose adopting commit has no digit', () => {
  it('names that commit on its cover and imports from its attachment', { timeout: 120_000 }, async () => {
    const repo = tempRepo('clausemark-digitless-commit-');
    repo.write(
      'klachtenregeling.md',
      ankerPolicy({ id: 'klachtenregeling', title: 'Klachtenregeling', text: 'Voor alle scholen.', adopted: true }),
    );
    repo.git('add', '-A');
    const commit = commitWithoutDigit(repo);
    expect(commit.slice(0, 7)).toMatch(/^[a-f]{7}$/);
    const built = await runCli(['build', 'klachtenregeling.md', '--out', 'out', '--no-site', '--pdfa'], {
      cwd: repo.root,
    });
    expect(built.code, built.stderr).toBe(0);
    const pdf = join(repo.root, 'out', 'anker', 'klachtenregeling-1.0.pdf');
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pages).toContain(
      `vastgestelde tekst volgens git (commit ${commit.slice(0, 7)}, vaststelling 26 maart 2025)`,
    );
    // In the repository (which has the commit) and sent to someone outside git ("commit" before it says what it is).
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'clausemark-digitless-sent-')), 'klachtenregeling-1.0.pdf');
    copyFileSync(pdf, elsewhere);
    for (const file of [pdf, elsewhere]) {
      const result = await importDocument(file, { org: 'anker', dryRun: true });
      expect(result.findings[0]?.messageId, file).toBe('import-attachment.source-attached');
    }
  });
});
