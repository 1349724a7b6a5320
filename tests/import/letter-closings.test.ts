// A letter's closing formula (templates/import/letter-closings.yaml) opens a line of the letter, never a heading.
import { describe, expect, it } from 'vitest';
import { opensWithLetterClosing } from '../../src/import/letter-closings.js';
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
