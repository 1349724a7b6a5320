// Import writes a Word document's own numbering (its list levels' label text and formats) as the policy's
// `numbering` field, and where clausemark's counting would print another label than Word showed, says so at that
// paragraph (issue 25 item 1); and likewise from the labels typed in text and PDF sources. The documents are made
// by tests/fixtures/import/numbering/make-docx.py and make-pdf.sh; the .txt files are written by hand; a PDF and a
// text whose typed numbers skip one are made in the test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { inputFor, policyFrom } from '../support/pdf.js';

const folder = join(import.meta.dirname, '../fixtures/import/numbering');

async function imported(name: string) {
  const result = await importDocument(join(folder, name), { org: 'school', dryRun: true });
  const { policy } = parsePolicy(result.output);
  const numberingFindings = result.findings
    .filter((finding) => finding.ruleId === 'import-numbering')
    .map((finding) => finding.params?.decision as unknown as { messageId: string; params: Record<string, string> });
  return { result, policy, numberingFindings };
}

/** A PDF of a title and articles, each a bold heading over a sentence, as a word processor prints a reglement. */
function pdfOf(name: string, articles: readonly [string, string][]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'cm-typed-pdf-')), name);
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72 });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve(file);
    });
    doc.font('Helvetica-Bold').fontSize(18).text('Klachtenregeling').moveDown();
    for (const [heading, sentence] of articles) {
      doc.font('Helvetica-Bold').fontSize(13).text(heading).moveDown(0.5);
      doc.font('Helvetica').fontSize(11).text(sentence).moveDown();
    }
    doc.end();
  });
}

const labels = (policy: ReturnType<typeof parsePolicy>['policy']) => ({
  sections: allSections(policy)
    .filter((section) => section.depth === 2)
    .map((section) => section.number),
  clauses: allClauses(policy).map(({ clause }) => clause.label),
});

describe("a Word document's own numbering, imported (issue 25 item 1)", () => {
  it('keeps a plain list\'s "1)" and "a)" as the clauses\' and items\' labels', async () => {
    const { policy, numberingFindings } = await imported('plain-list.docx');
    expect(policy.meta.numbering).toEqual({ clauses: '%2)', items: '%a)' });
    expect(labels(policy).clauses).toEqual(['1)', '2)', 'a)', 'b)']);
    expect(numberingFindings).toEqual([]);
  });

  it('keeps "Artikel I" in upper roman numerals and clauses "1°"', async () => {
    const { policy, numberingFindings } = await imported('roman-articles.docx');
    expect(policy.meta.numbering).toEqual({ sections: 'Artikel %I', clauses: '%2°' });
    expect(labels(policy)).toEqual({ sections: ['Artikel I', 'Artikel II'], clauses: ['1°', '1°', '2°'] });
    expect(numberingFindings).toEqual([]);
  });

  it('reports each label the counting would change, at its paragraph: a heading without a number before "Artikel 1"', async () => {
    const { numberingFindings, result } = await imported('unnumbered-before.docx');
    expect(numberingFindings).toEqual([
      {
        messageId: 'import-numbering.renumbered',
        params: { label: 'Artikel 1', printed: 'Artikel 2', text: 'Begripsbepalingen' },
      },
      {
        messageId: 'import-numbering.renumbered',
        params: { label: '1.1', printed: '2.1', text: 'Een klacht is een schriftelijke uiting v' },
      },
    ]);
    // Each at the place in the written policy where the label stands.
    const lines = result.output.split('\n');
    const places = result.findings
      .filter((finding) => finding.ruleId === 'import-numbering')
      .map((finding) => lines[(finding.place?.start.line ?? 0) - 1]);
    expect(places).toEqual([
      '## Begripsbepalingen {#begripsbepalingen}',
      '1. {#begripsbepalingen.klacht-schriftelijke} Een klacht is een schriftelijke uiting van onvrede.',
    ]);
  });

  it('reports a level in a format it has no pattern for, and prints it in the house style', async () => {
    const { policy, numberingFindings } = await imported('ordinal-text.docx');
    expect(policy.meta.numbering).toEqual({ sections: 'Artikel %1' });
    expect(numberingFindings.map((finding) => finding.messageId)).toEqual(['import-numbering.restyled']);
    expect(labels(policy).clauses).toEqual(['1', '2']);
  });
});

