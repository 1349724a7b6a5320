// A school's klachtenregeling as a policy officer makes it in Word (tests/fixtures/import/office/make-office.py):
// articles numbered "Artikel %1" by Word, members "1." and items "a." by the numbering button, each article's list
// restarted; the .docx and the PDF LibreOffice exports from it import to the same articles and clauses, each clause
// whole, and the account says "0 lost" only when nothing was lost. Word's endnotes (i, ii) in the PDF stay notes;
// signs inserted with Insert → Symbol stay in the text, and one no character is known for is named.

// whole, and the account says "0 lost" only when nothing was lost. Its articles set in two columns under a title across
// the page, the PDF reads each column top to bottom, as the .docx has them; a table of two wrapped columns, whose
// cells start level row by row, is not read so but as a table, row by row.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = join(import.meta.dirname, '../fixtures/import/office');

async function imported(name: string) {
  const result = await importDocument(join(folder, name), { org: 'obs-de-regenboog', dryRun: true });
  const { policy } = parsePolicy(result.output);
  return {
    result,
    sections: allSections(policy)
      .slice(1)
      .map((section) => section.title),
    clauses: allClauses(policy).map(({ clause }) => `${clause.number} ${clause.text}`),
  };
}

/** The articles and their members as Word shows them (make-office.py), each member whole. */
const SECTIONS = ['Begripsbepalingen', 'Toepassingsbereik', 'Klachtencommissie', 'Behandeling', 'Slotbepalingen'];
const ARTICLES_2_AND_4 = [
  'Artikel 2 1. Deze regeling is van toepassing op klachten over gedragingen en beslissingen of het nalaten daarvan van het bevoegd gezag, de directeur en het personeel van de school.',
  'Artikel 2 2. Deze regeling is niet van toepassing op een klacht over de hoogte van de vrijwillige ouderbijdrage.',
  'Artikel 4 1. De klachtencommissie bevestigt de ontvangst van de klacht schriftelijk binnen vijf werkdagen.',
  'Artikel 4 2. De klachtencommissie stelt de klager en degene over wie geklaagd wordt in de gelegenheid te worden gehoord. Van het horen wordt een verslag gemaakt.',
  'Artikel 4 3. De klachtencommissie handelt de klacht zo spoedig mogelijk af, doch uiterlijk binnen tien weken.',
];

describe("a klachtenregeling numbered by Word's lists", () => {
  it.each(['numbered-lists.docx', 'numbered-lists.pdf'])('%s: every member whole, in its article', async (name) => {
    const { result, sections, clauses } = await imported(name);
    expect(sections).toEqual(SECTIONS);
    expect(clauses.filter((clause) => /^Artikel [24] /u.test(clause))).toEqual(ARTICLES_2_AND_4);
    // The PDF's LibreOffice sets a member's second line in the hanging indent right under its first: after a member
    // whose last line ended a sentence short of the margin, the next member's second line ("vrijwillige
    // ouderbijdrage.") was a clause of its own, the member cut in two (five members in this document).
    expect(clauses).toHaveLength(16);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a "Let op:" kader (a text box) under an article', () => {
  it('is listed as left out, once, and its words counted: never "0 lost" with a rule gone unread', async () => {
    const { result, clauses } = await imported('text-box.docx');
    const kader =
      'Let op: Een klacht over seksuele intimidatie kan altijd ook worden gemeld bij de vertrouwensinspecteur, telefoon 0900-1113111.';
    // Word writes the box twice (DrawingML and a VML copy for older readers): read once.
    expect(result.dropped.filter((dropped) => dropped.text === kader)).toHaveLength(1);
    expect(clauses.some((clause) => clause.includes('vertrouwensinspecteur'))).toBe(false);
    const { total, listed, missing } = result.accounting;
    const without = await imported('numbered-lists.docx');
    // Its 18 words are in the account, as left out and listed; they were in none and the summary said "0 lost".
    expect([total - without.result.accounting.total, listed - without.result.accounting.listed]).toEqual([18, 18]);
    expect(missing).toEqual([]);
  });
});

describe('the PDF with its second page scanned back in (a picture of the page, no text)', () => {
  it('names the page it could not read, and the summary says so beside "0 lost"', async () => {
    const { result, sections } = await imported('half-scanned.pdf');
    // Page 2 held article 5: gone, and before this nothing said so ("0 lost").
    expect(sections).not.toContain('Slotbepalingen');
    expect(result.findings.filter((finding) => finding.ruleId === 'import-lost')).toMatchObject([
      { messageId: 'import-lost.unread-page', params: { page: 2 } },
    ]);
    expect(result.accounting.unreadPages).toEqual([2]);
    expect(wordMessage(importSummary({ ...result, target: 'klachtenregeling.md' }))).toMatch(
      /, 0 lost; not read: 1 page without text \(a scan\), whose words no count holds\)$/u,
    );
  });

  it('the whole PDF, every page text, has no page unread', async () => {
    const { result } = await imported('numbered-lists.pdf');
    expect(result.accounting.unreadPages).toBeUndefined();
    expect(wordMessage(importSummary({ ...result, target: 'klachtenregeling.md' }))).toMatch(/, 0 lost\)$/u);
  });
});

