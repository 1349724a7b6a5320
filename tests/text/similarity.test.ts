import { describe, expect, it } from 'vitest';
import {
  containment,
  cosine,
  dice,
  editDistance,
  profileOf,
  profileSimilarity,
  textSimilarity,
} from '../../src/text/similarity.js';

describe('similarity', () => {
  it('is 1 for texts equal after normalisation and 0 for texts without a shared word', () => {
    expect(textSimilarity('Leerlingen mogen bellen.', 'leerlingen  mogen bellen')).toBe(1);
    expect(textSimilarity('Leerlingen mogen bellen', 'Ouders komen kijken')).toBe(0);
  });

  it('ranks a one-word edit above a rewrite, and counts word order', () => {
    const base = 'De leerling meldt zich bij de mentor voor aanvang van de les';
    const edited = textSimilarity(base, base.replace('mentor', 'teamleider'));
    const rewritten = textSimilarity(base, 'Bij ziekte belt een ouder voor half negen naar de school');
    expect(edited).toBeGreaterThan(0.7);
    expect(rewritten).toBeLessThan(0.3);
    expect(textSimilarity('a b c d', 'd c b a')).toBeLessThan(1);
    expect(dice(profileOf('a b c d').unigrams, profileOf('d c b a').unigrams)).toBe(1);
  });

  it('is symmetric', () => {
    const a = profileOf('Medewerkers publiceren geen vertrouwelijke informatie');
    const b = profileOf('Medewerkers publiceren nooit vertrouwelijke of persoonlijke informatie');
    expect(profileSimilarity(a, b)).toBe(profileSimilarity(b, a));
  });

  it('measures containment and cosine', () => {
    expect(containment(new Set(['a', 'b']), new Set(['a', 'b', 'c']))).toBe(1);
    expect(containment(new Set(['a', 'x']), new Set(['a', 'b']))).toBe(0.5);
    expect(cosine(['a', 'a', 'b'], ['a', 'a', 'b'])).toBeCloseTo(1);
    expect(cosine(['a'], ['b'])).toBe(0);
  });

  it('computes edit distance, giving up past the limit', () => {
    expect(editDistance('vervuult', 'vervuilt')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('leerling', 'medewerker', 2)).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
