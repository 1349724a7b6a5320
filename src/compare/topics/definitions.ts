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
/** A defined term and its colon: up to four words ("Klacht:", "restricted list:", "vertrouwenspersoon integriteit:"). */
const TERM = String.raw`\p{L}[\p{L}'’()-]*(?: [\p{L}'’()-]+){0,3}:`;

const DEFINITION = new RegExp(
  String.raw`^(?:\(?[a-z0-9]{1,3}[.)]|[-–•])?\s*${TERM}\s+(?:de|het|een|iedere?|elke?|alle|degene|diegene|the|an?|any|every|each)\s(?!heer\b|mevrouw\b)`,
  'iu',
);
const TERM_FIRST = new RegExp(String.raw`^${TERM}(?:\s|$)`, 'u');

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

/** A definitions list's lead-in that defines no term itself: "In deze regeling wordt verstaan onder:". */
const LIST_LEAD_IN = /\b(?:wordt|worden)\s+(?:\S+\s+){0,3}verstaan(?:\s+onder)?\s*:\s*$/iu;
/** A sentence that defines a term: "Onder een vermoeden van misstand wordt verstaan een …", "Onder X wordt mede verstaan:". */
const TERM_DEFINED = /^(?:\(?[a-z0-9]{1,3}[.)°]\s*)?onder\s.{1,80}?\s(?:wordt|worden)\s+(?:\S+\s+){0,2}verstaan\b/iu;
/**
 * How high a list entry stands, for where a definitions list ends: an article's member ("1.", an ordered list's
 * item) 0, a letter ("a.", "(b)") 1, a degree or a dash or bullet ("2°", "–") 2; a term and its colon ("voorkennis:
 * …") has no rank of its own. Undefined for no entry of a list.
 */
function listRank(entry: Entry): number | 'term' | undefined {
  const text = entry.text.trimStart();
  if (/^\d{1,3}[.)](?:\s|$)/u.test(text)) return 0;
  if (/^\(?[a-z]{1,2}[.)](?:\s|$)/u.test(text)) return 1;
  if (/^(?:\d{1,2}°\.?|[-–—•])(?:\s|$)/u.test(text)) return 2;
  if (TERM_FIRST.test(text)) return 'term';
  if (entry.clause.list === 'bullet') return 2;
  return entry.clause.list === undefined ? undefined : 0;
}

/**
 * The list right after `lead` under its heading: its entries as long as none stands higher than the first ("2. Deze
 * regeling is van toepassing …" after the definitions "a." to "f." of member 1 is no definition).
 */
function listAfter(entries: readonly Entry[], lead: number): number[] {
  const section = (entries[lead] as Entry).section;
  const run: number[] = [];
  let top: number | undefined;
  for (let e = lead + 1; e < entries.length; e++) {
    const entry = entries[e] as Entry;
    const rank = entry.section === section ? listRank(entry) : undefined;
    if (rank === undefined || (typeof rank === 'number' && top !== undefined && rank < top)) break;
    if (typeof rank === 'number') top ??= rank;
    run.push(e);
  }
  return run;
}

const definitionSets = new WeakMap<readonly Entry[], ReadonlyMap<number, number | undefined>>();

/**
 * The entries that define a word, each with the definitions lead-in it stands under: those of the list a lead-in
 * opens ("In deze regeling wordt verstaan onder:", then "j. meldingsplichtige: een medewerker die …"), and (with no
 * lead-in) a sentence that defines a term ("Onder het bezitten van financiële belangen wordt mede verstaan:") and the
 * items it leads into. Read once per document.
 */
export function definitionEntries(entries: readonly Entry[]): ReadonlyMap<number, number | undefined> {
  let found = definitionSets.get(entries);
  if (found) return found;
  const defining = new Map<number, number | undefined>();
  entries.forEach((entry, e) => {
    // Most clauses hold no "verstaan": passed over by a look at their letters.
    if (!entry.text.includes('verstaan')) return;
    const text = entry.text.trim();
    if (TERM_DEFINED.test(text)) {
      defining.set(e, undefined);
      if (text.endsWith(':')) for (const item of listAfter(entries, e)) defining.set(item, undefined);
    } else if (LIST_LEAD_IN.test(text)) for (const item of listAfter(entries, e)) defining.set(item, e);
  });
  found = defining;
  definitionSets.set(entries, found);
  return found;
}

/**
 * A signal that describes (a gap between its words, or three words or more: "uiting .. ongenoegen", "bevindingen van
 * het onderzoek"), not a term (a word, or two side by side: "financiële belangen", "misstand*"). In a definition a term
 * names what is defined or what it is defined by; a describing phrase can say what a topic asks ("Klacht: iedere uiting
 * van ongenoegen over een gedraging" is what one may complain about).
 */
export const describes = (signal: string): boolean => / \.\. /.test(signal) || signalLength(signal) >= 3;
