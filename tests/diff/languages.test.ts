// Issue 16: the significance engine judges a policy with the lexicon of its own language. Each case gave a false
// or missing reason while one Dutch-and-English word list judged every document.
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff.js';
import type { ClauseChange } from '../../src/diff/types.js';
import { reasonTexts } from '../support/reasons.js';
import { DEFAULT_META, policyFrom } from './fixtures.js';

/** The reasons for one clause's change in a policy written in `lang`, worded in English. */
function reasons(lang: string, oldText: string, newText: string): string[] {
  const policy = (text: string) =>
    policyFrom([{ title: 'Regels', id: 'regels', clauses: [{ id: 'regel', text }] }], { ...DEFAULT_META, lang });
  const diff = diffPolicies(policy(oldText), policy(newText));
  expect(diff.lang).toBe(lang);
  return reasonTexts((diff.changes[0] as ClauseChange).reasons);
}

describe('reasons in the policy language', () => {
  it('Dutch: "over 2 jaar" is a term, not an age (English "over 16 years" is)', () => {
    const dutch = reasons('nl', 'De gegevens worden verwijderd.', 'De gegevens worden over 2 jaar verwijderd.');
    expect(dutch).toEqual(expect.arrayContaining(["duration '2 jaar' added"]));
    expect(dutch.join('\n')).not.toMatch(/^age/m);
    expect(reasons('en', 'Pupils may leave.', 'Pupils over 16 years may leave.')).toContain("age '16 years' added");
  });

  it('English: "AND/OR" holds no works council, and "ten" is a number (here the number of a term)', () => {
    expect(reasons('en', 'Send reports by email.', 'Send reports by email AND/OR post.').join('\n')).not.toMatch(
      /^role/m,
    );
    expect(reasons('en', 'Appeal within ten days.', 'Appeal within fourteen days.')).toEqual([
      'duration ten days → fourteen days',
    ]);
  });

  it('German: duties, negations and roles have words of their own', () => {
    expect(
      reasons('de', 'Schüler dürfen das Handy in der Pause nutzen.', 'Schüler müssen das Handy in der Pause abgeben.'),
    ).toContain('obligation dürfen → müssen');
    expect(reasons('de', 'Schüler dürfen das Handy nutzen.', 'Schüler dürfen das Handy nicht nutzen.')).toEqual([
      "negation 'nicht' added",
    ]);
    expect(reasons('de', 'Der Lehrer entscheidet.', 'Die Schulleitung entscheidet.')).toEqual([
      'role Lehrer → Schulleitung',
    ]);
    // Singular and plural of a role are one role.
    expect(reasons('de', 'Die Lehrerin entscheidet.', 'Die Lehrerinnen entscheiden.').join('\n')).not.toMatch(/^role/m);
  });

  it('a language without word lists is judged by its wording and figures only, never by a foreign lexicon', () => {
    const found = reasons(
      'fr',
      'Les élèves ne peuvent pas partir avant 5 jours.',
      'Les élèves ne peuvent pas partir avant 7 jours.',
    );
    expect(found).toEqual(['number 5 → 7']);
    // "no" and "or" are English and Dutch words; in French they give no negation and no role.
    expect(
      reasons('fr', 'Le délégué signe le registre.', 'Le délégué ou le directeur signe le registre no 2.').join('\n'),
    ).not.toMatch(/^(negation|role)/m);
  });
});
