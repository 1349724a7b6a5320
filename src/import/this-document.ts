// Whether a sentence speaks of the document itself. Its adoption and the date it takes effect are read only from
// sentences whose subject is this text ("Deze regeling is vastgesteld door …", "Dit protocol treedt in werking op …",
// a closing line "Vastgesteld door het bestuur op …"): a sentence about another text ("… vervangt de klachtenregeling
// zoals vastgesteld door het bestuur op 1 januari 2015", "De Wet verplichte meldcode trad in werking op 1 juli 2013")
// or about a step still to take ("… is ter instemming van de GMR voorgelegd op 4 juni 2024") states neither. The words
// are data (templates/import/adoption-lines.yaml `thisText`, `takesEffect`, `asked`, `denied`, `articles`), Dutch and
// English; a sentence saying this text was NOT adopted ("Dit reglement is niet vastgesteld", "This policy has not been
// adopted") states no adoption, and a line of its own so is reported as not read (approvals.ts deniesAdoption).
import { splitSentences } from '../text/sentences.js';
import { type AdoptionLineWords, adoptionLineWords, phrasesPattern } from '../parse/adoption-lines.js';
import { dutchAdoption } from '../parse/adoption-patterns.js';

/** A noun shorter than this after "het"/"de" is never taken for the title's ("De wet …" in "Meldcode …"). */
const MIN_NOUN = 5;

/** The patterns of a sentence about this text, of the data's words (templates/import/adoption-lines.yaml). */
interface ThisTextPatterns {
  /** The words that point at this text ("Deze regeling", "This policy") and the articles ("Het pestprotocol"). */
  pointing: Set<string>;
  articles: Set<string>;
  /** Words that start a clause about another text or another subject: the rest is not about this one. */
  turning: RegExp;
  /** "(regeling) is/werd … vastgesteld", never "is ter instemming … voorgelegd", nor "is (nog) niet vastgesteld". */
  adopted: RegExp;
  /** The same with "niet", "nog niet" between (`nl.denied.before`): "Dit reglement is niet vastgesteld door …". */
  adoptedOrDenied: RegExp;
  /**
   * "(This policy) was adopted …", never "is adopted", "was to be adopted"; one word before it only after "This"
   * ("This anti-bullying policy was adopted"): "The school plan was approved …" is another text's, whatever the title.
   */
  englishAdopted: { direct: RegExp; afterWord: RegExp };
  /**
   * "(This policy) has not been adopted", "was never approved", "has not yet been adopted by the board"
   * (`en.denied.before` inside `en.thisText.passive`): said NOT adopted, as the Dutch "is niet vastgesteld".
   */
  englishDenied: { direct: RegExp; afterWord: RegExp };
  /** An English line or sentence opening with the adoption: "Approved by the Executive Board on …". */
  englishOpens: RegExp;
  /** "(protocol) treedt in werking na vaststelling door …": taken before it takes effect. */
  adoptedBefore: RegExp;
  /** "(regeling) treedt in werking op …", also after "is vastgesteld … en"; "(policy) takes effect on …". */
  inForce: RegExp[];
  /** The subject after its verb: "Met ingang van 1 augustus 2024 treedt deze regeling in werking". */
  inForceInverted: RegExp;
}

let made: ThisTextPatterns | undefined;

/**
 * "was adopted", "has been formally approved"; never "is adopted" (how it is done: a procedure), "was to be adopted",
 * "has not been adopted", "was submitted for adoption" (`en.thisText.notTaken`, `en.asked`): of the words after the
 * subject, or after one more word of it.
 */
function englishAdoptedPatterns(en: AdoptionLineWords['en']): ThisTextPatterns['englishAdopted'] {
  const notTaken = phrasesPattern([...en.thisText.notTaken, ...en.asked.before, ...en.asked.put]);
  const said = String.raw`(?:${phrasesPattern(en.thisText.passive)})\s+(?:(?!(?:${notTaken})\b)[^\s]+\s+){0,2}?(?:${phrasesPattern(en.taken)})\b`;
  return { direct: new RegExp(`^${said}`, 'iu'), afterWord: new RegExp(String.raw`^[\p{L}-]+\s+${said}`, 'iu') };
}

