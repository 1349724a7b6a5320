// PDFs a policy officer makes in Word and exports with LibreOffice (tests/fixtures/import/pdf-layouts:
// make-pdf-layouts.py), imported with the CLI as a user imports them: each reads as its Word file does, and the
// summary says "0 lost". Sentences parted by Shift+Enter stay one clause; a borderless table without space between its
// rows is read row by row, not as two columns; a closing line under two columns comes after both; a board's schools
// over their articles stay sections; a cover naming the school without "Basisschool" gives the organisation; a short
// line ending in a colon leads in to its list, no heading; a table's row without a first cell stays a row of its own,
// and a first cell's second paragraph beside a cell that wraps on stays in its cell;
// a cover page in the PDF's text as pdftotext writes it gives the title and the cover's fields, as the PDF does;
// article headings right above their text, no blank line between in pdftotext's text, head their articles, and so do
// headings right above a list and numbered headings after a typed table of contents; a letter's closing formula
// ("Met vriendelijke groet") and the signer's lines under it ("J. de Vries", "Directeur") stay text; notes whose
// marks stand small and raised before their text, as Word exports them, stay notes of the clauses citing them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';

const FOLDER = join(import.meta.dirname, '../fixtures/import/pdf-layouts');
const work = mkdtempSync(join(tmpdir(), 'clausemark-pdf-layouts-'));

/** What the CLI wrote and said for one document, with the policy's sections and clauses as it counts them. */
async function imported(file: string, org = 'obs-de-regenboog') {
  const out = join(work, `${file}.md`);
  const run = await runCli(['import', join(FOLDER, file), '--org', org, '--out', out, '--force']);
  expect(run.code, run.stderr).toBe(0);
  const markdown = readFileSync(out, 'utf8');
  const { policy } = parsePolicy(markdown);
  return {
    markdown,
    said: `${run.stdout}${run.stderr}`,
    sections: allSections(policy)
      .slice(1)
      .map((section) => section.title),
    clauses: allClauses(policy).map(({ clause }) => clause.text),
  };
}

/** The summary's word account ends so only when no word was lost and no page's order is in doubt. */
const NOTHING_LOST = /, 0 lost\)$/mu;

describe('sentences parted by a soft line break (Shift+Enter) inside a paragraph', () => {
  it('stay one clause where the page sets its paragraphs apart, as in the Word file', async () => {
    const [pdf, word] = await Promise.all([imported('soft-breaks.pdf'), imported('soft-breaks.docx')]);
    // "Leerlingen zijn op tijd in de klas." ends a sentence short of the margin: it was a clause of its own.
    expect(pdf.clauses).toContain(
      'Leerlingen zijn op tijd in de klas. Wie te laat komt, meldt zich bij de leerkracht. Bij herhaald te laat komen worden de ouders gebeld.',
    );
    // The bulleted list's items, at the line spacing under a line ending a sentence, stay items of their own.
    expect(pdf.markdown).toMatch(
      /^- \{#[^}]+\} de telefoon staat uit\.\n- \{#[^}]+\} jassen hangen aan de kapstok\.$/mu,
    );
    expect(pdf.sections).toEqual(word.sections);
    expect(pdf.clauses).toEqual(word.clauses.map((clause) => clause.replace(/\n/gu, ' ')));
    expect(pdf.said).toMatch(NOTHING_LOST);
  }, 120_000);

  it('do not join paragraphs where the page sets none apart: a short line ending a sentence still ends one', async () => {
    const { clauses, said } = await imported('soft-breaks-unspaced.pdf');
    expect(clauses.slice(0, 2)).toEqual([
      'Deze schoolregels gelden voor alle leerlingen, hun ouders en iedereen die op school werkt. Zij zijn besproken met de leerlingenraad en de medezeggenschapsraad.',
      'Iedereen op school gaat respectvol met elkaar om.',
    ]);
    expect(said).toMatch(NOTHING_LOST);
  }, 120_000);
});

/** The cells of a Markdown table's rows, its separator row left out. */
const tableRows = (markdown: string): string[][] =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/u.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );

