// A letter's signature in a school's Word document and its PDF (tests/fixtures/import/letter-signatures:
// make-letter-signatures.py, python-docx + LibreOffice + pdftotext), imported and built with the CLI as a user does:
// a signature typed as one paragraph, its lines parted by Shift+Enter, stays one paragraph whose lines stay lines
// (Markdown hard line breaks), in the built Word document and PDF too; and a signer's last line right over the
// policy's next paragraph is a line of the letter, no heading (also in `pdftotext -layout` text, a blank line between
// every two lines); and a heading typed right under a signer's last line heads its text, numbered or not, and so does
// one whose words a name's could be ("A. Slotbepalingen", "Overgangsbepalingen En Citeertitel"), while a name with a
// title ("Drs. A.B. Jansen") right over the next paragraph signs the letter; in the Word document such a bold line
// in the body's style stays a bold paragraph, Word's headings being its styles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allClauses, allSections } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';
import { runCli } from '../support/cli.js';
import { zipText } from '../support/word.js';

const FOLDER = join(import.meta.dirname, '../fixtures/import/letter-signatures');
const work = mkdtempSync(join(tmpdir(), 'clausemark-letter-signatures-'));
const NOTHING_LOST = /, 0 lost\)$/mu;

async function imported(file: string) {
  const out = join(work, `${file}.md`);
  const run = await runCli(['import', join(FOLDER, file), '--org', 'obs-de-regenboog', '--out', out, '--force']);
  expect(run.code, run.stderr).toBe(0);
  const markdown = readFileSync(out, 'utf8');
  const { policy } = parsePolicy(markdown);
  return {
    out,
    markdown,
    said: `${run.stdout}${run.stderr}`,
    sections: allSections(policy)
      .slice(1)
      .map((section) => section.title),
    clauses: allClauses(policy).map(({ clause }) => clause.text),
  };
}

