// The workplace's endpoint (src/jobs/serve-workplace.ts) in-process behind a real HTTP server, in Dutch, on a draft
// pestprotocol in a real git repository: a post the procedure or a missing name refuses answers with the reason and
// with the form as the officer filled it in (the step chosen, the names, the minutes), nothing written; a post on a
// page read before the file changed shows the form as the file is now. A Word document uploaded is told by its own
// name and the policy by its place in the folder, never by the server's temporary or absolute paths; so is a policy a
// finding of its check names, whose advice names no terminal command. An upload whose policy is there already is
// refused with what to do and a link to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadingLevel, Packer, Paragraph, Document as WordDocument } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';
import type { TempRepo } from '../support/git.js';
import {
  DE_EIK_DRAFT as DRAFT,
  DE_EIK_ADOPTED_BY_HAND as ADOPTED_BY_HAND,
  DE_EIK_BY_HAND as BY_HAND,
  DE_EIK_POLICY as POLICY,
  deEikRepo,
  startTestWorkplace,
  type TestWorkplace,
} from '../support/workplace-endpoint.js';

let repo: TempRepo;
let workplace: TestWorkplace;
/** The message language before these tests, put back after them (the worker's other files share the module). */
const before = messageLanguage();

const call = (method: string, path: string, body?: string) => workplace.call(method, path, body);

