// The English adoption line and the bodies that never adopt (src/import/adoption-words.ts, data in
// templates/import/adoption-lines.yaml): "Adopted by the board on 12 March 2025." is read as a Dutch closing line is;
// a sentence that only speaks of an adoption is none; a line saying a council adopted the policy is no adoption.
import { describe, expect, it } from 'vitest';
import { cannotAdopt, englishAdoption, englishAdoptionForm } from '../../src/import/adoption-words.js';
import { adoptionSentences, statedApprovals } from '../../src/import/approvals.js';
import { proceduresFor } from '../../src/procedure/load.js';
import { PROJECT_ROOT } from '../support/paths.js';

const procedures = proceduresFor('/tmp/nowhere/voorbeeld/klachtenregeling.md', PROJECT_ROOT);

describe('englishAdoption', () => {
  it.each([
    ['Adopted by the board on 12 March 2025.', '2025-03-12', 'board'],
    ['Approved by the governing board on 3 May 2024', '2024-05-03', 'governing board'],
    ['Adopted by the Board of Governors, 12 March 2025', '2025-03-12', 'Board of Governors'],
    ['Adopted by the College van Bestuur on 12-03-2025.', '2025-03-12', 'College van Bestuur'],
    ['Adopted by the board on March 12, 2025.', '2025-03-12', 'board'],
    ['Adopted by the board on 12th March 2025', '2025-03-12', 'board'],
    ['Approved by the governing board, March 3rd, 2024', '2024-03-03', 'governing board'],
  ])('reads %s as the bestuur’s adoption', (line, date, name) => {
    expect(englishAdoptionForm(line)).toBe(true);
    expect(englishAdoption(line, procedures)).toEqual({
      date,
      name,
      role: name,
      step: 'vaststelling',
      body: 'bestuur',
    });
  });

  it.each([
    'The policy will be adopted by the board each year.',
    'This policy was adopted after consultation.',
    'This policy was adopted by the board on 12 March 2025 after consultation of the staff.',
    'Adopted by the board.',
    'Adopted by the board in March 2025.',
    'Adopted by the board on 12 March 2025 and reviewed every two years.',
  ])('reads no adoption line in %s', (sentence) => {
    expect(englishAdoptionForm(sentence)).toBe(false);
    expect(englishAdoption(sentence, procedures)).toBeUndefined();
  });

  it('reads no adoption by a council, though the line has its form', () => {
    for (const line of ['Approved by the GMR on 3 May 2024.', 'Adopted by the parent council on 3 May 2024.']) {
      expect(englishAdoptionForm(line)).toBe(true);
      expect(englishAdoption(line, procedures)).toBeUndefined();
    }
  });
});

describe('cannotAdopt', () => {
  it('knows the bodies that adopt from the procedure’s steps of vaststelling', () => {
    expect(cannotAdopt('het bestuur', procedures)).toBe(false);
    expect(cannotAdopt('het College van Bestuur', procedures)).toBe(false);
    expect(cannotAdopt('de directeur', procedures)).toBe(false);
    for (const name of ['de GMR', 'de MR', 'de medezeggenschapsraad', 'de deelraad', 'de ouderraad', 'leerlingenraad'])
      expect(cannotAdopt(name, procedures), name).toBe(true);
  });
});

describe('a council’s adoption in Dutch (statedApprovals)', () => {
  it('is no reading of the adoption; its consent beside the board’s adoption still is', () => {
    expect(statedApprovals('Vastgesteld door de GMR op 12 maart 2025', procedures)).toEqual([]);
    expect(
      adoptionSentences('Deze regeling is vastgesteld door de ouderraad op 12 maart 2025.', procedures, ''),
    ).toEqual([]);
    const both = statedApprovals(
      'vastgesteld door het College van Bestuur d.d. 26 maart 2024, na instemming van de GMR op 12 maart 2024',
      procedures,
    );
    expect(both.map((approval) => [approval.step, approval.body])).toEqual([
      ['instemming', 'GMR'],
      ['vaststelling', 'bestuur'],
    ]);
  });
});
