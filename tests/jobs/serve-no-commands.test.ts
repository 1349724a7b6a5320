// No page the workplace serves (src/jobs/serve-workplace.ts) tells its officer, who has no terminal, to run a
// clausemark command or pass one of its flags, nor names a field of a policy's front matter ("supersedes:",
// "effective_from"): a real session, in-process behind a real HTTP server, in Dutch and in English, on De Eik's
// repository with its draft pestprotocol, a gedragscode adopted by hand, a veiligheidsbeleid adopted for a later day, a
// draft that names no kind, and De Wilg's pestprotocol beside it. Every page of the session is read as the officer
// reads it (its text, not its style sheet): the policy list and the board's overview, a policy's page with its check,
// the step form refusing a step out of order or by the wrong council, a document brought in (one with an adoption
// line, one with tracked changes), a returned Word document's preview and what was brought back, and the kennisname
// page. So is every download: the agenda (text and calendar), the comparison of the two pestprotocols, and the
// dossier's PDF (its text as pdftotext reads it), which names a version in force from a later day.
// The HTML report in out/, built as `serve --watch` builds it and handed out by the real server beside the workplace
// (src/text/served-words.ts), names none either: the board's overview (no `clausemark import`), the comparison with its
// law view, open questions and their answers (no `clausemark confirm --absent`) and its review page, while the same
// files opened from disk still name the commands; nor does the policy page of a hand-written policy without id,
// organisation or version, nor the first page's list of what is missing (its folders named from the folder served).
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { HeadingLevel, Packer, Paragraph, Document as WordDocument } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import { findProject } from '../../src/io/project.js';
import { serveFolder } from '../../src/io/serve.js';
import { rebuildReport } from '../../src/jobs/serve.js';
import { workplaceEndpoint } from '../../src/jobs/serve-workplace.js';
import type { TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';
import { builtDocx, withTrackedChange } from '../support/word.js';
import {
  type Answer,
  DE_EIK_ADOPTED_BY_HAND as ADOPTED_BY_HAND,
  DE_EIK_BY_HAND as BY_HAND,
  DE_EIK_DRAFT,
  DE_EIK_POLICY as POLICY,
  deEikRepo,
  noticeOf,
  startTestWorkplace,
  type TestWorkplace,
} from '../support/workplace-endpoint.js';

/** Every clausemark command, by the word a terminal types. */
const COMMANDS = readdirSync(join(PROJECT_ROOT, 'src', 'cli', 'commands')).map((file) => file.replace(/\.ts$/, ''));
/** A clausemark command or one of its flags, as a terminal's advice says them. */
const NAMES_A_COMMAND = new RegExp(`clausemark (${COMMANDS.join('|')})\\b|(^|[\\s(\`“"„])--[a-z]`, 'm');

/**
 * A field of a policy's front matter as its file writes it ("supersedes:", "status: approved", "effective_from"): a
 * word the officer, who edits no file, does not know.
 */
const NAMES_A_KEY =
  /(^|[\s(`“"„])(id|org|organisation|title|version|status|kind|level|effective|supersedes|approvals|step|body|part|lang|review|reasons):(\s|$)|["„“](id|organisation|version|title)["”]|\b[a-z]+_[a-z]+\b/m;

/** De Eik's veiligheidsbeleid, its MR's consent and its adoption recorded, in force from a day after today. */
const LATER = 'policies/linde/de-eik/veiligheidsbeleid.md';
const ADOPTED_FOR_LATER = DE_EIK_DRAFT.replaceAll('pestprotocol', 'veiligheidsbeleid')
  .replace('# Pestprotocol', '# Veiligheidsbeleid')
  .replace('title: Pestprotocol', 'title: Veiligheidsbeleid')
  .replace(
    'status: draft',
    [
      'status: approved',
      `effective: ${new Date().getUTCFullYear() + 2}-08-01`,
      'approvals:',
      '  - { date: 2025-05-01, asked: 2025-04-01, name: R. Hendriks, role: Voorzitter MR, step: instemming, body: MR, part: whole, outcome: positief }',
      '  - { date: 2025-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
    ].join('\n'),
  );
/** A draft that names no kind: the agenda leaves it out, saying what to do. */
const WITHOUT_KIND = 'policies/linde/de-eik/notulen.md';
const NAMES_NO_KIND = DE_EIK_DRAFT.replaceAll('pestprotocol', 'notulen')
  .replace('title: Pestprotocol', 'title: Notulen')
  .replace('kind: notulen\n', '');
/** De Wilg's pestprotocol: a kind two organisations have, to compare. */
const DE_WILG = 'policies/linde/de-wilg/pestprotocol.md';

/** A page as the officer reads it: its text, without its style sheet and scripts, its entities read. */
function visibleText(html: string): string {
  return html
    .replace(/<(style|script)\b.*?<\/\1>/gs, '')
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** A Word document of a new klachtenregeling: one closing with its adoption, or with a change tracked. */
async function klachtenregelingDocx(closing: string): Promise<Buffer> {
  const children = [
    new Paragraph({ text: 'Klachtenregeling', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: '1 Indienen', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('Een klacht dient u schriftelijk in bij de directeur van de school.'),
    new Paragraph(closing),
  ];
  return Packer.toBuffer(new WordDocument({ sections: [{ children }] }));
}

const baseOf = (html: string): string => /name="base" value="([^"]*)"/.exec(html)?.[1] ?? '';

describe.each(['nl', 'en'] as const)('the workplace’s pages in %s', (lang) => {
  let repo: TempRepo;
  let workplace: TestWorkplace;
  const before = messageLanguage();
  /** Every page of the session, by what the officer did to get it. */
  const pages = new Map<string, Answer>();
  /** The dossier's PDF, read as text by the test (pdftotext). */
  let dossierPdf: Answer;

  const policyPage = (file: string) => workplace.call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(file)}`);

  async function step(name: string, value: string): Promise<void> {
    const form = { bestand: POLICY, base: baseOf((await policyPage(POLICY)).html), officer: 'A. de Beleidsmedewerker' };
    const people = { name: 'J. de Vries', role: 'Voorzitter', date: '2026-01-10', outcome: 'positief' };
    pages.set(name, await workplace.post('/werkplek/goedkeuren', { ...form, ...people, step: value }));
  }

  async function returnedWord(): Promise<void> {
    const built = await builtDocx(join(repo.root, POLICY), join(repo.root, 'out'));
    const returned = withTrackedChange(built, 'Wie pesten ziet', 'Wie pesten ziet of hoort', 'M. Jansen');
    const fields = { bestand: POLICY, base: baseOf((await policyPage(POLICY)).html) };
    const preview = await workplace.upload('/werkplek/terugbrengen', fields, 'Pestprotocol gelezen.docx', returned);
    pages.set('returned Word preview', preview);
    const waiting = /name="wacht" value="([^"]*)"/.exec(preview.html)?.[1] ?? '';
    const decided = { wacht: waiting, 'keuze-aan.melden': 'aanvaarden', officer: 'A. de Beleidsmedewerker' };
    pages.set('returned Word brought back', await workplace.post('/werkplek/terugbrengen/besluit', decided));
  }

  beforeAll(async () => {
    setMessageLanguage(lang);
    repo = deEikRepo(`clausemark-serve-no-commands-${lang}-`, {
      [BY_HAND]: ADOPTED_BY_HAND,
      [LATER]: ADOPTED_FOR_LATER,
      [WITHOUT_KIND]: NAMES_NO_KIND,
      [DE_WILG]: readFileSync(join(PROJECT_ROOT, DE_WILG), 'utf8'),
    });
    workplace = await startTestWorkplace(repo.root);
    pages.set('policy list and overview', await workplace.call('GET', '/werkplek/'));
    pages.set('policy page', await policyPage(POLICY));
    pages.set('policy adopted by hand', await policyPage(BY_HAND));
    // Adopted before the MR consented, then the MR's consent named as the GMR's.
    await step('step out of order', 'vaststelling||whole');
    await step('step by the wrong council', 'instemming|GMR|whole');
    const upload = async (name: string, closing: string, bytes?: Uint8Array) =>
      workplace.upload(
        '/werkplek/inlezen',
        { into: 'policies/linde/de-eik', officer: 'A. de Beleidsmedewerker' },
        name,
        bytes ?? (await klachtenregelingDocx(closing)),
      );
    pages.set('upload', await upload('Klachtenregeling.docx', 'Vastgesteld door het bevoegd gezag op 1 juni 2025.'));
    const klachten = await klachtenregelingDocx('Een klacht wordt binnen zes weken behandeld.');
    const tracked = withTrackedChange(klachten, 'binnen zes weken', 'binnen vier weken', 'M. Jansen');
    pages.set('upload with tracked changes', await upload('Klachtenregeling 2.docx', '', tracked));
    await returnedWord();
    for (const file of [POLICY, BY_HAND])
      pages.set(
        `kennisname of ${file}`,
        await workplace.call('GET', `/werkplek/kennisname?bestand=${encodeURIComponent(file)}&recorder=R.+Hendriks`),
      );
    for (const file of [LATER, WITHOUT_KIND]) pages.set(`policy page of ${file}`, await policyPage(file));
    pages.set('agenda as text', await workplace.call('GET', '/werkplek/agenda?vorm=text'));
    pages.set('agenda for a calendar', await workplace.call('GET', '/werkplek/agenda?vorm=ics'));
    pages.set('comparison', await workplace.call('GET', '/werkplek/vergelijken?soort=pestprotocol'));
    dossierPdf = await workplace.call('GET', '/werkplek/dossier?organisatie=linde');
  }, 120_000);

  afterAll(async () => {
    setMessageLanguage(before);
    await workplace.close();
  });

  it('holds a page that names a command to it (the check itself can fail)', () => {
    expect(visibleText('<p>leg het vast met <code>clausemark approve</code></p>')).toMatch(NAMES_A_COMMAND);
    expect(visibleText('<li>import again with --reject-changes aan.melden</li>')).toMatch(NAMES_A_COMMAND);
    expect(visibleText('<style>:root { --accent: #123; }</style><p>Vastleggen</p>')).not.toMatch(NAMES_A_COMMAND);
  });

  it('went through every page: refusals refused, the returned document read and brought back', () => {
    expect(pages.get('step out of order')?.status).toBe(400);
    expect(pages.get('step by the wrong council')?.status).toBe(400);
    expect(pages.get('upload')?.status).toBe(200);
    expect(pages.get('upload with tracked changes')?.status).toBe(400);
    expect(pages.get('returned Word preview')?.status).toBe(200);
    expect(pages.get('returned Word brought back')?.status).toBe(200);
    // The refusals say what to do, by the page's own step list and button.
    const step = lang === 'nl' ? '„Vast te leggen stap”' : '“Step to record”';
    expect(noticeOf(pages.get('step out of order')?.html ?? '', 'refused')).toContain(step);
    expect(noticeOf(pages.get('step by the wrong council')?.html ?? '', 'refused')).toContain(step);
    const reject = lang === 'nl' ? '„Weigeren”' : '“Reject”';
    expect(noticeOf(pages.get('returned Word brought back')?.html ?? '', 'done')).toContain(reject);
  });

  /** Each line of the pages (or texts) that `names`, with the page it is on. */
  const linesNaming = (texts: [string, string][], names: RegExp): string[] =>
    texts.flatMap(([page, text]) =>
      text
        .split('\n')
        .filter((line) => names.test(line))
        .map((line) => `${page}: ${line.trim()}`),
    );
  const shown = (): [string, string][] => [...pages].map(([page, { html }]) => [page, visibleText(html)]);

  it('names no clausemark command and no flag on any page or download', () => {
    expect(linesNaming(shown(), NAMES_A_COMMAND)).toEqual([]);
  });

  it('names no field of the front matter on any page or download (the check itself can fail)', () => {
    expect('vraag de MR en leg dat vast met step: instemming en body: MR').toMatch(NAMES_A_KEY);
    expect('effective_from: — → 1 augustus 2027').toMatch(NAMES_A_KEY);
    expect('Versie: 1.0 → 2.0 (status: concept)').toMatch(NAMES_A_KEY);
    expect('de status van deze versie is: concept').not.toMatch(NAMES_A_KEY);
    // The calendar's own fields (SUMMARY:, DTSTART;VALUE=DATE:) are no policy's.
    expect(linesNaming(shown(), NAMES_A_KEY)).toEqual([]);
  });

  it('words every download for the workplace: its agenda, comparison and dossier name its own pages and buttons', (context) => {
    expect(pages.get('agenda as text')?.status).toBe(200);
    const agenda = pages.get('agenda as text')?.html ?? '';
    // The draft without a kind, by its place in the folder, and what to do about it on its page.
    expect(agenda).toContain(WITHOUT_KIND);
    expect(agenda).toContain(lang === 'nl' ? '„Soort beleid”' : '“Kind of policy”');
    expect(pages.get('agenda for a calendar')?.html).toContain('BEGIN:VCALENDAR');
    const comparison = pages.get('comparison')?.html ?? '';
    expect(comparison).toContain('<html');
    // The comparison's language is its documents' (Dutch), whichever the workplace speaks.
    expect(comparison).toContain('„Reviewvragen beantwoorden”');
    expect(dossierPdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    needTool(context.skip, 'pdftotext');
    const dossier = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
      input: dossierPdf.data,
      encoding: 'utf8',
    });
    // The veiligheidsbeleid in force from a later day: its dossier then is the workplace's download, not a command.
    const unwrapped = dossier.replace(/\s+/g, ' ');
    expect(unwrapped).toContain('Veiligheidsbeleid · Basisschool De Eik: vastgesteld op');
    expect(unwrapped).toContain('„Dossier downloaden (pdf)”');
    expect(linesNaming([['dossier', unwrapped]], NAMES_A_COMMAND)).toEqual([]);
    expect(linesNaming([['dossier', dossier]], NAMES_A_KEY)).toEqual([]);
  });
});

