// The pieces that decide which words count as the same term: stemming, synonym classes, compounds, near stems,
// organisation names.
import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/compare/terms/compounds.js';
import { maskNames, nameMask, ORGANISATION_TOKEN } from '../../src/compare/read/organisation.js';
import { nearStems, stem } from '../../src/compare/terms/stem.js';
import { isFunctionWord } from '../../src/compare/terms/function-words.js';
import { hasSynonyms, term } from '../../src/compare/terms/synonyms.js';
import { cosine, Vocabulary, type SparseVector, type TermCounts } from '../../src/compare/terms/vectors.js';
import { normalisedWords } from '../../src/text/normalise.js';
import { policyOf } from '../diff/fixtures.js';

describe('stem', () => {
  it('conflates the inflections of one Dutch word', () => {
    const same = (...words: string[]): void => expect(new Set(words.map(stem)).size, words.join(', ')).toBe(1);
    same('publiceert', 'publiceren', 'publiceer');
    same('betrokkene', 'betrokkenen', 'betrokken');
    same('vrienden', 'vriend');
    same('mogelijkheden', 'mogelijkheid', 'mogelijk');
    same('verantwoordelijkheid', 'verantwoordelijk');
    same('professionele', 'professioneel');
    same('maak', 'maken');
    same('wordt', 'worden');
    same('ouders', 'ouder');
  });

  it('keeps different words apart', () => {
    expect(stem('leerling')).not.toBe(stem('leerkracht'));
    expect(stem('vertrouwen')).not.toBe(stem('vertrouwelijk'));
    expect(stem('onderwijs')).not.toBe(stem('onderwerp'));
  });

  it('leaves short words and figures alone', () => {
    expect(stem('de')).toBe('de');
    expect(stem('het')).toBe('het');
    expect(stem('2018')).toBe('2018');
    expect(stem('media')).toBe('media');
  });
});

describe('term (synonym classes)', () => {
  it('compares the words adaptations swap for one another as one term', () => {
    expect(term('studenten')).toBe(term('leerlingen'));
    expect(term('personeelsleden')).toBe(term('medewerker'));
    expect(term('plaatst')).toBe(term('publiceren'));
    expect(term('vriendschappen')).toBe(term('vrienden'));
    expect(hasSynonyms('deelnemers')).toBe(true);
  });

  it('compares general policy vocabulary that authors swap without changing the rule as one term', () => {
    expect(term('standpunten')).toBe(term('mening'));
    expect(term('zichtbaar')).toBe(term('openbaar'));
    expect(term('sancties')).toBe(term('maatregelen'));
    expect(term('docenten')).toBe(term('leerkracht'));
    expect(term('copyright')).toBe(term('auteursrecht'));
  });

  it('keeps roles that make a different rule apart', () => {
    expect(term('ouders')).not.toBe(term('leerlingen'));
    expect(term('leerkrachten')).not.toBe(term('leerlingen'));
    expect(term('leerkrachten')).not.toBe(term('medewerkers'));
    expect(term('mag')).not.toBe(term('moet'));
    expect(hasSynonyms('fatsoensnormen')).toBe(false);
  });
});

describe('function words', () => {
  it('are known in their written forms, Dutch and English', () => {
    for (const word of ['de', 'je', 'jouw', 'worden', 'zijn', 'alles', 'nooit', 'the', 'you'])
      expect(isFunctionWord(word), word).toBe(true);
    for (const word of ['twijfel', 'leidinggevende', 'vindbaar', 'media'])
      expect(isFunctionWord(word), word).toBe(false);
  });

  it('weigh nothing on their own but still mark a verbatim run as part of a word pair', () => {
    const vocabulary = new Vocabulary(isFunctionWord);
    const texts = [
      ['je', 'twijfel'],
      ['je', 'leidinggevende'],
      ['bij', 'twijfel'],
    ];
    const counts = texts.map((words) => vocabulary.count(words));
    for (const count of counts) vocabulary.observe(count);
    const [first, second, third] = counts.map((count) => vocabulary.vector(count, true));
    // Words alone: "je" is no evidence, "twijfel" is.
    expect(cosine(first as SparseVector, second as SparseVector)).toBe(0);
    expect(cosine(first as SparseVector, third as SparseVector)).toBeCloseTo(1);
    // With word pairs, "je twijfel" and "bij twijfel" are different runs.
    expect(cosine(vocabulary.vector(counts[0] as TermCounts), vocabulary.vector(counts[2] as TermCounts))).toBeLessThan(
      1,
    );
  });
});

describe('splitCompound', () => {
  // An English comparison: compounds are split only into words the documents use on their own.
  const english = new Set(
    'the school shall publish photos of pupils only with the consent of their parents and staff keep the rules'.split(
      ' ',
    ),
  );
  const known = new Set([
    ...english,
    'school',
    'gerelateerde',
    'communicatie',
    'medewerker',
    'geluid',
    'opnamen',
    'normen',
  ]);

  it('splits a compound into two words the documents use on their own', () => {
    expect(splitCompound('schoolgerelateerde', known)).toEqual(['school', 'gerelateerde']);
    expect(splitCompound('communicatiemedewerker', known)).toEqual(['communicatie', 'medewerker']);
  });

  it('allows a linking s', () => {
    expect(splitCompound('geluidsopnamen', known)).toEqual(['geluid', 'opnamen']);
  });

  it('leaves words alone whose parts are not known, or that are short', () => {
    expect(splitCompound('fatsoensnormen', known)).toEqual(['fatsoensnormen']);
    expect(splitCompound('scholen', known)).toEqual(['scholen']);
  });
});

describe('nearStems', () => {
  it('joins stems that differ only at the end and keeps the shortest', () => {
    const map = nearStems(['professionel', 'professional', 'vertegenwoordig', 'vertegenwoordiger', 'publicer']);
    expect(map.get('professionel')).toBe('professional');
    expect(map.get('vertegenwoordiger')).toBe('vertegenwoordig');
    expect(map.has('publicer')).toBe(false);
  });

  it('does not join stems that only share a short start', () => {
    const map = nearStems(['onderwijs', 'onderwerp', 'vertrouw', 'vertrouwelijk']);
    expect(map.size).toBe(0);
  });
});

describe('organisation names', () => {
  const policy = (organisation: string, org: string) =>
    policyOf(
      { meta: { id: 'p', title: 'P', organisation, org, version: '1' }, sections: [{ title: 'A', clauses: ['x'] }] },
      `policies/${org}/p.md`,
    );
  const mask = nameMask([
    policy('Casparus College', 'casparus-college'),
    policy('Stichting Allure', 'allure'),
    policy('FLEX-College', 'flex-college'),
  ]);
  const masked = (text: string): string => maskNames(normalisedWords(text), mask).join(' ');

  it('replaces full names and their distinctive words by one token', () => {
    expect(masked('Casparus College onderkent het belang')).toBe(`${ORGANISATION_TOKEN} onderkent het belang`);
    expect(masked('medewerkers van Casparus publiceren')).toBe(`medewerkers van ${ORGANISATION_TOKEN} publiceren`);
    expect(masked('de scholen van stichting Allure')).toBe(`de scholen van ${ORGANISATION_TOKEN}`);
    expect(masked('het FLEX-College maakt')).toBe(`het ${ORGANISATION_TOKEN} maakt`);
  });

  it('leaves the generic words of a name alone when they stand on their own', () => {
    expect(masked('het college van bestuur van de stichting')).toBe('het college van bestuur van de stichting');
  });
});
