// How well a text matches a topic's profile (topic-profile.ts), word by word. Two measures: for a title, how much of
// it is about the topic (`share`: a title "Doeleinden van de verwerking" is almost wholly about the purpose, little
// about the legal basis, although both topics use "verwerking") and how much of the topic's name it says (`named`:
// "Doelgroep en reikwijdte" says both words of "Doel en reikwijdte"); for a sentence, how much of the topic's weight
// it holds (`recall`) and with how many of its own words.
import type { TopicProfile, TopicProfiles } from './topic-profile.js';
import type { WordKeys } from './topic-terms.js';

/** A title word no topic of the list uses ("Categorieën", "kennisneming") is about something else, half as much as a key of one topic. */
const UNKNOWN_WORD = 0.5;
/** A word that meets a topic only through a compound part ("doel" of "doelgroep") counts this much. */
const PART_CREDIT = 0.5;

export interface TitleMatch {
  /** 0..1: the part of the title's weight that is about this topic. */
  share: number;
  /** The evidence's weight: per word its best key on the topic, by specificity, stress and rarity in the document. */
  strength: number;
  /** 0..1: the part of the topic's name words the title says. */
  named: number;
}

/** What a word weighs in a title: its whole word's most specific key the list knows, else as much as a key of one topic. */
function wordWeight(word: WordKeys, profiles: TopicProfiles): number {
  let weight = 0;
  for (const key of word.whole) weight = Math.max(weight, profiles.specificity.get(key) ?? 0);
  return weight > 0 ? weight : UNKNOWN_WORD * profiles.maxSpecificity;
}

/**
 * Whether a compound's head is a word of the topic's name, which the topic has whole: "Inzagerecht" is a kind of
 * "Rechten"; a head the topic has only in its description ("Begripsomschrijvingen" and "een omschrijving" of what a
 * complaint holds) or only as a part of its own compound names another thing.
 */
const namesHead = (profile: TopicProfile, key: string): boolean =>
  profile.wholeKeys.has(key) && profile.nameWords.some((word) => word.whole.includes(key));

/** How much of the word's weight is about the topic: its best key the topic has, as stressed there (and its rarity). */
function wordMatch(
  word: WordKeys,
  profile: TopicProfile,
  profiles: TopicProfiles,
  rare: (key: string) => number,
): { match: number; strength: number } {
  let match = 0;
  let strength = 0;
  const score = (key: string, credit: number): void => {
    if (!profile.weights.has(key)) return;
    const value = credit * (profile.stress.get(key) ?? 0) * (profiles.specificity.get(key) ?? 0);
    if (value > match) {
      match = value;
      strength = value * rare(key);
    }
  };
  for (const key of word.whole) score(key, 1);
  // A compound's head the topic too has only as a part is what two compounds are both a kind of, not what they name
  // ("Slotbepalingen" is no "Begripsbepalingen"; "Begripsomschrijvingen" shares the part that says what it is
  // about): as title evidence it counts for nothing (issue 73).
  for (const key of word.parts) if (!word.head?.includes(key) || namesHead(profile, key)) score(key, PART_CREDIT);
  return { match, strength };
}

/** A word's keys: its whole word's, then its compound parts'. */
export const keysOf = (word: WordKeys): string[] => [...word.whole, ...word.parts];

/**
 * `rare`: how rare a key is in the document (1 by default): a title word every clause of the document has ("sociale
 * media" in a social-media protocol) is no evidence of a topic.
 */
export function titleMatch(
  words: readonly WordKeys[],
  profile: TopicProfile,
  profiles: TopicProfiles,
  rare: (key: string) => number = () => 1,
): TitleMatch {
  let weight = 0;
  let matched = 0;
  let strength = 0;
  for (const word of words) {
    weight += wordWeight(word, profiles);
    const match = wordMatch(word, profile, profiles, rare);
    matched += match.match;
    strength += match.strength;
  }
  const titleKeys = new Set(words.flatMap(keysOf));
  // A name word is said by its own keys, not by a fragment the dictionary splits off it ("eren" of "kinderen", which
  // "manieren" has too).
  const said = profile.nameWords.filter((word) => word.whole.some((key) => titleKeys.has(key))).length;
  return {
    share: weight === 0 ? 0 : Math.min(1, matched / weight),
    strength,
    named: profile.nameWords.length === 0 ? 0 : said / profile.nameWords.length,
  };
}

export interface TextMatch {
  /** 0..1: the part of the topic's weight whose keys the text holds. */
  recall: number;
  /** The evidence the text's words give: per word its best key, by specificity and how much the topic stresses it. */
  strength: number;
  /**
   * How many of the text's words hold a key of the topic, a word whose best key is the kind's subject
   * (TopicProfiles.subjectKeys) left out: "klacht" and "behandeling" are one word on "Onpartijdige behandeling".
   */
  words: number;
  /** The topic's keys the text holds, most weighty first (shown as the evidence). */
  keys: string[];
}

export function textMatch(words: readonly WordKeys[], profile: TopicProfile, profiles: TopicProfiles): TextMatch {
  const keys = new Set<string>();
  let count = 0;
  // Each matching key counts once however often it recurs; a word counts by its best key.
  const credited = new Set<string>();
  let strength = 0;
  for (const word of words) {
    let best = 0;
    let bestKey: string | undefined;
    for (const key of keysOf(word)) {
      if (!profile.weights.has(key)) continue;
      keys.add(key);
      const value = (profile.stress.get(key) ?? 0) * (profiles.specificity.get(key) ?? 0);
      if (value > best) {
        best = value;
        bestKey = key;
      }
    }
    if (bestKey !== undefined) {
      if (!profiles.subjectKeys.has(bestKey)) count++;
      if (!credited.has(bestKey)) {
        credited.add(bestKey);
        strength += best;
      }
    }
  }
  let weight = 0;
  for (const key of keys) weight += profile.weights.get(key) ?? 0;
  const ordered = [...keys].sort((a, b) => (profile.weights.get(b) ?? 0) - (profile.weights.get(a) ?? 0));
  return { recall: profile.total === 0 ? 0 : weight / profile.total, strength, words: count, keys: ordered };
}
