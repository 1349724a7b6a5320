// The word lists of one language, as the diff's significance rules use them (src/diff/significance.ts,
// word-roles.ts): chosen by the policy's language (frontmatter `lang`, else detected: src/text/language.ts), never
// another language's. Dutch, English and German have lists (src/text/lexicons/); any other language gets empty
// lists, so its changes are judged by their wording alone rather than by a foreign language's words.
// The tokenizer is the exception: it knows the abbreviations and month names of all three, because it splits
// text before anyone asks which language it is in.
import { DE } from './lexicons/de.js';
import { EN } from './lexicons/en.js';
import { NL } from './lexicons/nl.js';
import type { LexiconData } from './lexicons/types.js';
import { foldWord } from './normalise.js';
import { primarySubtag } from './output-language.js';

export type { LexiconData } from './lexicons/types.js';

/** One language's lists, folded as `foldWord` folds a word, so a lookup never depends on how an accent was typed. */
export interface Lexicon {
  /** The language these lists are for ('nl', 'en', 'de'), or '' for none. */
  lang: string;
  /** Every written-out figure: the numbers that count and the ordinals. */
  numbers: ReadonlySet<string>;
  /** The written-out numbers that count, and so can be the number of a term. */
  cardinals: ReadonlySet<string>;
  oneWords: ReadonlySet<string>;
  durations: ReadonlySet<string>;
  ageUnits: ReadonlySet<string>;
  ageCuesBefore: ReadonlySet<string>;
  ageCuesAfter: ReadonlySet<string>;
  amounts: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  /** Each fixed role name as its folded words ("bevoegd gezag" → ["bevoegd", "gezag"]), longest first. */
  roleTerms: readonly (readonly string[])[];
  acronymRoles: ReadonlySet<string>;
  thingsBeforeRole: ReadonlySet<string>;
  duties: ReadonlySet<string>;
  permissions: ReadonlySet<string>;
  obligations: ReadonlySet<string>;
  ageNouns: ReadonlySet<string>;
  tableOfContents: ReadonlySet<string>;
  versionWords: ReadonlySet<string>;
  /** As written, for the pattern that finds citations (src/diff/followed-citations.ts). */
  articleCitations: readonly string[];
  citationParts: readonly string[];
  otherDocumentCues: ReadonlySet<string>;
  thisDocument: ReadonlySet<string>;
  dutyLemmas: ReadonlyMap<string, string>;
  conditionalOpeners: ReadonlySet<string>;
  beForms: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  equivalents: readonly (readonly string[])[];
  roleEndings: readonly RegExp[];
  contractions: LexiconData['contractions'];
}

const EMPTY: LexiconData = {
  numbers: [],
  ordinals: [],
  oneWords: [],
  durations: [],
  ageUnits: [],
  ageCuesBefore: [],
  ageCuesAfter: [],
  amounts: [],
  roles: [],
  roleTerms: [],
  acronymRoles: [],
  thingsBeforeRole: [],
  duties: [],
  permissions: [],
  obligations: [],
  ageNouns: [],
  tableOfContents: [],
  versionWords: [],
  articleCitations: [],
  citationParts: [],
  otherDocumentCues: [],
  thisDocument: [],
  dutyLemmas: {},
  conditionalOpeners: [],
  beForms: [],
  negations: [],
  stopwords: [],
  conjunctions: [],
  equivalents: [],
  roleEndings: [],
  contractions: [],
  months: [],
  abbreviations: [],
};

const DATA: Record<string, LexiconData> = { nl: NL, en: EN, de: DE };

function compile(lang: string, data: LexiconData): Lexicon {
  const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord));
  return {
    lang,
    numbers: set([...data.numbers, ...data.ordinals]),
    cardinals: set(data.numbers),
    oneWords: set(data.oneWords),
    durations: set(data.durations),
    ageUnits: set(data.ageUnits),
    ageCuesBefore: set(data.ageCuesBefore),
    ageCuesAfter: set(data.ageCuesAfter),
    amounts: set(data.amounts),
    roles: set(data.roles),
    roleTerms: data.roleTerms.map((term) => term.split(/\s+/).map(foldWord)).sort((a, b) => b.length - a.length),
    acronymRoles: set(data.acronymRoles),
    thingsBeforeRole: set(data.thingsBeforeRole),
    duties: set(data.duties),
    permissions: set(data.permissions),
    obligations: set(data.obligations),
    ageNouns: set(data.ageNouns),
    tableOfContents: set(data.tableOfContents),
    versionWords: set(data.versionWords),
    articleCitations: data.articleCitations,
    citationParts: data.citationParts,
    otherDocumentCues: set(data.otherDocumentCues),
    thisDocument: set(data.thisDocument),
    dutyLemmas: new Map(Object.entries(data.dutyLemmas).map(([word, lemma]) => [foldWord(word), foldWord(lemma)])),
    conditionalOpeners: set(data.conditionalOpeners),
    beForms: set(data.beForms),
    negations: set(data.negations),
    stopwords: set(data.stopwords),
    conjunctions: set(data.conjunctions),
    equivalents: data.equivalents,
    roleEndings: data.roleEndings,
    contractions: data.contractions,
  };
}

const compiled = new Map<string, Lexicon>();

/** The lexicon for a language tag ("nl", "nl-BE", "en-GB", "de"); empty lists for a language without one. */
export function lexiconFor(lang: string): Lexicon {
  const primary = primarySubtag(lang);
  const key = Object.hasOwn(DATA, primary) ? primary : '';
  let lexicon = compiled.get(key);
  if (!lexicon) {
    lexicon = compile(key, DATA[key] ?? EMPTY);
    compiled.set(key, lexicon);
  }
  return lexicon;
}

/** The languages with word lists of their own. */
export const LEXICON_LANGUAGES: readonly string[] = Object.keys(DATA);

const union = (pick: (data: LexiconData) => readonly string[]): readonly string[] => [
  ...new Set(Object.values(DATA).flatMap(pick)),
];

/** Abbreviations of every language with a lexicon, for the tokenizer (a dot after them does not end a sentence). */
export const ABBREVIATIONS: readonly string[] = union((data) => data.abbreviations);

/** Month names of every language with a lexicon, for dates written out in words ("3 maart 2025", "3 March 2025"). */
export const MONTHS: readonly string[] = union((data) => data.months);
