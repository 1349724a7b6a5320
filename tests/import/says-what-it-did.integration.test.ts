// Issue 39 item 6, import says what it did: real documents made with python-docx and LibreOffice
// (tests/fixtures/import/truths: make-docx.py, make-pestprotocol.py, make-pdf.sh), imported, and where it matters
// built to PDF and read back with pdftotext. Each case is one the issue found imported wrongly while the report
// said nothing (or "0 lost").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { wordFinding } from '../../src/wording/messages.js';
import { inputFor, policyFrom } from '../support/pdf.js';

const folder = join(import.meta.dirname, '../fixtures/import/truths');
const out = mkdtempSync(join(tmpdir(), 'clausemark-says-what-'));

async function imported(name: string, org = 'regenboog') {
  const result = await importDocument(join(folder, name), { org, dryRun: true, cwd: out });
  const { policy } = parsePolicy(result.output);
  return {
    result,
    policy,
    clauses: allClauses(policy).map(({ clause }) => clause.text),
    summary: wordMessage(importSummary(result)),
    report: result.findings.map((finding) => wordFinding(finding).message),
  };
}

/** The labels the built PDF prints at the start of its body's lines, after the contents page. */
async function printedLabels(output: string, from: string): Promise<string[]> {
  const file = join(out, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await renderPdf(inputFor(policyFrom(output))));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text
    .slice(text.lastIndexOf(from) + from.length)
    .split('\n')
    .map((line) => /^\s*(\d+(?:\.\d+)?\.?|[a-z]\.)\s+\S/u.exec(line)?.[1])
    .filter((label): label is string => label !== undefined);
}

const CHAPTERS = ['Inleiding', 'Wat is pesten', 'Preventie', 'Signaleren', 'Aanpak', 'Rol van de ouders'];

describe('a plain-text policy of three lines (refused as "no text to import … needs OCR")', () => {
  it('imports a note of three lines without full stops: its title and two clauses', async () => {
    const { policy, clauses, result } = await imported('three-lines.txt');
    expect(policy.meta.title).toBe('Gedragscode');
    expect(clauses).toEqual(['Iedereen gaat respectvol met elkaar om', 'Pesten wordt niet getolereerd']);
    expect(result.accounting).toMatchObject({ kept: 11, listed: 0, missing: [] });
  });

  it('keeps the title and both sentences of three lines apart, the last one no back cover', async () => {
    const { policy, clauses } = await imported('three-sentences.txt');
    expect(policy.meta.title).toBe('Privacyreglement');
    expect(clauses).toEqual([
      'Wij gaan zorgvuldig om met persoonsgegevens van leerlingen.',
      'De directeur is verantwoordelijk.',
    ]);
  });
});

describe('a pestprotocol\'s table of contents (nine clauses "Inleiding 3" … from Word, dropped from its PDF)', () => {
  const documents = [
    'pestprotocol.docx', // LibreOffice's own index, exported to Word: its TOC field in a Table of Contents control
    'pestprotocol-word-toc.docx', // a Dutch Word's: TOC field, entries in style "Inhopg1" ("toc 1")
    'pestprotocol-typed-toc.docx', // typed by hand: "Inleiding⇥3", nothing marks it
    'pestprotocol.pdf', // LibreOffice's PDF of the first
  ];
  it.each(documents)('%s: no entry is a clause; the contents are left out and listed as such', async (name) => {
    const { clauses, result, summary, report } = await imported(name);
    expect(clauses.filter((clause) => /\s\d$|\.{4}/u.test(clause))).toEqual([]);
    const contents = result.dropped.filter((dropped) => dropped.reason === 'table of contents');
    for (const chapter of CHAPTERS) expect(contents.some((dropped) => dropped.text.startsWith(chapter))).toBe(true);
    expect(report.some((message) => message.includes('left out of the text (table of contents'))).toBe(true);
    expect(summary).toMatch(/left out and listed in the report \(.*table of contents: \d+ lines.*\), 0 lost\)$/u);
    // The headings stay: each chapter is a section of the policy.
    const { policy } = parsePolicy(result.output);
    expect(policy.sections.map((section) => section.title).slice(0, CHAPTERS.length)).toEqual(CHAPTERS);
  });
});

