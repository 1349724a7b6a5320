// A letter's closing formula ("Met vriendelijke groet", "Hoogachtend, de directeur", "Kind regards"): a model letter
// in a policy ends with one. Short and without a full stop, a line holding it reads as a heading, and standing alone
// in a PDF or a text it was read as one, over nothing ("## Met vriendelijke groet, «Naam_directeur»"). It is text of
// the letter. The formulas are data (templates/import/letter-closings.yaml), in Dutch and English. So are the signer's
// lines under a formula ("J. de Vries" over "Directeur", "Jane Smith" over "Head teacher"), as short and as unstopped;
// one that reads as no name and no signer's role (the file's `roles`, after an article of adoption-lines.yaml's
// `articles` or none) and heads a sentence is a heading, no signer's.
// A line of capitalised words reads as a name ("A. Jansen", "OBS De Regenboog") unless a word of it names a part of a
// policy (the file's `headings`, or, after a letter's label, a word of the document's own headings: "A.
// Slotbepalingen", "B. Bijlage") or it is written in title case ("Overgangsbepalingen En Citeertitel"); a title or a
// form of address ("Drs. A.B. Jansen", "Mevrouw M. Bakker"), a particle or initials make it a name whatever it holds.
// A signature typed as one paragraph, its lines parted by Shift+Enter, keeps them as lines (keepSignatureBreaks).
import { adoptionLineWords } from '../parse/adoption-lines.js';
import { allLanguages, letterWords } from '../parse/letter-words.js';
import { anyPhrase } from '../text/phrase-pattern.js';
import type { Block, Inline } from './blocks.js';
import { headingNumber, listMarker } from './markers.js';

interface LetterPatterns {
  closing: RegExp;
  role: RegExp;
  title: RegExp;
  heading: RegExp;
}

let patterns: LetterPatterns | undefined;

/**
 * The formulas, the signers' roles and titles and the headings' words of the data file, each one pattern, made once;
 * a role's article is one of templates/import/adoption-lines.yaml's `articles`, Dutch and English.
 */
function letterPatterns(): LetterPatterns {
  if (patterns) return patterns;
  const file = letterWords();
  const words = (list: Record<string, string[]>): string => anyPhrase(allLanguages(list));
  const { nl, en } = adoptionLineWords();
  patterns = {
    // After the formula: the line's end, or a comma or a space before the signer ("Hoogachtend, de directeur").
    closing: new RegExp(`^(?:${words(file.closings)})(?:$|[,\\s])`, 'iu'),
    // The role opens the line, after an article; its first word may end in it ("Locatiedirecteur").
    role: new RegExp(
      `^(?:(?:${anyPhrase([...nl.articles, ...en.articles])})\\s+)?[\\p{L}-]*(?:${words(file.roles)})(?!\\p{L})`,
      'iu',
    ),
    title: new RegExp(`^(?:${words(file.titles)})$`, 'iu'),
    // A word that is a heading's word or ends in one ("Slotbepalingen").
    heading: new RegExp(`^[\\p{L}-]*(?:${words(file.headings)})$`, 'iu'),
  };
  return patterns;
}

const closingPattern = (): RegExp => letterPatterns().closing;

/** A word of a name: an initial or initials ("J.", "J.M."), a capitalised word, or a particle ("de", "van", "ter"). */
const NAME_WORD = /^(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*|van|de|der|den|het|ten|ter|te|'t|in|op|von|du|la|le)$/u;
/** A particle of a name, in lower case as a name writes it ("J. de Vries", "P. van der Berg"). */
const PARTICLE = /^(?:van|de|der|den|ten|ter|te|'t|von|du|la|le)$/u;
/** Two initials or more ("A.B.", "J.M."): only a name has them. */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** A word that joins a title's parts, capitalised as title case writes it ("Overgangsbepalingen En Citeertitel"). */
const TITLE_CASE_JOIN = /^(?:En|Of|Voor|Met|Bij|Tot|Naar|Over|Door|And|Or|For|With)$/u;
/** A letter's label before a heading's title ("A.", "B."), which may also be a name's initial ("A. Jansen"). */
const LETTER_LABEL = /^\p{Lu}\.$/u;
/** A roman number of two letters or more labelling a heading ("II", "IV."): no name's word. */
const ROMAN_LABEL = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})\.?$/u;

/** Whether a name's words say it is one, whatever else it holds: a title or form of address, a particle, initials. */
const markedAsName = (words: readonly string[]): boolean =>
  words.some((word) => letterPatterns().title.test(word) || PARTICLE.test(word) || INITIALS.test(word));

