// Issue 70: every format of `compare` and of `start` that cites law says as of which date its text was read
// ("Wettekst van: … 1 augustus 2026"), and shows a requirement that does not bind an organisation as "niet van
// toepassing" with whom it binds, one that may as "indien van toepassing" with the question a person answers once.
// Three organisations, each a complaints procedure: a primary school's board (WPO art. 14 binds it, Awb chapter 9 does
// not), a municipality (the reverse) and a foundation that stated nothing (the Awb "indien van toepassing", school law
// "onbekend of dit geldt").
// Through the CLI as a user runs it (in the test's process: runCli); the PDFs read back with pdftotext. A
// privacyreglement binds only on the organisation's answers (AVG art. 13 and 14, where the reglement is how it informs
// the people concerned): answered nee, "niet van toepassing" with the question; unanswered, "indien van toepassing"
// with it; answered ja, the requirement binds, or asks the next question it depends on.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { needTool } from '../support/tools.js';

const policy = (org: string, organisation: string, body: string): string =>
  `---
id: klachtenregeling
title: Klachtenregeling
organisation: ${organisation}
org: ${org}
version: "1.0"
lang: nl
kind: klachtenregeling
---

## Indienen {#indienen}

1. {#indienen.wie} Ouders, leerlingen en personeelsleden kunnen een klacht indienen over gedragingen en beslissingen.
2. {#indienen.termijn} Een klacht wordt ingediend binnen een jaar na de gedraging.

## Behandeling {#behandeling}

1. {#behandeling.termijn} ${body}
`;

/** A project with the three organisations under policies/, each with what its procedure.yaml states. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-law-formats-'));
  const write = (folder: string, procedure: string | undefined, text: string) => {
    mkdirSync(join(root, 'policies', folder), { recursive: true });
    if (procedure !== undefined) writeFileSync(join(root, 'policies', folder, 'procedure.yaml'), procedure);
    writeFileSync(join(root, 'policies', folder, 'klachtenregeling.md'), text);
  };
  write('school', 'sector: po\n', policy('school', 'Stichting Het Anker', 'De klachtencommissie behandelt de klacht.'));
  write(
    'gemeente',
    'body: bestuursorgaan\n',
    policy(
      'gemeente',
      'Gemeente Noord',
      'De klacht wordt binnen zes weken na ontvangst van het klaagschrift afgehandeld.',
    ),
  );
  write('stichting', undefined, policy('stichting', 'Stichting Vrij', 'De klacht wordt zorgvuldig behandeld.'));
  return root;
}

const FILES = ['school', 'gemeente', 'stichting'].map((org) => join('policies', org, 'klachtenregeling.md'));

const plain = (text: string): string =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

const pdfText = (file: string): string => plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));

/** What every format must say: the dates the texts were read, and whom a requirement binds or may bind. */
function expectLawSaid(text: string, format: string): void {
  expect(text, format).toMatch(/Wettekst van: [^.]*WPO 1 augustus 2026/);
  expect(text, format).toMatch(/Wettekst van: [^.]*Awb 1 juli 2026/);
  // The municipality is not bound by WPO art. 14; the school's board not by the Awb's chapter 9.
  expect(text, format).toContain(
    'niet van toepassing: geldt voor het bevoegd gezag van een school in het primair onderwijs (WPO)',
  );
  expect(text, format).toContain('niet van toepassing: geldt voor een bestuursorgaan (Awb, hoofdstuk 9)');
  // The foundation said nothing of what it is: the question it answers once. School law binds it only if it is a
  // school, which nothing says: "onbekend of dit geldt", with no ✓ or "niet gevonden".
  expect(text, format).toContain(
    'indien van toepassing: geldt voor een bestuursorgaan (Awb, hoofdstuk 9); is de organisatie dat?',
  );
  expect(text, format).toContain(
    'onbekend of dit geldt: geldt voor het bevoegd gezag van een school in het primair onderwijs (WPO)',
  );
}

