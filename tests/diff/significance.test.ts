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
