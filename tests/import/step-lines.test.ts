// The steps of a policy's adoption as a school's document states them in lines of their own ("Advies GMR: 3 februari
// 2025", "Instemming MR: 1 maart 2025", "Vastgesteld door het bestuur: 10 maart 2025") and in English sentences
// ("This policy was adopted by the board on 12 March 2025 …"), read into the history (never approvals), and what only
// speaks of an adoption, or of a step asked or planned ("draft", "submitted for adoption"), left as text. Before, such
// a line at the top or the end was a heading of its own section (a text file, a PDF) or a clause (a Word document),
// and the council's steps were lost; an English sentence stated none. In a Markdown or HTML file, such a line above
// the first heading was read into the history and kept as a clause of the intro too; now it is left out as a Word
// cover's is, and one not read stays text, said so. Word documents are made with python-docx
// (tests/fixtures/import/step-lines-docx.py), text files written as PDF-extracted text looks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { havePythonDocx } from '../support/python-docx.js';
import { importedSteps, textSteps, wordSteps } from './step-lines-support.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-step-lines-'));

const word = (name: string, lines: (string | string[][])[]) => wordSteps(folder, name, lines);
const text = (name: string, lines: string[]) => textSteps(folder, name, lines);

const ARTICLES = [
  '## Artikel 1 Doel',
  'Iedere leerling voelt zich veilig op school.',
  '## Artikel 2 Aanpak',
  'Een leerkracht die pesten ziet, grijpt direct in.',
];
const STEPS = [
  'Advies GMR: 3 februari 2025',
  'Instemming MR: 1 maart 2025',
  'Vastgesteld door het bestuur: 10 maart 2025',
];

describe.skipIf(!havePythonDocx())('a step of the adoption on a line of its own, in a Word document', () => {
  it('reads the lines at the top as the steps, in the history, and leaves them out of the text', async () => {
    const { history, sections, body, approvals } = await word('top.docx', ['# Pestprotocol', ...STEPS, ...ARTICLES]);
    expect(history).toEqual(STEPS);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(body).not.toMatch(/Advies GMR|Instemming MR/u);
    expect(approvals).toEqual([]);
  });

  it('reads bold lines at the end as the steps, not as clauses of the last article', async () => {
    const bold = STEPS.map((line) => `**${line}**`);
    const { history, sections, body } = await word('end.docx', ['# Pestprotocol', ...ARTICLES, ...bold]);
    expect(history).toEqual(STEPS);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(body).not.toMatch(/Advies GMR|Instemming MR|Vastgesteld/u);
  });

  it('keeps the same words inside a sentence as text, no step', async () => {
    const sentence = 'Het bestuur vraagt na het advies GMR: 3 februari 2025 is de laatste dag voor reacties.';
    const { history, body, findings } = await word('sentence.docx', ['# Pestprotocol', ...ARTICLES, sentence]);
    expect(history).toEqual([]);
    expect(findings).toEqual([]);
    expect(body).toContain(sentence);
  });

  it('reads no planned English step from an approval table: draft, planned, submitted for adoption', async () => {
    const table = [
      ['Date', 'Name', 'Role', 'Step'],
      ['1 March 2025', 'J. Smith', 'Chair', 'Consent (draft)'],
      ['12 March 2025', 'A. Jones', 'Chair of the board', 'Submitted for adoption'],
      ['20 March 2025', 'A. Jones', 'Chair of the board', 'Adoption planned'],
    ];
    const { history, approvals } = await word('planned.docx', [
      '# Anti-bullying policy',
      table,
      '## 1 Purpose',
      'Every pupil feels safe at school.',
    ]);
    expect(history).toEqual([]);
    expect(approvals).toEqual([]);
  });
});

describe('a step of the adoption on a line of its own, in a text file', () => {
  it('reads the lines at the end as the steps, not as headings of sections of their own', async () => {
    const { history, sections } = await text('end.txt', [
      'Pestprotocol',
      '',
      '1. Doel',
      '',
      'Iedere leerling voelt zich veilig op school.',
      '',
      '2. Aanpak',
      '',
      'Een leerkracht die pesten ziet, grijpt direct in.',
      '',
      'Advies GMR: 3 februari 2025',
      '',
      'Instemming MR: 1 maart 2025',
    ]);
    expect(history).toEqual(['Advies GMR: 3 februari 2025', 'Instemming MR: 1 maart 2025']);
    expect(sections).toEqual(['Doel', 'Aanpak']);
  });

  it('reads a line of a council dated after today as that step planned, not as an adoption', async () => {
    const { history, findings } = await text('future.txt', [
      'Pestprotocol',
      '',
      'Instemming MR: 1 maart 2099',
      '',
      '1. Doel',
      '',
      'Iedere leerling voelt zich veilig op school.',
    ]);
    expect(history).toEqual(['Instemming MR: 1 maart 2099']);
    expect(findings.map((finding) => [finding.messageId, finding.params?.step])).toEqual([
      ['import-history.stated', undefined],
      ['import-history.future-step', 'instemming'],
    ]);
  });

  it('reads no adoption where the line does not say it was adopted, or names a council as adopting', async () => {
    const lines = ['Vaststelling bestuur: 10 maart 2025', 'Vastgesteld door de MR: 10 maart 2025'];
    const { history, sections } = await text('not-adopted.txt', [
      'Pestprotocol',
      '',
      '1. Doel',
      '',
      'Iedere leerling voelt zich veilig op school.',
      '',
      ...lines.flatMap((line) => ['', line]),
    ]);
    expect(history).toEqual([]);
    expect(sections).toEqual(['Doel']);
  });
});

