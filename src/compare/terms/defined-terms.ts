// Which term a clause defines. Documents that each say what "sociale media" are seldom say it in the same words:
// "Sociale media is een verzamelnaam voor …", "Onder de noemer sociale media worden … geschaard", "Social media:
// Online platformen waar …". What a document means by a word is one provision all the same, and the sentence's
// construction says which word it defines where the other words differ. Read from a clause's first sentence:
//   - "Onder (de noemer) X wordt/worden … verstaan/geschaard/begrepen/gerekend", "Onder X verstaan we …";
//   - "X is/zijn een verzamelnaam/benaming/term/begrip voor …", "Met X wordt … bedoeld";
//   - "X means …", "X refers to …", "X is a collective/general term for …";
//   - "X: …" only as an entry of a list of such entries (a definitions list): a lone "Let op: …" defines nothing;
//   - the first clause under a heading "Wat is X?", "Wat zijn X?", "What is X?".
// A term is its words folded and stemmed, without a leading article ("de", "alle", "the"), of one to four words.
import type { Entry } from '../../match/entries.js';
import type { AlignDocument } from './documents.js';
import { normalisedWords, stripListNumbering } from '../../text/normalise.js';
import { isFunctionWord } from './function-words.js';
import { stem } from './stem.js';
import { statedText } from '../read/section-titles.js';
import { clauseSentences } from '../read/sentence-memo.js';

/** Most words a defined term has: a longer stretch before the construction is a sentence, not a term. */
const MAX_TERM_WORDS = 4;
const TERM = '(.{2,60}?)';

/** Constructions that define the term they name, on a clause's first sentence (list numbering stripped). */
const DEFINING: readonly { pattern: RegExp; needs?: RegExp }[] = [
  {
    pattern: new RegExp(
      `^onder (?:de noemer |de term |het begrip |de naam )?${TERM} (?:wordt|worden|verstaan|verstaat)\\b`,
      'iu',
    ),
    needs: /\b(?:verstaan|verstaat|geschaard|begrepen|gerekend)\b/iu,
  },
  {
    pattern: new RegExp(
      `^${TERM} (?:is|zijn) (?:een|de) (?:verzamelnaam|verzamelterm|overkoepelende term|benaming|term|begrip|naam) (?:voor|van)\\b`,
      'iu',
    ),
  },
  { pattern: new RegExp(`^met ${TERM} (?:wordt|worden) (?:[^.]{0,40} )?(?:bedoeld|verstaan)\\b`, 'iu') },
  {
    pattern: new RegExp(
      `^(?:the term |the word )?["“‘]?${TERM}["”’]? (?:means|refers to|is defined as|shall mean)\\b(?! that)`,
      'iu',
    ),
  },
  {
    pattern: new RegExp(
      `^${TERM} (?:is|are) (?:a|an|the) (?:collective|general|umbrella|generic) (?:name|term) (?:for|of)\\b`,
      'iu',
    ),
  },
];

/** "X: …", the form of a definitions list's entries ("a. klacht: …", "d.Klachtenbehandelaar: …", "1° gebruiker: …"). */
const LIST_ENTRY = /^(?:\p{Ll}\.(?=\p{L})|\d{1,2}°\s*)?([\p{L}][\p{L}\p{N} '’/-]{0,50}?)\s*:\s+\S/u;

/** A heading that asks what a word means: its first clause defines the word. */
const ASKING_HEADING =
  /^(?:wat (?:is|zijn|betekent|verstaan we onder|bedoelen we met)|what (?:is|are|do we mean by))\s+(.{2,60}?)\s*\??$/iu;

/** Words a term may open with that are no part of it: articles and quantifiers ("de medewerker", "alle gebruikers"). */
const ARTICLES = new Set(['de', 'het', 'een', 'alle', 'elke', 'iedere', 'the', 'a', 'an', 'all', 'any', 'each']);

/**
 * The term's normal form: folded and stemmed words, a leading article or quantifier left out; undefined where it is
 * no term: too long, opening with another function word ("Via de school: …", "Geen cookies: …"), or holding a number.
 */
export function termKey(term: string): string | undefined {
  const words = normalisedWords(term.replace(/["“”‘’]/g, ' '));
  while (words.length > 0 && ARTICLES.has(words[0] as string)) words.shift();
  if (words.length === 0 || words.length > MAX_TERM_WORDS || isFunctionWord(words[0] as string)) return undefined;
  // "Artikel 1: …", "Stap 2: …" number what follows; a number names no term.
  if (words.some((word) => /\d/.test(word))) return undefined;
  return words.map(stem).join(' ');
}

/** Where a definition says it holds, before the term: "Under this policy, …", "In deze regeling …". */
const SCOPE =
  /^(?:under|in|for the purposes? of) (?:this|these|the) [\p{L}-]+,?\s+|^(?:in|voor) (?:dit|deze) [\p{L}-]+,?\s+/iu;

/** The term a sentence defines by one of the defining constructions, as written; undefined if it defines none. */
export function definedInSentence(sentence: string): string | undefined {
  const text = stripListNumbering(sentence.trim()).replace(SCOPE, '');
  for (const { pattern, needs } of DEFINING) {
    const match = pattern.exec(text);
    if (match && (!needs || needs.test(text))) return match[1];
  }
  return undefined;
}

/** The term of a "X: …" list entry, as written; undefined where the text is not one. */
export function listEntryTerm(text: string): string | undefined {
  const entry = LIST_ENTRY.exec(stripListNumbering(text.trim()));
  return entry?.[1];
}

/**
 * For each entry (in reading order), the key (termKey) of the term it defines, or undefined. A clause that opens with
 * a heading written as text ("#### Klager") is read from its body; a heading alone defines nothing.
 */
export function definedTerms(entries: readonly Entry[]): (string | undefined)[] {
  const bodies = entries.map((entry) => statedText(entry.text));
  const listTerms = bodies.map((body) => {
    const term = body === undefined ? undefined : listEntryTerm(body);
    return term === undefined ? undefined : termKey(term);
  });
  return entries.map((entry, index) => {
    const body = bodies[index];
    if (body === undefined) return undefined;
    const listed = listTerms[index];
    // An entry of a definitions list: another "X: …" entry stands right before or after it, in the same section.
    const beside = (other: number): boolean =>
      listTerms[other] !== undefined && entries[other]?.section === entry.section;
    if (listed !== undefined && (beside(index - 1) || beside(index + 1))) return listed;
    const stated = definedInSentence(clauseSentences(body)[0] ?? '');
    if (stated !== undefined) return termKey(stated);
    // The first clause under a heading that asks what a word means.
    if (index > 0 && entries[index - 1]?.section === entry.section) return undefined;
    const asked = ASKING_HEADING.exec(entry.section.title.trim());
    return asked ? termKey(asked[1] as string) : undefined;
  });
}

const termsOfDocument = new WeakMap<AlignDocument, readonly (string | undefined)[]>();

/** definedTerms of a comparison's document, read once: the defined-term pass and possible matches both ask. */
export function clauseTerms(document: AlignDocument): readonly (string | undefined)[] {
  let terms = termsOfDocument.get(document);
  if (!terms) {
    terms = definedTerms(document.clauses.map(({ entry }) => entry));
    termsOfDocument.set(document, terms);
  }
  return terms;
}
