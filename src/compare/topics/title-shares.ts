// What the titles above a clause say of each topic (topic-scores.ts, the "title" evidence): each title's share of every
// topic's weight and which topics it is the title of, the document's own title, and the signals the titles hold.

import type { Entry } from '../../match/entries.js';
import { normalise } from '../../text/normalise.js';
import type { ClauseTitles } from '../read/section-titles.js';
import {
  CANDIDATE_FLOOR,
  type ClauseScore,
  onScale,
  TITLE_BEST,
  TITLE_FLOOR,
  TITLE_MIN,
  TITLE_STRENGTH,
  TITLE_TIES,
} from './score-scale.js';
import { keysOf, type TitleMatch, titleMatch } from './topic-evidence.js';
import {
  keyedNormal,
  keyedText,
  keyedWords,
  ownWords,
  saysNot,
  type TopicProfile,
  type TopicProfiles,
} from './topic-profile.js';
import { signalText, type TopicSignalSet } from './topic-signals.js';

export interface TitleShare {
  share: number[];
  named: number[];
  strength: number[];
  /** The topics the title fits about as well as its best (by TITLE_BEST). */
  band: number[];
  /** Of those, the ones whose name it says. */
  naming: number[];
  /** The topics it is the title of: about them, with the strength to decide (scoreTitles, when it is the nearest). */
  owners: number[];
  /**
   * Per topic, whether the title says a word of its name that no name of `owners` has: "Gegevens verzamelen" (the
   * title of "Welke gegevens") says "gegevens" of "Gegevens van kinderen" only as its own topic's word.
   */
  namesApart: boolean[];
  /** The topics it has a share of: of every other topic it says nothing (scoreTitles leaves their score at 0). */
  some: number[];
}

export type TitleShares = (title: string) => TitleShare;

/** A title that is about nothing of a topic (a title without "niet" for a topic named by what does not happen). */
const NO_TITLE_MATCH: TitleMatch = { share: 0, strength: 0, named: 0 };

/** Each title's share of weight per topic, and how much of each topic's name it says; cached per title. */
export function titleSharesOf(profiles: TopicProfiles, rare: (key: string) => number): TitleShares {
  const cache = new Map<string, TitleShare>();
  return (title) => {
    let known = cache.get(title);
    if (!known) {
      const normal = normalise(keyedText(title));
      const words = keyedNormal(normal);
      const negates = saysNot(title);
      const matches = profiles.profiles.map((profile) =>
        profile.negated && !negates
          ? NO_TITLE_MATCH
          : titleMatch(ownWords(normal, profile) ?? words, profile, profiles, rare),
      );
      const share = matches.map((match) => match.share);
      const named = matches.map((match) => match.named);
      const best = Math.max(...share);
      const band = share.flatMap((value, u) => (value >= TITLE_BEST * best ? [u] : []));
      const strength = matches.map((match) => match.strength);
      // Among topics the title fits alike, the ones whose name it says.
      const naming = band.filter((u) => (named[u] as number) >= 1);
      // Where it says the whole name of some, it is the title of those ("Verwerking van persoonsgegevens van
      // verenigingsleden" heads "Welke gegevens", not "Verwerkingsverantwoordelijke"); where it names none, of the
      // topics it fits alike, unless there are too many of them.
      const owners = band.filter(
        (u) =>
          (strength[u] as number) >= TITLE_STRENGTH &&
          (naming.length > 0 ? naming.includes(u) && naming.length <= TITLE_TIES : band.length <= TITLE_TIES),
      );
      const titleKeys = new Set(words.flatMap(keysOf));
      const ownerKeys = new Set(
        owners.flatMap((u) => (profiles.profiles[u] as TopicProfile).nameWords.flatMap(keysOf)),
      );
      known = {
        share,
        named,
        strength,
        band,
        naming,
        owners,
        namesApart: profiles.profiles.map((profile) =>
          profile.nameWords.some((word) => keysOf(word).some((key) => titleKeys.has(key) && !ownerKeys.has(key))),
        ),
        some: share.flatMap((value, u) => (value !== 0 ? [u] : [])),
      };
      cache.set(title, known);
    }
    return known;
  };
}

/**
 * Whether a title is the title of other topics that says no word of topic `t`'s name apart from their names' words
 * ("Indienen van een klacht" for "Vertrouwenspersoon", "Welke persoonsgegevens verzamelen we?" for "Gegevens van
 * kinderen"): what it shares with `t` are their words (issue 42).
 */
export const othersTitle = (share: TitleShare, t: number): boolean =>
  share.owners.length > 0 && !share.band.includes(t) && !(share.namesApart[t] as boolean);

/** A heading of one word ("Klachtencommissie", "Geheimhouding"): the name of its subject. */
const isOneWord = (title: string): boolean => !/\s/u.test(title.trim());

/**
 * The titles above a clause that may speak of topic `t` (scoreTitles): all but a heading of one word that holds a
 * signal of another topic and none of `t`'s ("Klachtencommissie", "Klachtadviesinstantie"). Such a heading names its
 * subject as that topic's signal does; what it shares with `t` are words of `t`'s definition about the other topic
 * ("De vertrouwenspersoon … verwijst zo nodig naar de klachtencommissie"), so it is no title of `t` (issue 73).
 */
