// `compare` over a folder in which one file cannot be read as a policy (no text below its frontmatter): the others are
// compared, and the file left out is named with why and how to fix it on the terminal and in the report, in the
// report's language; named on the command line, or leaving fewer than two documents, it is still refused (exit 2).
// A Word, PDF or HTML document in the folder is left out the same way, with the command that imports it.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { policyPath, sharedData } from '../support/paths.js';

const EMPTY = '---\nid: social-media\ntitle: Protocol sociale media\norganisation: Leeg College\nlang: nl\n---\n';

/** A folder with the shipped protocols of `orgs` and one policy with no text, `leeg.md`. */
function folderWith(orgs: readonly string[]): { folder: string; empty: string } {
  const folder = mkdtempSync(join(tmpdir(), 'clausemark-left-out-'));
  const policies = join(folder, 'map');
  mkdirSync(policies);
  for (const org of orgs) cpSync(policyPath(org), join(policies, `${org}.md`));
  const empty = join(policies, 'leeg.md');
  writeFileSync(empty, EMPTY);
  return { folder: policies, empty };
}

interface LeftOutJson {
  documents: { key: string }[];
  leftOut?: { path: string; at: string; messageId?: string; text?: string }[];
}

describe('compare over a folder with a file that has no text', () => {
  it('compares the others and says which file was left out, why and how to fix it', async () => {
    const { folder, empty } = folderWith(['allure', 'aloysius']);
    const json = await runCli(['compare', folder, '--format', 'json'], { cwd: folder });
    expect(json.code).toBe(0);
    expect(json.stderr).toContain(`not compared: ${empty}: the policy has no text`);
    const alignment = JSON.parse(json.stdout) as LeftOutJson;
    expect(alignment.documents).toHaveLength(2);
    expect(alignment.leftOut).toEqual([
      expect.objectContaining({ path: empty, at: empty, messageId: 'empty-clause.no-text' }),
    ]);
    // In the comparison's language (the protocols are Dutch), whatever the terminal's.
    expect(alignment.leftOut?.[0]?.text).toBe(
      `${empty}: het beleidsdocument heeft geen tekst: geen hoofdstukken en geen artikelen (oplossing: schrijf de tekst van het beleid onder de frontmatter (zie docs/format.md))`,
    );
    const text = await runCli(['compare', folder], { cwd: folder });
    expect(text.stdout).toContain(`Niet vergeleken:\n`);
    expect(text.stdout).toContain(`  ${empty}: het beleidsdocument heeft geen tekst`);
    const md = await runCli(['compare', folder, '--format', 'md'], { cwd: folder });
    expect(md.stdout).toContain('### Niet vergeleken');
    const html = await runCli(['compare', folder, '--format', 'html'], { cwd: folder });
    expect(html.stdout).toMatch(/<h2 id="left-out-title">Niet vergeleken<\/h2>[\s\S]*leeg\.md: het beleidsdocument/);
    // Never a column: nothing claims the file lacks a rule or a topic.
    expect(html.stdout).not.toMatch(/<th[^>]*>Leeg College/);
  }, 120_000);

  it('is refused, naming the file, when it is named on the command line', async () => {
    const { folder, empty } = folderWith(['allure', 'aloysius']);
    const run = await runCli(['compare', join(folder, 'allure.md'), join(folder, 'aloysius.md'), empty], {
      cwd: folder,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${empty}: the policy has no text`);
    expect(run.stdout).toBe('');
  }, 120_000);

  it('is refused, naming the file, when fewer than two documents are left to compare', async () => {
    const { folder, empty } = folderWith(['allure']);
    const run = await runCli(['compare', folder], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${empty}: the policy has no text`);
  }, 120_000);
});

describe('compare over a folder with a Word document not yet imported', () => {
  it('compares the policies and says the Word document is no policy yet, with the import command', async () => {
    const { folder, empty } = folderWith(['allure', 'aloysius']);
    const word = join(folder, 'Protocol De Wilg.docx');
    writeFileSync(word, 'PK');
    const json = await runCli(['compare', folder, '--format', 'json'], { cwd: folder });
    expect(json.code).toBe(0);
    expect(json.stderr).toContain(`not compared: ${word}: no clausemark policy yet`);
    expect(json.stderr).toContain(`clausemark import "${word}"`);
    const alignment = JSON.parse(json.stdout) as LeftOutJson;
    expect(alignment.documents).toHaveLength(2);
    expect(alignment.leftOut?.map((document) => [document.path, document.messageId])).toEqual([
      [empty, 'empty-clause.no-text'],
      [word, 'compare-notice.not-a-policy'],
    ]);
  }, 120_000);

  it('is refused, naming the Word document and how to import it, when one policy is left', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-left-out-word-'));
    cpSync(policyPath('allure'), join(folder, 'allure.md'));
    writeFileSync(join(folder, 'aloysius.docx'), 'PK');
    const run = await runCli(['compare', folder], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(folder, 'aloysius.docx')}: no clausemark policy yet`);
    expect(run.stderr).toContain('clausemark import');
  }, 120_000);
});

const privacy = sharedData('dev-corpus', 'nl-kinds', 'privacy');

describe.skipIf(!privacy.present)(
  `compare over ../shared/dev-corpus/nl-kinds/privacy (skipped when absent: ${privacy.absent})`,
  () => {
    it('compares the statements that have text and leaves out stichting-laravel.md, saying why', async () => {
      const run = await runCli(['compare', privacy.dir, '--format', 'json'], {
        cwd: mkdtempSync(join(tmpdir(), 'cmp-')),
      });
      expect(run.code).toBe(0);
      const alignment = JSON.parse(run.stdout) as LeftOutJson;
      // The page without text, and two statements in another program's format (reStructuredText, .markdown).
      expect(alignment.leftOut?.map((document) => document.path)).toEqual([
        join(privacy.dir, 'stichting-laravel.md'),
        join(privacy.dir, 'ona-volkstuinvereniging.markdown'),
        join(privacy.dir, 'stichting-doarpstsjerke-metslawier.rst'),
      ]);
      expect(alignment.documents.length).toBeGreaterThanOrEqual(2);
    }, 600_000);
  },
);
