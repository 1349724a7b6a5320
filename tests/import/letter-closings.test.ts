// A letter's closing formula (templates/import/letter-closings.yaml) opens a line of the letter, never a heading, and
// the signer's lines under it (a name, a role, an organisation) may sign it.
import { describe, expect, it } from 'vitest';
import { opensWithLetterClosing, signsLetter } from '../../src/import/letter-closings.js';
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
