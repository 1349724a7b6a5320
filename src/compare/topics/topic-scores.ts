// How sure the tool is that a clause covers a topic (0..1), from three kinds of evidence in what the text says:
//   signals   a phrase of the topic list in the clause or a title above it (topic-signals.ts): what a sector wrote as
//             a signal settles it, 0.5 to 1 by how many words it asks;
//   title     a heading above the clause (its section's, or one written as text: section-titles.ts) that is about the
//             topic: most of the title's weight is on the topic's keys and no other topic fits it better (the title
//             of other topics, or the document's own title above every clause, is no candidate either);
//   words     a sentence of the clause holding the topic's keys, by how specific each is to the topic and how rare in
//             the document (a word every clause of a privacy statement has, "gegevens", says little), when no other
//             topic fits the sentence clearly better; one word in common makes no candidate, nor, in a list that says
//             so (signalsClaimSentences), a sentence that holds another topic's signal and none of this one's or
//             stands under another topic's title.
// Each kind maps onto one scale: at TOPIC_THRESHOLD (0.5) a clause covers the topic; from CANDIDATE_FLOOR (0.25) it is
// a candidate, the "unsure" band a person is asked about; below that it is not offered. The bars were set on the
// hand labels of tests/fixtures/topic-labels/nl-kinds (tuning documents only; docs/compare.md, "Topic evidence").
import type { Entry } from '../../match/entries.js';
import type { ClauseTitles } from '../read/section-titles.js';
import {
  CANDIDATE_FLOOR,
  type ClauseScore,
  NO_SCORE,
  onScale,
  TEXT_BEST,
  TEXT_FLOOR,
  TEXT_MIN,
  TEXT_WORDS,
  TOPIC_THRESHOLD,
  WEAK_SIGNAL_SCORE,
} from './score-scale.js';
import {
  documentHeadings,
  documentTitles,
  othersTitle,
  scoreTitles,
  signalsInTitles,
  titlesSpeakingOf,
  type TitleShare,
  titleSharesOf,
  titleNamesOneTopic,
} from './title-shares.js';
import type { TopicProfile, TopicProfiles } from './topic-profile.js';
import { assignmentScore, isWeakSignal, shownSignal } from './topic-signals.js';
import type { TextMatch } from './topic-evidence.js';
import { type TopicMatches, type TopicReading, topicsOfKey } from './topic-reading.js';
import type { WordKeys } from './topic-terms.js';
import { isClosingLine } from '../read/closing-lines.js';
import { onlyAppliesOthers } from '../read/bare-references.js';
import { isEnactingFormula } from '../read/enacting-formula.js';
import { type ReadSentence, restatedKeys } from './restated-sentences.js';
import { delegatedSentences, mayDelegate } from './delegated-sentences.js';

/** A clause none of whose sentences hands matters to later rules, as most are. */
const NONE_DELEGATED: ReadonlySet<number> = new Set();

/** The most a sentence with fewer words on the topic scores: below the floor, so never a candidate. */
const ONE_WORD_SCORE = CANDIDATE_FLOOR * 0.99;

/** What the document's own words weigh: ln((N+1)/(df+1)) / ln(N+1) over its clauses, so a key in every clause weighs ~0. */
function rarity(entries: readonly Entry[], reading: TopicReading): (key: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const entry of entries) {
    for (const key of reading.keys(entry.text)) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const scale = Math.log(entries.length + 1);
  return (key) => (scale === 0 ? 0 : Math.log((entries.length + 1) / ((documentFrequency.get(key) ?? 0) + 1)) / scale);
}

interface SentenceEvidence {
  strength: Float64Array;
  words: Int32Array;
  /** Per topic, its keys the sentence holds; undefined where it holds none. */
  keys: (string[] | undefined)[];
  /** The largest strength of any topic. */
  best: number;
  /** The topics it holds a key of: every other topic's strength and words are 0. */
  topics: readonly number[];
}

/**
 * Per topic, a sentence's strength (its best key per word, by specificity, stress and rarity) and words on it. A
 * topic none of whose keys the sentence holds has none of either: only the topics it holds a key of are weighed.
 */
