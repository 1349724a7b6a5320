// What a policy officer does in Word without a heading style or a second thought, imported with nothing lost silently
// (tests/fixtures/import/word-habits/make-word-habits.py): chapters typed as bold lines over bold article lines, with
// a chapter word or their number alone, are chapters and the articles keep their numbers and IDs; signs inserted with
// Insert → Symbol in a header, a footer or a text box are listed as printed, and one no character is known for is
// named; a list restarted at 1 under each chapter and saved by LibreOffice counts 1, 2, 3 again; a Word comment saved
// twice by LibreOffice is never policy text; a field's result is the text, never a field inside its code; text set
// right to left is read; an equation is listed as left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const folder = join(import.meta.dirname, '../fixtures/import/word-habits');

async function imported(name: string) {
  const result = await importDocument(join(folder, name), { org: 'de-linde', dryRun: true, changes: 'accept' });
  const { policy } = parsePolicy(result.output);
  const sections = allSections(policy).slice(1);
  return {
    result,
    sections: sections.map((section) => `${section.number || '-'} ${section.title} {#${section.id}}`),
    clauses: allClauses(policy).map(({ clause }) => `${clause.number} ${clause.id}`),
  };
}

/** The articles as every form of the regeling imports them, with their numbers and IDs. */
const ARTICLES = [
  'Artikel 1 Doel {#doel}',
  'Artikel 2 Toepassingsbereik {#toepassingsbereik}',
  'Artikel 3 Indienen van een klacht {#indienen-klacht}',
  'Artikel 4 Behandeling {#behandeling}',
  'Artikel 5 Slotbepaling {#slotbepaling}',
];

describe('chapters typed as bold lines over bold article lines', () => {
  it('"Hoofdstuk 2 De klachtencommissie" is a chapter heading; the articles keep their numbers and IDs', async () => {
    const { result, sections } = await imported('chapter-words.docx');
    expect(sections).toEqual([
      '- Hoofdstuk 1 Algemene bepalingen {#hoofdstuk-1-algemene-bepalingen}',
      ...ARTICLES.slice(0, 2),
      '- Hoofdstuk 2 De klachtencommissie {#hoofdstuk-2-de-klachtencommissie}',
      ...ARTICLES.slice(2),
    ]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('"2. Klachtencommissie", set larger than the articles, is a chapter heading too, not a list item or text', async () => {
    const { result, sections, clauses } = await imported('numbered-chapters.docx');
    // "1. Algemene bepalingen" was item 1 of a list before article 1, "**2. Klachtencommissie**" a clause of article 2.
    expect(sections).toEqual([
      '- 1. Algemene bepalingen {#1-algemene-bepalingen}',
      ...ARTICLES.slice(0, 2),
      '- 2. Klachtencommissie {#2-klachtencommissie}',
      ...ARTICLES.slice(2),
    ]);
    expect(clauses).toHaveLength(5);
    expect(result.output).not.toContain('**');
    expect(result.accounting.missing).toEqual([]);
    expect(wordMessage(importSummary({ ...result, target: 'klachtenregeling.md' }))).toMatch(/, 0 lost\)$/u);
  });

  it('a numbered bold line set smaller than the articles is no chapter: it stays text, every word kept', async () => {
    const { result, sections } = await imported('smaller-chapters.docx');
    expect(sections).toEqual(ARTICLES);
    expect(result.output).toContain('**2. Klachtencommissie**');
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('signs inserted with Insert → Symbol in a header, a footer and a text box', () => {
  it('are listed as printed, and each one no character is known for is named and in the summary', async () => {
    const { result } = await imported('symbols-around.docx');
    // "≥ 4 jaar" was listed as "4 jaar", "kinderen ≤ 2 jaar" as "kinderen 2 jaar", and the summary said "0 lost".
    expect(result.dropped.map((dropped) => dropped.text)).toEqual([
      'Let op: kinderen ≤ 2 jaar komen op de wachtlijst',
      'Toelating vanaf ≥ 4 jaar',
      'Instemming MR ✓ vereist',
    ]);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-lost')).toMatchObject([
      { params: { decision: { messageId: 'import-lost.unread-symbol', params: { symbols: 'Wingdings F0FF' } } } },
      {
        messageId: 'import-lost.unread-symbol',
        params: { symbols: 'Wingdings F036', text: 'Instemming MR ✓ vereist' },
      },
    ]);
    expect(result.accounting.unreadSymbols).toEqual(['Wingdings F0FF', 'Wingdings F036']);
    expect(wordMessage(importSummary({ ...result, target: 'toelatingsregeling.md' }))).toMatch(
      /, 0 lost; not read: 2 symbols \(Wingdings F0FF, Wingdings F036\), which no count holds\)$/u,
    );
  });
});

describe('a list restarted at 1 under each chapter, saved by LibreOffice', () => {
  it('counts 1, 2, 3 under each chapter, as LibreOffice and Word show it', async () => {
    const { result, clauses } = await imported('restarted-lists.docx');
    // LibreOffice writes the restart's first item in an instance that starts at 1 and each item after it in an
    // instance of its own: the second chapter read "1.", "4)", "5)".
    expect(clauses.map((clause) => clause.split(' ')[0])).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3']);
    expect(result.output).not.toMatch(/^\d\) /mu);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('a Word comment, the document saved twice by LibreOffice', () => {
  it('is still in the document, and never becomes policy text', async () => {
    const comments = unzipSync(readFileSync(join(folder, 'comment-saved-twice.docx')))['word/comments.xml'];
    expect(new TextDecoder().decode(comments)).toContain('Nog bespreken met de MR');
    const { result, clauses } = await imported('comment-saved-twice.docx');
    expect(result.output).not.toContain('Nog bespreken');
    expect(result.output).not.toContain('zes weken is te kort');
    expect(clauses).toHaveLength(2);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-dropped')).toMatchObject([
      { messageId: 'import-dropped.comments' },
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});

describe('fields, text set right to left and an equation', () => {
  it('reads what Word prints: the fields’ results and the Arabic welcome; the equation is listed, never silently gone', async () => {
    const { result } = await imported('fields-and-directions.docx');
    expect(result.output).toContain('De contactpersoon is mevrouw Jansen van groep acht.');
    // The IF field's code holds a MERGEFIELD whose result ("PO") Word does not print: it read "binnen POzes weken".
    expect(result.output).toContain('De klacht wordt binnen zes weken afgehandeld.');
    // w:dir was not read at all: "Welkom aan alle ouders." and "0 lost".
    expect(result.output).toContain('Welkom أهلا وسهلا aan alle ouders.');
    expect(result.dropped.map((dropped) => [dropped.text, dropped.reason])).toEqual([
      ['PO', expect.stringContaining("a field inside another field's code")],
      ['50 × aantal kinderen', expect.stringContaining('a Word equation')],
    ]);
    expect(result.accounting.missing).toEqual([]);
  });
});