/** A policy written by hand, its front matter without id, organisation or version. */
const HAND_WRITTEN = 'policies/linde/de-es/handgeschreven.md';
const HAND_WRITTEN_TEXT =
  '---\ntitle: Handgeschreven afspraken\nstatus: draft\n---\n\n# Handgeschreven afspraken\n\n## 1 Doel {#doel}\n\n1. {#doel.een} Wij spreken dit af.\n';

/** Each line of `text` that `names`, trimmed. */
const namingLines = (text: string, names: RegExp): string[] =>
  text
    .split('\n')
    .filter((line) => names.test(line))
    .map((line) => line.trim());

describe('the HTML report and the workplace served together, as `serve` serves them', () => {
  let repo: TempRepo;
  let server: Server;
  let address: string;
  const before = messageLanguage();
  /** Each page of out/ (its path there): as the server hands it out, and as the file on disk reads. */
  const served = new Map<string, string>();
  const onDisk = new Map<string, string>();
  const fetchText = async (path: string): Promise<string> => (await fetch(`${address}${path}`)).text();

  beforeAll(async () => {
    setMessageLanguage('nl');
    // De Linde as the example declares it (a board with De Es and De Wilg: an overview of what is missing), De Eik's
    // and De Wilg's pestprotocols compared (the law view, open questions of absent rules).
    repo = deEikRepo('clausemark-served-report-', {
      'policies/linde/procedure.yaml': readFileSync(join(PROJECT_ROOT, 'policies/linde/procedure.yaml'), 'utf8'),
      [DE_WILG]: readFileSync(join(PROJECT_ROOT, DE_WILG), 'utf8'),
    });
    const out = join(repo.root, 'out');
    const built = await rebuildReport({ root: repo.root, outDir: out, policiesDir: join(repo.root, 'policies') });
    expect(built.errors).toEqual([]);
    // Written after the build: the workplace reads its files at every request.
    repo.write(HAND_WRITTEN, HAND_WRITTEN_TEXT);
    const project = findProject(PROJECT_ROOT);
    const workplace = workplaceEndpoint({
      folder: repo.root,
      project,
      officer: 'A. de Beleidsmedewerker',
      maxUploadBytes: 1024 * 1024,
      postMilliseconds: 10_000,
      reportFolder: out,
    });
    server = await serveFolder(out, { port: 0, workplace, confirm: { token: 'test', record: () => '' } });
    address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const pages = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? pages(path) : path.endsWith('.html') ? [path] : [];
      });
    for (const file of pages(out)) {
      const path = relative(out, file).split('\\').join('/');
      served.set(path, visibleText(await fetchText(path)));
      onDisk.set(path, visibleText(readFileSync(file, 'utf8')));
    }
  }, 180_000);

  afterAll(async () => {
    setMessageLanguage(before);
    await new Promise((resolve) => server?.close(resolve));
  });

  it('built the pages that named commands: the overview, the comparison and its review page', () => {
    expect([...served.keys()]).toEqual(
      expect.arrayContaining(['overview.html', 'compare/pestprotocol.html', 'compare/pestprotocol-review.html']),
    );
    // Opened from disk they name the commands still (the check below can fail).
    expect(onDisk.get('overview.html')).toMatch(/clausemark import/);
    expect(onDisk.get('compare/pestprotocol.html')).toContain('(clausemark confirm --absent)');
    expect(onDisk.get('compare/pestprotocol-review.html')).toMatch(/clausemark (confirm|serve)/);
  });

  it('serves no page of the report that names a command, a flag or a field of the front matter', () => {
    const lines = (names: RegExp) =>
      [...served].flatMap(([path, text]) => namingLines(text, names).map((line) => `${path}: ${line}`));
    expect(lines(NAMES_A_COMMAND)).toEqual([]);
    expect(lines(NAMES_A_KEY)).toEqual([]);
  });

  it('says served what to do on the workplace’s pages instead', () => {
    const overview = served.get('overview.html') ?? '';
    expect(overview).toContain('begin er een: lees een document ervan in op de eerste pagina van de werkplek');
    const comparison = served.get('compare/pestprotocol.html') ?? '';
    // The law view's note ends with where a person settles it, and each question keeps its buttons.
    expect(comparison).toContain('alleen een persoon stelt dat vast (op de werkplek, met „Reviewvragen beantwoorden”)');
    expect(comparison).not.toContain('--absent');
  });

  it('words a hand-written policy’s missing id, organisation and version, and what is missing, for the workplace', async () => {
    const page = visibleText(await fetchText(`werkplek/beleid?bestand=${encodeURIComponent(HAND_WRITTEN)}`));
    for (const what of ['kenmerk', 'organisatie', 'versie']) expect(page).toContain(`het document heeft geen ${what}`);
    expect(page).toContain('„Organisatie” onder Gegevens');
    expect(namingLines(page, NAMES_A_KEY)).toEqual([]);
    expect(namingLines(page, NAMES_A_COMMAND)).toEqual([]);
    const first = visibleText(await fetchText('werkplek/'));
    // The folders named from the folder served, not from the package the test lends as the project.
    expect(first).toContain('(in te lezen in de map policies/linde/de-es/)');
    expect(first).not.toContain('../');
  });
});
