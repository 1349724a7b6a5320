/// <reference lib="dom" />
// Issue 75: the officer's workplace of `clausemark serve` in real Chromium, on the built CLI, in Dutch, in a folder that
// is no git repository yet: a Word document brought in by upload, its details filled in, the MR's consent recorded and
// then the adoption, after an adoption asked out of order was refused with the procedure's reason; each change one
// commit by the officer with a Dutch message; the policy downloaded as a Word document. A new version of the adopted
// policy started (revisions/, `supersedes` set) and downloaded as Word; that document edited with python-docx (two
// proposals, a comment, an edit of an article the source changed meanwhile) brought back per article, one proposal
// accepted and one rejected, the conflict shown side by side; the board pack, the dossier and the agenda downloaded.
// Two tabs saving the same policy: the second is refused, told and shown the difference. A cross-site post and a
// foreign Host are refused; an upload over the limit is refused with a clear message. axe-core finds nothing serious
// at 1280 px.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadingLevel, Packer, Paragraph, Document as WordDocument } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProblems, downloaded, HAVE_BROWSER, launchBrowser } from '../support/browser.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { havePythonDocx } from '../support/python-docx.js';
import { axeOn, axeTab, axeViolations, startWorkplace, VIEWPORT } from '../support/workplace.js';

const POLICY = 'policies/linde/de-eik/pestprotocol.md';
const REVISION = 'policies/linde/de-eik/revisions/pestprotocol-1.1.md';

let browser: Browser;
let child: ChildProcess | undefined;
let dir: string;
let url: string;

