// Which sentence is an adoption line in form (src/import/closing-line.ts): one that opens with the adoption's own
// words and names a whole date; never a sentence whose subject is another text, a step asked, or one that says when
// the policy takes effect (that is text of the policy). A heading that held nothing but such lines goes with them.
import { describe, expect, it } from 'vitest';
import { blockText, type Block } from '../../src/import/blocks.js';
import { adoptionLineForm, closesWithAdoption, takeClosingLines } from '../../src/import/closing-line.js';
import { proceduresFor } from '../../src/procedure/load.js';
import { PROJECT_ROOT } from '../support/paths.js';

describe('adoptionLineForm', () => {
  it.each([
    'Vastgesteld bij besluit van het college van bestuur d.d. 12 maart 2024.',
    'Vastgesteld bij het besluit van het bestuur van 12-03-2024',
    'Aldus vastgesteld door het bestuur op 12 maart 2024 te Utrecht.',
    'Vastgesteld in de vergadering van het college van bestuur van 12 maart 2024.',
    'Vastgesteld door het college van bestuur op 12 maart 2024, na instemming van de GMR op 5 maart 2024.',
    'Adopted by the board on 12 March 2025.',
    'Approved by the governing board on 3 May 2024',
    'Adopted by the Board of Governors, 12 March 2025',
  ])('is one: %s', (sentence) => {
    expect(adoptionLineForm(sentence)).toBe(true);
  });

  it.each([
    'Het schoolplan is vastgesteld door de directeur na instemming van de MR op 12 maart 2024.',
    'Vastgesteld door het bestuur.',
    'Vastgesteld door het bestuur in maart 2024.',
    'Vastgesteld door het bestuur op 12 maart 2024 en treedt in werking op 1 augustus 2024.',
    // Said when it takes effect, by the words of adoption-lines.yaml `nl.closingInForce`: text of the policy.
    'Vastgesteld door het bestuur op 12 maart 2024 en geldt met ingang van 1 augustus 2024.',
    'Vastgesteld door het bestuur op 12 maart 2024, ter instemming aangeboden aan de GMR.',
    'Vastgesteld wordt dat de klacht op 12 maart 2024 is ontvangen.',
    'The policy will be adopted by the board each year.',
    'This policy was adopted by the board on 12 March 2025.',
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

describe('takeClosingLines: a heading over nothing but the closing line', () => {
  const heading = (text: string, level = 2, marker?: string): Block => ({
    kind: 'heading',
    level,
    inlines: [{ text }],
    source: { line: 1 },
    ...(marker ? { marker } : {}),
  });
  const paragraph = (text: string): Block => ({ kind: 'paragraph', inlines: [{ text }], source: { line: 1 } });
  const CLOSING = 'Aldus vastgesteld door het bestuur op 12 maart 2024 te Utrecht.';
  /** What is left of the blocks: each shown block's text, and each left-out one's with why. */
  const left = (blocks: Block[]): string[] => {
    takeClosingLines(blocks, undefined, 'Klachtenregeling');
    return blocks.map((block) =>
      block.kind === 'dropped' ? `${block.reason.messageId}: ${block.text}` : blockText(block),
    );
  };

  it('leaves out the heading with the line, its typed number with it, and the chapter that held only it', () => {
    expect(
      left([
        heading('Klachtenregeling', 1),
        heading('Doel', 3, 'Artikel 1'),
        paragraph('Deze regeling beschrijft hoe de school met klachten omgaat.'),
        heading('Slotbepalingen', 2),
        heading('Slotbepaling', 3, 'Artikel 2'),
        paragraph(CLOSING),
      ]),
    ).toEqual([
      'Klachtenregeling',
      'Doel',
      'Deze regeling beschrijft hoe de school met klachten omgaat.',
      'import-reason.adoption-heading: Slotbepalingen',
      'import-reason.adoption-heading: Artikel 2 Slotbepaling',
      `import-reason.adoption-line: ${CLOSING}`,
    ]);
  });

  it('keeps a heading with other text under it, an empty heading beside it, and the title', () => {
    const withText = left([heading('Slot'), paragraph(`Deze regeling geldt voor alle scholen. ${CLOSING}`)]);
    expect(withText).toEqual([
      'Slot',
      'Deze regeling geldt voor alle scholen.',
      `import-reason.adoption-line: ${CLOSING}`,
    ]);
    const beside = left([heading('Bijlagen'), heading('Vaststelling'), paragraph(CLOSING)]);
    expect(beside.slice(0, 2)).toEqual(['Bijlagen', 'import-reason.adoption-heading: Vaststelling']);
    expect(left([heading('Klachtenregeling', 1), paragraph(CLOSING)])[0]).toBe('Klachtenregeling');
  });
});

describe('takeClosingLines: English lines and a council’s', () => {
  const paragraph = (text: string): Block => ({ kind: 'paragraph', inlines: [{ text }], source: { line: 1 } });
  const taken = (last: string) => {
    const blocks = [paragraph('A complaint is made in writing to the head teacher.'), paragraph(last)];
    const procedures = proceduresFor('/tmp/nowhere/voorbeeld/klachtenregeling.md', PROJECT_ROOT);
    const read = takeClosingLines(blocks, procedures, 'Complaints Policy');
    const reasons = blocks.map((block) => (block.kind === 'dropped' ? block.reason.messageId : blockText(block)));
    return { ...read, reasons };
  };

  it('leaves out an English closing line and reads it as history, as a Dutch one', () => {
    const line = 'Adopted by the board on 12 March 2025.';
    expect(taken(line)).toEqual({
      history: [line],
      decisions: [],
      reasons: ['A complaint is made in writing to the head teacher.', 'import-reason.adoption-line'],
    });
  });

  it('keeps an English sentence that only speaks of an adoption as text', () => {
    for (const sentence of [
      'The policy will be adopted by the board each year.',
      'This policy was adopted after consultation.',
    ])
      expect(taken(sentence).reasons).toEqual(['A complaint is made in writing to the head teacher.', sentence]);
  });

  it('leaves out a line saying a council adopted the policy, and says so naming the council', () => {
    for (const [line, council] of [
      ['Vastgesteld door de GMR op 12 maart 2025.', 'GMR'],
      ['Aldus vastgesteld door de ouderraad d.d. 12-03-2025.', 'ouderraad'],
      ['Adopted by the participation council on 12 March 2025.', 'participation council'],
    ]) {
      const read = taken(line as string);
      expect(read.history).toEqual([]);
      expect(read.decisions.map((decision) => [decision.messageId, decision.fixId, decision.params])).toEqual([
        ['import-history.council-left-out', 'import-history.record-council', { text: line, council }],
      ]);
      expect(read.reasons[1]).toBe('import-reason.adoption-line-unread');
    }
  });
});
