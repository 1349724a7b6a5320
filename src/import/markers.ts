// Typed list markers and heading numbers in text that came out of Word or a PDF: "1.", "a)", "- b.", "IV.",
// "1.1", "Artikel 3". Shared by the text and PDF readers, which both see numbers as characters, never as structure.
import { romanValue } from '../model/numbering.js';
import { opensLevel, type OutlineKind } from '../parse/outline-markers.js';

export type MarkerKind = 'bullet' | 'decimal' | 'alpha' | 'ALPHA' | 'roman' | 'ROMAN';

export interface ListMarker {
  kind: MarkerKind;
  /** The marker as typed, bullet included ("- a."). */
  marker: string;
  /** The letter or number without punctuation ("a", "IV", "3"); "" for bullets. */
  value: string;
  /** The item's text after the marker. */
  rest: string;
  /** Columns of white space before the marker. */
  indent: number;
}

// A sign of a symbol font's private-use area is a bullet too: pdftotext writes Word's bullet (Symbol's) as U+F0B7.
const BULLET = /^([-•*▪◦‣–·\uE000-\uF8FF]|o(?=\s))\s+/u;
const ENUMERATOR = /^(\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})[.)])\s+/u;

const indentOf = (line: string): number => {
  const space = /^[ \t]*/.exec(line)?.[0] ?? '';
  return [...space].reduce((sum, char) => sum + (char === '\t' ? 4 : 1), 0);
};

const ROMAN = /^[ivxlcdm]+$/;

/** The list marker a line starts with, if any. `alphaBefore(letter)`: an open list of letters (same case) ends with the letter before. */
export function listMarker(
  line: string,
  context: { alphaBefore?: (letter: string) => boolean } = {},
): ListMarker | undefined {
  const indent = indentOf(line);
  let text = line.trimStart();
  let bullet = '';
  const bulletMatch = BULLET.exec(text);
  if (bulletMatch) {
    bullet = bulletMatch[0];
    text = text.slice(bullet.length);
  }
  const enumerator = ENUMERATOR.exec(text);
  if (enumerator && /\S/.test(text.slice(enumerator[0].length))) {
    const value = enumerator[2] ?? '';
    const rest = text.slice(enumerator[0].length);
    const marker = `${bullet}${enumerator[1] ?? ''}`.trim();
    if (/^[0-9]+$/.test(value)) return { kind: 'decimal', marker, value, rest, indent };
    const lower = value.toLowerCase();
    const isRoman = ROMAN.test(lower);
    // "i." after "h." is a letter, "i." opening a list is a Roman one; a single other letter is a letter.
    const letterContinues = value.length === 1 && (context.alphaBefore?.(value) ?? false);
    if (isRoman && !letterContinues && (value.length > 1 || 'ivx'.includes(lower))) {
      return { kind: value === lower ? 'roman' : 'ROMAN', marker, value, rest, indent };
    }
    if (value.length === 1) return { kind: value === lower ? 'alpha' : 'ALPHA', marker, value, rest, indent };
  }
  if (bullet !== '' && /\S/.test(text)) return { kind: 'bullet', marker: bullet.trim(), value: '', rest: text, indent };
  return undefined;
}

/** A clause label with its chapter's number ("1.2", "1.2.") and the clause's text after it: label, chapter, own. */
export const CHAPTER_CLAUSE = /^((\d{1,3})\.(\d{1,3})\.?)\s+(\S.*)$/u;

/**
 * Whether a clause typed "chapter.own" continues the clauses typed so far (`last`: the chapter and own number of
 * the one before): the next of its chapter, one skipped allowed, or the first of a later chapter; and, under a
 * chapter with a typed number (`chapter`), carries that number ("2.5 kilometer" is a sentence's start).
 */
export function continuesClauses(
  chapter: number,
  own: number,
  last: readonly [number, number] | undefined,
  typedChapter: number | undefined,
): boolean {
  if (typedChapter !== undefined && chapter !== typedChapter) return false;
  const [lastChapter, lastOwn] = last ?? [0, 0];
  return chapter === lastChapter ? own > lastOwn && own <= lastOwn + 2 : chapter > lastChapter && own === 1;
}

export interface HeadingNumber {
  /** decimal "1.1.", word "Artikel 3", letter "A." or "IV." */
  kind: 'decimal' | 'word' | 'letter';
  /** "1.1." or "Artikel 3" as typed. */
  marker: string;
  /** 1 for "1", 2 for "1.1" … */
  depth: number;
  title: string;
}

const DECIMAL_HEADING = /^((\d{1,2})((?:\.\d{1,2})*)\.?)\s+(\S.*)$/u;
const LETTER_HEADING = /^(([IVX]{1,5}|[A-Z])\s?\.)\s+(\S.*)$/u;
const WORD_HEADING =
  /^((?:artikel|article|hoofdstuk|chapter|paragraaf|section|§)\s*(\d{1,3}[a-z]?)\.?)(?:\s*[:.–-]\s*|\s+)(\S.*)?$/iu;

/** A typed heading number at the start of a line. */
export function headingNumber(line: string): HeadingNumber | undefined {
  const text = line.trim();
  const word = WORD_HEADING.exec(text);
  if (word)
    return {
      kind: 'word',
      marker: word[1] ?? '',
      depth: /^(paragraaf|section|§)/i.test(text) ? 2 : 1,
      title: word[3] ?? '',
    };
  const letter = LETTER_HEADING.exec(text);
  if (letter) return { kind: 'letter', marker: letter[1] ?? '', depth: 1, title: letter[3] ?? '' };
  const decimal = DECIMAL_HEADING.exec(text);
  if (!decimal) return undefined;
  const depth = 1 + ((decimal[3] ?? '').match(/\./g)?.length ?? 0);
  return { kind: 'decimal', marker: decimal[1] ?? '', depth, title: decimal[4] ?? '' };
}

/** The number a decimal or letter marker stands for, to see whether a list continues (a → 1, iv → 4). */
export function ordinalOf(marker: ListMarker): number {
  const value = marker.value.toLowerCase();
  if (marker.kind === 'decimal') return Number(value);
  if (marker.kind === 'alpha' || marker.kind === 'ALPHA') return value.charCodeAt(0) - 96;
  if (marker.kind === 'roman' || marker.kind === 'ROMAN') return romanValue(value);
  return 0;
}

/**
 * Whether a letter or roman marker can start a list here: it continues an open list (`continues`), or it is its
 * level's first value — parse's outline rule, so "J. de Vries" or "M. Bakker" after "(b)" starts nothing. Numbers
 * and bullets always can.
 */
export function canStartList(marker: ListMarker, continues: boolean): boolean {
  if (marker.kind === 'bullet' || marker.kind === 'decimal' || continues) return true;
  const form = marker.marker.startsWith('(') ? '()' : marker.marker.endsWith(')') ? ')' : '.';
  return opensLevel({ kind: marker.kind as OutlineKind, form, value: ordinalOf(marker) });
}

/**
 * An initial as names are written ("A. Jansen"): a capital letter and a full stop, no bullet or parenthesis. "I."
 * is read as a Roman numeral first, as an outline under "b." uses it.
 */
export const looksLikeInitial = (marker: ListMarker): boolean =>
  marker.kind === 'ALPHA' && /^[A-Z]\.$/.test(marker.marker);