describe('a borderless table of two columns of wrapped text, without space between its rows', () => {
  it('is read row by row, each cell whole, not as two columns of a page', async () => {
    const { markdown, clauses, said } = await imported('table-no-spacing.pdf');
    // Read as two page columns, its left cells came first as four paragraphs, then its right cells.
    expect(tableRows(markdown).map((row) => row.map((cell) => cell.split(' ').slice(0, 3).join(' ')))).toEqual([
      ['De klager dient', 'De commissie bevestigt'],
      ['De klachtencommissie bestaat', 'De voorzitter is'],
      ['De commissie hoort', 'Binnen vier weken'],
      ['Het bevoegd gezag', 'Het besluit wordt'],
    ]);
    expect(tableRows(markdown)[1]).toEqual([
      'De klachtencommissie bestaat uit drie leden die door het bevoegd gezag worden benoemd.',
      'De voorzitter is geen lid van het personeel van de school en ook geen ouder van een leerling van de school, zodat de commissie onafhankelijk kan oordelen over de klacht.',
    ]);
    expect(clauses.at(-1)).toBe('Deze afspraken gelden vanaf het schooljaar 2025-2026.');
    expect(said).not.toMatch(/import-columns/u);
    expect(said).toMatch(NOTHING_LOST);
  }, 120_000);
});

describe('articles in two columns with a short closing line under them', () => {
  it('reads the left column, the right one, then the closing line, as the Word file has them', async () => {
    const [pdf, word] = await Promise.all([imported('two-columns-closing.pdf'), imported('two-columns-closing.docx')]);
    // The closing line ("Utrecht, 12 maart 2025.", short of the gutter) was read as the left column's last line,
    // before "Artikel 3 Verlof" at the top of the right one, which was then no heading.
    expect(pdf.sections).toEqual(['Schooltijden', 'Ziekmelding', 'Verlof', 'Gedrag']);
    expect(pdf.sections).toEqual(word.sections);
    expect(pdf.clauses).toEqual(word.clauses);
    expect(pdf.clauses.at(-1)).toBe('Utrecht, 12 maart 2025.');
    expect(pdf.said).toMatch(NOTHING_LOST);
  }, 120_000);
});

describe("a board's regeling with each school's name over that school's articles", () => {
  it.each(['obs-de-regenboog', 'spou'])(
    'keeps the first school as a section over its articles, not a cover line (--org %s)',
    async (org) => {
      const [pdf, word] = await Promise.all([imported('board-schools.pdf', org), imported('board-schools.docx', org)]);
      // "Basisschool De Regenboog" right over "Artikel 1" was left out as a cover line: its articles stood under no
      // school, and "Basisschool Het Kompas" over the others.
      expect(pdf.sections).toEqual([
        'Basisschool De Regenboog',
        'Schooltijden',
        'Pauze',
        'Basisschool Het Kompas',
        'Schooltijden',
        'Pauze',
      ]);
      expect(pdf.sections).toEqual(word.sections);
      expect(pdf.markdown).toMatch(/^organisation: Stichting Primair Onderwijs Utrecht$/mu);
      expect(pdf.said).toMatch(NOTHING_LOST);
    },
    120_000,
  );
});

describe('a cover that names the school without its kind ("De Regenboog")', () => {
  it.each(['cover-name-only.pdf', 'cover-name-only.docx'])(
    '%s: the line is the organisation for --org obs-de-regenboog',
    async (file) => {
      const { markdown, said } = await imported(file);
      // It was no cover field: the organisation was the key, marked as not stated in the source.
      expect(markdown).toMatch(/^organisation: De Regenboog$/mu);
      expect(said).toMatch(
        /left out of the text \(moved into the frontmatter \(organisation\), 1 line\): "De Regenboog"/u,
      );
      expect(said).toMatch(NOTHING_LOST);
    },
    120_000,
  );
});

