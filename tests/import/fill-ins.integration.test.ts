// A template's own fill-ins never filled in ("[naam directeur]"), reaching import in another format than Word's
// (tests/fixtures/import/fill-ins/make-fill-ins.py): the PDF LibreOffice exports of the Word template, that PDF's
// text as pdftotext writes it, and the Markdown pandoc writes of it. Each reads them as the Word document does
// (word-controls.integration.test.ts): kept in the text, reported where they stand, named in the summary; text in
// brackets that is no fill-in ("[Vervallen]", "[1]", "[sic]") stays text without a word. Fill-ins of other shapes,
// the same in all four formats: blanks of dots and underscores in a sentence, "XXX", "<<aantal>>", Word's mail-merge
// fields never merged ("«Voornaam_leerling»"); a dotted leader, an ellipsis, a quotation in guillemets, an address of
// x's and a complaint form's fields ("Naam: ..........") are none. A fill-in in the title is reported once, in text,
// Word (its Title line, or its document properties alone) and PDF alike; one in the title or organisation a Markdown
// file's front matter or an HTML page's <title> states, where it stands there.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importSummary } from '../../src/import/index.js';
import { wordMessage } from '../../src/io/messages.js';
import { wordFindings } from '../../src/wording/messages.js';
import { FILL_IN_PARAGRAPHS, FILL_INS_SUMMARY, NOT_FILL_INS, TEMPLATE_FILL_INS } from '../support/template-fill-ins.js';

const folder = join(import.meta.dirname, '../fixtures/import/fill-ins');

async function imported(name: string) {
  const result = await importDocument(join(folder, name), { org: 'de-linde', dryRun: true });
  const summary = wordMessage(importSummary({ ...result, target: 'beleid.md' }));
  return { result, summary, findings: wordFindings(result.findings) };
}

describe.each(['fill-ins.pdf', 'fill-ins.txt', 'fill-ins.md'])("a Word template's fill-ins in %s", (name) => {
  it('keeps each in the text, reports it at its line and names it in the summary; "[Vervallen]" is none', async () => {
    const { result, summary, findings } = await imported(name);
    // They were read silently as policy text: only a Word document's were reported.
    const fillIns = findings.filter((finding) => finding.ruleId === 'import-fill-in');
    expect(fillIns.map((finding) => /: "([^"]+)" is a fill-in/u.exec(finding.message)?.[1])).toEqual(TEMPLATE_FILL_INS);
    const lines = result.output.split('\n');
    expect(fillIns.map((finding) => lines[(finding.place?.start.line ?? 0) - 1])).toEqual([
      ...FILL_IN_PARAGRAPHS,
      expect.stringContaining('\\[Naam contactpersoon]'),
    ]);
    expect(fillIns[0]?.fix).toContain('fill in what belongs here in its place');
    for (const kept of NOT_FILL_INS) expect(result.output).toContain(kept);
    expect(result.accounting.missing).toEqual([]);
    expect(summary).toContain(`, 0 lost; ${FILL_INS_SUMMARY})`);
  });
});

