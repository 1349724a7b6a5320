// Which sentence is an adoption line in form (src/import/closing-line.ts): one that opens with the adoption's own
// words and names a whole date; never a sentence whose subject is another text, a step asked, or one that says when
// the policy takes effect (that is text of the policy).
import { describe, expect, it } from 'vitest';
import { adoptionLineForm, closesWithAdoption } from '../../src/import/closing-line.js';

describe('adoptionLineForm', () => {
  it.each([
    'Vastgesteld bij besluit van het college van bestuur d.d. 12 maart 2024.',
    'Vastgesteld bij het besluit van het bestuur van 12-03-2024',
    'Aldus vastgesteld door het bestuur op 12 maart 2024 te Utrecht.',
    'Vastgesteld in de vergadering van het college van bestuur van 12 maart 2024.',
    'Vastgesteld door het college van bestuur op 12 maart 2024, na instemming van de GMR op 5 maart 2024.',
  ])('is one: %s', (sentence) => {
    expect(adoptionLineForm(sentence)).toBe(true);
  });

  it.each([
    'Het schoolplan is vastgesteld door de directeur na instemming van de MR op 12 maart 2024.',
    'Vastgesteld door het bestuur.',
    'Vastgesteld door het bestuur in maart 2024.',
    'Vastgesteld door het bestuur op 12 maart 2024 en treedt in werking op 1 augustus 2024.',
    'Vastgesteld door het bestuur op 12 maart 2024, ter instemming aangeboden aan de GMR.',
    'Vastgesteld wordt dat de klacht op 12 maart 2024 is ontvangen.',
  ])('is none: %s', (sentence) => {
    expect(adoptionLineForm(sentence)).toBe(false);
  });
});

describe('closesWithAdoption', () => {
  it('looks at the last sentence of a paragraph only', () => {
    expect(
      closesWithAdoption(
        'Dit reglement treedt in werking op 1 augustus 2024. Vastgesteld door het bestuur op 12 maart 2024.',
      ),
    ).toBe(true);
    expect(
      closesWithAdoption('Vastgesteld door het bestuur op 12 maart 2024. Het bestuur draagt zorg voor de uitvoering.'),
    ).toBe(false);
  });
});
