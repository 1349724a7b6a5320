// A comparison's texts counted from their words' term ids (src/compare/terms/text-counts.ts) must give what counting the
// terms as strings gave: the same term ids in the same order of registration (they fix the order dot products add up
// in), the same counts, and as content terms the words' terms that are neither function words nor the organisation's
// name, each once and ascending.
import { describe, expect, it } from 'vitest';
import { isFunctionWord } from '../../../src/compare/terms/function-words.js';
import { TextCounts } from '../../../src/compare/terms/text-counts.js';
import { Vocabulary } from '../../../src/compare/terms/vectors.js';

/** Each word's terms: a compound splits in two, the rest stands for itself. */
const TERMS: Record<string, string[]> = { schoolleiding: ['school', 'leiding'], fatsoensnormen: ['fatsoen', 'normen'] };
const termsOfWord = (word: string): string[] => TERMS[word] ?? [word];
const ORGANISATION = 'orgnaam';

const TEXTS = [
  ['de', 'schoolleiding', 'meldt', 'het', 'aan', 'orgnaam'],
  ['de', 'school', 'meldt', 'de', 'fatsoensnormen', 'de', 'school'],
  ['orgnaam', 'en', 'de', 'leiding', 'van', 'de', 'school'],
  [],
  ['nieuw', 'woord', 'schoolleiding'],
];

/** The texts counted as before: every word's terms as strings, then their content terms as a Set. */
function countedAsStrings(texts: readonly string[][]): { vocabulary: Vocabulary; content: Set<number>[] } {
  const vocabulary = new Vocabulary(isFunctionWord);
  const content = texts.map((words) => {
    const terms = words.flatMap(termsOfWord);
    vocabulary.count(terms);
    return new Set(vocabulary.wordTerms(terms.filter((one) => !isFunctionWord(one) && one !== ORGANISATION)));
  });
  return { vocabulary, content };
}

describe('TextCounts', () => {
  it('counts each text as counting its terms as strings did, registering the same ids in the same order', () => {
    const before = countedAsStrings(TEXTS);
    const vocabulary = new Vocabulary(isFunctionWord);
    const counts = new TextCounts(vocabulary, termsOfWord, ORGANISATION);
    const again = new Vocabulary(isFunctionWord);
    for (const [index, words] of TEXTS.entries()) {
      const made = counts.counts(words);
      const expected = again.count(words.flatMap(termsOfWord));
      expect([...made.ids], `text ${index}`).toEqual([...expected.ids]);
      expect([...made.counts], `text ${index}`).toEqual([...expected.counts]);
      expect([...counts.content(words)]).toEqual([...(before.content[index] as Set<number>)].sort((a, b) => a - b));
    }
    expect(vocabulary.termCount).toBe(before.vocabulary.termCount);
    // Every word's term has the id counting as strings gave it.
    for (const word of TEXTS.flat().flatMap(termsOfWord))
      expect(vocabulary.wordTerms([word])).toEqual(before.vocabulary.wordTerms([word]));
  });

  it('counts an array of words once, and leaves the organisation out of the content only where it stands', () => {
    const vocabulary = new Vocabulary(isFunctionWord);
    const counts = new TextCounts(vocabulary, termsOfWord, ORGANISATION);
    const words = ['school', 'meldt'];
    expect(counts.counts(words)).toBe(counts.counts(words));
    expect(counts.content(words)).toBe(counts.content(words));
    // Before the organisation's term is registered, nothing is left out for it.
    expect(counts.content(words)).toHaveLength(2);
    expect(counts.content(['orgnaam', 'school'])).toEqual(Int32Array.from(vocabulary.wordTerms(['school'])));
  });
});
