// Lines that say a step of the adoption was NOT taken ("Niet vastgesteld", "Vastgesteld: nee", "Vaststelling: n.v.t.",
// "Dit reglement is niet vastgesteld door het bestuur op 12 maart 2025.") and step lines naming a body no procedure
// knows ("Instemming directie: 1 maart 2025", "Goedkeuring raad van toezicht: 3 juni 2025"): never a step nor the
// adoption in the history, never a heading, each reported as seen and not read, at the top (the cover) as at the end,
// in a text file, a Word document's lines and an approval table's rows. Before, "Dit reglement is niet vastgesteld
// door het bestuur op …" was read as the adoption, "Niet vastgesteld" was a heading, "Vaststelling: n.v.t." at the end
// was text no one was told of, and a table row whose Stap said "Niet vastgesteld" had a date to read. An English line
// saying this policy was not adopted ("This policy has not been adopted", "… has not yet been approved by the board.")
// is read as the Dutch one: before, it was text (at the end of a text file without its full stop, a heading) that no
// one was told of. A line saying a step was not needed ("Geen advies nodig", "Advies GMR niet nodig", "No advice
// needed") is one of them too: before, at the end of a text file it was a heading of its own, in a Word document a
// clause no one was told of.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { havePythonDocx } from '../support/python-docx.js';
import { textSteps, wordSteps } from './step-lines-support.js';

const folder = mkdtempSync(join(tmpdir(), 'clausemark-import-denied-steps-'));

const word = (name: string, lines: (string | string[][])[]) => wordSteps(folder, name, lines);
const text = (name: string, lines: string[]) => textSteps(folder, name, lines, '\n\n');

const TEXT_ARTICLES = [
  '1. Doel',
  'Iedere leerling voelt zich veilig op school.',
  '2. Aanpak',
  'Een leerkracht die pesten ziet, grijpt direct in.',
];
const WORD_ARTICLES = [
  '## Artikel 1 Doel',
  'Iedere leerling voelt zich veilig op school.',
  '## Artikel 2 Aanpak',
  'Een leerkracht die pesten ziet, grijpt direct in.',
];
const DENIED = [
  'Dit reglement is niet vastgesteld door het bestuur op 12 maart 2025.',
  'Deze regeling is nog niet vastgesteld',
  'Vastgesteld: nee',
  'Vastgesteld door het bestuur op: (nog niet)',
  'Niet vastgesteld',
  'Vaststelling: n.v.t.',
];

describe('a line saying the policy was not adopted, in a text file', () => {
  it.each(DENIED)('reads no step from %j at the end, keeps no heading of it, says it was not read', async (line) => {
    const { history, sections, unread } = await text('end.txt', ['Pestprotocol', ...TEXT_ARTICLES, line]);
    expect(history).toEqual([]);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(unread).toEqual([['import-history.unread', line]]);
  });

  it.each(DENIED.slice(1))('reads no step from %j on the cover, says it was not read', async (line) => {
    const { history, unread } = await text('top.txt', ['Pestprotocol', line, ...TEXT_ARTICLES]);
    expect(history).toEqual([]);
    expect(unread).toEqual([['import-history.unread-cover', line]]);
  });

  it('reads no adoption from a sentence saying the policy was not adopted, inside a paragraph', async () => {
    const denied = 'Dit reglement is niet vastgesteld door het bestuur op 12 maart 2025.';
    const { history, body } = await text('sentence.txt', [
      'Pestprotocol',
      ...TEXT_ARTICLES,
      `${denied} Het bestuur beslist in juni.`,
      'Nog niet vastgesteld door het bestuur op 12 maart 2025, na instemming van de MR.',
    ]);
    expect(history).toEqual([]);
    expect(body).toContain(denied);
  });
});