function sentenceEvidence(
  profiles: TopicProfiles,
  rare: (key: string) => number,
  matches: TopicMatches,
): SentenceEvidence {
  const count = profiles.profiles.length;
  const evidence: SentenceEvidence = {
    strength: new Float64Array(count),
    words: new Int32Array(count),
    keys: new Array<string[] | undefined>(count).fill(undefined),
    best: 0,
    topics: matches.topics,
  };
  matches.topics.forEach((t, at) => {
    const profile = profiles.profiles[t] as TopicProfile;
    const match = matches.match[at] as TextMatch;
    let strength = 0;
    const credited = new Set<string>();
    for (const word of matches.words[at] as readonly WordKeys[]) {
      let best = 0;
      let bestKey: string | undefined;
      // The word's whole keys, then its parts' (as [...word.whole, ...word.parts]).
      for (const keys of [word.whole, word.parts])
        for (const key of keys) {
          if (!profile.weights.has(key)) continue;
          const value = (profile.stress.get(key) ?? 0) * (profiles.specificity.get(key) ?? 0) * rare(key);
          if (value > best) {
            best = value;
            bestKey = key;
          }
        }
      if (bestKey !== undefined && !credited.has(bestKey)) {
        credited.add(bestKey);
        strength += best;
      }
    }
    evidence.strength[t] = strength;
    evidence.words[t] = match.words;
    evidence.keys[t] = match.keys;
  });
  evidence.best = Math.max(...evidence.strength);
  return evidence;
}

/**
 * Raises `result` to what the clause's sentences say of topic `t`; returns the 1-based sentences that carry the
 * topic (by their words, or by a signal: `bySentence`).
 */
function scoreSentences(
  result: ClauseScore,
  evidence: readonly SentenceEvidence[],
  t: number,
  bySentence: readonly (readonly string[])[],
  claimed: readonly boolean[],
): number[] {
  const covering: number[] = [];
  evidence.forEach((sentence, s) => {
    const strength = sentence.strength[t] as number;
    const words = sentence.words[t] as number;
    const decides = words >= TEXT_WORDS && strength >= TEXT_BEST * sentence.best;
    // One word in common is no sign that a sentence is about the topic ("ongeoorloofde wijziging" for "Wijziging van
    // de verklaring", "Duitsland" for "Doorgifte buiten de EER"): it stays below the candidates' floor (issue 42).
    const onScaled = onScale(strength, TEXT_FLOOR, TEXT_MIN, decides, 0.75);
    // A sentence another topic's signal claims ("Deze huisregels zijn ook van toepassing op … de mailinglisten" is the
    // scope's, not the use of e-mail's) decides a topic only by its own strength: it is no candidate below it.
    const weak = words < TEXT_WORDS || (claimed[s] === true && onScaled < TOPIC_THRESHOLD);
    const score = weak ? Math.min(onScaled, ONE_WORD_SCORE) : onScaled;
    if (score >= TOPIC_THRESHOLD || (bySentence[s]?.length ?? 0) > 0) covering.push(s + 1);
    if (score > result.score) {
      result.score = score;
      delete result.title;
      result.words = sentence.keys[t] ?? [];
    }
  });
  return covering;
}

/** A clause's score from the signals it holds (a weak one scores nothing here: weighWeakSignals), shown without "~". */
function signalScore(held: readonly string[]): ClauseScore {
  const strong = held.filter((signal) => !isWeakSignal(signal));
  return { score: strong.length > 0 ? assignmentScore(strong) : 0, signals: held.map(shownSignal) };
}

/**
 * A clause whose only signals of a topic are weak ones (it names what the topic is about, "de klachtencommissie"):
 * it covers the topic where the heading and the clause agree (a signal of the topic in a title above it and a weak
 * one in its text), or where its title or words decide on their own (its score already at the threshold); else it is
 * a candidate and a person is asked (issue 73: a commission named in every article put every article on
 * "Klachtencommissie"). The clause's words are no agreement: the weak signal's own word is among them.
 */
