// What the topic search (topic-scores.ts) reads of a text apart from the document it stands in: its sentences, each
// sentence's signals and keyed words, and the topics whose keys it holds; kept apart so it is read once per text.
import { normalise } from '../../text/normalise.js';
import { sentencesOnce } from '../read/sentence-memo.js';
import { type TextMatch, textMatch } from './topic-evidence.js';
import {
  keyedNormal,
  keyedText,
  keyedWords,
  sentenceWords,
  type TopicProfile,
  type TopicProfiles,
} from './topic-profile.js';
import { signalText, type TopicSignalSet } from './topic-signals.js';
import type { WordKeys } from './topic-terms.js';

/** The topics a sentence holds a key of (topicsOfKey), the words each reads as its own (sentenceWords), and its textMatch with each. */
export interface TopicMatches {
  topics: number[];
  words: (readonly WordKeys[])[];
  match: TextMatch[];
}

/**
 * What the topic search reads of a text, whatever document of the comparison it stands in, made once per text: two
 * versions of one law share most clauses and sentences word for word.
 */
export class TopicReading {
  private readonly sentencesOf = new Map<string, string[]>();
  private readonly sentenceOf = new Map<string, { found: (readonly string[])[]; words: WordKeys[]; normal: string }>();
  private readonly keyedOf = new Map<string, WordKeys[]>();
  private readonly keysOf = new Map<string, string[]>();
  private readonly matchesOf = new WeakMap<TopicProfiles, Map<string, TopicMatches>>();

  constructor(readonly signals: TopicSignalSet) {}

  /** A clause's sentences, trimmed, the empty ones left out. */
  sentences(text: string): string[] {
    let sentences = this.sentencesOf.get(text);
    if (!sentences) {
      sentences = sentencesOnce(text)
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence !== '');
      this.sentencesOf.set(text, sentences);
    }
    return sentences;
  }

  /** A sentence's signals per topic, its keyed words and the normalised text they were keyed from. */
  sentence(sentence: string): { found: (readonly string[])[]; words: WordKeys[]; normal: string } {
    let read = this.sentenceOf.get(sentence);
    if (!read) {
      const text = signalText(sentence);
      // keyedWords normalises the sentence as signals read it, unless it has what a signal writes as a wildcard or gap.
      const keyed = keyedText(sentence);
      const normal = keyed === sentence ? text.normal : normalise(keyed);
      read = { found: this.signals.in(text), words: keyedNormal(normal), normal };
      this.sentenceOf.set(sentence, read);
    }
    return read;
  }

  /** The distinct keys of a text's keyed words (whole words and their parts), as rarity counts them. */
  keys(text: string): string[] {
    let keys = this.keysOf.get(text);
    if (!keys) {
      keys = [...new Set(this.keyed(text).flatMap((word) => [...word.whole, ...word.parts]))];
      this.keysOf.set(text, keys);
    }
    return keys;
  }

  /**
   * The topics of `profiles` a sentence holds a key of, and its textMatch with each: what its evidence is made of
   * apart from the rarity of its keys in one document, so worked out once for all documents.
   */
  matches(sentence: string, words: readonly WordKeys[], profiles: TopicProfiles, topicsOf: TopicsOfKey): TopicMatches {
    let byText = this.matchesOf.get(profiles);
    if (!byText) {
      byText = new Map();
      this.matchesOf.set(profiles, byText);
    }
    let found = byText.get(sentence);
    if (!found) {
      const held = new Set<number>();
      for (const word of words) {
        for (const key of word.whole) for (const t of topicsOf.get(key) ?? []) held.add(t);
        for (const key of word.parts) for (const t of topicsOf.get(key) ?? []) held.add(t);
      }
      const topics = [...held];
      const { normal } = this.sentence(sentence);
      const own = topics.map((t) => sentenceWords(normal, profiles.profiles[t] as TopicProfile) ?? words);
      found = {
        topics,
        words: own,
        match: topics.map((t, at) => textMatch(own[at] as WordKeys[], profiles.profiles[t] as TopicProfile, profiles)),
      };
      byText.set(sentence, found);
    }
    return found;
  }

  /** keyedWords of a text. */
  keyed(text: string): WordKeys[] {
    let words = this.keyedOf.get(text);
    if (!words) {
      words = keyedWords(text);
      this.keyedOf.set(text, words);
    }
    return words;
  }
}

/** Key → the indices of the topics whose profile has it, ascending. */
export type TopicsOfKey = Map<string, number[]>;

export function topicsOfKey(profiles: TopicProfiles): TopicsOfKey {
  const index: TopicsOfKey = new Map();
  profiles.profiles.forEach((profile, t) => {
    for (const key of profile.weights.keys()) {
      const list = index.get(key);
      if (list) list.push(t);
      else index.set(key, [t]);
    }
  });
  return index;
}