describe('chapters with their numbers typed into Kop 1 over lists numbered by Word', () => {
  it.each(['typed-chapters.docx', 'typed-chapters.pdf'])('%s: "3. Klachtencommissie" is a chapter', async (name) => {
    const { result, sections } = await imported(name);
    // In the PDF, "3. Klachtencommissie" under article 2's members "1." and "2." went on with their list: the chapter
    // was item 3 of article 2, and its members stood under "Toepassingsbereik". It is set larger than the body.
    expect(sections).toEqual(SECTIONS);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe("the regeling with Word's endnotes (i, ii), exported to PDF", () => {
  it('each endnote is a note of the clause that cites it, never a word of the text or a clause', async () => {
    const { result, sections, clauses } = await imported('endnotes.pdf');
    expect(sections).toEqual(SECTIONS);
    // "doch uiterlijk binnen tien weken.i" was "doch i uiterlijk binnen tien weken.", and the endnotes clauses of
    // article 5.
    expect(clauses).toHaveLength(16);
    expect(result.output).toContain('doch uiterlijk binnen tien weken.[^i]\n');
    expect(result.output).toContain('Klachtenregeling OBS De Regenboog.[^ii]\n');
    expect(result.output).toContain('\n[^i]: Zie artikel 1.9 van de Wet op het primair onderwijs.\n');
    expect(result.output).toContain(
      '\n[^ii]: Vastgesteld door het bevoegd gezag na instemming van de medezeggenschapsraad.',
    );
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a toelatingsregeling with signs inserted by Insert → Symbol', () => {
  it('keeps each sign a character is known for, and names the one none is known for, at its clause', async () => {
    const { result, clauses } = await imported('symbols.docx');
    // Each sign was gone and the account said "0 lost": "Leerlingen van 16 jaar".
    expect(clauses.map((clause) => clause.replace(/^\S+ /u, ''))).toEqual([
      'Leerlingen van ≥ 16 jaar tekenen de schoolregels zelf.',
      'Voor kinderen van ≤ 2 jaar is er geen plaats in de peutergroep.',
      'Instemming van de medezeggenschapsraad ✓ is vereist.',
      'Aanmelden → intakegesprek binnen zes weken.',
      'Het bevoegd gezag beslist binnen tien weken.',
      // ± typed in the Symbol font: its private-use character U+F0B1.
      'De groepsgrootte is 28 ± 2 leerlingen.',
    ]);
    const lost = result.findings.filter((finding) => finding.ruleId === 'import-lost');
    expect(lost).toMatchObject([
      { params: { decision: { messageId: 'import-lost.unread-symbol', params: { symbols: 'Wingdings F0FF' } } } },
    ]);
    const line = result.output.split('\n').findIndex((text) => text.includes('Het bevoegd gezag beslist')) + 1;
    expect(lost[0]?.place?.start.line).toBe(line);
    expect(result.accounting.unreadSymbols).toEqual(['Wingdings F0FF']);
    expect(wordMessage(importSummary({ ...result, target: 'toelatingsregeling.md' }))).toMatch(
      /, 0 lost; not read: 1 symbol \(Wingdings F0FF\), which no count holds\)$/u,
    );
  });
});

describe('the articles set in two columns, under a title and over a closing line across the page', () => {
  it('the PDF reads the left column, then the right: the clauses of the .docx, in its order', async () => {
    const word = await imported('two-columns.docx');
    const { result, sections, clauses } = await imported('two-columns.pdf');
    expect(sections).toEqual(word.sections);
    // Read by baseline, a line of the left column ran on into the right one beside it ("twee leden uit de kring van
    // ouders; Artikel 4 Behandeling"), every word there but out of order, and the account said "0 lost".
    expect(clauses).toEqual(word.clauses);
    // The 16 members and the paragraph under the title.
    expect(clauses).toHaveLength(17);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-columns')).toEqual([]);
    expect(result.accounting.unorderedPages).toBeUndefined();
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a table of two columns of wrapped text, without borders', () => {
  it('is not read as two columns but as a table, row by row, and the summary says "0 lost" with no doubt', async () => {
    const { result } = await imported('prose-table.pdf');
    // Each of its rows starts level on both sides (its cells' first lines): a table. It was reported as a page that
    // may be set in two columns, "perhaps out of order".
    expect(result.findings.filter((finding) => finding.ruleId === 'import-columns')).toEqual([]);
    expect(result.accounting.unorderedPages).toBeUndefined();
    const rows = result.output.split('\n').filter((line) => /^\| \p{Lu}/u.test(line));
    expect(rows.map((row) => row.split('|').map((cell) => cell.trim().split(' ').slice(0, 2).join(' ')))).toEqual([
      ['', 'De klager', 'De commissie', ''],
      ['', 'De klachtencommissie', 'De voorzitter', ''],
      ['', 'De commissie', 'Binnen vier', ''],
    ]);
    expect(wordMessage(importSummary({ ...result, target: 'afspraken.md' }))).toMatch(/, 0 lost\)$/u);
  });
});
