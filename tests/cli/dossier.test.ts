// Issue 27 item 5: `clausemark dossier ORG` writes one PDF per organisation: every policy in force with its
// adoption, the approval trail (right, body, part, legal basis, dates, hash), where it is published and its next
// review, overdue items marked in words; the same as JSON embedded in the PDF. A foundation's dossier holds its
// schools' policies too (folders under its own). Read back with pdftotext, the
// attachment extracted with qpdf and parsed, and the PDF held to the PDF/UA self-check like the other PDFs. A dossier
// with nothing in force says why on the terminal, and the --at that shows what was adopted for later (issue 71).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { approvalHash } from '../../src/model/fingerprint.js';
import { parsePolicy } from '../../src/parse/index.js';
import { checkPdfUa } from '../../src/render/engine/ua-check.js';
import { runCli } from '../support/cli.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { needTool } from '../support/tools.js';

function policy(id: string, org: string, front: string[], approvals: string[], text: string): string {
  return [
    '---',
    `id: ${id}`,
    `title: ${id.charAt(0).toUpperCase()}${id.slice(1)}`,
    `organisation: ${{ linde: 'Stichting De Linde', 'de-es': 'De Es', 'linde-de-wilg': 'Basisschool De Wilg' }[org]}`,
    `org: ${org}`,
    'version: "1.0"',
    `kind: ${id}`,
    ...front,
    ...(approvals.length > 0 ? ['approvals:', ...approvals.map((row) => `  - ${row}`)] : []),
    '---',
    '',
    `{#doel} ${text}`,
    '',
  ].join('\n');
}

let dir: string;
let hash: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clausemark-dossier-'));
  cpSync(join(PROJECT_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const org of ['linde', 'linde/de-wilg', 'de-es']) mkdirSync(join(dir, 'policies', org), { recursive: true });
  const klacht = (rows: string[]): string =>
    policy(
      'klachtenregeling',
      'linde',
      ['status: approved', 'level: bestuur', 'owner: Beleidsmedewerker'],
      rows,
      'Klachten worden zorgvuldig behandeld.',
    );
  const consent =
    '{ date: 2024-05-01, asked: 2024-03-20, name: A. Jansen, role: Vz. GMR, step: instemming, minutes: "Notulen GMR 1 mei 2024, punt 4" }';
  const adoption = '{ date: 2024-06-01, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling';
  // The hash of the adopted text, as `approve` records it (the front matter is not part of it).
  hash = approvalHash(parsePolicy(klacht([consent, `${adoption} }`]), { path: 'k.md' }).policy);
  // Adopted 2024-06-01, reviewed every two years: due 2026-06-01, overdue on 2026-11-23.
  writeFileSync(
    join(dir, 'policies', 'linde', 'klachtenregeling.md'),
    klacht([consent, `${adoption}, hash: "${hash}" }`]),
  );
  // Being drafted: no version in force.
  writeFileSync(
    join(dir, 'policies', 'linde', 'privacyreglement.md'),
    policy('privacyreglement', 'linde', ['status: draft'], [], 'Wij gaan zorgvuldig om met gegevens.'),
  );
  // One of the foundation's schools, in a folder under the foundation's: in its dossier, named with its school.
  writeFileSync(
    join(dir, 'policies', 'linde', 'de-wilg', 'pestprotocol.md'),
    policy(
      'pestprotocol',
      'linde-de-wilg',
      // Where it is published, recorded in the policy (issue 43: the dossier says only what is recorded).
      ['status: approved', 'level: school', 'review: 2099-01-01', 'published: [schoolgids 2025-2026, website]'],
      [
        '{ date: 2025-06-01, name: R. Hendriks, role: Voorzitter MR, step: instemming }',
        '{ date: 2025-06-15, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
      ],
      'Pesten accepteren wij niet.',
    ),
  );
  // Another organisation's policy: not in this dossier.
  writeFileSync(
    join(dir, 'policies', 'de-es', 'schoolgids.md'),
    policy(
      'schoolgids',
      'de-es',
      ['status: approved', 'level: school'],
      [
        '{ date: 2026-06-01, name: C. Smit, role: Voorzitter MR, step: instemming, part: ouders/leerlingen }',
        '{ date: 2026-06-15, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
      ],
      'De gids van De Es.',
    ),
  );
});

