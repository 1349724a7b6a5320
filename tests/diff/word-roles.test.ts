// Issue 12 item 7: a reason must be right or absent. Each case is a kind of wrong reason the significance engine
// gave on real revisions (the dev-corpus pairs and the Casparus seed revision), reduced to one clause.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import type { ClauseChange } from '../../src/diff/types.js';
import { reasonTexts } from '../support/reasons.js';
import { DEFAULT_META, policyFrom } from './fixtures.js';

/** The reasons for one clause's change, judged in `lang` and worded in English. */
function reasons(oldText: string, newText: string, lang = 'nl'): string[] {
  const policy = (text: string) =>
    policyFrom([{ title: 'Regels', id: 'regels', clauses: [{ id: 'regel', text }] }], { ...DEFAULT_META, lang });
  const diff = diffPolicies(policy(oldText), policy(newText));
  return reasonTexts((diff.changes[0] as ClauseChange).reasons);
}

describe('reasons name a word only in the role its rule is about', () => {
  it('an age is not a term, and a consent already required is not a new obligation', () => {
    const found = reasons(
      'Het plaatsen van foto’s is slechts toegestaan na uitdrukkelijke toestemming van alle betrokkenen.',
      'Het plaatsen van foto’s is alleen toegestaan na schriftelijke toestemming van alle betrokkenen. Voor leerlingen jonger dan 16 jaar geven de ouders deze toestemming.',
    );
    expect(found).toContain("age '16 jaar' added");
    expect(found.join('\n')).not.toMatch(/^duration/m);
    expect(found.join('\n')).not.toMatch(/^obligation/m);
    expect(found.join('\n')).not.toMatch(/^number/m);
  });

  it('singular and plural of a role are the same role', () => {
    expect(
      reasons(
        'Betrokkene die in strijd handelt, wordt gehoord.',
        'Betrokkenen die in strijd handelen, worden gehoord.',
      ).join('\n'),
    ).not.toMatch(/^role/m);
  });

  it('verbs of possibility and future, conditions and "rekening gehouden" are no duties', () => {
    expect(reasons('De gegevens worden opgehaald.', 'De gegevens kunnen worden opgehaald.').join('\n')).not.toMatch(
      /^obligation/m,
    );
    expect(reasons('Neem contact op.', 'Mochten er vragen zijn, neem dan contact op.').join('\n')).not.toMatch(
      /^obligation/m,
    );
    expect(
      reasons(
        'Bij herbenoeming telt de taakvervulling.',
        'Bij herbenoeming wordt rekening gehouden met de taakvervulling.',
      ).join('\n'),
    ).not.toMatch(/^obligation/m);
    // A real duty still counts.
    expect(reasons('Leerlingen kunnen hun telefoon inleveren.', 'Leerlingen moeten hun telefoon inleveren.')).toContain(
      "obligation 'moeten' added",
    );
  });

  it('English contractions are the same words', () => {
    expect(reasons('We will not pursue legal action.', 'We won’t pursue legal action.', 'en')).toEqual([]);
    expect(reasons('This policy does not cover vendors.', "This policy doesn't cover vendors.", 'en')).toEqual([]);
  });

  it('"or", "Mr." and "ten aanzien" are no role or number; names and web addresses hold no figures', () => {
    expect(reasons('Report it by e-mail.', 'Report it by e-mail or web form.').join('\n')).not.toMatch(/^role/m);
    expect(
      reasons('Bij de statuten kan dit worden bepaald.', 'Ten aanzien van de statuten kan dit worden bepaald.').join(
        '\n',
      ),
    ).not.toMatch(/^number/m);
    expect(
      reasons('De app helpt bij de bestrijding.', 'De app helpt bij de bestrijding van COVID-19.').join('\n'),
    ).not.toMatch(/^number/m);
    const link = reasons(
      'Zie de veelgestelde vragen.',
      'Zie de veelgestelde vragen op https://example.nl/faq/1-7-werkt-het.',
    );
    expect(link.join('\n')).not.toMatch(/^number/m);
    expect(link.length).toBeGreaterThan(0);
  });

  it('a figure changed inside a web address is no figure, though the redline shows the digit alone', () => {
    const found = reasons(
      'Zie de vragen op https://example.nl/faq/1-7-werkt-het voor meer.',
      'Zie de vragen op https://example.nl/faq/1-8-werkt-het voor meer.',
    );
    expect(found.join('\n')).not.toMatch(/^number/m);
    expect(found.length).toBeGreaterThan(0);
  });
});