/**
 * "was not adopted", "has not yet been approved", "had never been adopted": a word of `en.thisText.passive` with one
 * of `en.denied.before` after any of its words, then (up to two words on) a word of `en.taken`.
 */
function englishDeniedPatterns(en: AdoptionLineWords['en']): ThisTextPatterns['englishDenied'] {
  const denial = String.raw`\s+(?:${phrasesPattern(en.denied.before)})`;
  const forms = en.thisText.passive.flatMap((phrase) => {
    const words = phrase
      .trim()
      .split(/\s+/u)
      .map((word) => phrasesPattern([word]));
    return words.map((_, at) =>
      [words.slice(0, at + 1).join(String.raw`\s+`) + denial, ...words.slice(at + 1)].join(String.raw`\s+`),
    );
  });
  const said = String.raw`(?:${forms.join('|')})\s+(?:[^\s]+\s+){0,2}?(?:${phrasesPattern(en.taken)})\b`;
  return { direct: new RegExp(`^${said}`, 'iu'), afterWord: new RegExp(String.raw`^[\p{L}-]+\s+${said}`, 'iu') };
}
function thisText(): ThisTextPatterns {
  if (made) return made;
  const { nl, en } = adoptionLineWords();
  const { taken, stepWords } = dutchAdoption();
  const any = (...lists: readonly string[][]): string => phrasesPattern(lists.flat());
  const lower = (...lists: readonly string[][]): Set<string> => new Set(lists.flat().map((word) => word.toLowerCase()));
  const [nlEffect, enEffect] = [nl.takesEffect, en.takesEffect];
  const subject = String.raw`^(?:[\p{L}-]+\s+)?`;
  const verbs = any(nlEffect.verbs);
  const effect = any(nlEffect.words);
  const adoptedOn = String.raw`(?:${any(nlEffect.after)})\s+(?:${any(nl.steps.vaststelling ?? [])})\b.{0,80}?\b(?:${any(nlEffect.afterOn)})`;
  const pointed = String.raw`(?:${verbs})\s+(?:${any(nl.thisText.pointing)})\s+[\p{L}-]+\s+(?:${effect})`;
  made = {
    pointing: lower(nl.thisText.pointing, en.thisText.pointing),
    articles: lower(nl.articles, en.articles),
    turning: new RegExp(String.raw`\b(?:${any(nl.thisText.turning, en.thisText.turning)})\b`, 'iu'),
    adopted: new RegExp(
      String.raw`${subject}(?:${any(nl.thisText.passive)})\s+(?:(?!(?:${any(nl.asked.before, nl.asked.put, nl.denied.before)})\b)[^\s]+\s+){0,6}?(?:${taken})\b`,
      'iu',
    ),
    adoptedOrDenied: new RegExp(
      String.raw`${subject}(?:${any(nl.thisText.passive)})\s+(?:(?!(?:${any(nl.asked.before, nl.asked.put)})\b)[^\s]+\s+){0,6}?(?:${taken})\b`,
      'iu',
    ),
    englishAdopted: englishAdoptedPatterns(en),
    englishDenied: englishDeniedPatterns(en),
    englishOpens: new RegExp(String.raw`^(?:${any(en.adopted)})\s+(?:${any(en.by)})\s`, 'iu'),
    adoptedBefore: new RegExp(
      String.raw`${subject}(?:${verbs})\s+(?:${effect})\s+(?:${any(nlEffect.after)})\s+(?:${stepWords})\b`,
      'iu',
    ),
    inForce: [
      new RegExp(
        String.raw`${subject}(?:[^;]*?\b(?:${any(nl.thisText.and)})\s+)?(?:${verbs})\s+(?:[\p{L}]+\s+){0,3}?(?:${effect})\s+(?:${any(nlEffect.on)}|${adoptedOn})\s+(.{6,30})`,
        'iu',
      ),
      new RegExp(
        String.raw`${subject}(?:${any(enEffect.verbs)})\s+(?:${any(enEffect.words)})\s+(?:${any(enEffect.on)})\s+(.{6,30})`,
        'iu',
      ),
    ],
    inForceInverted: new RegExp(
      String.raw`^(?:${any(nlEffect.from)})\s+(.{6,30}?)\s+${pointed}\b|\b${pointed}\s+(?:${any(nlEffect.on)})\s+(.{6,30})`,
      'iu',
    ),
  };
  return made;
}

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
  const { pointing, articles } = thisText();
  const named =
    pointing.has(first) ||
    (articles.has(first) && noun.length >= MIN_NOUN && (title ?? '').toLowerCase().includes(noun));
  if (!named || noun === '') return undefined;
  return ownPart(words.slice(2).join(' '));
}

