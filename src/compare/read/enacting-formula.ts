// The opening words by which an authority enacts a regulation ("De Minister van Economische Zaken, Gelet op artikelen
// 51, 61 … van het Algemeen Rijksambtenarenreglement …; Gehoord het Departementaal Georganiseerd Overleg; Besluit:"):
// they name the laws the text rests on and who enacts it, and state no rule of their own. A law's name in them ("het
// Besluit melden vermoeden van misstand", "de Wet klachtrecht cliënten zorgsector") took that topic, and the readers of
// the named clauses read each such clause as telling nothing (issue 73). It carries no topic; a comparison still aligns
// it. Recognised by its shape, Dutch and English: a sentence that reasons from a law ("Gelet op artikel 5 is de
// directeur bevoegd …") ends as a sentence does and is a rule. Its words are data a sector may edit
// (templates/import/enacting-formula.yaml); its shape is here.
import { enactingFormulaWords } from '../../parse/enacting-formula.js';
import { anyPhrase } from '../../text/phrase-pattern.js';

/**
 * The authority that enacts, before its comma, and the recital after it, which opens with a capital as a line of its
 * own does: "De Staatssecretaris van Defensie, Gelet op …" ("De commissie beslist, gelet op de stukken, …" is a rule).
 */
const AFTER_AUTHORITY = /^(?:De|Het|The) [^,.;:]{1,100}, ?\p{Lu}/u;

interface RecitalPatterns {
  /** The words that open a recital: "Gelet op", "Overwegende (dat)", "Gehoord", "Op voordracht van"; "Having regard to". */
  opens: RegExp;
  /** A recital ends in a semicolon, a colon or a comma, or with the enacting word: "Besluit:", "Besluiten:", "Decides:". */
  ends: RegExp;
  /** The recitals' first two words, lower case, for a first look at a clause's letters. */
  firstWords: string[];
}

/** The recital's patterns, made once on first use from templates/import/enacting-formula.yaml. */
let patterns: RecitalPatterns | undefined;
function recitalPatterns(): RecitalPatterns {
  if (!patterns) {
    const { recitals, enacting } = enactingFormulaWords();
    patterns = {
      opens: new RegExp(`^(?:${anyPhrase(recitals)})\\b`, 'iu'),
      ends: new RegExp(`(?:[;:,]|\\b(?:${anyPhrase(enacting)})[^.]*:?)$`, 'iu'),
      firstWords: recitals.map((recital) => recital.trim().toLowerCase().split(/\s+/u).slice(0, 2).join(' ')),
    };
  }
  return patterns;
}

/** Whether a clause's text is (part of) the enacting formula of a regulation. */
export function isEnactingFormula(text: string): boolean {
  // Asked of every clause: most hold no recital's words, and are passed over by a look at their letters.
  const { opens, ends, firstWords } = recitalPatterns();
  const lower = text.toLowerCase();
  if (!firstWords.some((words) => lower.includes(words))) return false;
  const line = text.replace(/\s+/g, ' ').trim();
  if (!ends.test(line)) return false;
  const authority = AFTER_AUTHORITY.exec(line);
  return opens.test(authority ? line.slice(authority[0].length - 1) : line);
}