describe('a short line ending in a colon before a bulleted list ("De leerling moet:")', () => {
  it('is the lead-in clause of its list, not a heading over it, as in the Word file', async () => {
    const [pdf, word] = await Promise.all([imported('lead-ins.pdf'), imported('lead-ins.docx')]);
    // Both lines were headings a level under their section, each over its list.
    expect(pdf.sections).toEqual(['Afspraken in de klas', 'Melden van pesten']);
    expect(pdf.clauses).toContain('De leerling moet:');
    expect(pdf.clauses).toContain('Dit betekent:');
    expect(pdf.markdown).toMatch(/^\{#[^}]+\} De leerling moet:\n\n- \{#[^}]+\} op tijd in de klas zijn;$/mu);
    expect(pdf.sections).toEqual(word.sections);
    expect(pdf.clauses).toEqual(word.clauses);
    expect(pdf.said).not.toMatch(/introduces the list/u);
    expect(pdf.said).toMatch(NOTHING_LOST);
  }, 120_000);
});

describe('a table whose rows without a first cell go on under a day', () => {
  // No space between its rows, the same in a grid, and without borders with its rows set apart (Normal's space after
  // each cell's paragraph): there a row without a first cell went on in the row above.
  it.each(['table-empty-cells.pdf', 'table-empty-cells-grid.pdf', 'table-empty-cells-spaced.pdf'])(
    '%s: each such row is a row of its own with its first cell empty, as in the Word file',
    async (file) => {
      const [pdf, word] = await Promise.all([imported(file), imported(file.replace(/\.pdf$/u, '.docx'))]);
      // Each row without a first cell was read as more lines of the cell above it: "De lessen eindigen om kwart
      // over twaalf. De kleuters zijn op woensdag vrij." was one cell.
      expect(tableRows(pdf.markdown).map(([day, times]) => [day, times?.split(' ').slice(0, 3).join(' ')])).toEqual([
        ['Maandag', 'De lessen beginnen'],
        ['', 'Na schooltijd is'],
        [expect.stringMatching(/^Woensdag/u), 'De lessen eindigen'],
        ['', 'De kleuters zijn'],
        ['Donderdag en vrijdag voor de leerlingen van de groepen een tot en met vier', 'Vrij om twaalf'],
        ['', 'De overige groepen'],
      ]);
      expect(tableRows(pdf.markdown)).toEqual(tableRows(word.markdown));
      expect(pdf.said).toMatch(NOTHING_LOST);
    },
    120_000,
  );
});

describe('a borderless table without space between its rows whose first cells hold a second paragraph', () => {
  it('keeps each second paragraph in its cell beside the cell that wraps on, as in the Word file', async () => {
    const [pdf, word] = await Promise.all([
      imported('table-cell-paragraphs.pdf'),
      imported('table-cell-paragraphs.docx'),
    ]);
    // "Bij afwezigheid van de leerkracht" started a row of its own, and with it the rest of the text beside it:
    // "De ouders melden hun kind voor" stood alone in the row above.
    expect(tableRows(pdf.markdown).map(([first]) => first)).toEqual([
      'Ziekmelding Bij afwezigheid van de leerkracht',
      'Verlof',
      'Te laat komen Herhaald te laat komen',
    ]);
    expect(tableRows(pdf.markdown)).toEqual(tableRows(word.markdown));
    expect(pdf.said).toMatch(NOTHING_LOST);
  }, 120_000);
});

describe("a cover page (title, school, version, date) in the PDF's text as pdftotext writes it", () => {
  it.each(['cover-page.txt', 'cover-page-layout.txt'])(
    '%s: gives the title and the fields the PDF gives, not one line of them all',
    async (file) => {
      const [text, pdf] = await Promise.all([imported(file), imported('cover-page.pdf')]);
      // The cover's lines, up to the form feed that ends the page, were joined as one paragraph: the title
      // "Pestprotocol Basisschool De Regenboog Versie 2.0 maart 2025" (-layout: no title, the lines a clause).
      for (const field of [
        /^title: Pestprotocol$/mu,
        /^organisation: Basisschool De Regenboog$/mu,
        /^version: "2\.0"$/mu,
      ]) {
        expect(text.markdown).toMatch(field);
        expect(pdf.markdown).toMatch(field);
      }
      expect(text.clauses.join(' ')).not.toMatch(/Regenboog|Versie|maart 2025/u);
      expect(text.said).toMatch(/"maart 2025" stands on the cover, before the text of the policy, and was left out/u);
      expect(text.said).toMatch(NOTHING_LOST);
    },
    120_000,
  );
});

describe('article headings typed right above their text, in the text pdftotext writes without -layout', () => {
  it('each heads its article, not the first words of its text; an address set line by line stays text', async () => {
    const [text, pdf] = await Promise.all([imported('headings-unspaced.txt'), imported('headings-unspaced.pdf')]);
    // No blank line under a heading: "Artikel 3 Klachtenregeling De klacht wordt …" was one clause, and so was the
    // title with the first article.
    expect(text.sections).toEqual(['Begripsbepalingen', 'Indienen van een klacht', 'Klachtenregeling', 'Slotbepaling']);
    expect(text.markdown).toMatch(/^title: Klachtenregeling$/mu);
    expect(text.clauses).toEqual([
      'In deze regeling wordt verstaan onder klager: een leerling, een ouder of een personeelslid die een klacht indient over gedragingen en beslissingen van het bevoegd gezag of van het personeel.',
      'De klager dient de klacht in bij de directeur of bij de klachtencommissie, binnen een jaar na de gedraging of de beslissing.',
      'De klager kan de klacht ook sturen aan: Klachtencommissie Postbus 85191 3508 AD Utrecht',
      'De klacht wordt schriftelijk ingediend en ondertekend door de klager. Zij bevat ten minste de naam en het adres van de klager, de dagtekening en een omschrijving van de klacht.',
      'Deze regeling treedt in werking op 1 augustus 2025 en geldt voor alle scholen van de stichting.',
    ]);
    expect(text.said).toMatch(/the short line "Slotbepaling" ends without punctuation/u);
    expect(pdf.sections).toEqual(text.sections);
    expect(pdf.clauses).toEqual(text.clauses);
    for (const { said } of [text, pdf]) expect(said).toMatch(NOTHING_LOST);
  }, 120_000);
});

describe('headings typed right above a list, in the text pdftotext writes, with -layout and without, and in the PDF', () => {
  it('each heads its list of "1.", "a.", "- " or "•" items; a lead-in and a paragraph\'s last line over a list stay text', async () => {
    const texts = await Promise.all(
      ['headings-over-lists.txt', 'headings-over-lists-layout.txt', 'headings-over-lists.pdf'].map((file) =>
        imported(file),
      ),
    );
    for (const text of texts) {
      // Only a short line over a paragraph headed it: the title and "Artikel 1 Omgangsregels" were one paragraph,
      // "Melden van pesten" the last words of the item above it, Word's bullets ("\uF0B7") no list at all.
      expect(text.sections).toEqual([
        'Omgangsregels',
        'Afspraken in de klas',
        'Melden van pesten',
        'Hulp na een melding',
        'Verwachtingen',
      ]);
      expect(text.markdown).toMatch(/^title: Gedragsprotocol$/mu);
      expect(text.clauses).toEqual([
        'Iedereen op school gaat respectvol met elkaar om, in de klas en daarbuiten.',
        'Wij lossen ruzies op door met elkaar te praten, niet door te schelden of te slaan.',
        'De leerkracht bespreekt de afspraken in de eerste week van het schooljaar.',
        'De groep hangt de afspraken zichtbaar op in het lokaal.',
        'Een leerling meldt pesten bij de eigen leerkracht of bij de vertrouwenspersoon.',
        'Ouders melden pesten bij de leerkracht van hun kind of bij de directeur.',
        'De vertrouwenspersoon spreekt binnen een week met de leerling die gepest wordt.',
        'De school houdt de ouders van beide leerlingen op de hoogte van wat zij doet.',
        'Leerlingen zorgen ervoor dat zij',
        'op tijd in de klas zijn;',
        'hun spullen bij zich hebben.',
        'Bij een melding neemt de school binnen twee werkdagen contact op met de afdeling Leerlingenzorg van het Samenwerkingsverband',
        'De mentor legt de melding vast in het leerlingvolgsysteem.',
        'De directeur beslist over verdere maatregelen.',
      ]);
      expect(text.said).toMatch(/the short line "Melden van pesten" ends without punctuation/u);
      expect(text.said).toMatch(NOTHING_LOST);
    }
  }, 120_000);
});

describe('numbered headings right after a table of contents typed by hand, in the text pdftotext writes', () => {
  it('each heads its text, neither a list item nor joined to the paragraph under it', async () => {
    const [text, pdf] = await Promise.all([imported('toc-typed.txt'), imported('toc-typed.pdf')]);
    // "1. Inleiding Deze regeling beschrijft …" was a list's first item, the contents' long lines the wrap width.
    expect(text.sections).toEqual(['Inleiding', 'Indienen van een klacht', 'Behandeling']);
    expect(text.clauses).toEqual([
      'Deze regeling beschrijft hoe ouders, leerlingen en personeelsleden een klacht indienen over de school. Zij geldt voor alle scholen van de stichting.',
      'De klager dient de klacht schriftelijk in bij de directeur, binnen een jaar na de gedraging of de beslissing waarover hij klaagt.',
      'De klachtencommissie hoort de klager en de aangeklaagde en geeft binnen vier weken een oordeel over de klacht.',
    ]);
    expect(text.said).toMatch(/table of contents/u);
    expect(pdf.sections).toEqual(text.sections);
    expect(pdf.clauses).toEqual(text.clauses);
    for (const { said } of [text, pdf]) expect(said).toMatch(NOTHING_LOST);
  }, 120_000);
});

describe("a letter's closing formula in a paragraph of its own, in a PDF and its text", () => {
  it("is text of the letter, never a heading, and so are the signer's name, role and organisation under it", async () => {
    const reads = await Promise.all(
      ['letter-closings.pdf', 'letter-closings.txt', 'letter-closings-layout.txt'].map((file) => imported(file)),
    );
    for (const read of reads) {
      // Short and without a full stop, each stood alone as a heading over nothing: the formula, then the signer's
      // role ("Directeur", "Head teacher") under the name.
      expect(read.sections).toEqual([
        'Brief bij een schorsing',
        'Brief bij een verwijdering',
        'Brief bij een time-out',
        'Brief na een gesprek',
        'Brief van het bestuur',
        'Letter to parents',
        'Letter after a meeting',
        'Afspraken na de schorsing',
      ]);
      // Each line of the signature is a line of the letter's own: no name glued onto its role.
      expect(read.clauses).toEqual([
        expect.stringMatching(/^Geachte ouders, uw kind .* op school\.$/u),
        'Met vriendelijke groet',
        expect.stringMatching(/^Geachte ouders, het bevoegd gezag .* bezwaar maken\.$/u),
        'Hoogachtend, de directeur',
        expect.stringMatching(/^Geachte ouders, uw kind heeft .* afspraak te maken\.$/u),
        'Met vriendelijke groet,',
        'J. de Vries',
        'Directeur',
        expect.stringMatching(/^Geachte ouders, hierbij .* terug\.$/u),
        // Typed as one paragraph, its lines parted by Shift+Enter: the PDF shows it, at the line spacing (one
        // paragraph, its lines kept as lines); pdftotext's text does not.
        ...(read === reads[0]
          ? [expect.stringMatching(/^Hoogachtend,\s+M\. Bakker\s+Intern begeleider\s+OBS De Regenboog$/u)]
          : ['Hoogachtend,', 'M. Bakker', 'Intern begeleider', 'OBS De Regenboog']),
        expect.stringMatching(/^Geachte ouders, het bestuur .* besluit\.$/u),
        'Met vriendelijke groet,',
        'A. Jansen',
        'Voorzitter van het bestuur',
        expect.stringMatching(/^Dear parents, .* at school\.$/u),
        'Kind regards',
        expect.stringMatching(/^Dear parents, please .* again\.$/u),
        'Kind regards,',
        'Jane Smith',
        'Head teacher',
        'De leerling bespreekt de schorsing met de mentor op de dag dat hij terugkomt.',
      ]);
      expect(read.said).toMatch(NOTHING_LOST);
    }
  }, 120_000);
});

describe("footnotes and an endnote whose marks stand small and raised before the notes' text, as Word exports them", () => {
  it('keeps each note as a note of the clause that cites it, none of it merged into the text or left out', async () => {
    const { markdown, clauses, said } = await imported('raised-notes.pdf');
    // Each raised mark stood on a line of its own and the notes, set in 9 points, were read as clauses of the last
    // section: "Zie de Algemene verordening …" over two clauses, and a clause "i".
    expect(clauses).toEqual([
      'De school verwerkt alleen de gegevens die zij nodig heeft voor het onderwijs en de begeleiding van de leerling.',
      'Gegevens worden niet langer bewaard dan nodig is. Daarna worden zij vernietigd.',
      'Een leerling of ouder kan inzage vragen bij de directeur.',
    ]);
    expect(markdown).toMatch(/de begeleiding van de leerling\.\[\^1\]$/mu);
    expect(markdown).toMatch(/nodig is\.\[\^2\] Daarna/u);
    expect(markdown).toMatch(/bij de directeur\.\[\^i\]$/mu);
    expect(markdown).toContain(
      '[^1]: Zie de Algemene verordening gegevensbescherming, artikel 5, en de toelichting die de Autoriteit Persoonsgegevens daarbij geeft voor scholen in het primair onderwijs.',
    );
    expect(markdown).toContain('[^2]: De bewaartermijnen staan in bijlage 2 van dit reglement.');
    expect(markdown).toContain('[^i]: Het verzoek wordt binnen vier weken beantwoord.');
    expect(said).not.toMatch(/colophon/u);
    expect(said).toMatch(NOTHING_LOST);
  }, 120_000);
});
