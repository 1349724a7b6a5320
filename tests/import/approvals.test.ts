// The approvals a paragraph states of this text (src/import/approvals.ts adoptionSentences): a step asked in the same
// sentence ("ter instemming … voorgelegd") is none, and a sentence about another text states none. The step a table's
// cell names (stepOf), by the words of templates/import/adoption-lines.yaml, Dutch and English.
import { describe, expect, it } from 'vitest';
import { adoptionSentences, stepOf } from '../../src/import/approvals.js';

describe('stepOf', () => {
  it.each([
    ['Vastgesteld', 'vaststelling'],
    ['Instemming GMR', 'instemming'],
    ['Na advies van de MR', 'advies'],
    ['Goedgekeurd', 'goedkeuring'],
    ['Adopted by the board', 'vaststelling'],
    ['Approved by the governing board', 'vaststelling'],
    ['Adoption', 'vaststelling'],
    ["Consent of the parents' council", 'instemming'],
    ['Consented', 'instemming'],
    ['Advice of the staff council', 'advies'],
  ])('reads "%s" as %s', (cell, step) => {
    expect(stepOf(cell)).toBe(step);
  });

  it.each(['Approval', 'Advisor', 'Chair of the governing board', 'Voorzitter GMR'])(
    'reads no step in "%s"',
    (cell) => {
      expect(stepOf(cell)).toBeUndefined();
    },
  );
});

describe('adoptionSentences', () => {
  it('takes the adoption, not the consent only asked for', () => {
    const [stated, ...rest] = adoptionSentences(
      'Deze regeling is vastgesteld door het bestuur op 1 juni 2024, nadat zij ter instemming van de GMR is voorgelegd op 4 mei 2024. Zij geldt voor alle scholen.',
      undefined,
      'Klachtenregeling',
    );
    expect(rest).toEqual([]);
    expect(stated?.sentence).toMatch(/^Deze regeling is vastgesteld .* 4 mei 2024\.$/u);
    expect(stated?.approvals.map((approval) => `${approval.date} ${approval.step}`)).toEqual([
      '2024-06-01 vaststelling',
    ]);
  });

  it('states none in a sentence about the regulation this one replaces', () => {
    expect(
      adoptionSentences(
        'Deze regeling vervangt de klachtenregeling zoals vastgesteld door het bestuur op 1 januari 2015.',
        undefined,
        'Klachtenregeling',
      ),
    ).toEqual([]);
  });
});
