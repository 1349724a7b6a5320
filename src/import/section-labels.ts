// The labels a text's or PDF's chapter headings typed ("Artikel 3", "A.", "IV."): the policy prints what the source
// showed, either by its own numbering (`numbering.sections`, "Artikel %1", "%A.", "%I.") where every chapter typed a
// label of one form (letters counted from "A." or "I." with none skipped), or, for a letter or roman label no pattern
// prints, by keeping the label in the heading's text,
// which the policy then prints as typed (parse/typed-headings.ts). Never the house style's "1", "2" for "A.", "B.".
import { romanValue } from '../model/numbering.js';
import type { Block } from './blocks.js';

type Heading = Extract<Block, { kind: 'heading' }>;

/** "Artikel 3" → "Artikel %1": a word before the article's number, and what follows it ("Artikel 3." → "."). */
const WORD_NUMBER = /^(\p{L}+)\s*(\d+)([.:]?)$/u;
/** A letter or roman heading's marker ("B.", "IV."), as the text reader reads it (markers.ts headingNumber). */
const LETTER_MARKER = /^([A-Z]+)\s?\.$/u;

/**
 * The level of the policy's chapters: the shallowest heading below the title. A text's lettered headings sit one
 * below the title line the reader saw as a heading (text-headings.ts headingLevel), so they may be level 3.
 */
export function chapterLevel(blocks: readonly Block[]): number {
  const levels = blocks.flatMap((block) => (block.kind === 'heading' && block.level > 1 ? [block.level] : []));
  return levels.length > 0 ? Math.min(...levels) : 2;
}

/** The one form every label of a level has, or undefined when there are none or more than one. */
function oneForm(forms: (string | undefined)[]): string | undefined {
  const found = new Set(forms);
  return found.size === 1 && !found.has(undefined) ? [...found][0] : undefined;
}

/**
 * "A." to "C." → "%A."; "I.", "II.", "III." → "%I."; only for a series the count prints as typed, from the first
 * letter or numeral on with none skipped: "A.", "C." keep their letters in their headings, printed as typed.
 */
function letterPattern(headings: readonly Heading[]): string | undefined {
  const letters = headings.map((heading) => LETTER_MARKER.exec(heading.marker ?? '')?.[1] ?? '');
  if (letters.every((letter, at) => /^[IVX]+$/u.test(letter) && romanValue(letter.toLowerCase()) === at + 1))
    return '%I.';
  return letters.every((letter, at) => letter.length === 1 && letter.charCodeAt(0) - 64 === at + 1) ? '%A.' : undefined;
}

/**
 * The sections' pattern the chapters typed, where every one typed a label of one form. A letter pattern only where
 * no heading stands below the chapters: the pattern numbers every section, and a paragraph under "A." is no "A.".
 */
function sectionsPattern(blocks: readonly Block[], chapters: readonly Heading[], level: number): string | undefined {
  const forms = chapters.map((heading) => {
    const typed = WORD_NUMBER.exec(heading.marker ?? '');
    return typed ? `${typed[1]} %1${typed[3]}` : undefined;
  });
  const worded = oneForm(forms);
  if (worded) return worded;
  const deeper = blocks.some((block) => block.kind === 'heading' && block.level > level);
  return deeper ? undefined : letterPattern(chapters);
}

/**
 * The sections' pattern of the chapters' typed labels, each chapter labelled with its typed label for the check
 * (numbering-check.ts); a letter or roman label no pattern prints goes back into its heading's text ("A. Algemene
 * bepalingen"), where the policy prints it as typed and the summary counts it as kept text, not as numbering.
 */
export function sectionLabels(blocks: readonly Block[]): string | undefined {
  const level = chapterLevel(blocks);
  const headings = blocks.filter((block): block is Heading => block.kind === 'heading' && block.level > 1);
  const chapters = headings.filter((heading) => heading.level === level && !heading.unnumbered);
  const marked = chapters.filter((heading) => heading.marker !== undefined);
  // Only when every chapter typed one: a pattern would put "Artikel N" before a heading that had none.
  const pattern =
    marked.length > 0 && marked.length === chapters.length ? sectionsPattern(blocks, marked, level) : undefined;
  // Typed chapter numbers became structure either way: the check after writing compares them with the printed ones.
  for (const heading of marked) heading.label = heading.marker;
  for (const heading of headings) {
    const letters = LETTER_MARKER.test(heading.marker ?? '');
    if (!letters || (pattern && heading.level === level)) continue;
    heading.inlines = [{ text: `${heading.marker} ` }, ...heading.inlines];
    delete heading.marker;
    delete heading.label;
  }
  return pattern;
}