/** A sentence up to the first word that turns to another text or subject. */
const ownPart = (text: string): string => text.split(thisText().turning)[0] ?? '';

/** The sentences of a paragraph, trimmed. */
export const sentencesOf = (text: string): string[] =>
  splitSentences(text)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');

/**
 * The part of a sentence that states this text's adoption, where it states one: a closing line ("Vastgesteld door
 * het bestuur op …", "Approved by the Executive Board on …"), or a sentence whose subject is this text and says it was
 * adopted ("Deze regeling is vastgesteld door …", "Dit protocol treedt in werking na vaststelling door …", "This
 * policy was adopted by the board on …"). Undefined for any other sentence.
 */
export function ownAdoption(sentence: string, title: string | undefined): string | undefined {
  const trimmed = sentence.trim();
  const { adopted, adoptedBefore, englishOpens, englishAdopted, pointing } = thisText();
  const opening = dutchAdoption().closingLine.test(trimmed) || englishOpens.test(trimmed);
  const own = opening ? ownPart(trimmed) : saidOfThis(trimmed, title);
  if (own === undefined) return undefined;
  const english =
    englishAdopted.direct.test(own) ||
    (pointing.has(bare(trimmed.split(/\s+/u)[0])) && englishAdopted.afterWord.test(own));
  return opening || adopted.test(own) || adoptedBefore.test(own) || english ? own : undefined;
}

/**
 * Whether a sentence says of this text that it was NOT adopted: "Dit reglement is niet vastgesteld door het bestuur op
 * 12 maart 2025.", "Deze regeling is nog niet vastgesteld", "This policy has not been adopted", "This anti-bullying
 * policy has not yet been approved by the board." (ownAdoption reads none of it).
 */
export function deniesOwnAdoption(sentence: string, title: string | undefined): boolean {
  const trimmed = sentence.trim();
  const own = saidOfThis(trimmed, title);
  if (own === undefined) return false;
  const { adopted, adoptedOrDenied, englishDenied, pointing } = thisText();
  const english =
    englishDenied.direct.test(own) ||
    (pointing.has(bare(trimmed.split(/\s+/u)[0])) && englishDenied.afterWord.test(own));
  return english || (!adopted.test(own) && adoptedOrDenied.test(own));
}

/** Whether a line opens with a step of its adoption taken, as a closing line does ("Vastgesteld …", "Na instemming …"). */
export const opensWithStep = (line: string): boolean => dutchAdoption().closingLine.test(line.trim());

/** The words giving the date this text takes effect, where the sentence says so of this text. */
export function ownInForce(sentence: string, title: string | undefined): string | undefined {
  const said = saidOfThis(sentence, title);
  const { inForce, inForceInverted } = thisText();
  const direct = said !== undefined ? inForce.map((pattern) => pattern.exec(said)).find((match) => match) : undefined;
  if (direct) return direct[1];
  const inverted = inForceInverted.exec(ownPart(sentence.trim()));
  return inverted ? (inverted[1] ?? inverted[2]) : undefined;
}
