// Whether a sentence speaks of the document itself. Its adoption and the date it takes effect are read only from
// sentences whose subject is this text ("Deze regeling is vastgesteld door …", "Dit protocol treedt in werking op …",
// a closing line "Vastgesteld door het bestuur op …"): a sentence about another text ("… vervangt de klachtenregeling
// zoals vastgesteld door het bestuur op 1 januari 2015", "De Wet verplichte meldcode trad in werking op 1 juli 2013")
// or about a step still to take ("… is ter instemming van de GMR voorgelegd op 4 juni 2024") states neither.
import { splitSentences } from '../text/sentences.js';
import { dutchAdoption } from '../parse/adoption-patterns.js';

/** The words that point at this text: "Deze regeling", "Dit protocol", "This policy". */
const DEMONSTRATIVE = /^(?:deze|dit|this)$/iu;
/** "Het pestprotocol" names this text when its noun stands in the title. */
const ARTICLE = /^(?:het|de|the)$/iu;
/** A noun shorter than this after "het"/"de" is never taken for the title's ("De wet …" in "Meldcode …"). */
const MIN_NOUN = 5;
/** Words that start a clause about another text or another subject: the rest of the sentence is not about this one. */
const OTHER_TEXT =
  /\b(?:vervangt|vervangen|vervalt|vervallen|zoals|die|dat|welke|waarin|waarbij|ingetrokken|intrekking|replaces|which|that)\b/iu;

/**
 * This text's adoption, said of it: "(regeling) is/werd … vastgesteld", never "is ter instemming … voorgelegd"; and
 * "(protocol) treedt in werking na vaststelling door …": taken before it takes effect. The steps' words are the
 * data's (src/parse/adoption-patterns.ts).
 */
let saidWords: { adopted: RegExp; adoptedBefore: RegExp } | undefined;
function saidPatterns(): NonNullable<typeof saidWords> {
  const { taken, stepWords } = dutchAdoption();
  saidWords ??= {
    adopted: new RegExp(
      String.raw`^(?:[\p{L}-]+\s+)?(?:is|werd|zijn|werden)\s+(?:(?!ter\b|voorgelegd\b|aangeboden\b)[^\s]+\s+){0,6}?(?:${taken})\b`,
      'iu',
    ),
    adoptedBefore: new RegExp(
      String.raw`^(?:[\p{L}-]+\s+)?(?:treedt|treden|trad|wordt|is)\s+in\s+werking\s+na\s+(?:de\s+)?(?:${stepWords})\b`,
      'iu',
    ),
  };
  return saidWords;
}

/** "(regeling) treedt in werking op …", also after "is vastgesteld … en"; "(policy) takes effect on …". */
const IN_FORCE =
  /^(?:[\p{L}-]+\s+)?(?:[^;]*?\ben\s+)?(?:treedt|treden|trad|is|wordt)\s+(?:[\p{L}]+\s+){0,3}?in\s+werking\s+(?:op|per|met\s+ingang\s+van|na\s+(?:de\s+)?vaststelling\b.{0,80}?\b(?:op|d\.\s?d\.?))\s+(.{6,30})|^(?:[\p{L}-]+\s+)?(?:takes|took)\s+effect\s+(?:on|from)\s+(.{6,30})/iu;
/** The subject after its verb: "Met ingang van 1 augustus 2024 treedt deze regeling in werking", "… treedt dit protocol in werking op …". */
const IN_FORCE_INVERTED =
  /^(?:met\s+ingang\s+van|per|vanaf|op)\s+(.{6,30}?)\s+(?:treedt|treden|wordt)\s+(?:deze|dit)\s+[\p{L}-]+\s+in\s+werking\b|\b(?:treedt|treden|trad|wordt)\s+(?:deze|dit)\s+[\p{L}-]+\s+in\s+werking\s+(?:op|per|met\s+ingang\s+van)\s+(.{6,30})/iu;

/** A word without the punctuation around it, in lower case. */
const bare = (word: string | undefined): string => (word ?? '').toLowerCase().replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');

/**
 * What a sentence says of this text: the words after its subject ("Deze regeling", "Het pestprotocol" in a
 * pestprotocol), up to where it turns to another text or subject ("… vervangt de regeling zoals …"); undefined when
 * its subject is something else.
 */
function saidOfThis(sentence: string, title: string | undefined): string | undefined {
  const words = sentence.trim().split(/\s+/u);
  const [first, noun] = [bare(words[0]), bare(words[1])];
  const named =
    DEMONSTRATIVE.test(first) ||
    (ARTICLE.test(first) && noun.length >= MIN_NOUN && (title ?? '').toLowerCase().includes(noun));
  if (!named || noun === '') return undefined;
  return ownPart(words.slice(2).join(' '));
}

/** A sentence up to the first word that turns to another text or subject. */
const ownPart = (text: string): string => text.split(OTHER_TEXT)[0] ?? '';

/** The sentences of a paragraph, trimmed. */
export const sentencesOf = (text: string): string[] =>
  splitSentences(text)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');

/**
 * The part of a sentence that states this text's adoption, where it states one: a closing line ("Vastgesteld door
 * het bestuur op …"), or a sentence whose subject is this text and says it was adopted ("Deze regeling is vastgesteld
 * door …", "Dit protocol treedt in werking na vaststelling door …"). Undefined for any other sentence.
 */
export function ownAdoption(sentence: string, title: string | undefined): string | undefined {
  const trimmed = sentence.trim();
  if (dutchAdoption().closingLine.test(trimmed)) return ownPart(trimmed);
  const own = saidOfThis(trimmed, title);
  const { adopted, adoptedBefore } = saidPatterns();
  return own !== undefined && (adopted.test(own) || adoptedBefore.test(own)) ? own : undefined;
}

/** Whether a line opens with a step of its adoption taken, as a closing line does ("Vastgesteld …", "Na instemming …"). */
export const opensWithStep = (line: string): boolean => dutchAdoption().closingLine.test(line.trim());

/** The words giving the date this text takes effect, where the sentence says so of this text. */
export function ownInForce(sentence: string, title: string | undefined): string | undefined {
  const said = saidOfThis(sentence, title);
  const direct = said !== undefined ? IN_FORCE.exec(said) : null;
  if (direct) return direct[1] ?? direct[2];
  const inverted = IN_FORCE_INVERTED.exec(ownPart(sentence.trim()));
  return inverted ? (inverted[1] ?? inverted[2]) : undefined;
}
