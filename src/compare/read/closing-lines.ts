// The lines that close a regulation without stating a rule: the place and date it was signed ("Den Haag 16 januari
// 2007"), the signature ("De Minister van Defensie H.G.J. Kamp") and the formula that it will be published ("Deze
// regeling zal met de toelichting in de Staatscourant worden geplaatst"). They stand under the last article's title
// ("Citeertitel") and would take its topic, so a signature line counted as "Inwerkingtreding en citeertitel" (issue
// 73): they carry no topic, and a comparison does not align them (terms/documents.ts): a signature is no rule "only
// here". So is a line that only dates the text, at its top as at its end ("Laatst gewijzigd: 28 maart 2026", "Last
// updated: January 04, 2025", "Versie 1.2, d.d. 30 maart 2020"), a form's empty fields for the signature ("Datum en
// handtekening:"), an article that only says it has lapsed ("Vervallen."), and a line that states the text's adoption
// ("Aldus vastgesteld door het bevoegd gezag op 12 maart 2024.", "Adopted by the board on March 12, 2025."), read by
// the words import reads it by (templates/import/adoption-lines.yaml, src/parse/adoption-line-form.ts), its dates by
// import's month names (templates/import/month-names.yaml: "16 mrt. 2007" too), a signing office by the offices of
// templates/import/letter-closings.yaml and the articles of adoption-lines.yaml, a form's fields to sign, a lapsed
// article's word and the publication formula by the words of templates/import/closing-lines.yaml. Recognised by their shape, as a
// reader does, not by a word of a topic.
import { isAdoptionLine } from '../../parse/adoption-line-form.js';
import { adoptionLineWords } from '../../parse/adoption-lines.js';
import { closingLineWords } from '../../parse/closing-lines.js';
import { allLanguages, letterWords } from '../../parse/letter-words.js';
import { isPlaceOrDateLine, isSigningFields } from '../../parse/dating-lines.js';
import { anyPhrase } from '../../text/phrase-pattern.js';

/** A person's name as a signature writes it: initials, then the surname ("G. ter Horst", "A.J.Vermaat"). */
const SIGNED_NAME =
  /(?:^|[\s,:])(?:mr\. |dr\. |prof\. )?(?:\p{Lu}\. ?){1,4}(?:(?:van|de|der|den|ter|ten|von) )*\p{Lu}[\p{L}'’-]+/u;

/** Words that make a line a sentence that says something, not a signature (Dutch, and English: "… does not have …"). */
const STATING_WORDS = [
  'is zijn wordt worden werd kan kunnen mag mogen moet moeten zal zullen heeft hebben treedt geldt gelden verklaart besluit',
  'are was were be does do did has have had may must shall will can should applies',
].join(' ');
const STATES = new RegExp(`\\b(?:${STATING_WORDS.split(' ').join('|')})\\b`, 'iu');

/** A signature is short: an office, "namens deze", a name; a longer text with a name in it is a rule. */
const SIGNATURE_WORDS = 25;

/**
 * The formula that a regulation will be published, alone in its clause: it opens with a word pointing at this text or
 * an article ("Deze regeling", "Het besluit": templates/import/adoption-lines.yaml `nl.thisText.pointing`,
 * `nl.articles`), and goes on in the words of templates/import/closing-lines.yaml ("… zal met de toelichting in de
 * Staatscourant worden geplaatst").
 */
const publication = (): RegExp => {
  const { nl } = adoptionLineWords();
  const opens = anyPhrase([...nl.thisText.pointing, ...nl.articles]);
  const { will, withNotes, gazette, placed } = closingLineWords();
  return new RegExp(
    `^(?:${opens}) \\p{L}+ (?:${anyPhrase(will)}) (?:(?:${anyPhrase(withNotes)}) )?(?:${anyPhrase(gazette)}) (?:${anyPhrase(placed)})\\.?$`,
    'iu',
  );
};

/**
 * The office a signature names without a name, as its own line: "De Staatssecretaris van Justitie,", "Namens deze,";
 * its article and its office are data (templates/import/adoption-lines.yaml `nl.articles`,
 * templates/import/letter-closings.yaml `offices`).
 */
const office = (): RegExp => {
  const articles = anyPhrase(adoptionLineWords().nl.articles);
  const offices = anyPhrase(allLanguages(letterWords().offices));
  return new RegExp(`^(?:namens (?:deze|(?:${articles}) .+)|(?:${articles}) (?:\\p{L}+ )?(?:${offices})\\b.*),$`, 'iu');
};
const OFFICE_WORDS = 8;

/** An article kept only by its number: it has lapsed, or its place is reserved (closing-lines.yaml `lapsed`). */
const lapsed = (): RegExp => {
  const { lapsed: words, lapsedOpening } = closingLineWords();
  return new RegExp(`^\\[?(?:(?:${anyPhrase(lapsedOpening)}) )?(?:${anyPhrase(words)})\\]?\\.?$`, 'iu');
};

/** The patterns of the lines that sign or close, made once on first use (their words are data, read then). */
interface SigningPatterns {
  publication: RegExp;
  office: RegExp;
  lapsed: RegExp;
}
let signingPatterns: SigningPatterns | undefined;
const signingPattern = (): SigningPatterns =>
  (signingPatterns ??= {
    publication: publication(),
    office: office(),
    lapsed: lapsed(),
  });

/** Whether a line signs, or leaves room to sign, without stating anything. */
function signsOnly(line: string): boolean {
  if (isSigningFields(line)) return true;
  // A signature line starts with a capital; "de voorzitter," in a list of a committee's members is one of them.
  return (
    line.split(' ').length <= OFFICE_WORDS &&
    /^\p{Lu}/u.test(line) &&
    signingPattern().office.test(line) &&
    !STATES.test(line)
  );
}

/**
 * Whether a clause's text is a closing line of a regulation (place and date, signature, publication formula, a form's
 * signing fields, its adoption), dates it, or is a lapsed article's only word.
 */
export function isClosingLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return false;
  if (isPlaceOrDateLine(line) || signingPattern().publication.test(line) || signingPattern().lapsed.test(line))
    return true;
  if (signsOnly(line) || isAdoptionLine(line)) return true;
  // A line that ends as a list item does ("C. De aard van de nevenwerkzaamheden;") is an item, lettered, not signed;
  // a table ("| vertrouwenspersoon | J. de Vries |") lists people, it signs nothing.
  if (/[;:]$/.test(line) || line.includes('|')) return false;
  return line.split(' ').length <= SIGNATURE_WORDS && SIGNED_NAME.test(line) && !STATES.test(line);
}
