// A letter's closing formula (templates/import/letter-closings.yaml) opens a line of the letter, never a heading, and
// the signer's lines under it (a name, a role, an organisation) may sign it.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/import/blocks.js';
import {
  keepSignatureBreaks,
  opensWithLetterClosing,
  readsAsSigner,
  signsLetter,
} from '../../src/import/letter-closings.js';
import { looksLikeHeading } from '../../src/import/readers/text-headings.js';

describe('a letter closing formula', () => {
  it.each([
    'Met vriendelijke groet',
    'Met vriendelijke groet, «Naam_directeur»',
    'Met  vriendelijke groeten,',
    'Hoogachtend, de directeur',
    'Hartelijke groet van het team',
    'Kind regards',
    'With kind regards, J. de Vries',
    'Yours sincerely',
  ])('opens "%s": no heading', (line) => {
    expect(opensWithLetterClosing(line)).toBe(true);
    expect(looksLikeHeading(line)).toBe(false);
  });

  it.each(['Groepsregels', 'Vriendelijkheid op school', 'Regarding the complaint', 'Begroeting van nieuwe ouders'])(
    'is not in "%s", which may head its text',
    (line) => {
      expect(opensWithLetterClosing(line)).toBe(false);
      expect(looksLikeHeading(line)).toBe(true);
    },
  );
});

describe("a signer's line under a closing formula", () => {
  it.each([
    'J. de Vries',
    'A. Jansen',
    'Directeur',
    'De directeur',
    'Voorzitter van het bestuur',
    'Intern begeleider',
    'OBS De Regenboog',
    'Jane Smith',
    'Head teacher',
    'de directeur',
  ])('"%s" may sign a letter', (line) => expect(signsLetter(line)).toBe(true));

  it.each([
    'De leerling bespreekt de schorsing.',
    'Bijlage:',
    '2. Afspraken na de schorsing',
    'Artikel 3 Klachten',
    '- Een melding',
    '12 maart 2025',
    'De school stelt de ouders zo snel mogelijk op de hoogte',
  ])('"%s" signs none: a sentence, a label, a number, an item or a line too long', (line) =>
    expect(signsLetter(line)).toBe(false),
  );
});

describe("a line under a closing formula that reads as a signer's, whatever follows it", () => {
  it.each([
    'J. de Vries',
    'Jane Smith',
    'OBS De Regenboog',
    'Directeur',
    'de directeur',
    'Locatiedirecteur',
    'Directeur-bestuurder',
    'Intern begeleider',
    'Voorzitter van het bestuur',
    'Namens het bestuur',
    'Head teacher',
  ])('"%s": a name or a role', (line) => expect(readsAsSigner(line)).toBe(true));

  it.each(['Bewaren en delen', 'Slotbepalingen', 'Afspraken na de schorsing', 'Directiestatuut', 'Keeping records'])(
    '"%s": neither, so it may head the text under it',
    (line) => expect(readsAsSigner(line)).toBe(false),
  );

  it.each([
    'Drs. A.B. Jansen',
    'Mevrouw M. Bakker',
    'Dhr. P. van der Berg',
    'de heer J. Smit',
    'A. Jansen',
    'B. Visser',
  ])('"%s": a name, a title or initials leading it or not', (line) => expect(readsAsSigner(line)).toBe(true));

  it.each([
    'A. Slotbepalingen',
    'B. Bijlage',
    'Overgangsbepalingen En Citeertitel',
    'Rechten En Plichten',
    'II Klachten',
    'Appendix Forms',
  ])('"%s": a heading\'s title, a letter\'s label before it or in title case, so it may head its text', (line) =>
    expect(readsAsSigner(line)).toBe(false),
  );

  it("reads a word of the document's own headings after a letter's label as a heading's, never a name's", () => {
    const own = new Set(['schorsing', 'vries', 'regenboog']);
    expect(readsAsSigner('C. Schorsing')).toBe(true);
    expect(readsAsSigner('C. Schorsing', own)).toBe(false);
    // A particle, or no letter's label: a name still, though a heading holds the word.
    expect(readsAsSigner('J. de Vries', own)).toBe(true);
    expect(readsAsSigner('OBS De Regenboog', own)).toBe(true);
  });
});

describe('the line breaks a paragraph was typed with (Shift+Enter)', () => {
  const paragraph = (...lines: string[]): Block => ({
    kind: 'paragraph',
    source: { line: 1 },
    inlines: lines.flatMap((text, index) => [...(index > 0 ? [{ text: ' ', lineBreak: true }] : []), { text }]),
  });
  const kept = (blocks: Block[]): number[] => {
    keepSignatureBreaks(blocks);
    return blocks.map((block) => ('inlines' in block ? block.inlines.filter((inline) => inline.lineBreak).length : 0));
  };

  it("are kept in a signature: the formula's paragraph, or one right under it, of lines that sign a letter", () => {
    expect(kept([paragraph('Hoogachtend,', 'M. Bakker', 'Intern begeleider')])).toEqual([2]);
    expect(
      kept([paragraph('Met vriendelijke groet,'), paragraph('J. de Vries', 'Directeur', 'OBS De Regenboog')]),
    ).toEqual([0, 2]);
  });

  it('are the spaces they read as anywhere else: a sentence, a signature of four lines, lines under no formula', () => {
    expect(kept([paragraph('Wie te laat komt, meldt zich.', 'Daarna volgt een gesprek.')])).toEqual([0]);
    expect(kept([paragraph('Met vriendelijke groet,'), paragraph('A', 'B', 'C', 'D')])).toEqual([0, 0]);
    expect(kept([paragraph('Inleiding'), paragraph('J. de Vries', 'Directeur')])).toEqual([0, 0]);
    expect(kept([paragraph('Hoogachtend,', 'De leerling bespreekt de schorsing.')])).toEqual([0]);
  });
});
