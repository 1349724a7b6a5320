// A letter's closing formula ("Met vriendelijke groet", "Hoogachtend, de directeur", "Kind regards"): a model letter
// in a policy ends with one. Short and without a full stop, a line holding it reads as a heading, and standing alone
// in a PDF or a text it was read as one, over nothing ("## Met vriendelijke groet, «Naam_directeur»"). It is text of
// the letter. The formulas are data (templates/import/letter-closings.yaml), in Dutch and English. So are the signer's
// lines under a formula ("J. de Vries" over "Directeur", "Jane Smith" over "Head teacher"), as short and as unstopped;
// one that reads as no name and no signer's role (the file's `roles`) and heads a sentence is a heading, no signer's.
// A signature typed as one paragraph, its lines parted by Shift+Enter, keeps them as lines (keepSignatureBreaks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';
import { anyPhrase } from '../text/phrase-pattern.js';
import type { Block, Inline } from './blocks.js';
import { headingNumber, listMarker } from './markers.js';

export const LETTER_CLOSINGS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'letter-closings.yaml');

interface LetterWords {
  closings: Record<string, string[]>;
  roles: Record<string, string[]>;
}

let patterns: { closing: RegExp; role: RegExp } | undefined;

/** The formulas and the signers' roles of the data file, each one pattern, read once. */
function letterPatterns(): { closing: RegExp; role: RegExp } {
  if (patterns) return patterns;
  const file = YAML.parse(readFileSync(LETTER_CLOSINGS_FILE, 'utf8')) as LetterWords;
  patterns = {
    // After the formula: the line's end, or a comma or a space before the signer ("Hoogachtend, de directeur").
    closing: new RegExp(`^(?:${anyPhrase(Object.values(file.closings).flat())})(?:$|[,\\s])`, 'iu'),
    // The role opens the line, after an article; its first word may end in it ("Locatiedirecteur").
    role: new RegExp(
      `^(?:(?:de|het|the)\\s+)?[\\p{L}-]*(?:${anyPhrase(Object.values(file.roles).flat())})(?!\\p{L})`,
      'iu',
    ),
  };
  return patterns;
}

const closingPattern = (): RegExp => letterPatterns().closing;

/** A word of a name: an initial or initials ("J.", "J.M."), a capitalised word, or a particle ("de", "van", "ter"). */
const NAME_WORD = /^(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*|van|de|der|den|het|ten|ter|te|'t|in|op|von|du|la|le)$/u;

/**
 * Whether a line under a closing formula reads as a signer's, whatever follows it: a role (data, "Directeur",
 * "Intern begeleider", "Head teacher"), or a name of a person or an organisation ("J. de Vries", "Jane Smith", "OBS De
 * Regenboog"): two words or more, each an initial, a capitalised word or a particle.
 */
export function readsAsSigner(line: string): boolean {
  const text = line.trim();
  if (letterPatterns().role.test(text)) return true;
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.every((word) => NAME_WORD.test(word)) && /^\p{Lu}/u.test(text);
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
