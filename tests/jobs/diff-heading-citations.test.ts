// A change to a section heading (reworded, added, removed, moved) is cited in every diff output a person reads as
// its PDF prints the heading: "Artikel 2", "Artikel 2.1" in the house style ("Article 2" in English), "Hoofdstuk 2" or
// "§ 2.1" where the policy's `numbering.sections` or its brand's `labels.sections` names them so, never by the
// parse's bare number ("2", "2.1"); the board pack's and the Word revision's summary tables name it by that place and
// its words ("Artikel 2, kop: “Melden van pesten”"), a moved one by both its places as its change card does
// ("Artikel 1 → Artikel 2, kop: “Doel en bereik”"). A brand's label patterns number the citations of a policy
// without a numbering of its own, as they number its PDF (numberByBrand), in the text, the Markdown, the web page and
// the board pack alike.
// The JSON, for programs, keeps the parse's numbers. Read from what the diff job writes.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diffJob } from '../../src/jobs/diff.js';
import { tempProject } from '../brand/temp-project.js';
import { zipText } from '../support/word.js';
import { PROTOCOL_ARTICLES, protocolFront } from '../support/protocol-text.js';

const body = [
  ...PROTOCOL_ARTICLES,
  '### Termijnen {#termijn}',
  '',
  '{#termijn.week} De school handelt binnen een week.',
  '',
];

const policy = (lang: string, extra: string[] = []): string => [...protocolFront(lang, extra), ...body].join('\n');

/** Both headings of section 2 reworded. */
const reworded = (text: string): string =>
  text
    .replace('## Melden {#melden}', '## Melden van pesten {#melden}')
    .replace('### Termijnen', '### Termijnen en nazorg');

/** A section inserted before "Melden": it and its sub-section move down a number, the new one is added. */
const inserted = (text: string): string =>
  text.replace(
    '## Melden {#melden}',
    '## Voorkomen {#voorkomen}\n\n{#voorkomen.les} Elke klas krijgt les.\n\n## Melden {#melden}',
  );

/** "Doel" moved from first to last, after the sub-section of "Melden". */
const movedDown = (text: string): string => {
  const doel = '## Doel {#doel}\n\n{#doel.geldt} Dit protocol geldt voor alle scholen.\n\n';
  return `${text.replace(doel, '')}\n${doel}`;
};

/** The first line of each change in the text: where it stands, its ID and its kinds. */
const changeLines = (text: string): string[] => text.split('\n').filter((line) => /^\S.* {2}\[.*\]$/.test(line));

/** The headings of a web page's change cards, tags out. */
const cardHeadings = (html: string): string[] =>
  [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''));

/** What `diff --format FORMAT` writes of `edit` made to `source`, in a project of its own (`brand`: a brand file). */
async function written(
  format: string,
  source: string,
  edit: (text: string) => string,
  options: { brand?: string; brandArgument?: string } = {},
): Promise<string | Uint8Array> {
  const project = tempProject();
  if (options.brand) project.brand('school', options.brand);
  const before = project.write('policies/de-linde/pestprotocol.md', source);
  const after = project.write('policies/de-linde/pestprotocol-nieuw.md', edit(source));
  const outcome = await diffJob([before, after], {
    root: project.root,
    format,
    ...(options.brandArgument ? { brand: options.brandArgument } : {}),
  });
  return outcome.content;
}

