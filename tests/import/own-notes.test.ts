// clausemark's own notes beside "Vastgesteld" on a cover it printed (src/import/own-notes.ts), read back from a page:
// found whole in a paragraph, alone or among the cover's fields, in every language's wording and with a commit and date filled in; never a
// policy's own sentence that shares some of their words.
import { describe, expect, it } from 'vitest';
import { withoutOwnAdoptionNote } from '../../src/import/own-notes.js';

describe("clausemark's own note on an adoption, read from a page", () => {
  it('is found alone, and among the cover fields on the lines around it', () => {
    const note =
      'tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is';
    expect(withoutOwnAdoptionNote(note)).toBe('');
    expect(
      withoutOwnAdoptionNote(`Versie 1.0 Status: Vastgesteld ${note.replace('vastgestelde ', 'vastgestelde\n')}`),
    ).toBe('versie 1.0 status: vastgesteld');
    expect(withoutOwnAdoptionNote(`Status: Vastgesteld ${note} Ingangsdatum: 10 september 2013`)).toBe(
      'status: vastgesteld ingangsdatum: 10 september 2013',
    );
  });

  it('is found in English, and where git shows the words changed, with its commit and date', () => {
    expect(
      withoutOwnAdoptionNote(
        'Status: Vastgesteld gewijzigd na vaststelling (volgens git): de tekst verschilt van die in commit f71a906 van 26 maart 2025, die de vaststelling vastlegde',
      ),
    ).toBe('status: vastgesteld');
    expect(
      withoutOwnAdoptionNote(
        'text not recorded at adoption (no hash): whether this is the adopted text cannot be told',
      ),
    ).toBe('');
  });

  it('is found where git shows these are the adopted words, in Dutch and English, with its commit and date', () => {
    expect(
      withoutOwnAdoptionNote(
        'Status: Vastgesteld vastgestelde tekst volgens git (commit f71a906, vaststelling 26 maart 2025) Ingangsdatum: 1 augustus 2025',
      ),
    ).toBe('status: vastgesteld ingangsdatum: 1 augustus 2025');
    expect(withoutOwnAdoptionNote('adopted text according to git (commit f71a906, adoption 26 March 2025)')).toBe('');
  });

  it('is found whole where a shallow clone adds why git cannot tell, in Dutch and English', () => {
    expect(
      withoutOwnAdoptionNote(
        'Status: Vastgesteld tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is, want de git-geschiedenis is niet volledig (ondiepe kopie) Ingangsdatum: 1 augustus 2025',
      ),
    ).toBe('status: vastgesteld ingangsdatum: 1 augustus 2025');
    expect(
      withoutOwnAdoptionNote(
        'text not recorded at adoption (no hash): whether this is the adopted text cannot be told, as the git history is incomplete (shallow clone)',
      ),
    ).toBe('');
  });

  it('is found whole where git does not follow the history before a commit, or a row was corrected since', () => {
    expect(
      withoutOwnAdoptionNote(
        'Status: Vastgesteld tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is, want de geschiedenis vóór commit a1b2c3d is niet gevolgd (git verbindt het bestand niet met het bestand dat eerder verwijderd werd) Ingangsdatum: 1 augustus 2025',
      ),
    ).toBe('status: vastgesteld ingangsdatum: 1 augustus 2025');
    expect(
      withoutOwnAdoptionNote(
        'Status: Vastgesteld vastgestelde tekst volgens git (commit f71a906, vaststelling 26 maart 2025); rij later verbeterd in commit 9e8d7c6 Ingangsdatum: 1 augustus 2025',
      ),
    ).toBe('status: vastgesteld ingangsdatum: 1 augustus 2025');
    expect(
      withoutOwnAdoptionNote(
        'changed after adoption (according to git): the text differs from the one in commit f71a906 of 26 March 2025, which recorded the adoption; row corrected later in commit 9e8d7c6',
      ),
    ).toBe('');
  });

  it("is not a policy's own sentence, nor words that only begin like a note", () => {
    expect(
      withoutOwnAdoptionNote('De tekst is niet vastgelegd bij de vaststelling van het reglement.'),
    ).toBeUndefined();
    expect(
      withoutOwnAdoptionNote(
        'tekst niet vastgelegd bij de vaststelling (geen hash): niet na te gaan of dit de vastgestelde tekst is. Daarom geldt artikel 3.',
      ),
    ).toBeUndefined();
  });
});
