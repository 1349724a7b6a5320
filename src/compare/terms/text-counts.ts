// A comparison's texts counted into its vocabulary (documents.ts): each text's term counts, and for clauses and units
// their content terms. A word is reduced to its terms' ids once (its terms made by documents.ts, then registered
// with the vocabulary in the order count() would meet them, so every id is the one counting the terms as strings
// gave), and a text is counted from those ids. Counting the terms as strings made an array of them per text and
// looked every one up again by its string (two versions of Boek 2 BW: some 40,000 texts, ~1.2 million terms); a
// text's content terms were a Set of their own per text, sentences and stretches included, that only clauses and
// units read. Now they are the content words among its counted terms (vectors.ts, weighedWordTerms), ascending, made
// only where asked for.
import type { TermCounts, Vocabulary } from './vectors.js';

/** What one array of words counts to; the same array is counted once (the documents' texts share their words). */
interface Counted {
  counts: TermCounts;
  content?: Int32Array;
}

export class TextCounts {
  /** Per word, its terms' ids in the vocabulary. */
  private readonly idsOfWord = new Map<string, readonly number[]>();
  private readonly counted = new Map<readonly string[], Counted>();
  /** The term ids of the text being counted. */
  private terms = new Int32Array(256);

  /**
   * @param termsOfWord a word's terms (stems, compound parts), as strings
   * @param organisation the term of the organisations' masked names: no content term
   */
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly termsOfWord: (word: string) => readonly string[],
    private readonly organisation: string,
  ) {}

  /** The term counts of `words` (Vocabulary.count of their terms). Registers new terms. */
  counts(words: readonly string[]): TermCounts {
    return this.countedOf(words).counts;
  }

  /**
   * The term ids of the content words of `words`: no function words, no organisation name (evidence counted by
   * second-pass.ts), ascending, each once.
   */
  content(words: readonly string[]): Int32Array {
    const known = this.countedOf(words);
    known.content ??= this.vocabulary.weighedWordTerms(known.counts, this.organisation);
    return known.content;
  }

  private countedOf(words: readonly string[]): Counted {
    let known = this.counted.get(words);
    if (!known) {
      const length = this.fill(words);
      known = { counts: this.vocabulary.countWordTerms(this.terms, length) };
      this.counted.set(words, known);
    }
    return known;
  }

  /** Puts the term ids of `words` into `terms`, in order; how many there are. */
  private fill(words: readonly string[]): number {
    let length = 0;
    for (let w = 0; w < words.length; w++) {
      const ids = this.idsOf(words[w] as string);
      if (length + ids.length > this.terms.length) this.grow(length + ids.length);
      for (let k = 0; k < ids.length; k++) this.terms[length++] = ids[k] as number;
    }
    return length;
  }

  private idsOf(word: string): readonly number[] {
    let ids = this.idsOfWord.get(word);
    if (!ids) {
      ids = this.vocabulary.wordTerms(this.termsOfWord(word));
      this.idsOfWord.set(word, ids);
    }
    return ids;
  }

  private grow(size: number): void {
    const grown = new Int32Array(Math.max(size, 2 * this.terms.length));
    grown.set(this.terms);
    this.terms = grown;
  }
}