/** The same as a reader reads it: the board pack as pdftotext gives it, the Word revision one line a paragraph. */
async function outputOf(...args: Parameters<typeof written>): Promise<string> {
  const [format] = args;
  const content = await written(...args);
  if (format === 'pdf') return execFileSync('pdftotext', ['-layout', '-', '-'], { input: content, encoding: 'utf8' });
  if (format !== 'docx') return String(content);
  const xml = zipText(content as Uint8Array, 'word/document.xml');
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

/** The board pack's words in reading order, one space between them: a table cell that wraps reads as one line. */
async function packWords(source: string, edit: (text: string) => string): Promise<string> {
  const content = await written('pdf', source, edit);
  return execFileSync('pdftotext', ['-', '-'], { input: content, encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('a section heading changed is cited as its PDF prints it', () => {
  it('text: "Artikel 2", "Artikel 2.1" in the house style, the ID after it', async () => {
    const text = await outputOf('text', policy('nl'), reworded);
    expect(changeLines(text)).toEqual([
      'Artikel 2 (melden)  [kop · gewijzigd · inhoudelijk]',
      'Artikel 2.1 (termijn)  [kop · gewijzigd · inhoudelijk]',
    ]);
  });

  it('md and html: the same words; English "Article 2"', async () => {
    const md = await outputOf('md', policy('nl'), reworded);
    expect(md).toContain('### Artikel 2 `melden`\n');
    expect(md).toContain('### Artikel 2.1 `termijn`\n');
    const html = await outputOf('html', policy('en'), reworded);
    expect(cardHeadings(html)).toEqual(['Article 2', 'Article 2.1']);
  });

  it('an added section by its place, a moved one by its old and new place', async () => {
    const added = changeLines(await outputOf('text', policy('nl'), inserted));
    expect(added[0]).toBe('Artikel 2 (voorkomen)  [kop · toegevoegd · inhoudelijk]');
    const moved = changeLines(await outputOf('text', policy('nl'), movedDown));
    expect(moved).toEqual([
      'Artikel 1 → Artikel 2 (doel)  [kop · verplaatst · redactioneel]',
      'Artikel 1 → Artikel 2 (doel.geldt)  [verplaatst · redactioneel]',
    ]);
    for (const line of added) expect(line).toMatch(/^Artikel \d/);
  });

  it('the policy\'s own numbering: "Hoofdstuk 2", "§ 2.1"', async () => {
    const chapters = await outputOf('text', policy('nl', ['numbering:', '  sections: Hoofdstuk %1']), reworded);
    expect(changeLines(chapters)).toEqual([
      'Hoofdstuk 2 (melden)  [kop · gewijzigd · inhoudelijk]',
      'Hoofdstuk 2.1 (termijn)  [kop · gewijzigd · inhoudelijk]',
    ]);
    const paragraphs = await outputOf('text', policy('nl', ['numbering:', '  sections: "§ %1"']), reworded);
    expect(changeLines(paragraphs)).toEqual([
      '§ 2 (melden)  [kop · gewijzigd · inhoudelijk]',
      '§ 2.1 (termijn)  [kop · gewijzigd · inhoudelijk]',
    ]);
  });

  it('the board pack: the card cites "Artikel 2", not "2"', async () => {
    const pack = await outputOf('pdf', policy('nl'), reworded);
    expect(pack).toMatch(/Artikel 2\s+Melden van pesten/);
    expect(pack).toMatch(/Artikel 2\.1\s+Melden van pesten › Termijnen en nazorg/);
  });

  it("the board pack's and the Word revision's summary tables cite a heading's place before its words", async () => {
    const pack = await packWords(policy('nl'), reworded);
    expect(pack).toContain('Artikel 2, kop: “Melden van pesten”');
    expect(pack).toContain('Artikel 2.1, kop: “Termijnen en nazorg”');
    const word = await outputOf('docx', policy('nl'), reworded);
    expect(word).toContain('\nArtikel 2, kop: “Melden van pesten”\n');
    expect(word).toContain('\nArtikel 2.1, kop: “Termijnen en nazorg”\n');
    expect(await packWords(policy('en'), reworded)).toContain('Article 2, heading: “Melden van pesten”');
  });

  it('the summary tables cite a moved heading by both its places, as its change card does', async () => {
    const movedAndReworded = (text: string): string =>
      movedDown(text).replace('## Doel {#doel}', '## Doel en bereik {#doel}');
    const pack = await packWords(policy('nl'), movedAndReworded);
    // Once in the summary table, once on the card's location line.
    expect(pack).toContain('Artikel 1 → Artikel 2, kop: “Doel en bereik”');
    expect(pack).toMatch(/Doel en bereik Artikel 1 → Artikel 2 /);
    const word = await outputOf('docx', policy('nl'), movedAndReworded);
    expect(word).toContain('\nArtikel 1 → Artikel 2, kop: “Doel en bereik”\n');
    expect(await packWords(policy('en'), movedAndReworded)).toContain(
      'Article 1 → Article 2, heading: “Doel en bereik”',
    );
  });

  it('the summary tables cite a moved clause by both its places, as its change card does', async () => {
    // "Doel" moved from first to second, its clause reworded in substance: a board member looks for it in the
    // version before at Artikel 1.
    const movedAndChanged = (text: string): string =>
      movedDown(text).replace('geldt voor alle scholen.', 'geldt voor alle scholen en de buitenschoolse opvang.');
    const pack = await packWords(policy('nl'), movedAndChanged);
    // The table's row: the clause's places, its section, why it is substantive.
    expect(pack).toContain('Waarom inhoudelijk Artikel 1 → Artikel 2 Doel tekst toegevoegd');
    const word = await outputOf('docx', policy('nl'), movedAndChanged);
    expect(word).toContain('\nArtikel 1 → Artikel 2\n');
  });

  it('a heading printed without a number is named by its words alone', async () => {
    // A heading of a level where another types its number ("Bijlage A") is printed without one.
    const unnumbered = `${policy('nl')}\n## Bijlage A {#bijlage}\n\n{#bijlage.formulier} Het meldformulier.\n`;
    const pack = await packWords(unnumbered, reworded);
    expect(pack).toContain(' kop: “Melden van pesten”');
    expect(pack).not.toMatch(/\d, kop: “Melden van pesten”/);
  });

  it('the JSON keeps the numbers of the parse', async () => {
    const json = JSON.parse(await outputOf('json', policy('nl'), reworded));
    expect(json.changes.map((change: { new: { number: string } }) => change.new.number)).toEqual(['2', '2.1']);
    expect(JSON.stringify(json)).not.toMatch(/Artikel|cited/);
  });
});

/** A brand that prints chapters and lettered points: its PDF prints "Hoofdstuk 2" and "b." under it. */
const BRAND = 'labels:\n  sections: "Hoofdstuk %1"\n  clauses: "%a."\n';

/** The second point of "Melden" changed, and its heading reworded. */
const pointChanged = (text: string): string => reworded(text).replace('binnen een week vast', 'binnen drie dagen vast');

describe("a brand's label patterns number the citations, as they number its PDF", () => {
  it('text, md and html cite "Hoofdstuk 2, onder b" and "Hoofdstuk 2" for a policy naming the brand', async () => {
    const source = policy('nl', ['brand: school']);
    const text = await outputOf('text', source, pointChanged, { brand: BRAND });
    expect(changeLines(text)).toEqual([
      'Hoofdstuk 2 (melden)  [kop · gewijzigd · inhoudelijk]',
      'Hoofdstuk 2, onder b (melden.vastleggen)  [gewijzigd · inhoudelijk]',
      'Hoofdstuk 2.1 (termijn)  [kop · gewijzigd · inhoudelijk]',
    ]);
    const md = await outputOf('md', source, pointChanged, { brand: BRAND });
    expect(md).toContain('### Hoofdstuk 2, onder b `melden.vastleggen`\n');
    const html = await outputOf('html', source, pointChanged, { brand: BRAND });
    expect(cardHeadings(html)).toContain('Hoofdstuk 2, onder b');
  });

  it('--brand names the brand as it does for the PDF; a policy of its own numbering keeps it', async () => {
    const text = await outputOf('text', policy('nl'), pointChanged, { brand: BRAND, brandArgument: 'school' });
    expect(changeLines(text)).toContain('Hoofdstuk 2, onder b (melden.vastleggen)  [gewijzigd · inhoudelijk]');
    const own = policy('nl', ['brand: school', 'numbering:', '  sections: Artikel %1']);
    const kept = await outputOf('text', own, pointChanged, { brand: BRAND });
    expect(changeLines(kept)).toContain('Artikel 2, lid 2 (melden.vastleggen)  [gewijzigd · inhoudelijk]');
  });

  it('the board pack cites them in the same words', async () => {
    const pack = await outputOf('pdf', policy('nl', ['brand: school']), pointChanged, { brand: BRAND });
    expect(pack).toContain('Hoofdstuk 2, onder b');
    expect(pack).toMatch(/Hoofdstuk 2\s+Melden van pesten/);
    expect(pack).not.toMatch(/Artikel 2/);
  });

  it('the Word revision numbers the new version as `build --format docx` does, and its summary cites as the pack', async () => {
    const text = await outputOf('docx', policy('nl', ['brand: school']), pointChanged, { brand: BRAND });
    expect(text).toContain('\nHoofdstuk 2, onder b\n');
    expect(text).toContain('\nHoofdstuk 2\tMelden van pesten\n');
    expect(text).toContain('\nHoofdstuk 2.1\tTermijnen en nazorg\n');
  });
});