function weighWeakSignals(
  result: ClauseScore,
  held: readonly string[],
  titled: readonly string[],
  bySentence: readonly (readonly string[])[],
): void {
  if (held.length === 0 || held.some((signal) => !isWeakSignal(signal))) return;
  const agree = titled.length > 0 && bySentence.some((signals) => signals.length > 0);
  result.score = Math.max(result.score, agree ? TOPIC_THRESHOLD : WEAK_SIGNAL_SCORE);
}

/**
 * The topics of which a clause holds any evidence (1): a signal in its titles or a sentence, a title with a share of
 * the topic, a sentence with a strength for it. For every other topic its score is NO_SCORE, so it is not worked out.
 */
function topicsWithEvidence(
  count: number,
  inTitles: readonly (readonly string[])[],
  titles: readonly TitleShare[],
  read: readonly { found: (readonly string[])[]; evidence: SentenceEvidence }[],
): Uint8Array {
  const some = new Uint8Array(count);
  inTitles.forEach((found, t) => {
    if (found.length > 0) some[t] = 1;
  });
  for (const title of titles) for (const t of title.some) some[t] = 1;
  for (const sentence of read) {
    sentence.found.forEach((found, t) => {
      if (found.length > 0) some[t] = 1;
    });
    for (const t of sentence.evidence.topics) if (sentence.evidence.strength[t] !== 0) some[t] = 1;
  }
  return some;
}

/**
 * Per sentence of a clause, whether another topic claims it from topic `t` (in a list that says so,
 * signalsClaimSentences): it holds no signal of `t` but one of another topic, or the clause stands under the title of
 * other topics ("Verstrekking aan derden" above "… zijn dan ook verplicht deze gegevens af te geven" is the
 * recipients', not whether the person must give data). Empty where the list does not say so.
 */
function claimedSentences(
  profile: TopicProfile,
  t: number,
  read: readonly { found: (readonly string[])[] }[],
  nearestTitle: TitleShare | undefined,
): boolean[] {
  if (!profile.claimedBySignals) return [];
  const underOthers = nearestTitle !== undefined && othersTitle(nearestTitle, t);
  return read.map(
    ({ found }) => (found[t]?.length ?? 0) === 0 && (underOthers || found.some((signals) => signals.length > 0)),
  );
}

/** Where only some of a clause's sentences cover the topic by their own words (no title does), which ones. */
function markCoveringSentences(result: ClauseScore, covering: number[], of: number): void {
  if (result.score < TOPIC_THRESHOLD || result.title !== undefined) return;
  if (covering.length === 0 || covering.length >= of) return;
  result.sentences = covering;
  result.of = of;
}

/** In the unsure band, the words of a sentence of the topic's definition the clause restates (restated-sentences.ts). */
function markRestated(result: ClauseScore, profile: TopicProfile, sentences: readonly ReadSentence[]): void {
  if (result.score < CANDIDATE_FLOOR || result.score >= TOPIC_THRESHOLD) return;
  const restated = restatedKeys(profile, sentences);
  if (restated) result.restated = restated;
}

/** What reads one document's sentences for topics: each sentence's evidence is weighed once per document. */
interface SentenceReader {
  reading: TopicReading;
  profiles: TopicProfiles;
  rare: (key: string) => number;
  topicsOf: ReturnType<typeof topicsOfKey>;
  evidenceOf: Map<string, SentenceEvidence>;
}

/**
 * A clause's sentences as the topic search reads them. A sentence that hands matters to later rules
 * (delegated-sentences.ts) is read as empty: it keeps its place, so sentence numbers hold.
 */
function readSentences(sentences: readonly string[], delegated: ReadonlySet<number>, reader: SentenceReader) {
  const { reading, profiles, rare, topicsOf, evidenceOf } = reader;
  return sentences.map((whole, n) => {
    const sentence = delegated.has(n) ? '' : whole;
    const { found, words, normal } = reading.sentence(sentence);
    // A sentence's evidence weighs its keys by their rarity in this document: weighed once per document.
    let evidence = evidenceOf.get(sentence);
    if (!evidence) {
      evidence = sentenceEvidence(profiles, rare, reading.matches(sentence, words, profiles, topicsOf));
      evidenceOf.set(sentence, evidence);
    }
    return { found, evidence, words, normal };
  });
}