const SIGNATURES = [
  /^\{#[^}]+\} J\. de Vries\\\nDirecteur\\\nOBS De Regenboog$/mu,
  /^\{#[^}]+\} M\. Bakker\\\nIntern begeleider\\\nOBS De Regenboog$/mu,
];

describe('a signature typed as one paragraph, its lines parted by Shift+Enter', () => {
  it('stays one paragraph of lines from the Word document and from its PDF; a sentence so parted reads on', async () => {
    const [word, pdf] = await Promise.all([imported('signature-lines.docx'), imported('signature-lines.pdf')]);
    for (const read of [word, pdf]) {
      for (const signature of SIGNATURES) expect(read.markdown).toMatch(signature);
      expect(read.markdown).toMatch(/^\{#[^}]+\} Met vriendelijke groet,$/mu);
      expect(read.markdown).toMatch(
        /^\{#[^}]+\} De school bewaart de brieven in het dossier van de leerling\. Ouders krijgen een kopie\.$/mu,
      );
      expect(read.sections).toEqual(['Brief bij een schorsing', 'Brief na een gesprek', 'Bewaren']);
      expect(read.said).toMatch(NOTHING_LOST);
    }
    expect(pdf.markdown.split('\n---\n')[1]).toEqual(word.markdown.split('\n---\n')[1]);
  }, 120_000);

  it("in pdftotext's text, where no line break shows, keeps each line a paragraph of its own", async () => {
    const text = await imported('signature-lines.txt');
    expect(text.clauses).toContain('Hoogachtend,');
    expect(text.clauses).toEqual(expect.arrayContaining(['M. Bakker', 'Intern begeleider', 'OBS De Regenboog']));
    expect(text.said).toMatch(NOTHING_LOST);
  }, 120_000);

  it('builds to a Word paragraph with its line breaks and a PDF that sets the lines one under the other', async () => {
    const { out } = await imported('signature-lines.docx');
    const docx = join(work, 'signature-lines.built.docx');
    const pdf = join(work, 'signature-lines.built.pdf');
    const builtDocx = await runCli(['build', out, '--format', 'docx', '--out', docx]);
    expect(builtDocx.code, builtDocx.stderr).toBe(0);
    const builtPdf = await runCli(['build', out, '--out', pdf]);
    expect(builtPdf.code, builtPdf.stderr).toBe(0);
    const xml = zipText(readFileSync(docx), 'word/document.xml');
    const paragraph = xml.split('</w:p>').find((part) => part.includes('Intern begeleider')) ?? '';
    expect(paragraph.match(/<w:br\/>/gu)).toHaveLength(2);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/M\. Bakker\s*\n\s*Intern begeleider\s*\n\s*OBS De Regenboog/u);
  }, 180_000);
});

describe("a signer's last line right over the policy's next paragraph, no heading between", () => {
  it('is a line of the letter in the Word document, its PDF and its text, and the paragraph under it text', async () => {
    const files = ['signer-over-text.docx', 'signer-over-text.pdf', 'signer-over-text.txt'];
    const reads = await Promise.all([...files, 'signer-over-text-layout.txt'].map((file) => imported(file)));
    for (const read of reads) {
      // "Directeur" over "De directeur stuurt …" was a heading "Directeur" in the PDF and its text, and in the text
      // `pdftotext -layout` writes (a blank line between every two lines) after that.
      expect(read.sections).toEqual(['Brief bij een schorsing', 'Brief na een gesprek']);
      expect(read.clauses).toEqual([
        expect.stringMatching(/^Geachte ouders, uw kind .* op school\.$/u),
        'Met vriendelijke groet,',
        'J. de Vries',
        'Directeur',
        'De directeur stuurt deze brief binnen twee werkdagen na het besluit aan de ouders.',
        'Geachte ouders, hierbij ontvangt u het verslag van ons gesprek.',
        'Hoogachtend,',
        ...(read === reads[2] || read === reads[3]
          ? ['M. Bakker', 'Intern begeleider']
          : [expect.stringMatching(/^M\. Bakker\s+Intern begeleider$/u)]),
        'Een kopie van deze brief gaat naar de leerplichtambtenaar van de gemeente.',
      ]);
      expect(read.said).toMatch(NOTHING_LOST);
    }
  }, 120_000);
});

describe("a heading typed right under a signer's last line, over its text", () => {
  it('heads its text in the PDF and in its text, with -layout and without; the signature ends over it', async () => {
    const files = ['heading-under-signer.pdf', 'heading-under-signer.txt', 'heading-under-signer-layout.txt'];
    for (const read of await Promise.all(files.map((file) => imported(file)))) {
      // "Bewaren en delen", bold in the body's size right under "Intern begeleider", was the signature's third line.
      expect(read.sections).toEqual([
        'Brief bij een schorsing',
        'Artikel 5 Slotbepalingen',
        'Brief na een gesprek',
        'Bewaren en delen',
      ]);
      expect(read.clauses).toEqual([
        expect.stringMatching(/^Geachte ouders, uw kind .* op school\.$/u),
        'Met vriendelijke groet,',
        'J. de Vries',
        'Directeur',
        'De directeur stuurt deze brief binnen twee werkdagen na het besluit aan de ouders.',
        'Geachte ouders, hierbij ontvangt u het verslag van ons gesprek.',
        'Hoogachtend,',
        'M. Bakker',
        'Intern begeleider',
        'Een kopie van deze brief gaat naar de leerplichtambtenaar van de gemeente.',
      ]);
      expect(read.said).toMatch(NOTHING_LOST);
    }
  }, 120_000);
});

describe("a heading whose words a name's could be, right under a signer's last line", () => {
  const letters = [
    'Brief bij een schorsing',
    'Brief na een gesprek',
    'Brief na een tweede gesprek',
    'Brief na een derde gesprek',
    'Brief na een vierde gesprek',
  ];

  it('heads its text in the PDF and in its text; a name with a title over a paragraph signs the letter', async () => {
    const files = ['lettered-heading-under-signer.pdf', 'lettered-heading-under-signer.txt'];
    for (const read of await Promise.all(
      [...files, 'lettered-heading-under-signer-layout.txt'].map((file) => imported(file)),
    )) {
      // "A. Slotbepalingen", "Overgangsbepalingen En Citeertitel" and "B. Bijlage" read as a signer's names, the
      // signature's last line, and the heading was lost into it; "Drs. A.B. Jansen" over a paragraph was a heading.
      // The letters, among headings without one, stay in their headings' text, printed as typed (section-labels.ts).
      expect(read.sections).toEqual([
        letters[0],
        'A. Slotbepalingen',
        letters[1],
        'Overgangsbepalingen En Citeertitel',
        letters[2],
        'B. Bijlage',
        letters[3],
        letters[4],
      ]);
      expect(read.clauses).toEqual([
        'Geachte ouders, uw kind is op 12 maart geschorst voor een dag.',
        'Met vriendelijke groet,',
        'J. de Vries',
        'Directeur',
        'De directeur stuurt deze brief binnen twee werkdagen na het besluit aan de ouders.',
        'Geachte ouders, hierbij ontvangt u het verslag van ons gesprek.',
        'Hoogachtend,',
        'Drs. A.B. Jansen',
        'Dit protocol heet het protocol schorsing en geldt vanaf de dag na de vaststelling.',
        'Geachte ouders, wij spraken elkaar vandaag voor de tweede keer.',
        'Hartelijke groet,',
        'Mevrouw M. Bakker',
        'Bij dit protocol hoort het formulier voor de melding aan de inspectie.',
        'Geachte ouders, wij spraken elkaar vandaag voor de derde keer.',
        'Met collegiale groet,',
        'Drs. A.B. Jansen',
        'Een afschrift gaat naar de leerplichtambtenaar van de gemeente.',
        'Geachte ouders, wij spraken elkaar vandaag voor de vierde keer.',
        'Vriendelijke groeten,',
        'Mevrouw M. Bakker',
        'De school bewaart deze brief vijf jaar in het dossier van de leerling.',
      ]);
      expect(read.said).toMatch(NOTHING_LOST);
    }
  }, 120_000);

  it('in the Word document stays a bold paragraph of its own, as Word reads bold body text, the names their own', async () => {
    // A bold line in the body's style is a heading in Word only where it types an article's or chapter's word and
    // number in a series (article-headings.ts); the Word document's own headings are its styles.
    const word = await imported('lettered-heading-under-signer.docx');
    expect(word.sections).toEqual(letters);
    for (const line of ['A. Slotbepalingen', 'Overgangsbepalingen En Citeertitel', 'B. Bijlage'])
      expect(word.markdown).toMatch(new RegExp(`^\\{#[^}]+\\} \\*\\*${line.replace(/\./gu, '\\.')}\\*\\*$`, 'mu'));
    expect(word.markdown).toMatch(/^\{#[^}]+\} Drs\. A\.B\. Jansen$/mu);
    expect(word.said).toMatch(NOTHING_LOST);
  }, 120_000);
});
