// What a topic is about, as keys (topic-terms.ts) with weights, made from what the topic list says of it: its name,
// its signals, its description and its example sentences. A key many topics of the list share ("verwerk",
// "gegev" in a privacy statement's list) tells the topics apart little and weighs little; a key of one topic alone
// ("bewar", "cooki") weighs most. Texts are then scored against the profiles word by word (topic-evidence.ts).
import { normalise } from '../../text/normalise.js';
import type { TopicDefinition } from '../read/topic-list.js';
import { RESTATED_WORDS } from './score-scale.js';
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
  /**
   * The keys a word of the definition has whole, not only as a compound part: a title compound that shares only a
   * part with the topic's own compound ("Slotbepalingen", "Begripsbepalingen") names something else.
   */
  wholeKeys: ReadonlySet<string>;
  /** The list's `elsewhere` phrases, as global patterns over a normalised text padded with a space on each side. */
  elsewhere: RegExp[];
  /** The list's `wordsNeed` phrases, as patterns over the same padded text: a text holding none has no word of it. */
  wordsNeed: RegExp[];
  /** With the list's `examplesClaimRuns`: the runs of other topics' examples this topic reads no word within. */
  othersRuns?: ExampleRuns;
  /**
   * A sentence holding another topic's signal and none of this one's, or under another topic's title, is no candidate
   * for it (signalsClaimSentences).
   */
  claimedBySignals: boolean;
  /**
   * The name says what does not happen ("Wanneer een klacht niet wordt behandeld"): a title is about the topic only
   * where it says "niet" or "geen" too ("Het indienen en behandelen van klachten" heads handling, not its refusal).
   */
  negated: boolean;
  /**
   * The sentences the topic is defined by (its description, examples, the law's words that require it and its
   * signals), each as the first key of its content words, the kind's subject (`subjectKeys`) left out; only those with
   * RESTATED_WORDS keys or more, which a clause's sentence can restate (restated-sentences.ts).
   */
  defining: readonly ReadonlySet<string>[];
}

/** A standalone word of negation (a compound such as "niet-betrokkene" names a thing, and is no negation). */
const NEGATION = /(?<![\p{L}-])(?:niet|geen|not|no)(?![\p{L}-])/iu;

/** Whether a text says "niet", "geen", "not" or "no" as a word of its own. */
export const saysNot = (text: string): boolean => NEGATION.test(text);

/** The runs of other topics' examples a topic reads no word within (examplesClaimRuns), and where a text has any. */
export interface ExampleRuns {
  /** This topic's: runs of `index.length` normalised words, joined by a space. */
  runs: ReadonlySet<string>;
  index: ExampleRunIndex;
}

/** Shared by the topics of one list: every example's runs, and per text the runs of them it holds (found once). */
interface ExampleRunIndex {
  length: number;
  all: ReadonlySet<string>;
  /** The first word of each run of `all`. */
  firsts: ReadonlySet<string>;
  /** Per text: its words, where a run of `all` begins in them and that run (no words kept where none begins). */
  found: Map<string, { words: string[]; at: number[]; runs: string[] }>;
  /** keyedNormal of what topics leave of a text. */
  keyed: Map<string, WordKeys[]>;
}