export function titlesSpeakingOf(
  above: readonly string[],
  t: number,
  signalsOf: (title: string) => readonly (readonly string[])[],
): readonly string[] {
  if (!above.some(isOneWord)) return above;
  return above.filter((title) => {
    if (!isOneWord(title)) return true;
    const held = signalsOf(title);
    return (held[t]?.length ?? 0) > 0 || !held.some((signals) => signals.length > 0);
  });
}

/** Raises `result` to what the titles above the clause say of topic `t`, naming the title that says it. */
export function scoreTitles(result: ClauseScore, above: readonly string[], t: number, titleShares: TitleShares): void {
  above.forEach((title, level) => {
    // Only the nearest title decides: one further up heads a chapter of many subjects ("Sociale media
    // richtlijnen voor medewerkers" above "Persprotocol blijft gelden"), so it only makes candidates.
    const nearest = level === above.length - 1;
    const shares = titleShares(title);
    const { share, named, band, owners } = shares;
    const mine = share[t] as number;
    const decides = nearest && owners.includes(t);
    // A title that says the topic's whole name is a candidate even where other words dilute it; one that fits
    // several topics alike is evidence for none of them, so it stays below the floor. So does the title of other
    // topics (othersTitle).
    const value = (named[t] as number) >= 1 && mine >= TITLE_FLOOR * 0.6 ? Math.max(mine, TITLE_FLOOR) : mine;
    const alike = (nearest && band.includes(t) && !decides) || othersTitle(shares, t);
    const score = alike
      ? CANDIDATE_FLOOR * 0.9 * Math.min(1, value / TITLE_MIN)
      : onScale(value, TITLE_FLOOR, TITLE_MIN, decides, 1);
    if (score > result.score) {
      result.score = score;
      result.title = title;
    }
  });
}

/** The titles above every clause of a document with words that is no title itself: the document's own title. */
export function documentTitles(titles: readonly ClauseTitles[], entries: readonly Entry[]): Set<string> {
  const clauses = titles.filter((clause, e) => !clause.isTitle && (entries[e] as Entry).text.trim() !== '');
  if (clauses.length < 2) return new Set();
  const [first, ...rest] = clauses as [ClauseTitles, ...ClauseTitles[]];
  return new Set(first.titles.filter((title) => rest.every((clause) => clause.titles.includes(title))));
}

/**
 * The titles that speak of the document as a whole: the title above every clause (documentTitles) and a heading whose
 * every content word is a word of that title or of the document's own (`ownTitle`, its front matter's) ("Over deze privacyverklaring" in the "Privacyverklaring DGSkills.app"). Such a heading
 * says the clauses under it are about the document, not which topic: it gives no title evidence (issue 73: DGSkills'
 * introduction was put on "Wijziging van de verklaring", the one topic whose words say "privacyverklaring").
 */
export function documentHeadings(
  documentTitle: ReadonlySet<string>,
  ownTitle: string,
  profiles: TopicProfiles,
): (title: string) => boolean {
  const nameKeys = new Set(profiles.profiles.flatMap((profile) => profile.nameWords.flatMap((word) => word.whole)));
  // A word that names a topic is the title's word for that topic, also where the document's title says it too (a
  // regulation "houdende de aanwijzing van vertrouwenspersonen en de instelling van een klachtencommissie").
  const documentKeys = new Set(
    keyedWords([ownTitle, ...documentTitle].join(' . '))
      .flatMap((word) => word.whole)
      .filter((key) => !nameKeys.has(key)),
  );
  // A heading that holds none of them is passed over by a look at its letters: a document of thousands of headings
  // ("Overgangsregeling 1" … "Overgangsregeling 8000") keys none of them for this.
  const stems = [...documentKeys].filter((key) => key.length >= 4);
  const known = new Map<string, boolean>();
  return (title) => {
    if (documentTitle.size > 0 && documentTitle.has(title)) return true;
    const lower = title.toLowerCase();
    if (!stems.some((stem) => lower.includes(stem))) return false;
    let about = known.get(title);
    if (about === undefined) {
      const words = keyedWords(title);
      about = words.length > 0 && words.every((word) => word.whole.some((key) => documentKeys.has(key)));
      known.set(title, about);
    }
    return about;
  };
}

/**
 * Whether the signals of the document's own title count for every clause: where it holds signals of one topic at
 * most, for then it says what every clause is about ("… houdende regels voor het indienen van een klacht door de
 * deelnemersraad"). A title naming several topics ("… houdende de aanwijzing van vertrouwenspersonen en de instelling
 * van een klachtencommissie") names the document's parts, so its signals put no clause on each of them (issue 73).
 */
export function titleNamesOneTopic(documentTitle: ReadonlySet<string>, signals: TopicSignalSet): boolean {
  if (documentTitle.size === 0) return true;
  return signals.in(signalText([...documentTitle].join(' . '))).filter((held) => held.length > 0).length <= 1;
}

/** The signals a clause's titles hold, found once per distinct run of titles (`found` keeps them). */
export function signalsInTitles(
  titleText: string,
  found: Map<string, (readonly string[])[]>,
  signals: TopicSignalSet,
): (readonly string[])[] {
  let inTitles = found.get(titleText);
  if (!inTitles) {
    inTitles = titleText === '' ? [] : signals.in(signalText(titleText));
    found.set(titleText, inTitles);
  }
  return inTitles;
}