describe('the labels typed in a text or PDF source, imported (issue 25 item 1)', () => {
  it.each(['typed.txt', 'typed.pdf'])(
    'keeps "Artikel 1", "1)" and "a)" from %s, each level typed in one form',
    async (name) => {
      const { policy, numberingFindings } = await imported(name);
      expect(policy.meta.numbering).toEqual({ sections: 'Artikel %1', clauses: '%2)', items: '%a)' });
      expect(labels(policy)).toEqual({
        sections: ['Artikel 1', 'Artikel 2'],
        clauses: ['1)', 'a)', 'b)', '2)', '1)', '2)'],
      });
      expect(numberingFindings).toEqual([]);
    },
  );

  it('keeps them from a Word document without automatic numbering, typed at the start of its paragraphs', async () => {
    const result = await importDocument(join(folder, '../layouts/typed-paragraphs.docx'), {
      org: 'school',
      dryRun: true,
    });
    const { policy } = parsePolicy(result.output);
    expect(policy.meta.numbering).toEqual({ sections: 'Artikel %1', clauses: '%2)', items: '%a)' });
    expect(labels(policy)).toEqual({
      sections: ['Artikel 1', 'Artikel 2'],
      clauses: ['1)', 'a)', 'b)', '2)', '1)', '2)'],
    });
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
  });

  it('keeps a typed level beside the levels Word numbers: "Artikel %1" from Word, clauses typed "1)"', async () => {
    const result = await importDocument(join(folder, '../layouts/numbered-articles-typed-clauses.docx'), {
      org: 'school',
      dryRun: true,
    });
    const { policy } = parsePolicy(result.output);
    expect(policy.meta.numbering).toEqual({ sections: 'Artikel %1', clauses: '%2)' });
    expect(labels(policy)).toEqual({ sections: ['Artikel 1'], clauses: ['1)', '2)'] });
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
  });

  it('reads items typed "a)" under a clause Word numbered as that clause\'s items', async () => {
    const result = await importDocument(join(folder, '../layouts/numbered-clauses-typed-items.docx'), {
      org: 'school',
      dryRun: true,
    });
    const { policy } = parsePolicy(result.output);
    expect(policy.meta.numbering).toEqual({ clauses: '%2)', items: '%a)' });
    // Each clause's full number (its article's number, its parent's label, its own: issue 69 item 4) and its label:
    // a) and b) sit under 1).
    expect(allClauses(policy).map(({ clause }) => [clause.number, clause.label])).toEqual([
      ['1 1)', '1)'],
      ['1 1) a)', 'a)'],
      ['1 1) b)', 'b)'],
      ['1 2)', '2)'],
    ]);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
  });

  it('prints them in the PDF built from the imported PDF, read back with pdftotext', async () => {
    const { result } = await imported('typed.pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'cm-typed-')), 'policy.pdf');
    writeFileSync(file, await renderPdf(inputFor(policyFrom(result.output))));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const body = text.slice(text.lastIndexOf('Begripsbepalingen') - 20);
    const found = body
      .split('\n')
      .map((line) => /^\s*(Artikel \d+|\d+\)|[a-z]\))\s/u.exec(line)?.[1])
      .filter((label) => label !== undefined);
    expect(found).toEqual(['Artikel 1', '1)', 'a)', 'b)', '2)', 'Artikel 2', '1)', '2)']);
  });

  it('prints "Artikel 3" typed after "Artikel 1" as typed, never counted "Artikel 2", and "3)" after "1)" as typed', async () => {
    const { policy, numberingFindings, result } = await imported('typed-skips.txt');
    const sections = allSections(policy).filter((section) => section.depth === 2);
    expect(sections.map((section) => [section.number, section.title])).toEqual([
      ['', 'Artikel 1 Begripsbepalingen'],
      ['', 'Artikel 3 Indienen'],
    ]);
    expect(numberingFindings).toEqual([]);
    // A clause's number is the source's own (issue 39): a list goes on at the number it shows.
    expect(labels(policy).clauses.slice(0, 2)).toEqual(['1)', '3)']);
    // "3" is in the policy's text, not counted as a number the policy holds while it prints another.
    expect(result.accounting).toMatchObject({ numbering: 0, listed: 0, missing: [] });
  });

  it('keeps the PDF\'s "Artikel 5" after "Artikel 3" as the Word document does: in the heading, as typed', async () => {
    const file = await pdfOf('skipped-article.pdf', [
      ['Artikel 1 Begripsbepalingen', 'In deze regeling wordt verstaan onder klager: degene die een klacht indient.'],
      ['Artikel 3 De vertrouwenspersoon', 'Het bevoegd gezag benoemt ten minste één vertrouwenspersoon.'],
      ['Artikel 5 Slotbepaling', 'Deze regeling kan worden aangehaald als Klachtenregeling Waterlinie.'],
    ]);
    const result = await importDocument(file, { org: 'school', dryRun: true });
    const { policy } = parsePolicy(result.output);
    const sections = allSections(policy).filter((section) => section.depth === 2);
    expect(sections.map((section) => section.title)).toEqual([
      'Artikel 1 Begripsbepalingen',
      'Artikel 3 De vertrouwenspersoon',
      'Artikel 5 Slotbepaling',
    ]);
    expect(sections.map((section) => section.number)).toEqual(['', '', '']);
    expect(result.findings.filter((finding) => finding.ruleId === 'import-numbering')).toEqual([]);
    expect(result.accounting).toMatchObject({ numbering: 0, missing: [] });
    expect(result.accounting.kept).toBe(result.accounting.total);
  });

  it('never counts a typed number the policy prints otherwise as kept: "4." printed "3" is listed, with why', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cm-renumbered-')), 'pestprotocol.txt');
    const chapter = (number: string, title: string, text: string) => `${number} ${title}\n\n${text}\n\n`;
    writeFileSync(
      file,
      `Pestprotocol\n\n${chapter('1.', 'Inleiding', 'De school wil een veilige plek zijn voor alle kinderen.')}${chapter('2.', 'Doel', 'We voorkomen pesten zo veel als mogelijk is.')}${chapter('4.', 'Slot', 'Dit protocol geldt voor alle groepen van de school.')}`,
    );
    const result = await importDocument(file, { org: 'school', dryRun: true });
    const renumbered = result.findings
      .filter((finding) => finding.ruleId === 'import-numbering')
      .map(
        (finding) => (finding.params?.decision as unknown as { params: Record<string, string> } | undefined)?.params,
      );
    expect(renumbered).toEqual([{ label: '4.', printed: '3', text: 'Slot' }]);
    // "1." and "2." are printed as typed; "4." is not in the policy, and said so.
    expect(result.accounting).toMatchObject({ numbering: 2, listed: 1, missing: [] });
    expect(result.dropped).toEqual([{ text: '4.', reason: 'typed number the policy prints otherwise', line: 11 }]);
  });

  it('prints a chapter without a number ("Inleiding") before the articles without one, and the articles as typed', async () => {
    const { policy, numberingFindings } = await imported('typed-inleiding.txt');
    expect(policy.meta.numbering).toEqual({ sections: 'Artikel %1', clauses: '%2)' });
    expect(labels(policy).sections).toEqual(['', 'Artikel 1', 'Artikel 2']);
    expect(numberingFindings).toEqual([]);
  });

  it('keeps each list\'s own labels where a level is typed "a." to "g." in one article and "1." in the next (issue 69 item 4)', async () => {
    const { policy, numberingFindings } = await imported('typed-lettered.txt');
    expect(policy.meta.numbering).toEqual({ sections: 'Artikel %1', lists: { aanpak: '%a.', melden: '%2.' } });
    expect(labels(policy).clauses.filter(Boolean)).toEqual(['a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.', '1.', '2.']);
    expect(numberingFindings).toEqual([]);
  });

  it('keeps the house style for a list typed in two forms ("1)" and "2."), reporting the label it changes; the next list keeps its "1)"', async () => {
    const { policy, numberingFindings } = await imported('typed-mixed.txt');
    expect(policy.meta.numbering).toEqual({ sections: 'Artikel %1', lists: { indienen: '%2)' } });
    expect(labels(policy).clauses.filter(Boolean)).toEqual(['1', '2', '1)']);
    expect(numberingFindings).toEqual([
      {
        messageId: 'import-numbering.typed-restyled',
        params: { label: '1)', text: 'Een klacht is een schriftelijke uiting v' },
      },
    ]);
  });
});