export interface TopicProfiles {
  profiles: TopicProfile[];
  /** Key → specificity: ln(1 + topics / topics using the key). */
  specificity: Map<string, number>;
  /** The specificity of a key of one topic alone: also what an unknown key (about something else) weighs. */
  maxSpecificity: number;
  /**
   * The keys more than half of the topics use: what the whole kind of policy is about ("klacht" in a
   * klachtenregeling, "gegev" in a privacy statement), so a sentence holding one says nothing of which topic it is on.
   */
  subjectKeys: ReadonlySet<string>;
  /**
   * Whether a sentence that hands matters to later rules gives the topics no word (delegated-sentences.ts): for a
   * list's topics; not where the topics are induced from the documents (TopicDefinition.induced).
   */
  laterRulesRuleNothing: boolean;
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
 * phrases ("wettelijke verplichting" is the legal ground's, not "Verplicht of vrijwillig verstrekken"'s) and outside
 * the other topics' example runs it is given (othersExampleRuns), or undefined where none of them is in the text, so
 * the text's keyed words stand.
 */
export function ownWords(normal: string, profile: TopicProfile): WordKeys[] | undefined {
  let text = normal;
  if (profile.elsewhere.length > 0) {
    let padded = ` ${normal} `;
    for (const pattern of profile.elsewhere) padded = padded.replace(pattern, ' ');
    if (padded.length !== normal.length + 2) text = padded.trim().replace(/ +/g, ' ');
  }
  if (!profile.othersRuns) return text === normal ? undefined : keyedNormal(text);
  const { index } = profile.othersRuns;
  text = outsideRuns(text, profile.othersRuns);
  if (text === normal) return undefined;
  // Most topics of a list are given the same runs: what is left of a text is often the same, and keyed once.
  let keyed = index.keyed.get(text);
  if (!keyed) {
    keyed = keyedNormal(text);
    index.keyed.set(text, keyed);
  }
  return keyed;
}

/**
 * ownWords of a sentence: none where it holds none of the topic's `wordsNeed` phrases ("de namen van de medewerkers
 * die erbij betrokken waren" states no handling by someone not involved). A title is not held to them: a heading
 * names its topic, where a sentence has to state it.
 */
export function sentenceWords(normal: string, profile: TopicProfile): WordKeys[] | undefined {
  if (profile.wordsNeed.length > 0 && !profile.wordsNeed.some((pattern) => pattern.test(` ${normal} `))) return [];
  return ownWords(normal, profile);
}

/** The words of a normalised text outside every run of `runs` in it, joined by a space (the text itself where none is). */
function outsideRuns(text: string, { runs, index }: ExampleRuns): string {
  let found = index.found.get(text);
  if (!found) {
    found = { words: [], at: [], runs: [] };
    const words = text.split(' ');
    for (let at = 0; at + index.length <= words.length; at++) {
      // Most words begin no run: the run is joined only where one may begin.
      if (!index.firsts.has(words[at] as string)) continue;
      const run = words.slice(at, at + index.length).join(' ');
      if (index.all.has(run)) {
        found.words = words;
        found.at.push(at);
        found.runs.push(run);
      }
    }
    index.found.set(text, found);
  }
  const { words, at: starts } = found;
  if (starts.length === 0) return text;
  const claimed = new Uint8Array(words.length);
  let any = false;
  for (let k = 0; k < starts.length; k++) {
    if (!runs.has(found.runs[k] as string)) continue;
    const at = starts[k] as number;
    claimed.fill(1, at, at + index.length);
    any = true;
  }
  return any ? words.filter((_, at) => claimed[at] === 0).join(' ') : text;
}

/** One index per run length (a list has one): the texts' runs are found once for all its topics. */
function exampleRunIndexer(topics: readonly TopicDefinition[]): (length: number) => ExampleRunIndex {
  const indices = new Map<number, ExampleRunIndex>();
  return (length) => {
    let index = indices.get(length);
    if (!index) {
      const all = new Set(
        topics.flatMap((topic) => (topic.examples ?? []).flatMap((example) => runsOf(example, length))),
      );
      const firsts = new Set([...all].map((run) => run.slice(0, run.indexOf(' '))));
      index = { length, all, firsts, found: new Map(), keyed: new Map() };
      indices.set(length, index);
    }
    return index;
  };
}

/** Whether topics are a list's, whose content a sentence handing matters to later rules does not hold (not induced). */
export const laterRulesRuleNothing = (topics: readonly TopicDefinition[]): boolean =>
  !topics.some((topic) => topic.induced);

export function topicProfiles(topics: readonly TopicDefinition[]): TopicProfiles {
  const wholeKeys = topics.map(() => new Set<string>());
  const counts = topics.map((topic, t) => {
    const count = new Map<string, number>();
    const add = (texts: readonly string[], weight: number): void => {
      const words = texts.flatMap((text) => keyedWords(text));
      const whole = new Set(words.flatMap((word) => word.whole));
      for (const key of whole) wholeKeys[t]?.add(key);
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
  const subjectKeys = new Set(
    [...used].flatMap(([key, topicsUsing]) => (topicsUsing * 2 > topics.length ? [key] : [])),
  );
  const indexFor = exampleRunIndexer(topics);
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
    return {
      id: topic.id,
      weights,
      stress,
      total,
      nameWords: keyedWords(topic.name),
      wholeKeys: wholeKeys[t] as Set<string>,
      ...readingRules(topics, t, indexFor),
      negated: saysNot(topic.name),
      defining: definingSentences(topic, subjectKeys),
    };
  });
  return { profiles, specificity, maxSpecificity, subjectKeys, laterRulesRuleNothing: laterRulesRuleNothing(topics) };
}

/** What of a text topic `t` reads as its own, from its list: its `elsewhere` and `wordsNeed`, the list's settings. */
function readingRules(
  topics: readonly TopicDefinition[],
  t: number,
  indexFor: (length: number) => ExampleRunIndex,
): Pick<TopicProfile, 'elsewhere' | 'wordsNeed' | 'claimedBySignals' | 'othersRuns'> {
  const topic = topics[t] as TopicDefinition;
  const othersRuns = topic.examplesClaimRuns
    ? othersExampleRuns(topics, t, indexFor(topic.examplesClaimRuns))
    : undefined;
  return {
    elsewhere: (topic.elsewhere ?? []).map((phrase) => new RegExp(signalPattern(phrase).source, 'gu')),
    wordsNeed: (topic.wordsNeed ?? []).map(signalPattern),
    claimedBySignals: topic.signalsClaimSentences === true,
    ...(othersRuns ? { othersRuns } : {}),
  };
}

/** TopicProfile.defining of one topic. */
function definingSentences(topic: TopicDefinition, subjectKeys: ReadonlySet<string>): ReadonlySet<string>[] {
  const texts = [topic.description, ...(topic.examples ?? []), ...(topic.law ?? []).map((basis) => basis.words)];
  return [...texts, ...topic.signals]
    .map(
      (text) =>
        new Set(keyedWords(text).flatMap((word) => word.whole.slice(0, 1).filter((key) => !subjectKeys.has(key)))),
    )
    .filter((keys) => keys.size >= RESTATED_WORDS);
}

/**
 * The runs of `length` words of the other topics' examples that topic `t`'s own definition (name, description,
 * examples, signals) does not hold, or undefined where there are none. "benoemd voor een termijn" of the
 * klachtencommissie's example "De leden van de commissie worden benoemd voor een termijn van vier jaar" is a member's
 * term of office, not a complaint's deadline: the deadline topics read no "termijn" within it. A set, not a pattern:
 * the runs as one pattern's alternatives cost the topic search a quarter more CPU, a text's runs looked up a tenth.
 */
function othersExampleRuns(
  topics: readonly TopicDefinition[],
  t: number,
  index: ExampleRunIndex,
): ExampleRuns | undefined {
  const topic = topics[t] as TopicDefinition;
  const own = new Set(
    [topic.name, topic.description, ...(topic.examples ?? []), ...topic.signals].flatMap((text) =>
      runsOf(text, index.length),
    ),
  );
  const runs = new Set<string>();
  topics.forEach((other, u) => {
    if (u === t) return;
    for (const example of other.examples ?? [])
      for (const run of runsOf(example, index.length)) if (!own.has(run)) runs.add(run);
  });
  return runs.size === 0 ? undefined : { runs, index };
}

/** The runs of `length` words of a list's text, normalised as the texts a topic reads are: each text once a length. */
const runsOfText = new Map<string, string[]>();
function runsOf(text: string, length: number): string[] {
  const key = `${length}\u0000${text}`;
  const known = runsOfText.get(key);
  if (known) return known;
  const runs = newRuns(text, length);
  runsOfText.set(key, runs);
  return runs;
}

/** runsOf, worked out. */
function newRuns(text: string, length: number): string[] {
  const words = normalise(keyedText(text))
    .split(' ')
    .filter((word) => word !== '');
  const runs: string[] = [];
  for (let at = 0; at + length <= words.length; at++) runs.push(words.slice(at, at + length).join(' '));
  return runs;
}
