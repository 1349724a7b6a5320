// What a topic is about, as keys (topic-terms.ts) with weights, made from what the topic list says of it: its name,
// its signals, its description and its example sentences. A key many topics of the list share ("verwerk",
// "gegev" in a privacy statement's list) tells the topics apart little and weighs little; a key of one topic alone
// ("bewar", "cooki") weighs most. Texts are then scored against the profiles word by word (topic-evidence.ts).
import { normalise } from '../text/normalise.js';
import type { TopicDefinition } from './topic-list.js';
import { signalPattern, withoutShapes } from './topic-signals.js';
import { joinedWords, type WordKeys, wordKeyParts } from './topic-terms.js';

/**
 * How much each part of a topic's definition weighs: the name most, since a heading that names a topic is its title;
 * a signal no more than the description, since a signal is a phrase for one context ("dit protocol geeft
 * richtlijnen") whose words alone say less. A key that only a compound part of the definition gives ("woord" of
 * "woordvoering") counts half.
 */
const NAME_WEIGHT = 3;
const SIGNAL_WEIGHT = 1;
const DESCRIPTION_WEIGHT = 1;
const EXAMPLE_WEIGHT = 1;
const PART_WEIGHT = 0.5;

export interface TopicProfile {
  id: string;
  /** Key → weight (how much of the definition uses it × how specific it is to this topic). */
  weights: Map<string, number>;
  /** Key → 0..1: how much the definition stresses it (1 for a word of the name, less for one of the description). */
  stress: Map<string, number>;
  /** The sum of the weights. */
  total: number;
  /** Each content word of the topic's name, as its keys: a title naming them all names the topic. */
  nameWords: WordKeys[];
  /** The list's `elsewhere` phrases, as global patterns over a normalised text padded with a space on each side. */
  elsewhere: RegExp[];
  /**
   * A sentence holding another topic's signal and none of this one's, or under another topic's title, is no candidate
   * for it (signalsClaimSentences).
   */
  claimedBySignals: boolean;
}

export interface TopicProfiles {
  profiles: TopicProfile[];
  /** Key → specificity: ln(1 + topics / topics using the key). */
  specificity: Map<string, number>;
  /** The specificity of a key of one topic alone: also what an unknown key (about something else) weighs. */
  maxSpecificity: number;
}

/** The keys of a text, one entry per content word (words without keys left out). */
export function keyedWords(text: string): WordKeys[] {
  return keyedNormal(normalise(keyedText(text)));
}

/** The text keyedWords normalises: wildcards, gaps and a signal's shapes (`<postcode>`) read as nothing and a space. */
export function keyedText(text: string): string {
  return withoutShapes(text.replace(/\*/g, '').replace(/\.\./g, ' '));
}

/** keyedWords of a text whose keyedText is already normalise()d. */
export function keyedNormal(normal: string): WordKeys[] {
  return joinedWords(normal)
    .map((word) => wordKeyParts(word))
    .filter((keys) => keys.whole.length + keys.parts.length > 0);
}

/**
 * The keyed words of a text (keyedText normalised: `normal`) a topic reads as its own: those outside its `elsewhere`
 * phrases ("wettelijke verplichting" is the legal ground's, not "Verplicht of vrijwillig verstrekken"'s), or
 * undefined where none of them is in the text, so the text's keyed words stand.
 */
export function ownWords(normal: string, profile: TopicProfile): WordKeys[] | undefined {
  if (profile.elsewhere.length === 0) return undefined;
  let padded = ` ${normal} `;
  for (const pattern of profile.elsewhere) padded = padded.replace(pattern, ' ');
  return padded.length === normal.length + 2 ? undefined : keyedNormal(padded.trim().replace(/ +/g, ' '));
}

export function topicProfiles(topics: readonly TopicDefinition[]): TopicProfiles {
  const counts = topics.map((topic) => {
    const count = new Map<string, number>();
    const add = (texts: readonly string[], weight: number): void => {
      const words = texts.flatMap((text) => keyedWords(text));
      const whole = new Set(words.flatMap((word) => word.whole));
      const parts = new Set(words.flatMap((word) => word.parts).filter((key) => !whole.has(key)));
      for (const key of whole) count.set(key, (count.get(key) ?? 0) + weight);
      for (const key of parts) count.set(key, (count.get(key) ?? 0) + PART_WEIGHT * weight);
    };
    add([topic.name], NAME_WEIGHT);
    add(topic.signals, SIGNAL_WEIGHT);
    add([topic.description], DESCRIPTION_WEIGHT);
    add(topic.examples ?? [], EXAMPLE_WEIGHT);
    return count;
  });
  const used = new Map<string, number>();
  for (const count of counts) for (const key of count.keys()) used.set(key, (used.get(key) ?? 0) + 1);
  const specificity = new Map<string, number>();
  for (const [key, topicsUsing] of used) specificity.set(key, Math.log(1 + topics.length / topicsUsing));
  const maxSpecificity = Math.log(1 + topics.length);
  const profiles = topics.map((topic, t) => {
    const weights = new Map<string, number>();
    const stress = new Map<string, number>();
    let total = 0;
    for (const [key, count] of counts[t] as Map<string, number>) {
      const weight = count * (specificity.get(key) ?? 0);
      weights.set(key, weight);
      stress.set(key, Math.min(1, count / NAME_WEIGHT));
      total += weight;
    }
    const elsewhere = (topic.elsewhere ?? []).map((phrase) => new RegExp(signalPattern(phrase).source, 'gu'));
    const claimedBySignals = topic.signalsClaimSentences === true;
    return { id: topic.id, weights, stress, total, nameWords: keyedWords(topic.name), elsewhere, claimedBySignals };
  });
  return { profiles, specificity, maxSpecificity };
}
