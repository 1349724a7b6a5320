// The shape of one language's word lists for the diff's significance rules (src/diff/significance.ts,
// word-roles.ts). Each language is a data module beside this one (nl.ts, en.ts, de.ts): plain lists in natural
// spelling, folded once by src/text/lexicon.ts. They are TypeScript data rather than files under templates/
// because they are part of the engine, tuned against its tests (tests/diff), not wording an organisation
// changes: a typo in one is a compile or test failure here, never a user's run-time error, and parsing needs no I/O.

export interface LexiconData {
  /** Written-out numbers that count: "vijf" → "zeven" is as substantive as 5 → 7, and "binnen vier weken" is a term. */
  numbers: readonly string[];
  /**
   * Written-out ordinals and multiples ("eerste", "dubbel", "helft"): figures like `numbers`, but they rank or scale
   * rather than count, so never the number of a term ("de eerste week" is no time limit).
   */
  ordinals: readonly string[];
  /**
   * The article that is also the number one ("een", "a", "ein"): the number of a term before a unit ("binnen een
   * week"), but a reason only where the other side has a number or a unit of its own ("een week → twee weken", not
   * "een week → de week").
   */
  oneWords: readonly string[];
  /** Units of time: "binnen vijf werkdagen" → "binnen vijf weken" changes a term. */
  durations: readonly string[];
  /** A unit of time after a number is an age, not a term, next to these cues: "jonger dan 16 jaar". */
  ageUnits: readonly string[];
  ageCuesBefore: readonly string[];
  ageCuesAfter: readonly string[];
  /** The noun for age: a number right after it is an age without a unit ("from age 12"). */
  ageNouns: readonly string[];
  /** Money and proportions. */
  amounts: readonly string[];
  /** People and bodies a policy gives duties or rights. */
  roles: readonly string[];
  /**
   * Fixed names of a role in several words ("bevoegd gezag", "college van bestuur"): one role, named whole, and its
   * words play no part of their own ("bevoegd" in "bevoegd gezag" grants nothing).
   */
  roleTerms: readonly string[];
  /** Words that make the role word after them a thing, not a person: "password manager", "package manager". */
  thingsBeforeRole: readonly string[];
  /** Roles that count only in capitals ("MR" is a council, "mr." a title). */
  acronymRoles: readonly string[];
  /** Words that create, soften or remove a duty or a permission. */
  duties: readonly string[];
  /**
   * The duty words that grant rather than oblige ("mag", "may", "allowed", "darf"): a change of only these is a
   * permission reason, not an obligation (issue 26: "obligation 'may' removed" was false).
   */
  permissions: readonly string[];
  /**
   * The duty words that oblige ("moet", "dient", "verplicht", "must", "shall"): one said as another in a clause that
   * obliges as often before as after is the same obligation in other words, reported as wording.
   */
  obligations: readonly string[];
  /** Inflections of one duty: "mag" and "mogen" are both permission. */
  dutyLemmas: Readonly<Record<string, string>>;
  /** Duty words that open a condition when they start a clause capitalised: "Mochten er vragen zijn", "Should you …". */
  conditionalOpeners: readonly string[];
  /** Forms of "to be" before a participle that is then a duty ("is gehouden tot"). */
  beForms: readonly string[];
  /** Negations: adding or dropping one turns a rule around. */
  negations: readonly string[];
  /** Words whose change alone does not change what a rule says: articles and demonstratives. */
  stopwords: readonly string[];
  /** Words that join the items of a list: one added or dropped alone is editorial ("phishing; or"), "and" ↔ "or" not. */
  conjunctions: readonly string[];
  /** Phrases that say the same ("e.g." / "such as" / "for example"): rewriting one as another is editorial. */
  equivalents: readonly (readonly string[])[];
  /** Plural and inflection endings to strip so singular and plural are one role ("ouder" / "ouders"). */
  roleEndings: readonly RegExp[];
  /** Contractions and what they stand for ("won't" is "will not"); $1 is the captured stem. */
  contractions: readonly (readonly [RegExp, readonly string[]])[];
  /** Titles of a table of contents ("inhoudsopgave", "contents"): its entries only restate headings. */
  tableOfContents: readonly string[];
  /** The word a line that states the document's version opens with ("Versie 1.2.", "Version 2.0"). */
  versionWords: readonly string[];
  /** The words that cite an article by its number ("artikel 12", "art. 12"). */
  articleCitations: readonly string[];
  /** Words after a cited number that name a part of it ("artikel 13 lid 4", "onder a"): the citation goes on. */
  citationParts: readonly string[];
  /** A word right after a citation that makes it one of another document ("artikel 7 van het Toetsbesluit"). */
  otherDocumentCues: readonly string[];
  /** A word after such a cue that names this document after all ("artikel 7 van deze regeling"). */
  thisDocument: readonly string[];
  /** Month names and abbreviations, for dates written out in words. */
  months: readonly string[];
  /** Abbreviations that end in a dot but do not end a sentence. */
  abbreviations: readonly string[];
}
