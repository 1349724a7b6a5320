// A citation that follows a renumbering is no change of substance. When an article is inserted, "bedoeld in artikel
// 12" becomes "bedoeld in artikel 13" because Artikel 12 is now Artikel 13: the clause cites the same article, and
// "getal 12 → 13" is false as a reason (the statutes pair: 5 of 9 "inhoudelijk" entries were only that). Only where
// it is exact: both numbers name one typed article each in their version ("Artikel 12" once in the old, "Artikel 13"
// once in the new), the diff paired those two sections (moves.ts, mapSections), the citation is not one of another
// document ("artikel 7 van het Toetsbesluit", "artikel 8 WPO"), and with the new citations read in the old numbers
// the change says no more (or less) than before. Otherwise the change is judged as it stands.
import { allSections } from '../model/walk.js';
import type { Section } from '../model/policy.js';
import { namesArticle, typedHeadingNumber } from '../model/typed-number.js';
import type { Lexicon } from '../text/lexicon.js';
import { foldWord } from '../text/normalise.js';
import type { Side } from '../match/entries.js';
import type { ClauseChange, Reason } from './types.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';

/** A renumbered article: its number in the new version → its number in the old, both typed once in their version. */
export type ArticleNumbers = ReadonlyMap<string, string>;

/** The numeral of a section's heading when it types an article ("Artikel 12" → "12"). */
function articleNumeral(section: Section): string | undefined {
  const typed = typedHeadingNumber(section.title);
  return typed && namesArticle(typed) ? typed.numeral.toLowerCase() : undefined;
}

/** The numerals typed on exactly one article of a version: a citation of any other names no one article. */
function uniqueNumerals(side: Side): Set<string> {
  const counts = new Map<string, number>();
  for (const section of allSections(side.policy)) {
    const numeral = articleNumeral(section);
    if (numeral !== undefined) counts.set(numeral, (counts.get(numeral) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count === 1).map(([numeral]) => numeral));
}

/** The articles the diff paired that got another number, new number → old. */
export function renumberedArticles(
  sectionMap: ReadonlyMap<Section, Section>,
  oldSide: Side,
  newSide: Side,
): ArticleNumbers {
  const numbers = new Map<string, string>();
  let oldUnique: Set<string> | undefined;
  let newUnique: Set<string> | undefined;
  for (const [before, after] of sectionMap) {
    const from = articleNumeral(before);
    const to = articleNumeral(after);
    if (from === undefined || to === undefined || from === to) continue;
    oldUnique ??= uniqueNumerals(oldSide);
    newUnique ??= uniqueNumerals(newSide);
    if (oldUnique.has(from) && newUnique.has(to)) numbers.set(to, from);
  }
  return numbers;
}

/** "artikel 12", "art. 12a": the word, the number, and where the text goes on after it. */
function citationPattern(lexicon: Lexicon): RegExp | undefined {
  if (lexicon.articleCitations.length === 0) return undefined;
  const words = lexicon.articleCitations.map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])((?:${words})\\s+)(\\d+[a-z]?)(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Whether the text after a cited number makes it a citation of another document: after its parts ("lid 4", ", onder
 * a"), a cue ("van het Toetsbesluit", not "van deze regeling") or a name ("WPO", "Wet …") right after it. A stop, a
 * comma or a word in lower case ends a citation of this document.
 */
function citesOtherDocument(after: string, lexicon: Lexicon): boolean {
  let rest = after;
  if (lexicon.citationParts.length > 0) {
    const part = new RegExp(`^,?\\s+(?:${lexicon.citationParts.map(escapeRegExp).join('|')})\\s+[\\p{L}\\p{N}]+`, 'iu');
    for (let match = part.exec(rest); match; match = part.exec(rest)) rest = rest.slice(match[0].length);
  }
  const next = /^\s+(\S+)(?:\s+(\S+))?/u.exec(rest);
  if (!next) return false;
  const word = next[1] ?? '';
  if (lexicon.otherDocumentCues.has(foldWord(word))) return !lexicon.thisDocument.has(foldWord(next[2] ?? ''));
  return /^\p{Lu}/u.test(word);
}

/** The citations of renumbered articles in a new text, and the text with them in the old numbers. */
export function inOldNumbers(
  text: string,
  numbers: ArticleNumbers,
  lexicon: Lexicon,
): { text: string; citations: { from: string; to: string }[] } {
  const pattern = citationPattern(lexicon);
  const citations: { from: string; to: string }[] = [];
  if (!pattern || numbers.size === 0) return { text, citations };
  const read = text.replace(pattern, (whole, word: string, numeral: string, at: number) => {
    const old = numbers.get(numeral.toLowerCase());
    if (old === undefined || citesOtherDocument(text.slice(at + whole.length), lexicon)) return whole;
    citations.push({ from: old, to: numeral });
    return `${word}${old}`;
  });
  return { text: read, citations };
}

const key = (reason: Reason): string => JSON.stringify([reason.code, reason.params]);

/**
 * Whether the judgement of the text with its citations in the old numbers (`followed`) is the first one (`as`) less
 * the reasons the citations gave: fewer reasons, each of them one `as` gave too. A reason it gives that `as` did not
 * (a citation that now names another article) keeps the first judgement.
 */
export function onlyCitationsLess(as: readonly Reason[], followed: readonly Reason[]): boolean {
  const before = new Set(as.map(key));
  return followed.length < as.length && followed.every((reason) => before.has(key(reason)));
}

/**
 * What the renderers say beside the text about the citations that follow a renumbering, as link-targets.ts says it
 * of a link's address written another way: the same words as a reason, though no reason. One per cited article.
 */
export function citationNotes(change: Pick<ClauseChange, 'citations'>): Reason[] {
  const seen = new Set<string>();
  return (change.citations ?? []).flatMap(({ from, to }) => {
    if (seen.has(`${from}→${to}`)) return [];
    seen.add(`${from}→${to}`);
    return [{ code: 'citation-followed', params: { from, to } }];
  });
}