/**
 * Whether a line of capitalised words reads as a heading's title, not a name: it holds a word naming a part of a
 * policy (data), a word that joins title-case parts ("En"), or, after a letter's label, a word of the document's own
 * headings (`ownHeadings`, lower case); or it opens with a roman number ("II Bijlage").
 */
function readsAsTitle(words: readonly string[], ownHeadings: ReadonlySet<string>): boolean {
  const label = LETTER_LABEL.test(words[0] ?? '');
  const rest = label ? words.slice(1) : words;
  if (ROMAN_LABEL.test(words[0] ?? '')) return true;
  return rest.some(
    (word) =>
      letterPatterns().heading.test(word) ||
      TITLE_CASE_JOIN.test(word) ||
      (label && word.length >= 4 && ownHeadings.has(word.toLowerCase())),
  );
}

/**
 * Whether a line under a closing formula reads as a signer's, whatever follows it: a role (data, "Directeur",
 * "Intern begeleider", "Head teacher"), or a name of a person or an organisation ("J. de Vries", "Jane Smith", "OBS De
 * Regenboog", "Drs. A.B. Jansen"): two words or more, each an initial, a capitalised word, a particle or a title;
 * capitalised and no heading's title ("A. Slotbepalingen", readsAsTitle) unless a title, a particle or initials mark
 * it as a name.
 * `ownHeadings`: the words of the document's own headings, lower case.
 */
export function readsAsSigner(line: string, ownHeadings: ReadonlySet<string> = new Set()): boolean {
  const text = line.trim();
  if (letterPatterns().role.test(text)) return true;
  const words = text.split(/\s+/u);
  const named = words.every((word) => NAME_WORD.test(word) || letterPatterns().title.test(word));
  if (words.length < 2 || !named) return false;
  // "de heer J. Smit" is a name in lower case; other capitalised words, where they read as no heading's title.
  return markedAsName(words) || (/^\p{Lu}/u.test(text) && !readsAsTitle(words, ownHeadings));
}

/** Whether a line opens with a letter's closing formula: text of the letter, never a heading. */
export const opensWithLetterClosing = (line: string): boolean => closingPattern().test(line.trim());

/** The lines a signature under a closing formula holds at most: a name, a role and an organisation. */
export const SIGNATURE_LINES = 3;

/**
 * Whether a line may sign a letter under its closing formula: a name ("J. de Vries", "A. Jansen"), a role
 * ("Directeur", "Voorzitter van het bestuur", "Head teacher") or an organisation ("OBS De Regenboog"), at most six
 * words starting with a letter and ending in no sentence's stop; no chapter's or article's number ("2. Afspraken",
 * "Artikel 3") and no list's bullet.
 */
export function signsLetter(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u).filter(Boolean).length;
  if (words === 0 || words > 6 || !/^\p{L}/u.test(text) || /[.!?:;]$/u.test(text) || text.includes('\t')) return false;
  const numbered = headingNumber(text);
  return numbered?.kind !== 'decimal' && numbered?.kind !== 'word' && listMarker(text)?.kind !== 'bullet';
}

/** A paragraph's lines, parted where the source typed a line break inside it (Shift+Enter). */
const linesOf = (inlines: readonly Inline[]): string[] =>
  inlines
    .map((inline) => (inline.lineBreak ? '\n' : inline.text))
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * A letter's signature typed as one paragraph, its lines parted by Shift+Enter ("Hoogachtend," / "M. Bakker" /
 * "Intern begeleider"), keeps its author's lines: the paragraph's line breaks stay line breaks where it opens with a
 * closing formula or stands right under one (or under a signer's paragraph under one), and each line after the
 * formula may sign a letter, three at most. Anywhere else a line break is the space it reads as: a sentence parted by
 * Shift+Enter reads on.
 */
export function keepSignatureBreaks(blocks: Block[]): void {
  // Whether the block before closes a letter: a paragraph opening with a closing formula, or a signer's under one.
  let signing = false;
  for (const block of blocks) {
    if (block.kind === 'dropped' || block.kind === 'footnote') continue;
    if (block.kind !== 'paragraph') {
      signing = false;
      continue;
    }
    const lines = linesOf(block.inlines);
    const opens = lines[0] !== undefined && opensWithLetterClosing(lines[0]);
    const signers = opens ? lines.slice(1) : lines;
    signing = (opens || signing) && signers.length <= SIGNATURE_LINES && signers.every(signsLetter);
    if (!signing) block.inlines = block.inlines.map(({ lineBreak: _, ...inline }) => inline);
  }
}
