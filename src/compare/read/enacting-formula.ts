// The opening words by which an authority enacts a regulation ("De Minister van Economische Zaken, Gelet op artikelen
// 51, 61 … van het Algemeen Rijksambtenarenreglement …; Gehoord het Departementaal Georganiseerd Overleg; Besluit:"):
// they name the laws the text rests on and who enacts it, and state no rule of their own. A law's name in them ("het
// Besluit melden vermoeden van misstand", "de Wet klachtrecht cliënten zorgsector") took that topic, and the readers of
// the named clauses read each such clause as telling nothing (issue 73). It carries no topic; a comparison still aligns
// it. Recognised by its shape, Dutch and English: a sentence that reasons from a law ("Gelet op artikel 5 is de
// directeur bevoegd …") ends as a sentence does and is a rule.

/** The words that open a recital: "Gelet op", "Overwegende (dat)", "Gehoord", "Op voordracht van"; "Having regard to". */
const RECITAL = String.raw`(?:gelet op|overwegende|gehoord|op voordracht van|having regard to|whereas|considering)\b`;

/**
 * The authority that enacts, before its comma, and the recital after it, which opens with a capital as a line of its
 * own does: "De Staatssecretaris van Defensie, Gelet op …" ("De commissie beslist, gelet op de stukken, …" is a rule).
 */
const AFTER_AUTHORITY = /^(?:De|Het|The) [^,.;:]{1,100}, ?\p{Lu}/u;

/** A recital ends in a semicolon, a colon or a comma, or with the enacting word: "Besluit:", "Besluiten:", "Decides:". */
const ENDS = /(?:[;:,]|\b(?:besluit|besluiten|stelt vast|decides?|has adopted)[^.]*:?)$/iu;

const OPENS = new RegExp(`^${RECITAL}`, 'iu');

/** The words a recital opens with, lower case, for a first look at a clause's letters (RECITAL). */
const RECITAL_WORDS = [
  'gelet op',
  'overwegende',
  'gehoord',
  'op voordracht',
  'having regard',
  'whereas',
  'considering',
];

/** Whether a clause's text is (part of) the enacting formula of a regulation. */
export function isEnactingFormula(text: string): boolean {
  // Asked of every clause: most hold no recital's words, and are passed over by a look at their letters.
  const lower = text.toLowerCase();
  if (!RECITAL_WORDS.some((words) => lower.includes(words))) return false;
  const line = text.replace(/\s+/g, ' ').trim();
  if (!ENDS.test(line)) return false;
  const authority = AFTER_AUTHORITY.exec(line);
  return OPENS.test(authority ? line.slice(authority[0].length - 1) : line);
}