describe('the law in every format of compare and start', () => {
  const root = project();

  it.each(['text', 'md', 'html'])('compare --format %s', async (format) => {
    const run = await runCli(['compare', ...FILES, '--format', format], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expectLawSaid(plain(run.stdout), format);
  });

  it('compare --format json words the dates and each cell beside the data', async () => {
    const run = await runCli(['compare', ...FILES, '--format', 'json'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const alignment = JSON.parse(run.stdout) as {
      law: { asOf: { law: string; date?: string }[]; asOfText: string; groups: { key: string; rows: Row[] }[] };
    };
    type Row = { law: string; article: string; applies: string; who?: string; question?: string; text: string };
    expect(alignment.law.asOf).toContainEqual({ law: 'WPO', date: '2026-08-01' });
    expectLawSaid(
      `${alignment.law.asOfText} ${alignment.law.groups.flatMap((group) => group.rows.map((row) => row.text)).join(' ')}`,
      'json',
    );
    const rows = (key: string) => alignment.law.groups.find((group) => group.key === key)?.rows ?? [];
    // Each row's text agrees with its data: not applicable where the data says so, never otherwise.
    for (const group of alignment.law.groups)
      for (const row of group.rows)
        expect(row.text.startsWith('niet van toepassing'), `${group.key} ${row.law} ${row.article}`).toBe(
          row.applies === 'not-applicable',
        );
    expect(rows('gemeente').filter((row) => row.law === 'WPO' && row.applies !== 'not-applicable')).toEqual([]);
    expect(rows('school').filter((row) => row.law === 'Awb' && row.applies !== 'not-applicable')).toEqual([]);
  });

  it('compare --format pdf', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const out = join(root, 'vergelijking.pdf');
    const run = await runCli(['compare', ...FILES, '--format', 'pdf', '--out', out], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expectLawSaid(pdfText(out), 'pdf');
  });

  it('start writes the comparison as JSON, Markdown, PDF and HTML, each saying the same', async ({ skip }) => {
    needTool(skip, 'pdftotext');
    const run = await runCli(['start', '--out', 'out'], { cwd: root });
    expect(run.stdout).toContain('out/compare/klachtenregeling.json');
    const base = join(root, 'out', 'compare', 'klachtenregeling');
    const json = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as {
      law: { asOfText: string; groups: { rows: { text: string }[] }[] };
    };
    expectLawSaid(
      `${json.law.asOfText} ${json.law.groups.flatMap((group) => group.rows.map((row) => row.text)).join(' ')}`,
      'start json',
    );
    expectLawSaid(plain(readFileSync(`${base}.md`, 'utf8')), 'start md');
    expectLawSaid(pdfText(`${base}.pdf`), 'start pdf');
    expectLawSaid(plain(readFileSync(`${base}.html`, 'utf8')), 'start html');
    // The review page asks of each organisation only what binds it or may, with the date of that law's text.
    const review = plain(readFileSync(`${base}-review.html`, 'utf8'));
    expect(review).toMatch(/De wet vraagt dit: [^.]*Awb art\. [^.]*\. Wettekst van: Awb 1 juli 2026\./);
    expect(review).not.toMatch(/De wet vraagt dit: (?:[^.]|\.\d)*(?:WPO|WVO)[^.]*\. Wettekst van: Awb/);
  });
});

const reglement = (org: string) => `---
id: privacyreglement
title: Privacyreglement
organisation: ${org}
version: "1.0"
lang: nl
kind: privacyreglement
---

## Doel {#doel}

1. {#doel.registratie} De registratie heeft ten doel de leerlingadministratie te voeren.

## Bewaartermijn {#bewaren}

1. {#bewaren.termijn} De gegevens worden uiterlijk twee jaar na het vertrek van de leerling verwijderd.
`;

describe('the law on conditions answered once, through compare', () => {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-law-conditions-'));
  const answers: Record<string, string | undefined> = {
    verklaring: 'sector: po\nanswers:\n  reglement-informeert: nee\n',
    open: undefined,
    reglement: 'sector: po\nanswers:\n  reglement-informeert: ja\n',
  };
  for (const [org, procedure] of Object.entries(answers)) {
    mkdirSync(join(root, 'policies', org), { recursive: true });
    if (procedure) writeFileSync(join(root, 'policies', org, 'procedure.yaml'), procedure);
    writeFileSync(join(root, 'policies', org, 'privacyreglement.md'), reglement(org));
  }
  const files = Object.keys(answers).map((org) => join('policies', org, 'privacyreglement.md'));

  it('compare --format text and json: nee excludes, unanswered asks, ja binds or asks the next question', async () => {
    const text = await runCli(['compare', ...files, '--format', 'text'], { cwd: root });
    expect(text.code, text.stderr).toBe(0);
    const said = plain(text.stdout);
    expect(said).toMatch(/Wettekst van: AVG niet nagelezen tegen de geldende tekst/);
    expect(said).toContain('niet van toepassing: de organisatie antwoordde nee op „Informeert de organisatie');
    expect(said).toContain('indien van toepassing: Informeert de organisatie de betrokkenen met dit reglement');
    expect(said).toContain('indien van toepassing: Neemt de organisatie besluiten die uitsluitend op geautomatiseerde');
    const json = await runCli(['compare', ...files, '--format', 'json'], { cwd: root });
    expect(json.code, json.stderr).toBe(0);
    type Row = { article: string; applies: string; question?: string; finding?: string };
    const groups = (JSON.parse(json.stdout) as { law: { groups: { key: string; rows: Row[] }[] } }).law.groups;
    const rows = (key: string) => groups.find((group) => group.key === key)?.rows ?? [];
    const row = (key: string, article: string) => rows(key).find((candidate) => candidate.article === article);
    expect(rows('verklaring').length).toBeGreaterThan(10);
    expect(rows('verklaring').every((entry) => entry.applies === 'not-applicable')).toBe(true);
    expect(rows('open').every((entry) => entry.applies === 'if-applicable')).toBe(true);
    // Answered ja: the retention period binds and is stated; automated decisions still wait on their own question.
    expect(row('reglement', 'art. 13 lid 2 onder a')).toMatchObject({ applies: 'binds', finding: 'met' });
    expect(row('reglement', 'art. 13 lid 2 onder f')).toMatchObject({
      applies: 'if-applicable',
      question: expect.stringContaining('geautomatiseerde'),
    });
  });
});
