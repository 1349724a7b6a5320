// Whether a clause says what one sentence of a topic's definition says: the requirement's words together, not a word
// of it here and another there (issue 73). The sentences a topic is defined by are its description, its examples, the
// law's words that require it and its signals (TopicProfile.defining); a sentence of a clause restates one where it
// holds RESTATED_WORDS of its content words, the words more than half of the list's topics use (the kind's subject:
// "klacht") left out. Worked out with the scores (topic-scores.ts) for the clauses in the unsure band, and read by
// coverage: in a cell no clause covers, the nearest candidate that restates the topic covers it ("De behandeling van
// de klacht geschiedt door een persoon die niet bij de gedraging waarop de klacht betrekking heeft, betrokken is
// geweest" in other words), where words spread over the topic's whole definition leave it "mogelijk".
import { RESTATED_WORDS } from './score-scale.js';
import { sentenceWords, type TopicProfile } from './topic-profile.js';
import type { WordKeys } from './topic-terms.js';

/** A sentence as the topic search read it (TopicReading.sentence): its keyed words and the normalised text. */
export interface ReadSentence {
  words: readonly WordKeys[];
  normal: string;
}

/**
 * The keys of the defining sentence of `profile` that one of `sentences` holds most of, where it holds RESTATED_WORDS;
 * else undefined. A sentence is read as the topic reads it: no word within its `elsewhere` phrases or another topic's
 * example runs, none without one of its `wordsNeed` phrases (sentenceWords).
 */
export function restatedKeys(profile: TopicProfile, sentences: readonly ReadSentence[]): string[] | undefined {
  let best: string[] | undefined;
  for (const { words, normal } of profile.defining.length > 0 ? sentences : []) {
    const own = sentenceWords(normal, profile) ?? words;
    const keys = new Set(own.flatMap((word) => [...word.whole, ...word.parts]));
    for (const defining of profile.defining) {
      const held = [...defining].filter((key) => keys.has(key));
      if (held.length >= RESTATED_WORDS && held.length > (best?.length ?? 0)) best = held;
    }
  }
  return best;
}