/**
 * Every clause's score for every topic of the list: [clause][topic]. Clauses that are headings written as text, the
 * closing lines of a regulation (closing-lines.ts) get no score: they state no rule.
 */
export function clauseScores(
  entries: readonly Entry[],
  titles: readonly ClauseTitles[],
  profiles: TopicProfiles,
  reading: TopicReading,
  ownTitle = '',
): ClauseScore[][] {
  const rare = rarity(entries, reading);
  const topicCount = profiles.profiles.length;
  const titleShares = titleSharesOf(profiles, rare);
  const reader: SentenceReader = { reading, profiles, rare, topicsOf: topicsOfKey(profiles), evidenceOf: new Map() };
  // The same titles stand above many clauses: their signals are found once.
  const titleSignals = new Map<string, (readonly string[])[]>();
  const signalsOfTitle = (title: string) => signalsInTitles(title, titleSignals, reading.signals);
  // The document's own title ("Privacyreglement …") says what the whole document is: no title evidence (signals: below).
  const documentTitle = documentTitles(titles, entries);
  const aboutTheDocument = documentHeadings(documentTitle, ownTitle, profiles);
  const titleSignalsCount = titleNamesOneTopic(documentTitle, reading.signals);
  return entries.map((entry, e) => {
    const { titles: allAbove, isTitle, body } = titles[e] as ClauseTitles;
    // A heading titles other clauses, a closing line (place and date, signature) closes the text: neither states a
    // rule; a bare reference states none by its own words. A heading on the clause's first line is among its titles
    // (`body`), not its words.
    const own = body ?? entry.text;
    if (isTitle || isClosingLine(own) || onlyAppliesOthers(own) || isEnactingFormula(own))
      return Array.from({ length: topicCount }, () => NO_SCORE);
    const above = allAbove.filter((title) => !aboutTheDocument(title));
    const sentences = reading.sentences(body ?? entry.text);
    // A sentence that hands matters to later rules gives a list's topics no word; the heading above still places its
    // clause. Induced topics are the documents' own subjects: a law's delegation is what its section says on one.
    const delegated =
      profiles.laterRulesRuleNothing && mayDelegate(body ?? entry.text)
        ? delegatedSentences(sentences)
        : NONE_DELEGATED;
    const read = readSentences(sentences, delegated, reader);
    const evidence = read.map((sentence) => sentence.evidence);
    const inTitles = signalsInTitles((titleSignalsCount ? allAbove : above).join(' . '), titleSignals, reading.signals);
    const some = topicsWithEvidence(topicCount, inTitles, above.map(titleShares), read);
    const nearestTitle = above.length > 0 ? titleShares(above[above.length - 1] as string) : undefined;
    return profiles.profiles.map((_, t): ClauseScore => {
      if (some[t] === 0) return NO_SCORE;
      const titled = inTitles[t] ?? [];
      const bySentence = read.map((sentence) => sentence.found[t] as readonly string[]);
      const held = [...new Set([...titled, ...bySentence.flat()])];
      const result = signalScore(held);
      scoreTitles(result, titlesSpeakingOf(above, t, signalsOfTitle), t, titleShares);
      const claimed = claimedSentences(profiles.profiles[t] as TopicProfile, t, read, nearestTitle);
      const covering = scoreSentences(result, evidence, t, bySentence, claimed);
      weighWeakSignals(result, held, titled, bySentence);
      markRestated(result, profiles.profiles[t] as TopicProfile, read);
      if (titled.length === 0) markCoveringSentences(result, covering, sentences.length);
      // No evidence at all, as for most topics of most clauses: one score for all of them, kept instead of thousands.
      if (result.score === 0 && held.length === 0 && result.title === undefined && result.words === undefined)
        return NO_SCORE;
      return result;
    });
  });
}
