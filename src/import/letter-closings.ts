// A letter's closing formula ("Met vriendelijke groet", "Hoogachtend, de directeur", "Kind regards"): a model letter
// in a policy ends with one. Short and without a full stop, a line holding it reads as a heading, and standing alone
// in a PDF or a text it was read as one, over nothing ("## Met vriendelijke groet, «Naam_directeur»"). It is text of
// the letter. The formulas are data (templates/import/letter-closings.yaml), in Dutch and English. So are the signer's
// lines under a formula ("J. de Vries" over "Directeur", "Jane Smith" over "Head teacher"), as short and as unstopped.
// A signature typed as one paragraph, its lines parted by Shift+Enter, keeps them as lines (keepSignatureBreaks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';
import { anyPhrase } from '../text/phrase-pattern.js';
import type { Block, Inline } from './blocks.js';
import { headingNumber, listMarker } from './markers.js';

export const LETTER_CLOSINGS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'letter-closings.yaml');

let closing: RegExp | undefined;

/** One pattern of every formula, its words apart by any white space, the longest first. */
function closingPattern(): RegExp {
  if (closing) return closing;
  const file = YAML.parse(readFileSync(LETTER_CLOSINGS_FILE, 'utf8')) as Record<string, string[]>;
  // After the formula: the line's end, or a comma or a space before the signer ("Hoogachtend, de directeur").
  closing = new RegExp(`^(?:${anyPhrase(Object.values(file).flat())})(?:$|[,\\s])`, 'iu');
  return closing;
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
