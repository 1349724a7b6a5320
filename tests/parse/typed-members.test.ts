// A member typed on the line after a list's last item, with no blank line (src/parse/typed-members.ts): law exports
// write "f. … gaande is." then "2. Het CBS …" so, and CommonMark reads "2." there as more of item f. It is read as
// it would be after a blank line; a hard-wrapped sentence whose next line opens with a number stays one clause.
import { describe, expect, it } from 'vitest';
import { allClauses } from '../../src/model/walk.js';
import { parsePolicy } from '../../src/parse/index.js';

const clauses = (body: string) =>
  allClauses(parsePolicy(`# Regeling\n\n## Artikel 8\n\n${body}\n`).policy).map(({ clause }) => clause);
const texts = (body: string): string[] => clauses(body).map((clause) => clause.text);

describe('members typed on the next line', () => {
  it('reads "2." and "3." after an item that ends a sentence as members of their own, each on its own line', () => {
    const body = [
      'f. zolang een opsporingsonderzoek gaande is.',
      '2. Het CBS is niet verplicht de klacht te behandelen indien het belang kennelijk onvoldoende is.',
      '3. Van het niet in behandeling nemen wordt de klager schriftelijk in kennis gesteld.',
    ].join('\n');
    const read = clauses(body);
    expect(read.map((clause) => clause.text)).toEqual([
      'f. zolang een opsporingsonderzoek gaande is.',
      'Het CBS is niet verplicht de klacht te behandelen indien het belang kennelijk onvoldoende is.',
      'Van het niet in behandeling nemen wordt de klager schriftelijk in kennis gesteld.',
    ]);
    // Each member is found where it stands: its line in the file (the heading, a blank line, then the paragraph).
    expect(read.map((clause) => clause.position.start.line)).toEqual([5, 6, 7]);
  });

  it('reads a member after a hard line break (two spaces, or a backslash) the same way', () => {
    expect(
      texts('c. een omschrijving van de gedraging;     \n2.  Het klaagschrift wordt gericht aan de directeur.'),
    ).toEqual(['c. een omschrijving van de gedraging;', 'Het klaagschrift wordt gericht aan de directeur.']);
    expect(texts('Bij de bevestiging wordt vermeld:\\\n2. De afhandelingstermijn.')).toEqual([
      'Bij de bevestiging wordt vermeld:',
      'De afhandelingstermijn.',
    ]);
  });

  it('keeps a hard-wrapped sentence whole where the line before ends no sentence, or the number opens no sentence', () => {
    // CommonMark's own example: "14." there is a number in the sentence, not a list.
    expect(texts('The number of windows in my house is\n14.  The number of doors is 6.')).toHaveLength(1);
    expect(texts('De termijn staat in artikel 3.\n2. lid van de wet geldt niet.')).toHaveLength(1);
    expect(texts('Zie artikel 3.\n1. Dit is een lijst.')).toHaveLength(2); // "1." opens a list in CommonMark already
  });

  it('leaves a paragraph that refers to a link definition whole, as the document reads it', () => {
    const body = 'Zie de [regeling][r].\n2. Het CBS zendt de klacht door.\n\n[r]: https://example.org/regeling';
    const read = texts(body);
    expect(read).toHaveLength(1);
    expect(read[0]).toContain('2. Het CBS zendt de klacht door.');
  });

  it("numbers a member on from the list before the lettered items, at that list's level, not under the last item", () => {
    const body = [
      '1. Het klaagschrift bevat ten minste:',
      '',
      'a. de naam van de indiener;',
      '',
      'b. de dagtekening;',
      '2. Het klaagschrift wordt gericht aan de directeur.',
    ].join('\n');
    const read = clauses(body);
    expect(read.map((clause) => [clause.depth, clause.text])).toEqual([
      [read[0]?.depth, 'Het klaagschrift bevat ten minste:'],
      [read[0]?.depth, 'a. de naam van de indiener;'],
      [read[0]?.depth, 'b. de dagtekening;'],
      [read[0]?.depth, 'Het klaagschrift wordt gericht aan de directeur.'],
    ]);
  });
});
