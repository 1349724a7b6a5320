// Definitions in a regulation's definitions article ("c. Klacht: iedere uiting van ongenoegen …", "k. Gedragscode: de
// gedragscode die van toepassing is op bewindvoerders die geregistreerd staan …"): each says what a word of the
// regulation means, not what the organisation does. A word of a topic in one is no sign of the topic's rule; the
// topic's phrases still are ("uiting .. ongenoegen" is what a complaint is), and so is a heading that names it.
import type { Entry } from '../../match/entries.js';
import type { ClauseScore } from './score-scale.js';
import { signalLength } from './topic-signals.js';

/**
 * A definition: a term of at most four words, a colon and what it is, named by an article or a determiner ("c. Klacht:
 * iedere uiting …", "– klager: de medewerker die …"), after a list item's marker. A line such as "Contactpersoon:
 * Niels Maas" or "Contactpersoon: de heer Maas" gives a value, not a meaning.
 */
const DEFINITION =
  /^(?:\(?[a-z0-9]{1,3}[.)]|[-–•])?\s*\p{L}[\p{L}'’()-]*(?: [\p{L}'’()-]+){0,3}:\s+(?:de|het|een|iedere?|elke?|alle|degene|diegene|the|an?|any|every|each)\s(?!heer\b|mevrouw\b)/iu;

export const isDefinition = (entry: Entry | undefined): boolean =>
  entry !== undefined && DEFINITION.test(entry.text.trimStart());

/**
 * Entry `e` as an entry of a definitions list: a definition with another right before or after it under the same
 * heading, as the defined-term pass reads a "X: …" entry (src/compare/terms/defined-terms.ts). A lone "Let op: de
 * directeur zorgt …" has a definition's shape and states a rule.
 */
function listedDefinition(entries: readonly Entry[], e: number): boolean {
  const entry = entries[e];
  if (!entry || !isDefinition(entry)) return false;
  const beside = (other: Entry | undefined): boolean => other?.section === entry.section && isDefinition(other);
  return beside(entries[e - 1]) || beside(entries[e + 1]);
}

/**
 * A definition (an entry of a definitions list) on a topic by single words of it alone (signals of one word, or the topic's words), no title deciding:
 * it neither covers the topic nor makes its cell unsure. Measured on the labelled klachtenregelingen (issue 73): a
 * definition of "ACM-organisatie" was the one candidate of ACM's "Wie kan klagen", and "geregistreerd" in the Wsnp
 * administrators' definition of their code of conduct put a regulation with no register of complaints on "Registratie".
 */
export const definesByWordsAlone = (entries: readonly Entry[], e: number, score: ClauseScore): boolean =>
  score.title === undefined &&
  listedDefinition(entries, e) &&
  score.signals.every((signal) => signalLength(signal) <= 1);