async function pestprotocolDocx(): Promise<Buffer> {
  const document = new WordDocument({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Pestprotocol', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '1 Uitgangspunt', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Op De Eik voelt iedereen zich veilig. Pesten accepteren wij niet, ook niet online.'),
          new Paragraph({ text: '2 Aanpak', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Wie pesten ziet of ervaart, meldt het bij de leerkracht of bij de anti-pestcoördinator.'),
          new Paragraph('De leerkracht spreekt binnen twee schooldagen met de gepeste leerling en met de pester.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Each commit of the folder's history, newest first: "author <email>|message". */
const history = (): string[] =>
  execFileSync('git', ['log', '--format=%an <%ae>|%s'], { cwd: dir, encoding: 'utf8' }).trim().split('\n');

const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

async function policyPage(page: Page): Promise<void> {
  await page.goto(`${url}werkplek/beleid?bestand=${encodeURIComponent(POLICY)}`);
}

describe.skipIf(!HAVE_BROWSER)('the workplace of clausemark serve in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clausemark-workplace-'));
    cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
    mkdirSync(join(dir, 'policies', 'linde', 'de-eik'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'policies', 'linde', 'procedure.yaml'), join(dir, 'policies', 'linde', 'procedure.yaml'));
    writeFileSync(join(dir, 'pestprotocol.docx'), await pestprotocolDocx());
    writeFileSync(join(dir, 'te-groot.pdf'), Buffer.alloc(1536 * 1024, 32));
    ({ child, url } = await startWorkplace(dir, { CLAUSEMARK_MAX_UPLOAD_MB: '1', GIT_CONFIG_GLOBAL: '/dev/null' }));
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    child?.kill('SIGINT');
    await browser?.close();
  });

  it('brings in a Word document, then records the MR’s consent and the adoption, one commit each', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const problems = collectProblems(page);
    await page.goto(`${url}werkplek/`);
    expect(await page.locator('h1').textContent()).toBe('De beleidswerkplek');
    expect(existsSync(join(dir, '.git'))).toBe(false);

    await page.setInputFiles('#f-inlezen-document', join(dir, 'pestprotocol.docx'));
    await page.selectOption('#f-inlezen-into', 'policies/linde/de-eik');
    await page.getByRole('button', { name: 'Inlezen' }).click();
    const imported = await page.locator('[role=status]').textContent();
    expect(imported).toContain('pestprotocol.md');
    expect(imported).toContain('0 verloren');
    expect(imported).toContain('Deze map had nog geen geschiedenis');
    expect(readFileSync(join(dir, POLICY), 'utf8')).toContain('Op De Eik voelt iedereen zich veilig.');
    expect(history()).toEqual([
      'A. de Beleidsmedewerker <>|Pestprotocol 1.0 ingelezen uit pestprotocol.docx, linde-de-eik',
    ]);
    expect(await page.locator('h2', { hasText: 'Controle' }).count()).toBe(1);

    // The details import could not read: its kind (which gives the procedure) and the school's name.
    await page.fill('#f-gegevens-organisation', 'Basisschool De Eik');
    await page.fill('#f-gegevens-kind', 'pestprotocol');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('[role=status]').waitFor();
    expect(history()[0]).toBe('A. de Beleidsmedewerker <>|Gegevens ingevuld van Pestprotocol 1.0, Basisschool De Eik');

    // The procedure's next step is offered; the adoption asked first is refused with the reason, and nothing written.
    expect(await page.locator('#f-goedkeuren-step option:checked').textContent()).toBe('Instemming MR');
    const before = readFileSync(join(dir, POLICY), 'utf8');
    await page.selectOption('#f-goedkeuren-step', { label: 'Vaststelling' });
    await page.fill('#f-goedkeuren-name', 'J. de Vries');
    await page.fill('#f-goedkeuren-role', 'Voorzitter College van Bestuur');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    const refusal = await page.locator('[role=alert]').textContent();
    expect(refusal).toContain('Instemming MR');
    // Told as the page offers it: no command for a terminal, no file path outside the folder.
    expect(refusal).not.toMatch(/clausemark approve|\/tmp\//);
    expect(readFileSync(join(dir, POLICY), 'utf8')).toBe(before);
    expect(history()).toHaveLength(2);

    await page.selectOption('#f-goedkeuren-step', { label: 'Instemming MR' });
    await page.fill('#f-goedkeuren-name', 'R. Hendriks');
    await page.fill('#f-goedkeuren-role', 'Voorzitter MR');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.locator('[role=status]').waitFor();
    expect(history()[0]).toBe(
      'A. de Beleidsmedewerker <>|Instemming MR vastgelegd voor Pestprotocol 1.0, Basisschool De Eik',
    );
    expect(await page.locator('p .state').textContent()).toBe('in procedure: wacht op Vaststelling');

    expect(await page.locator('#f-goedkeuren-step option:checked').textContent()).toBe('Vaststelling');
    await page.fill('#f-goedkeuren-name', 'J. de Vries');
    await page.fill('#f-goedkeuren-role', 'Voorzitter College van Bestuur');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.locator('[role=status]').waitFor();
    expect(history()[0]).toBe('A. de Beleidsmedewerker <>|Pestprotocol 1.0 vastgesteld, Basisschool De Eik');
    expect(history()).toHaveLength(4);
    const adopted = readFileSync(join(dir, POLICY), 'utf8');
    expect(adopted).toMatch(/step: instemming\n\s+body: MR/);
    expect(adopted).toContain('status: approved');
    expect(await axeViolations(browser, `${url}werkplek/beleid?bestand=${encodeURIComponent(POLICY)}`)).toEqual([]);

    // Downloaded as Word for review: build's .docx of the policy, named by it; nothing committed for it.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download als Word-document (.docx) om na te lezen' }).click();
    const word = await downloaded(await download);
    expect((await download).suggestedFilename()).toBe('pestprotocol.docx');
    expect(word.subarray(0, 2).toString()).toBe('PK');
    expect(word.includes('word/document.xml')).toBe(true);
    expect(history()).toHaveLength(4);

    await page.goto(`${url}werkplek/`);
    expect(await page.locator('td.state').textContent()).toBe('in werking');
    expect(await axeViolations(browser, `${url}werkplek/`)).toEqual([]);
    // The one refusal above (400) is the one problem the page reports (a download ends its navigation as aborted, as
    // every download does in Chromium): no CSP refusal, no script error.
    const aborted = /^request failed: .*\/werkplek\/docx\?.*ERR_ABORTED/;
    expect(problems.filter((problem) => !aborted.test(problem))).toEqual([
      'error: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  }, 120_000);

  it('starts a new version of the adopted policy and offers it as Word for review, one commit', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await policyPage(page);
    const commits = history().length;
    expect(await page.locator('#f-nieuwe-versie-new-version').inputValue()).toBe('1.1');
    await page.getByRole('button', { name: 'Nieuwe versie beginnen' }).click();
    expect(await page.locator('[role=status]').textContent()).toContain(
      'Nieuwe versie 1.1 begonnen van Pestprotocol 1.0',
    );
    const revision = readFileSync(join(dir, REVISION), 'utf8');
    expect(revision).toMatch(/^version: "?1\.1"?$/m);
    expect(revision).toMatch(/^supersedes: "?1\.0"?$/m);
    expect(revision).toContain('status: draft');
    expect(revision).not.toContain('approvals:');
    expect(revision).toContain('Op De Eik voelt iedereen zich veilig.');
    // The adopted text is untouched; the new version is the one file of one commit, by the officer.
    expect(readFileSync(join(dir, POLICY), 'utf8')).toContain('status: approved');
    expect(history()).toHaveLength(commits + 1);
    expect(history()[0]).toBe(
      'A. de Beleidsmedewerker <>|Nieuwe versie 1.1 begonnen van Pestprotocol 1.0, Basisschool De Eik',
    );
    expect(git('show', '--name-only', '--format=', 'HEAD')).toBe(REVISION);
    expect(await page.locator('p .state').textContent()).toBe('concept');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download als Word-document (.docx) om na te lezen' }).click();
    expect((await download).suggestedFilename()).toBe('pestprotocol-1.1.docx');
    await (await download).saveAs(join(dir, 'verstuurd.docx'));
    expect(readFileSync(join(dir, 'verstuurd.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(await axeViolations(browser, `${url}werkplek/beleid?bestand=${encodeURIComponent(REVISION)}`)).toEqual([]);
  }, 120_000);

  it.skipIf(!havePythonDocx())(
    'brings a returned .docx back per article: one proposal accepted, one rejected, a conflict side by side, one commit',
    async () => {
      // Read in Word (python-docx): two tracked changes in two articles, a comment, and an untracked edit of the
      // article the source changed meanwhile (a colleague's commit), which conflicts.
      const edited = ['track', 'twee schooldagen', 'één schooldag', 'R. Hendriks'];
      const steps = [
        edited,
        ['track', 'anti-pestcoördinator', 'intern begeleider', 'R. Hendriks'],
        ['comment', 'Wie pesten ziet', 'Ook de ouders melden.', 'R. Hendriks'],
        ['word', 'ook niet online', 'ook niet op sociale media'],
      ];
      let from = join(dir, 'verstuurd.docx');
      steps.forEach((step, index) => {
        const to = join(dir, `terug-${index}.docx`);
        execFileSync('/usr/bin/python3', [
          join(PROJECT_ROOT, 'tests', 'fixtures', 'word', 'edit-docx.py'),
          from,
          to,
          ...step,
        ]);
        from = to;
      });
      cpSync(from, join(dir, 'pestprotocol-terug.docx'));
      const source = readFileSync(join(dir, REVISION), 'utf8');
      writeFileSync(join(dir, REVISION), source.replace('Pesten accepteren wij niet', 'Pesten tolereren wij niet'));
      execFileSync(
        'git',
        ['-c', 'user.name=Collega', '-c', 'user.email=c@example.org', 'commit', '-qam', 'Aanscherping'],
        {
          cwd: dir,
        },
      );
      const commits = history().length;

      const page = await axeTab(browser);
      await page.goto(`${url}werkplek/beleid?bestand=${encodeURIComponent(REVISION)}`);
      await page.setInputFiles('#f-terugbrengen-document', join(dir, 'pestprotocol-terug.docx'));
      await page.getByRole('button', { name: 'Lezen' }).click();
      expect(await page.locator('h1').textContent()).toBe('Teruggekomen Word-document');
      // Nothing written yet: the file and the history are as they were.
      expect(readFileSync(join(dir, REVISION), 'utf8')).toContain('Pesten tolereren wij niet');
      expect(history()).toHaveLength(commits);
      const conflict = page.locator('table.sides tbody tr');
      expect(await conflict.count()).toBe(1);
      expect(await conflict.locator('td').nth(0).textContent()).toContain(
        'Pesten tolereren wij niet, ook niet online.',
      );
      expect(await conflict.locator('td').nth(1).textContent()).toContain(
        'Pesten accepteren wij niet, ook niet op sociale media.',
      );
      // Per article: its proposals (was, becomes, by whom) and comments, and a choice to accept or reject them.
      const sections = page.locator('main section');
      expect(await sections.count()).toBe(2);
      const accepted = sections.filter({ hasText: 'één schooldag' });
      expect(await accepted.textContent()).toContain('twee schooldagen');
      const rejected = sections.filter({ hasText: 'intern begeleider' });
      expect(await rejected.textContent()).toContain('R. Hendriks');
      expect(await rejected.textContent()).toContain('Ook de ouders melden.');
      expect(await accepted.getByLabel('Aanvaarden').isChecked()).toBe(true);
      expect(await axeOn(page)).toEqual([]);

      await rejected.getByLabel('Weigeren').check();
      await page.getByRole('button', { name: 'Terugbrengen' }).click();
      await page.locator('[role=status]').waitFor();
      const text = readFileSync(join(dir, REVISION), 'utf8');
      expect(text).toContain('binnen één schooldag');
      expect(text).not.toContain('intern begeleider');
      expect(text).toContain('anti-pestcoördinator');
      expect(text).toContain('Ook de ouders melden.');
      expect(text).toContain('Pesten tolereren wij niet, ook niet online.');
      expect(text).toMatch(/CONFLICT \(Word: pestprotocol-terug\.docx, /);
      expect(history()).toHaveLength(commits + 1);
      expect(history()[0]).toBe(
        'A. de Beleidsmedewerker <>|Teruggekomen Word-document pestprotocol-terug.docx verwerkt in Pestprotocol 1.1, Basisschool De Eik: 1 artikel(en) met voorstellen aanvaard, 1 geweigerd',
      );
      expect(git('show', '--name-only', '--format=', 'HEAD')).toBe(REVISION);
    },
    180_000,
  );

  it('makes the board pack of the new version against the one it supersedes, and exports the dossier and agenda', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${url}werkplek/beleid?bestand=${encodeURIComponent(REVISION)}`);
    const commits = history().length;
    const status = git('status', '--porcelain', '--', 'policies');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download het bestuursstuk (pdf)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^pestprotocol-1\.0-to-1\.1\.pdf$/);
    const pack = join(dir, 'bestuursstuk.pdf');
    await (await download).saveAs(pack);
    const words = execFileSync('pdftotext', ['-layout', pack, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(words).toContain('één schooldag');
    expect(words).toContain('twee schooldagen');

    await page.goto(`${url}werkplek/`);
    const dossier = page.waitForEvent('download');
    await page.selectOption('#f-dossier-organisatie', 'linde');
    await page.getByRole('button', { name: 'Dossier downloaden (pdf)' }).click();
    expect((await dossier).suggestedFilename()).toBe('dossier-linde.pdf');
    const dossierFile = join(dir, 'dossier.pdf');
    await (await dossier).saveAs(dossierFile);
    expect(execFileSync('pdftotext', [dossierFile, '-'], { encoding: 'utf8' })).toContain('Pestprotocol');
    const agenda = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Agenda downloaden voor Outlook of Google Agenda (.ics)' }).click();
    const agendaFile = join(dir, 'agenda.ics');
    await (await agenda).saveAs(agendaFile);
    expect(readFileSync(agendaFile, 'utf8')).toContain('BEGIN:VCALENDAR');
    // Downloads write nothing in policies/ and commit nothing.
    expect(history()).toHaveLength(commits);
    expect(git('status', '--porcelain', '--', 'policies')).toBe(status);
  }, 120_000);

  it('two tabs saving the same policy: the second is refused and told, and nothing of it is written', async () => {
    const first = await browser.newPage({ viewport: VIEWPORT });
    const second = await axeTab(browser);
    await policyPage(first);
    await policyPage(second);
    const commits = history().length;
    await first.fill('#f-gegevens-version', '1.1');
    await first.getByRole('button', { name: 'Opslaan' }).click();
    await first.locator('[role=status]').waitFor();
    await second.fill('#f-gegevens-title', 'Pestprotocol De Eik');
    const answer = second.waitForResponse((response) => response.url().endsWith('/werkplek/gegevens'));
    await second.getByRole('button', { name: 'Opslaan' }).click();
    expect((await answer).status()).toBe(409);
    const alert = second.locator('[role=alert]');
    expect(await alert.textContent()).toContain('gewijzigd sinds u het opende');
    // Shown, not only told: the line as this tab read it beside the line as the first tab saved it.
    expect(await alert.locator('caption').textContent()).toBe('Wat er is gewijzigd sinds u het beleid opende');
    expect(await alert.locator('tbody tr').count()).toBe(1);
    expect(await alert.locator('tbody td del').textContent()).toBe('version: "1.0"');
    expect(await alert.locator('tbody td ins').textContent()).toBe('version: "1.1"');
    expect(await axeOn(second)).toEqual([]);
    const text = readFileSync(join(dir, POLICY), 'utf8');
    expect(text).toContain('version: "1.1"');
    expect(text).not.toContain('Pestprotocol De Eik');
    expect(history()).toHaveLength(commits + 1);
  }, 60_000);

  it('an upload over the limit is refused with a clear message', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${url}werkplek/`);
    await page.setInputFiles('#f-inlezen-document', join(dir, 'te-groot.pdf'));
    const answer = page.waitForResponse((response) => response.url().endsWith('/werkplek/inlezen'));
    await page.getByRole('button', { name: 'Inlezen' }).click();
    expect((await answer).status()).toBe(413);
    expect(await page.locator('[role=alert]').textContent()).toContain('groter dan 1 MB');
  }, 60_000);

  it('refuses a cross-site post, a post without the token and a foreign Host', async () => {
    const commits = history().length;
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${url}werkplek/gegevens`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
    const form = `bestand=${encodeURIComponent(POLICY)}&title=Gekaapt&officer=X`;
    expect((await post({ origin: 'http://evil.example' }, `token=x&${form}`)).status).toBe(403);
    expect((await post({}, form)).status).toBe(403);
    expect((await post({ origin: url.replace(/\/$/, '') }, `token=geraden&${form}`)).status).toBe(403);
    const foreign = await new Promise<number>((resolve, reject) => {
      const port = new URL(url).port;
      const request = httpRequest(
        { host: '127.0.0.1', port, path: '/werkplek/', method: 'GET', headers: { host: `evil.example:${port}` } },
        (response) => resolve(response.statusCode ?? 0),
      );
      request.on('error', reject);
      request.end();
    });
    expect(foreign).toBe(421);
    expect(readFileSync(join(dir, POLICY), 'utf8')).not.toContain('Gekaapt');
    expect(history()).toHaveLength(commits);
  }, 60_000);
});
