// The plain-text reader end to end (through the writer and fmt): each structure heuristic on a small document
// written the way PDF-extracted text looks, checked on the policy it produces.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { accountWords } from '../../src/import/account.js';
import { parsePolicy } from '../../src/parse/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { wordFinding } from '../../src/wording/messages.js';
import { messageLanguage, setMessageLanguage } from '../../src/io/messages.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-text-'));

async function importText(text: string, name = 'beleid.txt') {
  const file = join(folder, name);
  writeFileSync(file, text);
  const result = await importDocument(file, { org: 'school', dryRun: true });
  const policy = parsePolicy(result.output).policy;
  return {
    result,
    sections: allSections(policy)
      .slice(1)
      .map((section) => `${'#'.repeat(section.depth)} ${section.title}`),
    clauses: allClauses(policy).map(({ clause }) => `${'  '.repeat(clause.depth)}${clause.text}`),
  };
}

const HARD_WRAPPED = `Privacyreglement

Versie: 2.1

1. Doel

Dit reglement beschrijft hoe de school omgaat met de persoonsgegevens van
leerlingen en medewerkers. Het geldt voor alle locaties en voor iedereen die
namens de school gegevens ver-
werkt.

Pagina 1 van 2

2. Regels

a. De school verzamelt niet meer gegevens dan nodig;
b. Gegevens worden beveiligd tegen:
I. verlies;
II. onbevoegde inzage;
c. Een leerling mag zijn gegevens inzien.

Pagina 2 van 2
`;

