// No page the workplace serves (src/jobs/serve-workplace.ts) tells its officer, who has no terminal, to run a
// clausemark command or pass one of its flags: a real session, in-process behind a real HTTP server, in Dutch and in
// English, on De Eik's repository with its draft pestprotocol and a gedragscode adopted by hand. Every page of the
// session is read as the officer reads it (its text, not its style sheet) and held to naming no "clausemark <command>"
// and no "--flag": the policy list and the board's overview, a policy's page with its check, the step form refusing a
// step out of order or by the wrong council, a document brought in (one with an adoption line, one with tracked
// changes), a returned Word document's preview and what was brought back, and the kennisname page.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { HeadingLevel, Packer, Paragraph, Document as WordDocument } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import type { TempRepo } from '../support/git.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { builtDocx, withTrackedChange } from '../support/word.js';
import {
  type Answer,
  DE_EIK_ADOPTED_BY_HAND as ADOPTED_BY_HAND,
  DE_EIK_BY_HAND as BY_HAND,
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
    repo = deEikRepo(`clausemark-serve-no-commands-${lang}-`, { [BY_HAND]: ADOPTED_BY_HAND });
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

  it('names no clausemark command and no flag on any page', () => {
    const named = [...pages].flatMap(([page, { html }]) =>
      visibleText(html)
        .split('\n')
        .filter((line) => NAMES_A_COMMAND.test(line))
        .map((line) => `${page}: ${line.trim()}`),
    );
    expect(named).toEqual([]);
  });
});