const ENGLISH_ARTICLES = [
  '1. Purpose',
  'Every pupil feels safe at school.',
  '2. Procedure',
  'A teacher who sees bullying acts at once.',
];
const ENGLISH_DENIED = [
  'This policy has not been adopted',
  'This policy has not been adopted.',
  'This policy has not yet been adopted by the board.',
  'This anti-bullying policy was never approved.',
  'Not adopted by the board',
  'Adoption: not yet',
];

describe('an English line saying the policy was not adopted, in a text file', () => {
  it.each(ENGLISH_DENIED)(
    'reads no step from %j at the end, keeps no heading of it, says it was not read',
    async (line) => {
      const { history, sections, unread } = await text('en-end.txt', [
        'Anti-bullying policy',
        ...ENGLISH_ARTICLES,
        line,
      ]);
      expect(history).toEqual([]);
      expect(sections).toEqual(['Purpose', 'Procedure']);
      expect(unread).toEqual([['import-history.unread', line]]);
    },
  );

  // A line without a full stop is the cover's, left out; a sentence opens the text and stays in it, said so.
  it.each(ENGLISH_DENIED)('reads no step from %j at the top, says it was not read', async (line) => {
    const { history, unread, body } = await text('en-top.txt', ['Anti-bullying policy', line, ...ENGLISH_ARTICLES]);
    const sentence = line.endsWith('.');
    expect(history).toEqual([]);
    expect(unread).toEqual([[sentence ? 'import-history.unread' : 'import-history.unread-cover', line]]);
    expect(body.includes(line)).toBe(sentence);
  });

  it('reads no adoption from a sentence saying the policy was not adopted, inside a paragraph', async () => {
    const denied = 'This policy has not been adopted by the board on 12 March 2025.';
    const { history, body, unread } = await text('en-sentence.txt', [
      'Anti-bullying policy',
      ...ENGLISH_ARTICLES,
      `${denied} The board decides in June.`,
    ]);
    expect(history).toEqual([]);
    expect(unread).toEqual([]);
    expect(body).toContain(denied);
  });
});

const NEEDLESS = [
  'Geen advies nodig',
  'Geen instemming van de MR vereist.',
  'Advies GMR niet nodig',
  'No advice needed',
  'Consent not required',
];

describe('a line saying a step was not needed', () => {
  it.each(NEEDLESS)('reads no step from %j at the end, keeps no heading of it, says it was not read', async (line) => {
    const { history, sections, unread } = await text('needless-end.txt', ['Pestprotocol', ...TEXT_ARTICLES, line]);
    expect(history).toEqual([]);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(unread).toEqual([['import-history.unread', line]]);
  });

  it('reads the steps taken around it, at the end of a text file', async () => {
    const { history, sections, unread } = await text('needless-steps.txt', [
      'Pestprotocol',
      ...TEXT_ARTICLES,
      'Geen advies nodig',
      'Instemming MR: 1 maart 2025',
    ]);
    expect(history).toEqual(['Instemming MR: 1 maart 2025']);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(unread).toEqual([['import-history.unread', 'Geen advies nodig']]);
  });

  it('keeps a sentence of the text that says advice is not needed, with no finding', async () => {
    const sentence = 'Geen advies van de vertrouwenspersoon is nodig.';
    const { body, unread, sections } = await text('needless-sentence.txt', [
      'Pestprotocol',
      ...TEXT_ARTICLES,
      sentence,
    ]);
    expect(body).toContain(sentence);
    expect(unread).toEqual([]);
    expect(sections).toEqual(['Doel', 'Aanpak']);
  });
});