const policyPage = (): Promise<{ status: number; html: string }> =>
  call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(POLICY)}`);

/** The value of the text field `id` on the page. */
const valueOf = (html: string, id: string): string | undefined =>
  new RegExp(`<input type="[a-z]+" id="${id}" name="[^"]*" value="([^"]*)"`).exec(html)?.[1];

const selectedStep = (html: string): string | undefined =>
  /<select id="f-goedkeuren-step"[^>]*>.*?<option value="([^"]*)" selected>/s.exec(html)?.[1];

const stepValues = (html: string): string[] =>
  [.../<select id="f-goedkeuren-step"[^>]*>(.*?)<\/select>/s.exec(html)![1]!.matchAll(/value="([^"]*)"/g)].map(
    (match) => match[1]!,
  );

const baseOf = (html: string): string => /name="base" value="([^"]*)"/.exec(html)![1]!;

function form(fields: Record<string, string>): string {
  return new URLSearchParams({ token: workplace.token, bestand: POLICY, ...fields }).toString();
}

async function klachtenregelingDocx(): Promise<Buffer> {
  const children = [
    new Paragraph({ text: 'Klachtenregeling', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: '1 Indienen', heading: HeadingLevel.HEADING_1 }),
    new Paragraph('Een klacht dient u schriftelijk in bij de directeur van de school.'),
  ];
  return Packer.toBuffer(new WordDocument({ sections: [{ children }] }));
}

describe('the workplace’s endpoint', () => {
  beforeAll(async () => {
    setMessageLanguage('nl');
    repo = deEikRepo('clausemark-serve-workplace-', { [BY_HAND]: ADOPTED_BY_HAND });
    workplace = await startTestWorkplace(repo.root);
  });

  afterAll(async () => {
    setMessageLanguage(before);
    await workplace.close();
  });

  it('keeps the step, the names, the dates and the minutes typed when the procedure refuses the step', async () => {
    const page = await policyPage();
    const [consent, adoption] = stepValues(page.html);
    expect(selectedStep(page.html)).toBe(consent);
    const typed = {
      step: adoption!,
      name: 'J. de Vries',
      role: 'Voorzitter College van Bestuur',
      date: '2026-11-02',
      asked: '2026-10-01',
      minutes: 'Notulen CvB 2 november 2026, punt 4',
      officer: 'B. Collega',
    };
    const refused = await call('POST', '/werkplek/goedkeuren', form({ base: baseOf(page.html), ...typed }));
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('role="alert"');
    expect(readFileSync(join(repo.root, POLICY), 'utf8')).toBe(DRAFT);
    expect(selectedStep(refused.html)).toBe(adoption);
    for (const name of ['name', 'role', 'date', 'asked', 'minutes', 'officer'] as const)
      expect(valueOf(refused.html, `f-goedkeuren-${name}`)).toBe(typed[name]);
    // The other forms on the page still show the file's values.
    expect(valueOf(refused.html, 'f-gegevens-officer')).toBe('A. de Beleidsmedewerker');
  });

  it('keeps the details typed when they are refused for want of the officer’s name', async () => {
    const page = await policyPage();
    const typed = { title: 'Pestprotocol De Eik', organisation: 'Basisschool De Eik (Stichting De Linde)' };
    const body = form({ base: baseOf(page.html), ...typed, version: '1.0', kind: 'pestprotocol', officer: ' ' });
    const refused = await call('POST', '/werkplek/gegevens', body);
    expect(refused.status).toBe(400);
    expect(readFileSync(join(repo.root, POLICY), 'utf8')).toBe(DRAFT);
    expect(valueOf(refused.html, 'f-gegevens-title')).toBe(typed.title);
    expect(valueOf(refused.html, 'f-gegevens-organisation')).toBe(typed.organisation);
    expect(valueOf(refused.html, 'f-goedkeuren-name')).toBe('');
  });

  it('shows the policy as it is now when it changed since the page was read', async () => {
    const body = form({ base: 'verouderd', title: 'Iets anders', officer: 'A. de Beleidsmedewerker' });
    const refused = await call('POST', '/werkplek/gegevens', body);
    expect(refused.status).toBe(409);
    expect(valueOf(refused.html, 'f-gegevens-title')).toBe('Pestprotocol');
  });

  it('tells an imported upload by its own name and the policy by its place in the folder', async () => {
    const fields = { into: 'policies/linde/de-eik', officer: 'A. de Beleidsmedewerker' };
    const upload = async () =>
      workplace.upload('/werkplek/inlezen', fields, 'Klachtenregeling De Eik.docx', await klachtenregelingDocx());
    const imported = await upload();
    expect(imported.status).toBe(200);
    const told = /<div class="done" role="status">(.*?)<\/div>/s.exec(imported.html)?.[1] ?? '';
    expect(told).toContain('policies/linde/de-eik/klachtenregeling.md geschreven uit Klachtenregeling De Eik.docx');
    expect(told).not.toContain(repo.root);
    expect(told).not.toMatch(/clausemark-upload-/);

    // Again into the same folder: refused, with what to do on the page (not import's --force) and a link to the policy.
    const again = await upload();
    expect(again.status).toBe(400);
    const refusal = /<div class="refused" role="alert">(.*?)<\/div>/s.exec(again.html)?.[1] ?? '';
    expect(refusal).toContain('policies/linde/de-eik/klachtenregeling.md bestaat al');
    expect(refusal).toContain('breng het daar terug als teruggekomen Word-document');
    expect(refusal).toContain('<a href="/werkplek/beleid?bestand=policies%2Flinde%2Fde-eik%2Fklachtenregeling.md">');
    expect(refusal).not.toContain('--force');
  });

  it('sets the level an import could not read, so the check asks for it no more', async () => {
    // The klachtenregeling brought in above states no level: check warns, and the details form offers the choice.
    const file = 'policies/linde/de-eik/klachtenregeling.md';
    const url = `/werkplek/beleid?bestand=${encodeURIComponent(file)}`;
    const page = await call('GET', url);
    const selectedLevel = (html: string): string | undefined =>
      /<select id="f-gegevens-level"[^>]*>.*?<option value="([^"]*)" selected>/s.exec(html)?.[1];
    expect(selectedLevel(page.html)).toBe('');
    // Said by the details form's words (its list „Niveau”), not by the front matter's field `level:`.
    expect(page.html).toContain('geen niveau gekozen: een klachtenregeling geldt dan als beleid van niveau „bestuur”');
    const details = (level: string, base: string) =>
      new URLSearchParams({ token: workplace.token, bestand: file, base, level, officer: 'A. de Beleidsmedewerker' });

    const before = readFileSync(join(repo.root, file), 'utf8');
    const refused = await call('POST', '/werkplek/gegevens', details('gemeente', baseOf(page.html)).toString());
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('Niveau “gemeente” kan niet: kies school of bestuur.');
    expect(readFileSync(join(repo.root, file), 'utf8')).toBe(before);

    const saved = await call('POST', '/werkplek/gegevens', details('bestuur', baseOf(page.html)).toString());
    expect(saved.status).toBe(200);
    expect(readFileSync(join(repo.root, file), 'utf8')).toMatch(/^level: bestuur$/m);
    expect(selectedLevel(saved.html)).toBe('bestuur');
    expect(saved.html).not.toContain('geen level:');
  });

  it('gives the advice of its check’s findings as what to do on the page, not as a command for a terminal', async () => {
    for (const file of [POLICY, BY_HAND]) {
      const page = await call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(file)}`);
      const check = /<h2>Controle<\/h2>\n(.*?)\n<h2>/s.exec(page.html)?.[1] ?? '';
      expect(check).not.toMatch(/clausemark [a-z]|--[a-z]|`/);
    }
  });

  it('names the policy a finding of its check names by its place in the folder', async () => {
    const page = await call('GET', `/werkplek/beleid?bestand=${encodeURIComponent(BY_HAND)}`);
    const check = /<h2>Controle<\/h2>\n(.*?)\n<h2>/s.exec(page.html)?.[1] ?? '';
    expect(check).toContain(BY_HAND);
    expect(check).not.toContain(repo.root);
  });
});
