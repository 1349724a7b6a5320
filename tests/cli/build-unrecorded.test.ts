// An adoption written by hand records no hash: the PDF and the Word document say beside "Status: Vastgesteld" what the
// HTML page and the board pack say of it: that git shows the words changed since the commit that wrote the adoption
// down, that they are the words of that commit (the adopted text), or, where git cannot tell, that the text adopted
// was not recorded (src/procedure/adoption-git.ts); the report's index says it too. An incremental build makes the
// PDF again when git shows otherwise while the source stays the same. A real git repository in a temp dir; the PDF's text read back with pdftotext, the Word document's from its
// document.xml.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ANKER_DECLARATION, ankerPolicy, approveByCli } from '../support/hand-adopted.js';
import { tempRepo, type TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';
import { zipText } from '../support/word.js';

/** A policy of Het Anker; `adopted`: with an adoption row written by hand (no hash). */
const policy = (id: string, text: string, adopted: boolean) => ankerPolicy({ id, text, adopted });

const CHANGED = 'gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit';
const UNRECORDED = 'tekst niet vastgelegd bij de vaststelling (geen hash)';
const ADOPTED = 'vastgestelde tekst volgens git (commit';

let repo: TempRepo;
let adoptedIn = '';

beforeAll(async () => {
  repo = tempRepo('clausemark-build-unrecorded-');
  cpSync(join(PROJECT_ROOT, 'templates'), join(repo.root, 'templates'), { recursive: true });
  repo.write('policies/anker/procedure.yaml', ANKER_DECLARATION);
  repo.write('policies/anker/klachtenregeling.md', policy('klachtenregeling', 'Voor alle scholen.', false));
  repo.write('policies/anker/gedragscode.md', policy('gedragscode', 'Wij gaan goed met elkaar om.', false));
  await approveByCli(repo.root, 'policies/anker/gedragscode.md', '2025-04-01');
  repo.commit('concept', '2025-03-01');
  repo.write('policies/anker/klachtenregeling.md', policy('klachtenregeling', 'Voor alle scholen.', true));
  adoptedIn = repo.commit('vastgesteld', '2025-03-26');
  repo.write('policies/anker/klachtenregeling.md', policy('klachtenregeling', 'Alleen voor De Boei.', true));
  repo.commit('klachtenregeling gewijzigd', '2025-05-01');
});

/** `clausemark build policies --format pdf,docx` into out/ (incremental), and the summary it printed. */
async function build(): Promise<string> {
  const run = await runCli(['build', 'policies', '--format', 'pdf,docx', '--out', 'out'], {
    cwd: repo.root,
  });
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

const pdfText = (id: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', join(repo.root, 'out', 'anker', `${id}-1.0.pdf`), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');

const docxText = (id: string): string =>
  zipText(readFileSync(join(repo.root, 'out', 'anker', `${id}-1.0.docx`)), 'word/document.xml')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const indexHtml = (): string => readFileSync(join(repo.root, 'out', 'index.html'), 'utf8');

/** The report's page of Het Anker's policy `id`, found by name under out/ (wherever the report puts it). */
const policyPageHtml = (id: string): string => {
  const page = readdirSync(join(repo.root, 'out'), { recursive: true, encoding: 'utf8' }).find((name) =>
    name.endsWith(`${id}-1.0.html`),
  );
  expect(page, `a page of ${id} under out/`).toBeDefined();
  return readFileSync(join(repo.root, 'out', page as string), 'utf8');
};

describe('build on an adoption written by hand (no hash)', () => {
  it('says on the PDF and Word cover, under the status, what git shows: changed, not to be told, the adopted text; made again whenever git shows otherwise', async ({
    skip,
  }) => {
    needTool(skip, 'pdftotext');
    await build();
    const short = adoptedIn.slice(0, 7);
    const changed = `Status: Vastgesteld ${CHANGED} ${short} van 26 maart 2025, die de vaststelling vastlegde`;
    expect(pdfText('klachtenregeling')).toContain(changed);
    expect(docxText('klachtenregeling')).toContain(`${CHANGED} ${short} van 26 maart 2025`);
    // The colophon qualifies its status too.
    expect(pdfText('klachtenregeling')).toMatch(/\(Vastgesteld; gewijzigd na vaststelling \(volgens git\)/);
    // The report's index says it beside the status as the policy's page does.
    expect(indexHtml()).toContain(`<span class="adoption-note">${CHANGED} ${short} van 26 maart 2025`);
    // An adoption recorded by approve holds its hash: no note.
    expect(pdfText('gedragscode')).not.toContain('vaststelling (volgens git)');
    expect(pdfText('gedragscode')).not.toContain('niet vastgelegd');
    expect(docxText('gedragscode')).not.toContain('niet vastgelegd');

    // The commits that wrote the adoption down undone, the file as it was: no commit holds the row any more, so git
    // cannot tell; the incremental build must not keep the PDF that names the commit.
    repo.git('reset', '-q', '--soft', 'HEAD~2');
    const rebuilt = await build();
    expect(rebuilt).toMatch(/^built 1 policy .*, 1 up to date\n/);
    expect(pdfText('klachtenregeling')).toContain(`Status: Vastgesteld ${UNRECORDED}`);
    expect(pdfText('klachtenregeling')).not.toContain(short);
    expect(docxText('klachtenregeling')).toContain(UNRECORDED);
    expect(indexHtml()).toContain(`<span class="adoption-note">${UNRECORDED}`);
    expect(indexHtml()).not.toContain(short);
    expect(indexHtml().match(/class="adoption-note"/g)).toHaveLength(1);
    // Git shows the same as before: nothing is built.
    expect(await build()).toMatch(/^built 0 policies .*, 2 up to date\n/);

    // The adoption written down in a commit with these very words: git now shows they are the adopted text, and the
    // incremental build makes the PDF again to say so, with the board pack's words.
    const adoptedAgainIn = repo.commit('opnieuw vastgesteld', '2025-06-01').slice(0, 7);
    expect(await build()).toMatch(/^built 1 policy .*, 1 up to date\n/);
    const adopted = `${ADOPTED} ${adoptedAgainIn}, vaststelling 26 maart 2025)`;
    expect(pdfText('klachtenregeling')).toContain(`Status: Vastgesteld ${adopted}`);
    expect(pdfText('klachtenregeling')).toContain(`(Vastgesteld; ${adopted})`);
    expect(pdfText('klachtenregeling')).not.toContain('niet vastgelegd');
    expect(docxText('klachtenregeling')).toContain(adopted);
    expect(docxText('klachtenregeling')).not.toContain('niet vastgelegd');
    expect(indexHtml()).toContain(`<span class="adoption-note">${adopted}</span>`);
    expect(indexHtml()).not.toContain('niet vastgelegd');
    expect(policyPageHtml('klachtenregeling')).toContain(`<span class="adoption-note">${adopted}</span>`);
    expect(await build()).toMatch(/^built 0 policies .*, 2 up to date\n/);
  }, 90_000);
});