describe.skipIf(!havePythonDocx())('a step said not taken, in a Word document', () => {
  it('reads no step from a bold line at the end saying a step was not needed, and says so', async () => {
    const { history, sections, unread } = await word('needless.docx', [
      '# Pestprotocol',
      ...WORD_ARTICLES,
      '**Geen advies nodig**',
    ]);
    expect(history).toEqual([]);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(unread).toEqual([['import-history.unread', 'Geen advies nodig']]);
  });

  it('reads no step from an English line saying the policy was not adopted, at the top and the end', async () => {
    const { history, sections, unread } = await word('en-lines.docx', [
      '# Anti-bullying policy',
      'Consent of the staff council: 1 March 2025',
      'This policy has not yet been adopted by the board.',
      '## 1 Purpose',
      'Every pupil feels safe at school.',
      'This policy has not been adopted.',
    ]);
    expect(history).toEqual(['Consent of the staff council: 1 March 2025']);
    expect(sections).toEqual(['Purpose']);
    expect(unread).toEqual([
      ['import-history.unread', 'This policy has not yet been adopted by the board.'],
      ['import-history.unread', 'This policy has not been adopted.'],
    ]);
  });

  it('reads the steps taken and none of the lines saying a step was not, at the top and the end', async () => {
    const { history, sections, unread } = await word('lines.docx', [
      '# Pestprotocol',
      'Instemming MR: 1 maart 2025',
      'Vastgesteld: nee',
      ...WORD_ARTICLES,
      '**Instemming MR: nee**',
      '**Niet vastgesteld**',
    ]);
    expect(history).toEqual(['Instemming MR: 1 maart 2025']);
    expect(sections).toEqual(['Doel', 'Aanpak']);
    expect(unread).toEqual([
      ['import-history.unread-cover', 'Vastgesteld: nee'],
      ['import-history.unread', 'Instemming MR: nee'],
      ['import-history.unread', 'Niet vastgesteld'],
    ]);
  });

  it('reads no step from an approval table row whose step or date says it was not taken', async () => {
    const header = ['Datum', 'Naam', 'Functie', 'Stap'];
    for (const [name, row] of [
      ['step-denied.docx', ['12 maart 2025', 'A. de Vries', 'Voorzitter CvB', 'Niet vastgesteld']],
      ['step-answer.docx', ['12 maart 2025', 'A. de Vries', 'Voorzitter CvB', 'Vastgesteld: nee']],
      ['date-denied.docx', ['12 maart 2025 (nog niet)', 'A. de Vries', 'Voorzitter CvB', 'Vastgesteld']],
      ['date-empty.docx', ['', 'A. de Vries', 'Voorzitter CvB', 'Vastgesteld']],
      ['date-nvt.docx', ['n.v.t.', 'A. de Vries', 'Voorzitter CvB', 'Vastgesteld']],
      ['date-concept.docx', ['concept', 'A. de Vries', 'Voorzitter CvB', 'Vastgesteld']],
    ] as const) {
      const { approvals, history } = await word(name, ['# Pestprotocol', [header, [...row]], ...WORD_ARTICLES]);
      expect([name, approvals, history]).toEqual([name, [], []]);
    }
  });

  it('reads no step from an approval table under a line saying the step was not taken', async () => {
    const table = [
      ['Datum', 'Naam', 'Functie'],
      ['12 maart 2025', 'A. de Vries', 'Voorzitter CvB'],
    ];
    const { approvals, history } = await word('under-denied.docx', [
      '# Pestprotocol',
      'Vastgesteld: nee',
      table,
      ...WORD_ARTICLES,
    ]);
    expect(approvals).toEqual([]);
    expect(history).toEqual([]);
  });

  it('reads no step from a line naming a body no procedure knows, and says so at the top as at the end', async () => {
    const unknown = ['Instemming directie: 1 maart 2025', 'Goedkeuring raad van toezicht: 3 juni 2025'];
    const top = await word('unknown-top.docx', ['# Pestprotocol', ...unknown, ...WORD_ARTICLES]);
    expect(top.history).toEqual([]);
    expect(top.unread).toEqual(unknown.map((line) => ['import-history.unread-cover', line]));
    const end = await word('unknown-end.docx', ['# Pestprotocol', ...WORD_ARTICLES, ...unknown]);
    expect(end.history).toEqual([]);
    expect(end.unread).toEqual(unknown.map((line) => ['import-history.unread-left-out', line]));
    expect(end.sections).toEqual(['Doel', 'Aanpak']);
  });
});
