// The words a comparison reads of a clause's texts (documents.ts): the clause, its sentences, the stretches between
// commas of each sentence (its parts) and its runs of sentences (its units, units.ts), each normalised with the
// organisations' names masked and fixed expressions fused. A pure function of the text and the names, so each
// document's are kept in the cache (clause-words-cache.ts).
import { normalisedWords } from '../../text/normalise.js';
import { fuseExpressions } from './expressions.js';
import { maskNames, type NameMask } from '../read/organisation.js';
import { clauseSentences } from '../read/sentence-memo.js';
import { sentenceUnits } from './units.js';

/** A text's words with the organisations' names masked and fixed expressions fused (expressions.ts). */
export function maskedWordsOf(text: string, mask: NameMask): string[] {
  return fuseExpressions(maskNames(normalisedWords(text), mask));
}

/** maskedWordsOf, each text once: kept in `words` (text → words), which a document's cache entry may have filled. */
export function memoisedWords(words: Map<string, string[]>, mask: NameMask): (text: string) => string[] {
  return (text) => {
    let known = words.get(text);
    if (!known) {
      known = maskedWordsOf(text, mask);
      words.set(text, known);
    }
    return known;
  };
}

/** The stretches of a sentence between commas, semicolons and colons: the parts of a long sentence. */
export function phrasesOf(sentence: string): string[] {
  return sentence.split(/[,;:](?=\s)/);
}

/**
 * Every text whose words are read of a clause without a table, in one order: the clause, its sentences, each
 * sentence's stretches, its units (a text may stand more than once). `sentences` as clauseSentences(text) gives them.
 */
export function wordTexts(text: string, sentences: readonly string[] = clauseSentences(text)): string[] {
  const texts = [text, ...sentences];
  for (const sentence of sentences) texts.push(...phrasesOf(sentence));
  for (const unit of sentenceUnits(text, sentences)) texts.push(unit.text);
  return texts;
}
