// What marks a gap still to be filled in, as templates/import/word-placeholders.yaml describes it: the mark import
// leaves where it took Word's placeholder out of a sentence ("[in te vullen]", "[to be filled in]": `markers`) and a
// school's own fill-in typed in square brackets ("[naam directeur]": `fill-ins`). Here, below fmt and import, the one
// reader of that file: import reports fill-ins (src/import/fill-ins.ts, with the unbracketed shapes); an ID made from a clause's words leaves them out (suggest.ts), as it leaves
// out an editorial mark ("[sic]", "[…]"): an imported "Vragen gaan naar [in te vullen]." was named
// `vragen-gaan-vullen`, a name that outlives the gap it names once the gap is filled in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PACKAGE_ROOT } from '../io/root.js';

export const PLACEHOLDERS_FILE = join(PACKAGE_ROOT, 'templates', 'import', 'word-placeholders.yaml');

/** templates/import/word-placeholders.yaml: Word's own placeholders, and what a template's own fill-in looks like. */
export interface PlaceholderFile {
  controls: string[];
  markers: Record<string, string>;
  'fill-ins': {
    'most-words': number;
    words: string[];
    never: string[];
    masks: string[];
    'merge-fields': { open: string; close: string; phrases: boolean }[];
    blanks: string[];
  };
}

let file: PlaceholderFile | undefined;

/** The placeholder file, read once. */
export function placeholderFile(): PlaceholderFile {
  file ??= YAML.parse(readFileSync(PLACEHOLDERS_FILE, 'utf8')) as PlaceholderFile;
  return file;
}

/** What marks a placeholder's place in the text, in the policy's language `lang` ("[in te vullen]"). */
export function placeholderMarker(lang: string): string {
  const { markers } = placeholderFile();
  return markers[lang.split('-')[0]?.toLowerCase() ?? ''] ?? markers.en ?? '';
}

/** A text in square brackets, not across another bracket or a line. */
export const BRACKETED = /\[([^[\]\n]{1,80})\]/gu;

let compiled: { words: string[]; never: Set<string>; masks: RegExp[]; mostWords: number } | undefined;

function fillInRules(): NonNullable<typeof compiled> {
  const rules = placeholderFile()['fill-ins'];
  compiled ??= {
    words: rules.words.map((word) => word.toLowerCase()),
    never: new Set(rules.never.map((word) => word.toLowerCase())),
    masks: rules.masks.map((mask) => new RegExp(`^(?:${mask})$`, 'iu')),
    mostWords: rules['most-words'],
  };
  return compiled;
}

/** Whether the text inside a pair of square brackets is a fill-in ("naam directeur", "dd-mm-jjjj"). */
export function isFillIn(inside: string): boolean {
  const { words, never, masks, mostWords } = fillInRules();
  const text = inside.trim();
  if (masks.some((mask) => mask.test(text))) return true;
  const own = text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  if (own.length === 0 || text.split(/\s+/u).length > mostWords || own.some((word) => never.has(word))) return false;
  return own.some((word) => words.some((fill) => word === fill || word.endsWith(fill)));
}

let markerTexts: Set<string> | undefined;

/**
 * Whether the text inside a pair of square brackets marks a gap or an edit rather than saying anything: a
 * placeholder's mark in any language of the file, a fill-in, "sic", or no letter or digit at all ("…", "?", " ").
 */
export function isEditorialMark(inside: string): boolean {
  const text = inside.replace(/\s+/gu, ' ').trim().toLowerCase();
  markerTexts ??= new Set(
    Object.values(placeholderFile().markers).map((marker) =>
      marker
        .replace(/^\[|\]$/gu, '')
        .replace(/\s+/gu, ' ')
        .trim()
        .toLowerCase(),
    ),
  );
  return markerTexts.has(text) || text === 'sic' || !/[\p{L}\p{N}]/u.test(text) || isFillIn(text);
}

/** `text` with each editorial mark in square brackets made a space; other bracketed text ("[Vervallen]") stays. */
export function withoutEditorialMarks(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(BRACKETED, (whole, inside: string) => (isEditorialMark(inside) ? ' ' : whole));
}