describe.each(['blanks.docx', 'blanks.pdf', 'blanks.txt', 'blanks.md'])('fill-ins of other shapes in %s', (name) => {
  it("reports blanks, stand-ins and mail-merge fields in a sentence, not a form's fields nor a dotted leader", async () => {
    const { result, summary, findings } = await imported(name);
    const fillIns = findings.filter((finding) => finding.ruleId === 'import-fill-in');
    // They were read silently as policy text, in Word too.
    expect(fillIns.map((finding) => /: "([^"]+)" is a fill-in/u.exec(finding.message)?.[1])).toEqual([
      '..........',
      'XXX',
      '________',
      'xxx',
      '<<aantal>>',
      '«Voornaam_leerling»',
      '«Naam_directeur»',
    ]);
    const lines = result.output.split('\n');
    expect(fillIns.map((finding) => lines[(finding.place?.start.line ?? 0) - 1]?.replace(/^\{#[^}]+\} /u, ''))).toEqual(
      [
        expect.stringMatching(/Dit protocol is vastgesteld op \.{10} door de medezeggenschapsraad van XXX\.$/u),
        expect.stringMatching(/Dit protocol is vastgesteld op \.{10} door de medezeggenschapsraad van XXX\.$/u),
        expect.stringMatching(/^De anti-pestcoördinator is (\\_){8}, bereikbaar op telefoonnummer xxx\.$/u),
        expect.stringMatching(/^De anti-pestcoördinator is (\\_){8}, bereikbaar op telefoonnummer xxx\.$/u),
        expect.stringMatching(/^Het gesprek met de ouders wordt binnen \\?<\\?<aantal>> werkdagen gevoerd\.$/u),
        expect.stringContaining('Beste ouders van «Voornaam_leerling», wij hebben'),
        expect.stringContaining('Met vriendelijke groet, «Naam_directeur»'),
      ],
    );
    for (const kept of ['Naam: ..........', 'buitensluiten … het komt', '«veilige school»', 'pesten@xxx.nl'])
      expect(result.output).toContain(kept);
    // Each heading of the template heads its text, the one right after the table of contents too (in the text it was
    // read into the paragraph, "Inleiding Dit protocol …"); the letter's closing line and the form's fields, short
    // and unstopped, stood alone as headings in the PDF.
    const headings = lines.filter((line) => line.startsWith('#')).map((line) => line.replace(/^#+ | \{#.*$/gu, ''));
    expect(headings).toEqual(expect.arrayContaining(['Inleiding', 'Aanpak', 'Voorbeeldbrief', 'Meldformulier']));
    expect(headings.filter((heading) => /groet|^Naam:|^Datum:|gesproken/u.test(heading))).toEqual([]);
    expect(result.accounting.missing).toEqual([]);
    expect(summary).toContain(
      ', 0 lost; 7 fill-ins of the template not filled in, kept as they stand (.........., XXX, ________, xxx, <<aantal>>, «Voornaam_leerling», «Naam_directeur»))',
    );
  });
});

describe.each(['title.txt', 'title-heading.docx', 'title-heading.pdf', 'title-properties.docx'])(
  'a fill-in in the title of %s',
  (name) => {
    it('is reported at the title too, once, where the frontmatter holds it', async () => {
      const { result, findings } = await imported(name);
      const fillIns = findings.filter((finding) => finding.ruleId === 'import-fill-in');
      expect(fillIns.map((finding) => finding.message)).toEqual([
        expect.stringContaining('"[naam school]" is a fill-in'),
      ]);
      // The title's first line, the frontmatter's, where the cover prints it from.
      expect(result.output.split('\n')[(fillIns[0]?.place?.start.line ?? 0) - 1]).toMatch(/^title: .*\[naam school\]/u);
    });
  },
);

/** The import's fill-in findings: where each stands in the written file and what it says. */
const fillInsOf = (findings: ReturnType<typeof wordFindings>, output: string) =>
  findings
    .filter((finding) => finding.ruleId === 'import-fill-in')
    .map((finding) => {
      const { line = 0, column = 0 } = finding.place?.start ?? {};
      return { at: output.split('\n')[line - 1]?.slice(column - 1), message: finding.message };
    });

describe("a fill-in in a document's own metadata", () => {
  it("is reported at a front matter's line and column, for the title and the organisation the cover prints", async () => {
    // Front matter was taken for metadata that needs no word: "Klachtenregeling [naam school]" went onto the
    // cover of the built policy, and the report and the summary said nothing of it.
    const { result, summary, findings } = await imported('front-matter.md');
    expect(fillInsOf(findings, result.output)).toEqual([
      {
        at: '[naam school]',
        message: expect.stringMatching(
          /^the front matter, source line 2, column 8: "\[naam school\]" is a fill-in of the template that was never filled in: kept in the frontmatter's title as it stands/u,
        ),
      },
      {
        at: '[naam stichting]',
        message: expect.stringMatching(
          /^the front matter, source line 3, column 15: "\[naam stichting\]" is a fill-in .*: kept in the frontmatter's organisation/u,
        ),
      },
      {
        at: expect.stringContaining('klachtencommissie van \\[naam stichting].'),
        message: expect.stringMatching(/^source line 9: "\[naam stichting\]" is a fill-in/u),
      },
    ]);
    expect(findings.find((finding) => finding.ruleId === 'import-fill-in')?.fix).toBe(
      'fill in the real title in the frontmatter (title:)',
    );
    expect(summary).toContain(
      ', 0 lost; 3 fill-ins of the template not filled in, kept as they stand ([naam school], [naam stichting]))',
    );
  });

  it("is reported for an HTML page's <title> too, which gives the title where no <h1> does", async () => {
    const { result, findings } = await imported('title.html');
    expect(fillInsOf(findings, result.output)).toEqual([
      {
        at: '[naam school]',
        message: expect.stringMatching(
          /^source line 4: "\[naam school\]" is a fill-in .*: kept in the frontmatter's title/u,
        ),
      },
    ]);
  });
});
