// A history line dated after today (src/import/history.ts futureDate): the date that counts is the adoption step's
// own, not the latest the line names: "Vastgesteld op 1 maart 2026, in werking per 1 augustus 2027", written on 30
// November 2026, was adopted in the past and takes effect later; "Vastgesteld op 1 maart 2027, in werking per …" is
// future-dated by its adoption. A line stating no adoption (a council's step, an approval row) is dated by its latest
// step.
import { describe, expect, it } from 'vitest';
import { futureDate, historyFindings } from '../../src/import/history.js';

const TODAY = '2026-11-30';

describe('futureDate', () => {
  it.each([
    ['Vastgesteld op 1 maart 2027, in werking per 1 augustus 2027', '2027-03-01'],
    [
      'Deze regeling is vastgesteld door het bestuur op 1 maart 2027 en treedt in werking op 1 augustus 2027.',
      '2027-03-01',
    ],
    ['Aldus vastgesteld door het bevoegd gezag op 12 maart 2099.', '2099-03-12'],
    ['Adopted by the board on March 1, 2027; it takes effect on 1 August 2027.', '2027-03-01'],
    ['Dit protocol treedt in werking na vaststelling door de directeur op 10 september 2027.', '2027-09-10'],
    ['Na instemming van de GMR op 12 maart 2099', '2099-03-12'],
    ['2099-03-12 instemming: J. de Vries (voorzitter GMR)', '2099-03-12'],
  ])('dates %s by %s', (line, date) => {
    expect(futureDate(line, TODAY)).toBe(date);
  });

  it.each([
    'Vastgesteld op 1 maart 2026, in werking per 1 augustus 2027',
    'Deze regeling is vastgesteld door het bestuur op 1 maart 2026 en treedt in werking op 1 augustus 2027.',
    'Vastgesteld door het bestuur op 1 maart 2026, met ingang van 1 augustus 2027.',
    'Adopted by the board on 1 March 2026; it takes effect on 1 August 2027.',
    'Deze regeling is vastgesteld door het College van Bestuur d.d. 26 maart 2026, na instemming van de GMR op 12 maart 2026.',
  ])('finds no adoption after today in %s', (line) => {
    expect(futureDate(line, TODAY)).toBeUndefined();
  });
});

describe('historyFindings', () => {
  it('says a line future-dated by its adoption so, with that date; not one that only takes effect later', () => {
    const said = historyFindings(
      [
        'Vastgesteld op 1 maart 2027, in werking per 1 augustus 2027',
        'Vastgesteld op 1 maart 2026, in werking per 1 augustus 2027',
      ],
      TODAY,
    );
    expect(said.map((finding) => [finding.messageId, finding.params?.date])).toEqual([
      ['import-history.stated', undefined],
      ['import-history.future', '2027-03-01'],
      ['import-history.stated', undefined],
    ]);
  });
});

describe("historyFindings of a council's step", () => {
  it('words a line stating no adoption by the step it names by its date; an adoption stays an adoption', () => {
    const said = historyFindings(
      [
        '2099-03-12 instemming: J. de Vries (voorzitter GMR)',
        'Na advies van de MR op 1 februari 2099 en instemming van de GMR op 1 maart 2099',
        'Vastgesteld door het bestuur op 1 april 2099, na instemming van de GMR op 1 maart 2099',
      ],
      TODAY,
    ).filter((finding) => finding.messageId !== 'import-history.stated');
    expect(said.map((finding) => [finding.messageId, finding.params?.step, finding.params?.date])).toEqual([
      ['import-history.future-step', 'instemming', '2099-03-12'],
      ['import-history.future-step', 'instemming', '2099-03-01'],
      ['import-history.future', undefined, '2099-04-01'],
    ]);
  });
});

describe("historyFindings of a council's step in English", () => {
  it('words an English approval row by the step its words name (`en.steps`), not as an adoption', () => {
    const said = historyFindings(
      [
        '2099-03-01: J. Smith (Consent of the participation council)',
        '2099-03-02: P. Brown (Advice of the staff council)',
        '2099-03-12: A. Jones (Adopted by the board)',
      ],
      TODAY,
    ).filter((finding) => finding.messageId !== 'import-history.stated');
    expect(said.map((finding) => [finding.messageId, finding.params?.step, finding.params?.date])).toEqual([
      ['import-history.future-step', 'instemming', '2099-03-01'],
      ['import-history.future-step', 'advies', '2099-03-02'],
      ['import-history.future', undefined, '2099-03-12'],
    ]);
  });
});