describe('clausemark dossier ORG', () => {
  it('writes the PDF: policies in force, adoption, trail, publication, review overdue, and the JSON attached', async (context) => {
    const run = await runCli(['dossier', 'linde', '--at', '2026-11-23'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'dossier of Stichting De Linde on 23 November 2026: 2 in force → out/dossier-linde.pdf',
    );
    const file = join(dir, 'out', 'dossier-linde.pdf');
    const bytes = new Uint8Array(readFileSync(file));
    // The same self-check the policy PDFs, the board pack and the comparison pass.
    expect(checkPdfUa(bytes)).toEqual([]);

    needTool(context.skip, 'pdftotext');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Inspectiedossier Stichting De Linde');
    expect(text).toContain('Klachtenregeling · versie 1.0');
    // Dates as people write them; what the policy does not record is not said as recorded (issue 43).
    expect(text).toContain('Vastgesteld op 1 juni 2024 door J. de Vries (Voorzitter College van Bestuur)');
    expect(text).toContain(
      'Waar gepubliceerd: niet vastgelegd in het beleid (de procedure schrijft voor: schoolgids, website)',
    );
    expect(text).toContain('Gepubliceerd in: schoolgids 2025-2026, website');
    expect(text).toContain(
      'Volgende evaluatie: 1 juni 2026, TE LAAT (de standaardtermijn van de procedure; het beleid noemt zelf geen datum)',
    );
    // Its adoption, written by hand, records no hash: the hash is said to be the text's as it is now.
    expect(text).toContain('Volgende evaluatie: 1 januari 2099 Tekst niet vastgelegd bij de vaststelling');
    expect(text).toContain('20 maart 2024');
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toContain('WMS art. 10 sub g');
    expect(text).toContain('Instemming GMR');
    // A step recorded without the hash of its text says so; the adoption's is printed short.
    expect(text).toMatch(/Notulen GMR 1 mei 2024, punt 4 niet vastgelegd/);
    expect(text).toContain(`positief ${hash.replace('sha256-v2:', '').slice(0, 12)}`);
    expect(text).toContain(`Hash van de tekst (SHA-256): ${hash.replace('sha256-v2:', '')}`);
    expect(text).toContain('Geen geldende versie gevonden op 23 november 2026');
    expect(text).toContain('Privacyreglement');
    expect(text).toContain('Pestprotocol · versie 1.0 · Basisschool De Wilg');
    expect(text).toContain('Instemming MR');
    expect(text).not.toContain('De Es');

    needTool(context.skip, 'qpdf');
    expect(execFileSync('qpdf', ['--list-attachments', file], { encoding: 'utf8' })).toContain('dossier-linde.json');
    const json = JSON.parse(execFileSync('qpdf', ['--show-attachment=dossier-linde.json', file], { encoding: 'utf8' }));
    expect(json.org).toBe('linde');
    expect(json.date).toBe('2026-11-23');
    expect(json.notInForce).toEqual([
      { id: 'privacyreglement', title: 'Privacyreglement', organisation: 'Stichting De Linde' },
    ]);
    // The foundation's own first, then its school's.
    expect(json.policies.map((item: { org: string; id: string }) => `${item.org}/${item.id}`)).toEqual([
      'linde/klachtenregeling',
      'linde-de-wilg/pestprotocol',
    ]);
    const [klacht] = json.policies;
    expect(klacht).toMatchObject({
      id: 'klachtenregeling',
      version: '1.0',
      kind: 'klachtenregeling',
      level: 'bestuur',
      owner: 'Beleidsmedewerker',
      adopted: { date: '2024-06-01', name: 'J. de Vries' },
      inForceFrom: '2024-06-01',
      published: [],
      publishedByProcedure: ['schoolgids', 'website'],
      nextReview: '2026-06-01',
      reviewFrom: 'procedure',
      overdue: [{ type: 'review', due: '2026-06-01' }],
      textHash: hash,
    });
    expect(klacht.trail).toEqual([
      {
        step: 'instemming',
        body: 'GMR',
        part: 'whole',
        basis: 'WMS art. 10 sub g',
        name: 'A. Jansen',
        role: 'Vz. GMR',
        asked: '2024-03-20',
        decided: '2024-05-01',
        outcome: 'positief',
        minutes: 'Notulen GMR 1 mei 2024, punt 4',
      },
      {
        step: 'vaststelling',
        body: 'bestuur',
        part: 'whole',
        basis: 'WPO art. 14',
        name: 'J. de Vries',
        role: 'Voorzitter College van Bestuur',
        decided: '2024-06-01',
        outcome: 'positief',
        hash,
      },
    ]);
  });

  it('before the review was due nothing is marked overdue', async (context) => {
    const out = join(dir, 'dossier-2025.pdf');
    const run = await runCli(['dossier', 'linde', '--at', '2025-01-01', '--out', out], { cwd: dir });
    expect(run.code).toBe(0);
    needTool(context.skip, 'pdftotext');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Volgende evaluatie: 1 juni 2026');
    expect(text).not.toContain('TE LAAT');
  });

  it('an organisation without policies is a clear error naming the ones there are, nothing written', async () => {
    const out = join(dir, 'nobody.pdf');
    const run = await runCli(['dossier', 'nobody', '--out', out], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('there are no policies of organisation "nobody"');
    expect(run.stderr).toContain('de-es, linde, linde-de-wilg');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a dossier on a day before what was adopted takes effect', () => {
  // Stichting De Eik adopted its pestprotocol and privacyreglement in November 2026, in force from 1 January 2027
  // (issue 71): on 27 November the dossier holds nothing in force, and says why and which date to ask for.
  let eik: string;
  beforeAll(() => {
    eik = mkdtempSync(join(tmpdir(), 'clausemark-dossier-later-'));
    cpSync(join(PROJECT_ROOT, 'templates'), join(eik, 'templates'), { recursive: true });
    mkdirSync(join(eik, 'policies', 'eik'), { recursive: true });
    for (const [id, effective] of [
      ['pestprotocol', '2027-01-01'],
      ['privacyreglement', '2027-02-01'],
    ] as const)
      writeFileSync(
        join(eik, 'policies', 'eik', `${id}.md`),
        [
          '---',
          `id: ${id}`,
          `title: ${id === 'pestprotocol' ? 'Pestprotocol' : 'Privacyreglement'}`,
          'organisation: Stichting De Eik',
          'org: eik',
          'version: "1.0"',
          'status: approved',
          `effective: ${effective}`,
          'approvals:',
          '  - { date: 2026-11-02, name: R. Hendriks, role: Voorzitter GMR, step: instemming }',
          '  - { date: 2026-11-10, name: J. de Vries, role: Voorzitter College van Bestuur, step: vaststelling }',
          '---',
          '',
          '{#doel} Wat wij afspreken.',
          '',
        ].join('\n'),
      );
  });

  it('says in English and Dutch why nothing is in force, and the --at of the first date something is', async (context) => {
    const out = join(eik, 'eik.pdf');
    const english = await runCli(['dossier', 'eik', '--at', '2026-11-27', '--out', out], { cwd: eik });
    expect(english.stderr).toBe('');
    expect(english.code).toBe(0);
    expect(english.stdout.trim().split('\n')).toEqual([
      'dossier of Stichting De Eik on 27 November 2026: 0 in force → eik.pdf',
      'nothing in force on 27 November 2026: 2 policies are adopted, in force from a later date, the first from 1 January 2027; the dossier on that day: clausemark dossier eik --at 2027-01-01',
    ]);
    const dutch = await runCli(['dossier', 'eik', '--at', '2026-11-27', '--out', out], {
      cwd: eik,
      env: { LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' },
    });
    expect(dutch.stdout).toContain(
      'op 27 november 2026 is niets geldend: 2 beleidsdocumenten zijn vastgesteld en gelden vanaf een latere datum, het eerste vanaf 1 januari 2027; het dossier op die dag: clausemark dossier eik --at 2027-01-01',
    );
    // The date it names gives a dossier with the first in force, and no such line.
    const then = await runCli(['dossier', 'eik', '--at', '2027-01-01', '--out', out], { cwd: eik });
    expect(then.stdout.trim().split('\n')).toEqual([
      'dossier of Stichting De Eik on 1 January 2027: 1 in force → eik.pdf',
    ]);
    // The PDF (Dutch, as the policies are) says the same of each.
    await runCli(['dossier', 'eik', '--at', '2026-11-27', '--out', out], { cwd: eik });
    needTool(context.skip, 'pdftotext');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Op 27 november 2026 is geen beleid geldend');
    expect(text).toContain(
      'Pestprotocol: vastgesteld op 10 november 2026, geldt vanaf 1 januari 2027; het dossier op die dag: clausemark dossier eik --at 2027-01-01',
    );
  }, 120_000);

  it('says none is adopted when only drafts are there', async () => {
    const drafts = mkdtempSync(join(tmpdir(), 'clausemark-dossier-drafts-'));
    cpSync(join(eik, 'templates'), join(drafts, 'templates'), { recursive: true });
    mkdirSync(join(drafts, 'policies', 'eik'), { recursive: true });
    writeFileSync(
      join(drafts, 'policies', 'eik', 'pestprotocol.md'),
      readFileSync(join(eik, 'policies', 'eik', 'pestprotocol.md'), 'utf8')
        .replace('status: approved', 'status: draft')
        .replace(/approvals:\n( {2}- .*\n)+/, ''),
    );
    const run = await runCli(['dossier', 'eik', '--at', '2026-11-27', '--out', join(drafts, 'd.pdf')], {
      cwd: drafts,
      env: { LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      'op 27 november 2026 is niets geldend: het enige beleidsdocument is niet vastgesteld (een concept, of vastgesteld zonder een stap die de procedure vraagt); het dossier zegt waarom',
    );
  }, 120_000);
});
