import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import type { ClauseChange } from '../../src/diff/types.js';
import { reasonTexts } from '../support/reasons.js';
import { DEFAULT_META, policyFrom } from './fixtures.js';

/** The one change between two single-clause policies (the clause keeps its id), judged in `lang`. */
function change(oldText: string, newText: string, lang = 'nl'): ClauseChange {
  const policy = (text: string) =>
    policyFrom([{ title: 'Regels', id: 'regels', clauses: [{ id: 'regel', text }] }], { ...DEFAULT_META, lang });
  const diff = diffPolicies(policy(oldText), policy(newText));
  expect(diff.changes).toHaveLength(1);
  return diff.changes[0] as ClauseChange;
}

const substantive = (oldText: string, newText: string, lang = 'nl'): string[] => {
  const found = change(oldText, newText, lang);
  expect(found.significance).toBe('substantive');
  expect(found.reasons.length).toBeGreaterThan(0);
  return reasonTexts(found.reasons);
};

const editorial = (oldText: string, newText: string, lang = 'nl'): void => {
  const found = change(oldText, newText, lang);
  expect(found.significance, reasonTexts(found.reasons).join('; ')).toBe('editorial');
  expect(found.reasons).toEqual([]);
};

describe('significance', () => {
  it('a permission that becomes an obligation is substantive', () => {
    expect(
      substantive(
        'Leerlingen mag hun telefoon in de pauze gebruiken.',
        'Leerlingen moet hun telefoon in de pauze gebruiken.',
      ),
    ).toEqual(['obligation mag → moet']);
  });

  it('a changed term is substantive', () => {
    expect(
      substantive(
        'De school reageert binnen 5 dagen op een klacht.',
        'De school reageert binnen 7 dagen op een klacht.',
      ),
    ).toEqual(['duration 5 dagen → 7 dagen']);
    expect(substantive('Reageren binnen vijf werkdagen.', 'Reageren binnen vijf weken.')).toEqual([
      'duration werkdagen → weken',
    ]);
    expect(substantive('De boete is € 1.000,-.', 'De boete is € 1.500,-.')).toEqual(['amount € 1.000,- → € 1.500,-']);
    expect(substantive('Vanaf 25 mei 2018 geldt dit.', 'Vanaf 1 juni 2018 geldt dit.')).toEqual([
      'date 25 mei 2018 → 1 juni 2018',
    ]);
  });

  it('removing or adding a negation is substantive', () => {
    expect(
      substantive(
        'Medewerkers publiceren niet op persoonlijke titel.',
        'Medewerkers publiceren op persoonlijke titel.',
      ),
    ).toEqual(["negation 'niet' removed"]);
    expect(substantive('Foto’s plaatsen is toegestaan.', 'Foto’s plaatsen is niet toegestaan.')).toEqual([
      "negation 'niet' added",
    ]);
  });

  it('another role is substantive', () => {
    expect(substantive('Meld het bij de mentor.', 'Meld het bij de teamleider.')).toEqual(['role mentor → teamleider']);
  });

  it('a negation kept in other words is a negation changed, never one removed (audit: "geldt evenmin voor")', () => {
    expect(
      substantive(
        'Deze regeling geldt niet voor klachten over de beoordeling van toetsen.',
        'Deze regeling geldt evenmin voor klachten over de beoordeling van toetsen.',
      ),
    ).toEqual(['negation niet → evenmin']);
    for (const negation of ['nooit', 'geen', 'niets', 'nergens', 'noch', 'nimmer', 'geenszins'])
      expect(substantive('Leerlingen bellen hier.', `Leerlingen bellen hier ${negation}.`)).toContain(
        `negation '${negation}' added`,
      );
  });

  it('an obligation said in other words is wording, not an obligation changed, added or removed', () => {
    // Audit: "dient → moet" was "obligation dient → moet", and "is tot geheimhouding verplicht → moet geheimhouding
    // betrachten" an obligation 'moet' added and 'verplicht' removed: the clause obliges once before and once after.
    expect(
      substantive(
        'De klager dient de klacht binnen een jaar in bij de directeur.',
        'De klager moet de klacht binnen een jaar indienen bij de directeur.',
      ),
    ).toEqual(["wording 'dient' → 'moet'", "wording 'in' → 'indienen'"]);
    expect(
      substantive(
        'De vertrouwenspersoon is tot geheimhouding verplicht.',
        'De vertrouwenspersoon moet geheimhouding betrachten.',
      ),
    ).toEqual(["wording 'is tot' → 'moet'", "wording 'verplicht' → 'betrachten'"]);
    expect(substantive('Pupils must report it.', 'Pupils shall report it.', 'en')).toEqual([
      "wording 'must' → 'shall'",
    ]);
    // One obligation more is one added; a duty of another kind is a change of duty.
    expect(
      substantive('De leerling moet zich melden.', 'De leerling moet zich melden en is verplicht te betalen.'),
    ).toContain("obligation 'verplicht' added");
    expect(substantive('De leerling moet zich melden.', 'De leerling mag zich melden.')).toEqual([
      'obligation moet → mag',
    ]);
    expect(substantive('Pupils must report it.', 'Pupils should report it.', 'en')).toEqual([
      'obligation must → should',
    ]);
  });

  it('a role the clause still names did not go (audit: a trailing link "Functionaris voor Gegevensbescherming")', () => {
    const found = substantive(
      'Contactgegevens van de Functionaris voor Gegevensbescherming vindt u op de website van het ministerie. Functionaris voor Gegevensbescherming',
      'Contactgegevens van de Functionaris voor Gegevensbescherming vindt u op de website van het ministerie.',
    );
    expect(found).toEqual(["text removed: 'Functionaris voor Gegevensbescherming'"]);
    expect(
      substantive('De mentor meldt het aan de ouder en de ouder tekent.', 'De mentor meldt het en de ouder tekent.'),
    ).toEqual(["text removed: 'aan de ouder'"]);
    // A role that did go is still named, and so is one put in the place of another though the clause named it too.
    expect(substantive('De mentor meldt het aan de ouder.', 'De mentor meldt het.')).toContain("role 'ouder' removed");
    expect(
      substantive(
        'Bevoegd gezag: het college van bestuur van de stichting.',
        'College van bestuur: het college van bestuur van de stichting.',
      ),
    ).toEqual(['role Bevoegd gezag → College van bestuur']);
  });

  it('new or dropped wording is substantive, quoted as written', () => {
    expect(substantive('Ouders worden geïnformeerd.', 'Ouders worden via de nieuwsbrief geïnformeerd.')).toEqual([
      "text added: 'via de nieuwsbrief'",
    ]);
    expect(substantive('Ouders worden via de nieuwsbrief geïnformeerd.', 'Ouders worden geïnformeerd.')).toEqual([
      "text removed: 'via de nieuwsbrief'",
    ]);
  });

  it('spacing, punctuation, case and hyphenation are editorial', () => {
    editorial('Een veilig school-en onderwijsklimaat.', 'Een veilig school- en onderwijsklimaat.');
    editorial('Een veilig  onderwijsklimaat', 'Een veilig onderwijsklimaat.');
    editorial('Het gebruik van Social media', 'Het gebruik van social media');
    editorial('Leerlingen, ouders en medewerkers', 'Leerlingen; ouders en medewerkers');
  });

  it('spelling-level edits and articles are editorial', () => {
    editorial('Alleen je mening geven vervuult de discussie.', 'Alleen je mening geven vervuilt de discussie.');
    editorial('Dit protocol geldt voor iedereen.', 'Het protocol geldt voor iedereen.');
    editorial('Het gaat om school gerelateerde berichten.', 'Het gaat om schoolgerelateerde berichten.');
    editorial('De leerling mag bellen.', 'De leerlingen mogen bellen.');
    editorial('Kosten: € 1.000,-', 'Kosten: € 1000');
  });

  it('a short word swapped for another is not spelling', () => {
    expect(substantive('Leerlingen en ouders tekenen.', 'Leerlingen of ouders tekenen.')).toEqual([
      "wording 'en' → 'of'",
    ]);
  });

  it('clauses added, removed, moved and renumbered', () => {
    const base = [
      {
        title: 'Regels',
        id: 'regels',
        clauses: [
          { id: 'a', text: 'Eerste regel over bellen.' },
          { id: 'b', text: 'Tweede regel over fotograferen.' },
        ],
      },
    ];
    const swapped = [
      {
        title: 'Regels',
        id: 'regels',
        clauses: [
          { id: 'b', text: 'Tweede regel over fotograferen.' },
          { id: 'a', text: 'Eerste regel over bellen.' },
        ],
      },
    ];
    const moved = diffPolicies(policyFrom(base), policyFrom(swapped));
    expect(moved.changes.map((found) => [found.kinds, found.significance])).toEqual([
      [['renumbered'], 'editorial'],
      [['moved'], 'editorial'],
    ]);
    const added = diffPolicies(
      policyFrom(base),
      policyFrom([{ ...base[0], clauses: [...(base[0]?.clauses ?? []), { id: 'c', text: 'Derde regel.' }] } as never]),
    );
    expect(added.changes.map((found) => [found.kinds, found.significance, reasonTexts(found.reasons)])).toEqual([
      [['added'], 'substantive', ['clause added']],
    ]);
  });
});
