// Article headings as Dutch reglementen type them in Word (src/import/article-headings.ts), on a document made in the
// test with the `docx` package and read back: the number and the title on two bold lines ("Artikel 1" over
// "Begripsbepalingen") are one heading, "Artikel 1 Begripsbepalingen", printed as typed; the bold, larger first line
// is the title; each article's typed list keeps its own labels ("1.", "2." in one, "a." to "c." in another).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const file = join(mkdtempSync(join(tmpdir(), 'clausemark-article-headings-')), 'mr.docx');

const bold = (text: string, size?: number): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, bold: true, ...(size ? { size: size * 2 } : {}) })] });
const plain = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

beforeAll(async () => {
  const children = [
    bold('Medezeggenschapsreglement', 16),
    plain('Medezeggenschapsraad OBS De Wilgen'),
    bold('Artikel 1'),
    bold('Begripsbepalingen'),
    plain('In dit reglement wordt verstaan onder de wet: de Wet medezeggenschap op scholen.'),
    bold('Artikel 2'),
    bold('Samenstelling'),
    plain('1.\tDe raad bestaat uit acht leden.'),
    plain('2.\tDe helft van de leden wordt gekozen door en uit het personeel.'),
    bold('Artikel 3'),
    bold('Zittingsduur'),
    plain('Een lid heeft zitting voor een periode van drie jaar.'),
    bold('Artikel 3a'),
    bold('Tussentijdse vacature'),
    plain('Bij een tussentijdse vacature treedt de kandidaat met de meeste stemmen toe.'),
    bold('Artikel 4 (vervallen)'),
    bold('Artikel 5'),
    bold('Instemmingsbevoegdheid'),
    plain('De raad heeft instemmingsbevoegdheid ten aanzien van:'),
    plain('a.\thet schoolplan;'),
    plain('b.\thet schoolreglement;'),
    plain('c.\tde klachtenregeling.'),
  ];
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
});

describe('article headings typed as two bold lines, number over title', () => {
  it('reads each as one heading, printed as typed ("Artikel 3a" and "Artikel 4 (vervallen)" too)', async () => {
    const result = await importDocument(file, { org: 'school', dryRun: true });
    const { policy } = parsePolicy(result.output);
    const sections = allSections(policy).filter((section) => section.depth === 2);
    expect(sections.map((section) => section.title)).toEqual([
      'Artikel 1 Begripsbepalingen',
      'Artikel 2 Samenstelling',
      'Artikel 3 Zittingsduur',
      'Artikel 3a Tussentijdse vacature',
      'Artikel 4 (vervallen)',
      'Artikel 5 Instemmingsbevoegdheid',
    ]);
    // Printed as typed: no number of the policy's own before them.
    expect(sections.map((section) => section.number)).toEqual(['', '', '', '', '', '']);
    expect(allClauses(policy).some(({ clause }) => clause.id.startsWith('intro.'))).toBe(false);
  });

  it('takes the bold, larger first line as the title, and leaves out only the cover line under it', async () => {
    const result = await importDocument(file, { org: 'school', dryRun: true });
    expect(result.meta.title).toBe('Medezeggenschapsreglement');
    const unstated = result.findings.filter((finding) => finding.ruleId === 'import-unstated');
    expect(unstated.map((finding) => finding.params?.field)).toEqual(['organisation', 'version']);
    expect(result.dropped.map((dropped) => dropped.text)).toEqual(['Medezeggenschapsraad OBS De Wilgen']);
    expect(result.accounting.missing).toEqual([]);
  });

  it('keeps each article\'s typed labels: "1.", "2." under Samenstelling, "a." to "c." under Instemmingsbevoegdheid', async () => {
    const result = await importDocument(file, { org: 'school', dryRun: true });
    const { policy } = parsePolicy(result.output);
    const labelled = allClauses(policy)
      .filter(({ clause }) => clause.label)
      .map(({ clause }) => clause.label);
    expect(labelled).toEqual(['1.', '2.', 'a.', 'b.', 'c.']);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
  });
});

describe("article labels typed bold on a line of their own, no title, over the article's text", () => {
  it('reads each as an article of no title, its label structure', async () => {
    const bare = join(mkdtempSync(join(tmpdir(), 'clausemark-bare-articles-')), 'reglement.docx');
    const children = [
      bold('Privacyreglement', 16),
      bold('Artikel 1.'),
      plain('In dit reglement wordt verstaan onder school: een school van de stichting.'),
      bold('Artikel 2.'),
      plain('De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.'),
      plain('Artikel 3'),
      plain('De directeur ziet toe op de naleving van dit reglement.'),
    ];
    writeFileSync(bare, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const result = await importDocument(bare, { org: 'school', dryRun: true });
    const { policy } = parsePolicy(result.output);
    const sections = allSections(policy).filter((section) => section.depth === 2);
    // Numbered by the policy as the source typed them: "Artikel %1".
    expect(policy.meta.numbering?.sections).toBe('Artikel %1.');
    expect(sections.map((section) => [section.id, section.number, section.title])).toEqual([
      ['artikel-1', 'Artikel 1.', ''],
      ['artikel-2', 'Artikel 2.', ''],
    ]);
    // A label not set apart (not bold) is the text it was typed as, under the article before it.
    expect(allClauses(policy).map(({ clause }) => clause.text)).toEqual([
      'In dit reglement wordt verstaan onder school: een school van de stichting.',
      'De school verwerkt alleen gegevens die nodig zijn voor het onderwijs.',
      'Artikel 3',
      'De directeur ziet toe op de naleving van dit reglement.',
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});