describe('a step of the adoption on a line of its own above the first heading, in a Markdown or HTML file', () => {
  const markdown = (name: string, lines: string[]) => {
    writeFileSync(join(folder, name), `${lines.join('\n\n')}\n`);
    return importedSteps(join(folder, name));
  };
  const html = (name: string, top: string[]) => {
    const paragraphs = top.map((line) => `<p>${line}</p>`).join('');
    const body = '<h2>Artikel 1 Doel</h2><p>Iedere leerling voelt zich veilig op school.</p>';
    writeFileSync(join(folder, name), `<html><body><h1>Pestprotocol</h1>${paragraphs}${body}</body></html>`);
    return importedSteps(join(folder, name));
  };
  const intro = 'Dit protocol beschrijft hoe de school pesten voorkomt.';

  it('reads the lines as the steps, in the history, and leaves them out of the text (Markdown)', async () => {
    const { history, sections, body, unread } = await markdown('top.md', [
      '# Pestprotocol',
      intro,
      ...STEPS,
      ...ARTICLES,
    ]);
    expect(history).toEqual(STEPS);
    expect(sections).toEqual(['Artikel 1 Doel', 'Artikel 2 Aanpak']);
    expect(body).not.toMatch(/Advies GMR|Instemming MR|Vastgesteld/u);
    expect(body).toContain(intro);
    expect(unread).toEqual([]);
  });

  it('reads the lines as the steps and leaves them out of the text (HTML)', async () => {
    const { history, body } = await html('top.html', STEPS);
    expect(history).toEqual(STEPS);
    expect(body).not.toMatch(/Advies GMR|Instemming MR|Vastgesteld/u);
  });

  it('keeps a line not read in the text and says so; a paragraph with more than the step stays whole', async () => {
    const unknown = 'Instemming directie: 1 maart 2025';
    const adopted = 'This policy was adopted by the board on 12 March 2025. It applies to all schools.';
    const { history, body, unread } = await markdown('unread.md', ['# Pestprotocol', unknown, adopted, ...ARTICLES]);
    expect(history).toEqual(['This policy was adopted by the board on 12 March 2025.']);
    expect(body).toContain(unknown);
    expect(body).toContain(adopted);
    expect(unread).toEqual([['import-history.unread', unknown]]);
  });

  it('keeps a line saying a step was not taken in the text and says so (HTML)', async () => {
    const { history, body, unread } = await html('denied.html', ['Niet vastgesteld', STEPS[1] as string]);
    expect(history).toEqual([STEPS[1]]);
    expect(body).toContain('Niet vastgesteld');
    expect(body).not.toContain(STEPS[1]);
    expect(unread).toEqual([['import-history.unread', 'Niet vastgesteld']]);
  });
});

describe('English sentences of the adoption', () => {
  const policy = (...paragraphs: string[]): string[] => [
    'Anti-bullying policy',
    '',
    '1. Purpose',
    '',
    'Every pupil feels safe at school.',
    '',
    '2. Procedure',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
  ];

  it('reads a sentence saying this policy was adopted, and a line opening with the adoption, as history', async () => {
    const adopted = 'This policy was adopted by the board on 12 March 2025 after consent of the staff council.';
    const { history, approvals } = await text(
      'adopted.txt',
      policy(
        `${adopted} It applies to all schools.`,
        'Approved by the Executive Board on 3 June 2024. It takes effect on 1 August 2024.',
        'A teacher who sees bullying acts at once.',
      ),
    );
    expect(history).toEqual([adopted, 'Approved by the Executive Board on 3 June 2024.']);
    expect(approvals).toEqual([]);
  });

  it('reads no adoption from sentences that only speak of one, or of one asked or planned', async () => {
    const sentences = [
      'The board will adopt this policy on 1 September 2025 after consultation.',
      'This policy must be adopted by the board on 1 September 2025.',
      'The policy is adopted by the principal on 1 September 2025 after consent of the council.',
      'This policy was submitted for adoption by the board on 1 September 2025.',
      'This policy was to be adopted by the board on 1 September 2025.',
      'This policy replaces the policy which was adopted by the board on 1 March 2020.',
    ];
    const { history, findings, body } = await text(
      'spoken-of.txt',
      policy(sentences.join(' '), 'Adopted by the board on 1 September 2025 (draft)'),
    );
    expect(history).toEqual([]);
    expect(findings).toEqual([]);
    for (const sentence of sentences) expect(body).toContain(sentence);
  });

  it("reads the adoption of this policy with a word before its noun, not another text's named by a title's word", async () => {
    const adopted = 'This anti-bullying policy was adopted by the board on 12 March 2025.';
    const other = 'The school plan was approved by the board on 1 March 2024.';
    const { history, body } = await text('school-safety.txt', [
      'School safety policy',
      '',
      '1. Purpose',
      '',
      `Every pupil feels safe at school. ${other}`,
      '',
      `${adopted} It applies to all schools.`,
    ]);
    expect(history).toEqual([adopted]);
    expect(body).toContain(other);
  });

  it('reads no Dutch adoption marked as a draft (concept)', async () => {
    const { history } = await text('concept.txt', [
      'Pestprotocol',
      '',
      '1. Doel',
      '',
      'Iedere leerling voelt zich veilig op school.',
      '',
      'Vastgesteld door het bestuur op 1 september 2025 (concept). Dit protocol geldt voor alle scholen.',
    ]);
    expect(history).toEqual([]);
  });
});
