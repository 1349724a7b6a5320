// Prefixes that turn a word into its opposite (veilig → onveilig, lawful → unlawful), per language, for the diff's
// rule that such a change reverses the clause's meaning (src/diff/prefix-negation.ts). Data beside the other word
// lists of src/text/lexicons/, for the reason given in types.ts. Two letters apart, these pairs otherwise pass
// for a spelling change. Tested over tests/fixtures/labelled/negation-prefixes.yaml.

export interface NegationPrefixes {
  /** Written together with the word: on+veilig, il+legaal, un+lawful. */
  joined: readonly string[];
  /** Written with a hyphen before the word: niet-openbaar, non-binding. */
  hyphened: readonly string[];
  /** Shorter stems are not judged: "on" + "der" is no reversal of "der". */
  minStem: number;
  /** Words that start with a prefix's letters but do not negate the word after them (folded, whole words). */
  notNegations: readonly string[];
}

export const NEGATION_PREFIXES: Readonly<Record<string, NegationPrefixes>> = {
  nl: {
    joined: ['on', 'a', 'il', 'ir', 'in', 'im'],
    hyphened: ['niet', 'non', 'on', 'anti'],
    minStem: 4,
    notNegations: ['inrichting', 'inleiding', 'inhouden', 'invullen', 'invoeren', 'inzetten', 'inleveren', 'ontdekken'],
  },
  en: {
    joined: ['un', 'in', 'il', 'im', 'ir', 'non', 'dis'],
    hyphened: ['non', 'un', 'anti'],
    minStem: 4,
    notNegations: [
      'income',
      'inform',
      'informed',
      'input',
      'invest',
      'inside',
      'display',
      'discharge',
      'impose',
      'improve',
    ],
  },
};