describe('the text reader', () => {
  it('joins hard-wrapped lines, rejoins a hyphenated word and drops page numbers', async () => {
    const { clauses, result } = await importText(HARD_WRAPPED);
    expect(clauses[0]).toBe(
      'Dit reglement beschrijft hoe de school omgaat met de persoonsgegevens van leerlingen en medewerkers. Het geldt voor alle locaties en voor iedereen die namens de school gegevens verwerkt.',
    );
    expect(result.dropped.filter((entry) => entry.reason === 'page number').map((entry) => entry.text)).toEqual([
      'Pagina 1 van 2',
      'Pagina 2 van 2',
    ]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('reads no line that only places and dates the text as a heading: it is text, and every word is kept', async () => {
    const text = [
      'Pestprotocol De Linde',
      '',
      'Artikel 1 Afspraken',
      '',
      'Wij noemen elkaar bij de voornaam.',
      '',
      'Utrecht, 12 maart 2025',
      '',
      'Plaats: Utrecht, 12 maart 2025',
      '',
      'Plaats en datum: Utrecht, 12 maart 2025',
      '',
      'Datum: 12 maart 2025',
      '',
    ].join('\n');
    const { sections, clauses, result } = await importText(text);
    expect(sections).toEqual(['## Afspraken']);
    expect(clauses).toEqual([
      'Wij noemen elkaar bij de voornaam.',
      'Utrecht, 12 maart 2025',
      'Plaats: Utrecht, 12 maart 2025',
      'Plaats en datum: Utrecht, 12 maart 2025',
      'Datum: 12 maart 2025',
    ]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('turns numbered headings into sections and letters and Roman numerals into nested clauses', async () => {
    const { sections, clauses, result } = await importText(HARD_WRAPPED);
    expect(sections).toEqual(['## Doel', '## Regels']);
    expect(clauses.slice(1)).toEqual([
      'De school verzamelt niet meer gegevens dan nodig;',
      'Gegevens worden beveiligd tegen:',
      '  verlies;',
      '  onbevoegde inzage;',
      'Een leerling mag zijn gegevens inzien.',
    ]);
    expect(result.meta.version).toBe('2.1');
    expect(result.output).toMatch(/^version: "2\.1"$/m);
  });

  it('reads "1. Profilering" with its text indented under it as one item, not as a numbered heading', async () => {
    const text = [
      'Sociale media',
      '',
      '1. Pijlers',
      '',
      'Het gebruik is gestoeld op twee pijlers:',
      '',
      ' 1. Profilering',
      '   Hoe kan sociale media bijdragen aan de profilering van de school?',
      '',
      ' 2. Communicatie',
      '   Hoe kan sociale media de communicatie met ouders versterken?',
      '',
    ].join('\n');
    const { sections, clauses } = await importText(text);
    expect(sections).toEqual(['## Pijlers']);
    expect(clauses).toEqual([
      'Het gebruik is gestoeld op twee pijlers:',
      'Profilering Hoe kan sociale media bijdragen aan de profilering van de school?',
      'Communicatie Hoe kan sociale media de communicatie met ouders versterken?',
    ]);
  });

  it('keeps a wrapped item whole after an item whose last line ended a sentence short of the margin', async () => {
    // pdftotext of a reglement LibreOffice exported from Word: no space between the members, each wrapped in its
    // hanging indent. The second member's "vrijwillige ouderbijdrage." was measured against the first member's last
    // line, not its own first, and became a clause of its own.
    const text = [
      'Klachtenregeling',
      '',
      'Artikel 2 Toepassingsbereik',
      '',
      '1. Deze regeling is van toepassing op klachten over gedragingen en',
      '   beslissingen of het nalaten daarvan van het bevoegd gezag, de directeur',
      '   en het personeel van de school.',
      '2. Deze regeling is niet van toepassing op een klacht over de hoogte van de',
      '   vrijwillige ouderbijdrage.',
      '3. Een klacht wordt binnen een jaar na de gedraging of beslissing',
      '   schriftelijk ingediend bij de klachtencommissie.',
      '',
    ].join('\n');
    const { clauses } = await importText(text);
    expect(clauses).toEqual([
      'Deze regeling is van toepassing op klachten over gedragingen en beslissingen of het nalaten daarvan van het bevoegd gezag, de directeur en het personeel van de school.',
      'Deze regeling is niet van toepassing op een klacht over de hoogte van de vrijwillige ouderbijdrage.',
      'Een klacht wordt binnen een jaar na de gedraging of beslissing schriftelijk ingediend bij de klachtencommissie.',
    ]);
  });

  it('drops the table of contents and a running header, and joins a sentence split by a page break', async () => {
    const text = [
      'Gedragscode',
      '',
      'Inhoudsopgave',
      '',
      '1. Inleiding.....\t2',
      '2. Regels\t3',
      '',
      'Stichting Voorbeeld — Gedragscode',
      '',
      '1. Inleiding',
      '',
      'Deze code geldt voor iedereen die bij de school werkt of',
      '',
      'Stichting Voorbeeld — Gedragscode',
      '',
      'er leert.',
      '',
      'Stichting Voorbeeld — Gedragscode',
      '',
      '2. Regels',
      '',
      '- Wees vriendelijk.',
      '- Help elkaar.',
      '',
    ].join('\n');
    const { sections, clauses, result } = await importText(text);
    expect(sections).toEqual(['## Inleiding', '## Regels']);
    expect(clauses).toEqual([
      'Deze code geldt voor iedereen die bij de school werkt of er leert.',
      'Wees vriendelijk.',
      'Help elkaar.',
    ]);
    expect(result.dropped.map((entry) => entry.reason)).toEqual([
      'table of contents',
      'table of contents',
      'table of contents',
      'running header or footer',
      'running header or footer',
      'running header or footer',
    ]);
    expect(result.findings.map((finding) => finding.ruleId)).toContain('import-joined');
    expect(result.accounting.missing).toEqual([]);
  });

  it("says why a text was left out in the run's language (import-reason.*): inhoudsopgave, not table of contents", async () => {
    const text = [
      'Gedragscode',
      '',
      'Inhoudsopgave',
      '',
      '1. Inleiding.....\t2',
      '2. Regels\t3',
      '',
      '1. Inleiding',
      '',
      'Deze code geldt voor iedereen die bij de school werkt of er leert.',
      '',
      '2. Regels',
      '',
      '- Wees vriendelijk.',
      '',
    ];
    const before = messageLanguage();
    try {
      setMessageLanguage('nl');
      const { result } = await importText(text.join('\n'), 'toc-nl.txt');
      expect(result.dropped.map((entry) => entry.reason)).toContain('inhoudsopgave');
      const left = result.findings.filter((finding) => finding.messageId === 'import-dropped.left-out');
      expect(left.map((finding) => wordFinding(finding).message)).toEqual([
        expect.stringMatching(/: weggelaten uit de tekst \(inhoudsopgave, /),
      ]);
    } finally {
      setMessageLanguage(before);
    }
  });

  it('reads "Artikel 3" headings, definitions set with a tab, and a footnote at the page foot', async () => {
    const text = [
      'Reglement',
      '',
      'Artikel 1 Begrippen',
      '',
      'Bestuur:\tHet college van bestuur;',
      'School:\tDe scholen van de stichting.',
      '',
      'Artikel 2 Melding',
      '',
      'Een melding gaat naar de directie¹ van de school.',
      '',
      '¹ Of naar de plaatsvervanger.',
      '',
    ].join('\n');
    const { sections, clauses, result } = await importText(text);
    expect(sections).toEqual(['## Begrippen', '## Melding']);
    expect(clauses).toEqual([
      'Bestuur: Het college van bestuur;',
      'School: De scholen van de stichting.',
      'Een melding gaat naar de directie van de school.',
    ]);
    expect(result.output).toContain('directie[^1] van de school');
    expect(result.output).toContain('[^1]: Of naar de plaatsvervanger.');
    expect(result.accounting.missing).toEqual([]);
  });

  it('reads a short line right above its text, no blank line between, as its heading; short lines over no sentence stay text', async () => {
    // As pdftotext writes a PDF whose headings have no space under them: the heading joined its paragraph.
    const text = [
      'Gedragsregels',
      'Inleiding',
      'Deze regels gelden voor alle leerlingen en medewerkers van de school, in de klas, op',
      'het plein en tijdens uitstapjes.',
      'Artikel 1 Omgang',
      'Iedereen gaat respectvol met elkaar om en luistert naar wat een ander te zeggen',
      'heeft. Wie zich gekwetst voelt, meldt dat bij de eigen leerkracht.',
      'Vragen kunnen gesteld worden aan:',
      'Mevrouw De Boer',
      'Kamer 12',
      'Artikel 2 Melden',
      'Een melding wordt binnen vijf werkdagen behandeld door de directeur of door de',
      'vertrouwenspersoon van de school.',
      'Transparantie',
      'Wees feitelijk',
      'Wees respectvol',
      'Samengevat:',
      '- wees eerlijk.',
      '',
    ].join('\n');
    const { sections, clauses, result } = await importText(text);
    expect(sections).toEqual(['## Inleiding', '## Omgang', '## Melden']);
    expect(clauses).toEqual([
      'Deze regels gelden voor alle leerlingen en medewerkers van de school, in de klas, op het plein en tijdens uitstapjes.',
      // A sentence's end with room for the next line's first word after it ends its paragraph (no wrap broke it);
      // an address's short lines and a list of short lines ("Transparantie" …) have no sentence under them.
      'Iedereen gaat respectvol met elkaar om en luistert naar wat een ander te zeggen heeft. Wie zich gekwetst voelt, meldt dat bij de eigen leerkracht.',
      'Vragen kunnen gesteld worden aan: Mevrouw De Boer Kamer 12',
      'Een melding wordt binnen vijf werkdagen behandeld door de directeur of door de vertrouwenspersoon van de school.',
      'Transparantie Wees feitelijk Wees respectvol Samengevat:',
      'wees eerlijk.',
    ]);
    expect(result.output).toMatch(/^title: Gedragsregels$/mu);
    expect(result.accounting.missing).toEqual([]);
  });

  it("keeps a signer's lines under a letter's closing formula as lines of the letter, never a heading", async () => {
    const text = [
      'Voorbeeldbrieven',
      '',
      'Brief bij een time-out',
      'Geachte ouders, uw kind heeft vandaag een time-out gekregen. Wij bellen u',
      'morgen om een afspraak te maken.',
      'Met vriendelijke groet,',
      '',
      'A. Jansen',
      '',
      'De directeur',
      '',
      'Brief van het bestuur',
      '',
      'Geachte ouders, het bestuur heeft uw bezwaar ontvangen en neemt binnen',
      'zes weken een besluit.',
      'Hoogachtend,',
      'M. Bakker',
      'Voorzitter van het bestuur',
      'Stichting Primo',
      'Bijlagen',
      'Het verslag van het gesprek staat in de bijlage bij deze brief, met de',
      'afspraken die zijn gemaakt.',
      '',
      'Kind regards,',
      'Jane Smith',
      '',
      '',
      'Afspraken',
      '',
      'De leerling bespreekt de time-out met de mentor op de dag dat hij terugkomt.',
      '',
    ].join('\n');
    const { sections, clauses, result } = await importText(text);
    // "De directeur" stood alone as a heading, "A. Jansen" as a letter heading "Jansen"; a heading set apart from its
    // text by a blank line, a fourth short line over a sentence and one after two blank lines still head their text.
    expect(sections).toEqual(['## Brief bij een time-out', '## Brief van het bestuur', '## Bijlagen', '## Afspraken']);
    expect(clauses).toEqual([
      'Geachte ouders, uw kind heeft vandaag een time-out gekregen. Wij bellen u morgen om een afspraak te maken.',
      'Met vriendelijke groet,',
      'A. Jansen',
      'De directeur',
      'Geachte ouders, het bestuur heeft uw bezwaar ontvangen en neemt binnen zes weken een besluit.',
      'Hoogachtend,',
      'M. Bakker',
      'Voorzitter van het bestuur',
      'Stichting Primo',
      'Het verslag van het gesprek staat in de bijlage bij deze brief, met de afspraken die zijn gemaakt.',
      'Kind regards,',
      'Jane Smith',
      'De leerling bespreekt de time-out met de mentor op de dag dat hij terugkomt.',
    ]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('reads a numbered list typed right under a bulleted one, as far in, as a list of its own at its level', async () => {
    const bullets = ['Schoolregels', '', 'In de klas:', '- de telefoon staat uit;', '- jassen hangen aan de kapstok.'];
    const { result } = await importText(
      [
        ...bullets,
        '1. Eerst een waarschuwing.',
        '   - ook aan de ouders;',
        '2. Dan een gesprek met de ouders.',
        '',
      ].join('\n'),
    );
    // "1." was the last bullet's sub-list ("  1. {#…} Eerst een waarschuwing."), its bullet a third level.
    expect(result.output).toMatch(
      /^- \{#[^}]+\} jassen hangen aan de kapstok\.\n\n1\. \{#[^}]+\} Eerst een waarschuwing\.\n {3}- \{#[^}]+\} ook aan de ouders;\n2\. \{#[^}]+\} Dan een gesprek met de ouders\.$/mu,
    );
    // Set further in, it is the bullet's sub-list still.
    const indented = await importText(
      [...bullets, '  1. Eerst een waarschuwing.', '  2. Dan een gesprek.', '- de pauze is buiten.', ''].join('\n'),
    );
    expect(indented.result.output).toMatch(
      /^- \{#[^}]+\} jassen hangen aan de kapstok\.\n {2}1\. \{#[^}]+\} Eerst een waarschuwing\.\n {2}2\. \{#[^}]+\} Dan een gesprek\.\n- \{#[^}]+\} de pauze is buiten\.$/mu,
    );
  });

  it("reads a short line right above a list's first item as its heading, not a lead-in, a list going on or a wrap", async () => {
    const text = [
      'Gedragsregels',
      'Omgang',
      '1. Iedereen op school gaat respectvol met elkaar om, in de klas, op het plein en',
      'tijdens uitstapjes.',
      'Melden',
      '\uF0B7 Een leerling meldt pesten bij de eigen leerkracht.',
      'Wie iets ziet, zegt het. Ouders nemen contact op met de leerkracht of met de',
      'Directeur',
      '- Een melding wordt binnen vijf werkdagen behandeld.',
      'Leerlingen zorgen ervoor dat zij',
      '- op tijd in de klas zijn.',
      'De school kent deze maatregelen:',
      '1. Een waarschuwing van de leerkracht',
      '2. Een gesprek met de ouders',
      'Een schorsing',
      '3. Een schorsing van een dag, na overleg met de leerplichtambtenaar.',
      '',
    ].join('\n');
    const { sections, clauses, result } = await importText(text);
    // Only a heading over a sentence was read: "Omgang" and "Melden" were the first words of the items under them.
    expect(sections).toEqual(['## Omgang', '## Melden']);
    expect(clauses.map((clause) => clause.trim())).toEqual([
      'Iedereen op school gaat respectvol met elkaar om, in de klas, op het plein en tijdens uitstapjes.',
      // Word's bullet as pdftotext writes it (U+F0B7, Symbol's) is a list's bullet.
      'Een leerling meldt pesten bij de eigen leerkracht.',
      // A paragraph's last line over a list goes on with its sentence, no heading.
      'Wie iets ziet, zegt het. Ouders nemen contact op met de leerkracht of met de Directeur',
      'Een melding wordt binnen vijf werkdagen behandeld.',
      // A lead-in without its colon over items in lower case stays text.
      'Leerlingen zorgen ervoor dat zij',
      'op tijd in de klas zijn.',
      'De school kent deze maatregelen:',
      'Een waarschuwing van de leerkracht',
      // A short line over an item that goes on with the list open above ("3." after "2.") heads no list.
      'Een gesprek met de ouders Een schorsing',
      'Een schorsing van een dag, na overleg met de leerplichtambtenaar.',
    ]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('measures the width a text is wrapped at without its table of contents, so a heading after it heads its text', async () => {
    const text = [
      'Klachtenregeling',
      'Inhoud',
      '1. Inleiding................................................................................................... 1',
      '2. Indienen van een klacht.................................................................... 1',
      '3. Behandeling...................................................................................... 2',
      'Inleiding',
      'Deze regeling beschrijft hoe ouders, leerlingen en personeelsleden een',
      'klacht indienen. Zij geldt voor alle scholen van de stichting.',
      '2. Indienen van een klacht',
      'De klager dient de klacht schriftelijk in bij de directeur, binnen een jaar',
      'na de gedraging.',
      'Behandeling',
      'De klachtencommissie hoort de klager en de aangeklaagde en geeft binnen',
      'vier weken een oordeel.',
      '',
    ].join('\n');
    const { sections, clauses } = await importText(text);
    // Measured with the contents' dotted leaders, no line under a heading ran to the width: each joined its text.
    expect(sections).toEqual(['## Inleiding', '## Indienen van een klacht', '## Behandeling']);
    expect(clauses).toEqual([
      'Deze regeling beschrijft hoe ouders, leerlingen en personeelsleden een klacht indienen. Zij geldt voor alle scholen van de stichting.',
      'De klager dient de klacht schriftelijk in bij de directeur, binnen een jaar na de gedraging.',
      'De klachtencommissie hoort de klager en de aangeklaagde en geeft binnen vier weken een oordeel.',
    ]);
  });

  it('states no version, organisation or approval the document does not state', async () => {
    const { result } = await importText(
      'Protocol\n\nIedereen gedraagt zich netjes op sociale media, ook buiten school.\n',
    );
    expect(result.meta).toEqual({ title: 'Protocol', approvals: [] });
    // Marked in the document's language (Dutch here), as the rest of its frontmatter reads.
    expect(result.output).toMatch(/^version: "1\.0" # niet vermeld in de bron$/m);
    expect(result.output).toMatch(/^status: draft$/m);
    // Keyed by id in the report, worded when it is printed (templates/messages/en.yaml).
    const unstated = result.findings.filter((finding) => finding.ruleId === 'import-unstated').map(wordFinding);
    expect(unstated.map(({ messageId, params, message, fix }) => ({ messageId, params, message, fix }))).toEqual(
      ['organisation', 'version'].map((field) => ({
        messageId: 'import-unstated.not-stated',
        params: { field, what: { messageId: `import-unstated.field-${field}` } },
        message: `the document does not state its ${field}; the frontmatter holds a stand-in`,
        fix: `fill in the real ${field} in the frontmatter (${field}:)`,
      })),
    );
    // In Dutch the field is named in Dutch, not by its key in the frontmatter ("vermeldt organisation niet").
    const before = messageLanguage();
    setMessageLanguage('nl');
    try {
      expect(result.findings.filter((finding) => finding.ruleId === 'import-unstated').map(wordFinding)).toEqual([
        expect.objectContaining({
          message: 'het document vermeldt de organisatie niet; de frontmatter bevat een tijdelijke waarde',
          fix: 'vul in de frontmatter de echte organisatie in (bij organisation:)',
        }),
        expect.objectContaining({
          message: 'het document vermeldt de versie niet; de frontmatter bevat een tijdelijke waarde',
        }),
      ]);
    } finally {
      setMessageLanguage(before);
    }
  });

  it('writes to an absolute --out file where it points, not below the working directory', async () => {
    const file = join(folder, 'out-test.txt');
    writeFileSync(file, HARD_WRAPPED);
    const out = join(folder, 'elders', 'beleid.md');
    const result = await importDocument(file, { org: 'school', dryRun: true, out, cwd: join(folder, 'werkmap') });
    expect(result.target).toBe(out);
  });

  it('reads "A." and "B." as a series of headings, and "J. de Vries" signing under the text as no heading', async () => {
    const { sections, result } = await importText(
      [
        'Klachtenregeling',
        'A. Algemeen',
        'Deze regeling beschrijft hoe de school met klachten omgaat.',
        'B. Procedure',
        'Een klacht wordt schriftelijk ingediend bij de directeur.',
        'Aldus vastgesteld door het bestuur op 12 maart 2024 te Utrecht.',
        'J. de Vries',
        'voorzitter',
      ].join('\n\n'),
      'signed.txt',
    );
    expect(sections.map((section) => section.replace(/^#+ /u, ''))).toEqual(['Algemeen', 'Procedure']);
    expect(result.output).not.toMatch(/Vries/u);
    const backCover = result.dropped.filter((entry) => entry.reason === 'back cover').map((entry) => entry.text);
    expect(backCover.join(' ')).toBe('J. de Vries voorzitter');
    expect(result.accounting.missing).toEqual([]);
  });

  it('refuses an empty document', async () => {
    await expect(importText('\n\n   \n', 'leeg.txt')).rejects.toThrow(/no text to import/);
  });
});

describe('the word accounting', () => {
  it('finds a word the output lost, and accepts it when it is listed as dropped', () => {
    const source = 'Pagina 1\nDe school beschermt alle gegevens.';
    const output = '---\nid: x\n---\n\n{#a.b} De school beschermt gegevens.\n';
    expect(accountWords(source, output, ['Pagina 1']).missing).toEqual(['alle']);
    expect(accountWords(source, output, ['Pagina 1', 'alle']).missing).toEqual([]);
  });

  it('does not count a word written out of order', () => {
    const accounting = accountWords('een twee drie vier', 'vier een twee drie', []);
    expect(accounting.missing).toEqual(['vier']);
    expect(accounting.recall).toBe(0.75);
  });
});