describe('a PDF\'s footnote (a clause of another section, with "0 lost")', () => {
  it('is the footnote of the clause that cites it, set by LibreOffice without a space after its number', async () => {
    const { policy, clauses } = await imported('pestprotocol.pdf');
    expect(clauses.filter((clause) => clause.includes('Nederlands Jeugdinstituut'))).toEqual([]);
    const cited = allClauses(policy).find(({ clause }) => clause.text.startsWith('Pesten is het herhaaldelijk'));
    const label = JSON.stringify(cited?.clause.content).match(/"identifier":"([^"]+)"/u)?.[1] ?? '';
    expect(plainText(policy.footnotes[label]).trim()).toBe('Zie ook de definitie van het Nederlands Jeugdinstituut.');
    expect(cited?.section.title).toBe('Wat is pesten');
  });
});

// Issue 68 item 2: an import is a draft; a document's approval table and adoption sentences are history (the
// report and a note in the front matter), read with their step and date where the document states them, never
// approvals of the new file. Until then they were its approvals, with `status: approved`.
describe("a document's own adoption, read as history with its step and date", () => {
  it('reads the rows under "Vastgesteld" as history, the GMR chairman\'s without a step the document does not state', async () => {
    const { policy, result, report } = await imported('approval-table.docx');
    expect(policy.meta.status).toBe('draft');
    expect(policy.meta.approvals).toEqual([]);
    expect(result.meta.history).toEqual([
      '2024-03-12: M. Visser (Voorzitter GMR)',
      '2024-03-26 vaststelling: J. de Vries (Voorzitter College van Bestuur)',
    ]);
    expect(result.output).toContain('#   2024-03-26 vaststelling: J. de Vries (Voorzitter College van Bestuur)\n');
    expect(report.filter((message) => message.startsWith('the document states its adoption'))).toHaveLength(2);
  });

  it('reads "Instemming GMR" in a Stap column as a consent, in the history', async () => {
    const { policy, result } = await imported('step-table.docx');
    expect(policy.meta.approvals).toEqual([]);
    expect(result.meta.history).toEqual(['2024-03-12 instemming: M. Visser', '2024-03-26 vaststelling: J. de Vries']);
  });

  it('keeps "Deze regeling is vastgesteld … d.d. 26 maart 2024, na instemming van de GMR op 12 maart 2024" as history, its date no date of taking effect', async () => {
    const { policy, result } = await imported('adoption-sentence.docx');
    expect(policy.meta.approvals).toEqual([]);
    expect(policy.meta.status).toBe('draft');
    expect(result.meta.history).toEqual([
      'Deze regeling is vastgesteld door het College van Bestuur d.d. 26 maart 2024, na instemming van de GMR op 12 maart 2024.',
    ]);
    // Adopted is not in force: the text says nothing of when it takes effect, so the front matter does not either.
    expect(policy.meta.effective).toBeUndefined();
  });
});

describe('a list numbered 1./2./3. under a clause, printed as the source shows it after import and build', () => {
  it('Word\'s numbered list under a clause typed "1.1": 1.1, then 1., 2., 3., then 1.2', async () => {
    const { result } = await imported('word-list-under-typed-clause.docx');
    expect(await printedLabels(result.output, 'Afspraken')).toEqual(['1.1', '1.', '2.', '3.', '1.2']);
  });

  it('"List Number 2" under "List Number": 1., then 1., 2., 3., then 2.', async () => {
    const { result } = await imported('list-number-2.docx');
    expect(await printedLabels(result.output, 'Afspraken')).toEqual(['1.', '1.', '2.', '3.', '2.']);
  });

  it('the PDF LibreOffice makes of a nested Word list: its first item no heading, the items under it', async () => {
    const { result, policy } = await imported('nested-list.pdf');
    expect(policy.sections.map((section) => section.title)).toEqual(['Afspraken']);
    expect(await printedLabels(result.output, 'Afspraken')).toEqual(['1.', '1.', '2.', '3.', '2.']);
  });
});

describe('a clause after a table (printed as a second "3.1" while check said nothing)', () => {
  it('goes on at the number the source gives it: 3.1, the table, 3.2, 3.3', async () => {
    const { result } = await imported('clause-after-table.docx', 'school');
    const labels = await printedLabels(result.output, '3 Kanalen');
    expect(labels).toEqual(['3.1', '3.2', '3.3']);
    expect(result.findings.filter((finding) => finding.ruleId === 'list-number')).toEqual([]);
  });
});
