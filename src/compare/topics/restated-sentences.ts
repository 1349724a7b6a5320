// Whether a clause says what one sentence of a topic's definition says: the requirement's words together, not a word
// of it here and another there (issue 73). The sentences a topic is defined by are its description, its examples, the
// law's words that require it and its signals (TopicProfile.defining); a sentence of a clause restates one where it
// holds RESTATED_WORDS of its content words, the words more than half of the list's topics use (the kind's subject:
// "klacht") left out. Worked out with the scores (topic-scores.ts) for the clauses in the unsure band, and read by
// coverage: in a cell no clause covers, the nearest candidate that restates the topic covers it ("De behandeling van
// de klacht geschiedt door een persoon die niet bij de gedraging waarop de klacht betrekking heeft, betrokken is
// geweest" in other words), where words spread over the topic's whole definition leave it "mogelijk".
import { normalise } from '../../text/normalise.js';
import { RESTATED_WORDS } from './score-scale.js';
import { keyedNormal, keyedText, ownWords, type TopicProfile } from './topic-profile.js';

/** Per sentence of a clause, its keys as every topic without `elsewhere` phrases or example runs reads them. */
export class ClauseSentenceKeys {
  private readonly normals: string[];
  private readonly keys = new Map<number, ReadonlySet<string>>();

  constructor(sentences: readonly string[]) {
    this.normals = sentences.map((sentence) => normalise(keyedText(sentence)));
  }

  /**
   * The keys of the defining sentence of `profile` that a sentence holds most of, where it holds RESTATED_WORDS;
   * else undefined. A sentence is read as the topic reads it: no word within its `elsewhere` phrases or another
   * topic's example runs (ownWords).
   */
  restated(profile: TopicProfile): string[] | undefined {
    if (profile.defining.length === 0) return undefined;
    let best: string[] | undefined;
    this.normals.forEach((normal, s) => {
      const own = ownWords(normal, profile);
      const keys = own ? keysOf(own) : this.sentenceKeys(s, normal);
      for (const defining of profile.defining) {
        const held = [...defining].filter((key) => keys.has(key));
        if (held.length >= RESTATED_WORDS && held.length > (best?.length ?? 0)) best = held;
      }
    });
    return best;
  }

  private sentenceKeys(s: number, normal: string): ReadonlySet<string> {
    let keys = this.keys.get(s);
    if (!keys) {
      keys = keysOf(keyedNormal(normal));
      this.keys.set(s, keys);
    }
    return keys;
  }
}

const keysOf = (words: ReturnType<typeof keyedNormal>): ReadonlySet<string> =>
  new Set(words.flatMap((word) => [...word.whole, ...word.parts]));
