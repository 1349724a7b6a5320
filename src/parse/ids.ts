// `{#id}` markers: at the start of a clause, at the end of a heading.
import { foldDiacritics } from '../text/normalise.js';
import type { Heading, Paragraph, PhrasingContent } from 'mdast';
import type { Span } from '../model/policy.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
/** An organisation's key (`org:`, `--org`): kebab-case, since it names a folder and is typed in other commands. */
export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LEADING_MARKER = /^\{#([^}\s]*)\}[ \t]*/;
// A heading may also carry `.unnumbered` (a foreword before section 1): `## Voorwoord {#voorwoord .unnumbered}`.
const TRAILING_MARKER = /[ \t]*\{#([^}\s]*)((?:[ \t]+\.[a-z-]+)*)\}[ \t]*$/;

export interface Marker {
  id: string;
  /** Classes after the id, e.g. ["unnumbered"]. */
  classes?: string[];
  position?: Span;
}

export interface Stripped<T> {
  node: T;
  marker?: Marker;
}

function markerSpan(node: PhrasingContent, from: number, length: number): Span | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  // Text nodes on one line map characters to columns one to one; markers never span lines.
  return {
    start: { line: start.line, column: start.column + from, offset: (start.offset ?? 0) + from },
    end: { line: start.line, column: start.column + from + length, offset: (start.offset ?? 0) + from + length },
  };
}

/** Removes a leading `{#id}` from a paragraph, returning a copy; the original tree is untouched (fmt needs it). */
export function stripLeadingMarker(paragraph: Paragraph): Stripped<Paragraph> {
  const first = paragraph.children[0];
  if (!first || first.type !== 'text') return { node: paragraph };
  const match = LEADING_MARKER.exec(first.value);
  if (!match) return { node: paragraph };
  const rest = first.value.slice(match[0].length);
  const children =
    rest.length > 0 ? [{ ...first, value: rest }, ...paragraph.children.slice(1)] : paragraph.children.slice(1);
  const position = markerSpan(first, 0, match[0].trimEnd().length);
  return {
    node: { ...paragraph, children },
    marker: position ? { id: match[1] ?? '', position } : { id: match[1] ?? '' },
  };
}

/** Removes a trailing `{#id}` from a heading, returning a copy. */
export function stripTrailingMarker(heading: Heading): Stripped<Heading> {
  const last = heading.children[heading.children.length - 1];
  if (!last || last.type !== 'text') return { node: heading };
  // Most headings carry no marker: looking for its `{#` is far quicker than the pattern's try at every character.
  const match = last.value.includes('{#') ? TRAILING_MARKER.exec(last.value) : null;
  if (!match) return { node: heading };
  const kept = last.value.slice(0, match.index);
  const children =
    kept.length > 0 ? [...heading.children.slice(0, -1), { ...last, value: kept }] : heading.children.slice(0, -1);
  const markerStart = match.index + match[0].indexOf('{');
  const position = markerSpan(last, markerStart, match[0].trim().length);
  const classes = (match[2] ?? '')
    .split(/[ \t]+\./)
    .map((name) => name.replace(/^[ \t]*\./, ''))
    .filter(Boolean);
  const marker: Marker = { id: match[1] ?? '', classes };
  if (position) marker.position = position;
  return { node: { ...heading, children }, marker };
}

/** Per character beyond ASCII, what folding and lower case make of it (ë → "e", ĳ → "ij", § → "§"), found once. */
const foldedCharacters = new Map<number, string>();

function foldedCharacter(code: number): string {
  let folded = foldedCharacters.get(code);
  if (folded === undefined) {
    folded = foldDiacritics(String.fromCodePoint(code)).toLowerCase();
    foldedCharacters.set(code, folded);
  }
  return folded;
}

/** Whether a character code is a lower-case ASCII letter or a digit: what a slug is made of. */
function isSlugCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Lower-case ASCII slug: diacritics folded (ë → e, ĳ → ij), anything else becomes a hyphen. The words are those of
 * the whole text folded and lower-cased, read character by character: folding drops only combining marks (every
 * character that reorders is one) and lower case makes no letter or digit of what is not one (both checked against
 * Node's ICU for every code point), so a character folds alone as it does in its text. Folding each heading whole
 * took a twentieth of reading a civil code. A run of characters that are already slug characters (lower-case
 * letters, digits: most of a heading) is copied as one slice, not added character by character, which took most of
 * naming a civil code's sections.
 */
export function slugify(text: string, maxWords = 6): string {
  const words: string[] = [];
  let word = '';
  /** A word ends at a character that is not a slug character. */
  const end = (): void => {
    if (word === '') return;
    words.push(word);
    word = '';
  };
  // [copied, at) are slug characters as they stand, not yet in `word`.
  let copied = 0;
  let at = 0;
  while (at < text.length && (maxWords <= 0 || words.length < maxWords)) {
    const unit = text.charCodeAt(at);
    if (isSlugCharacter(unit)) {
      at++;
      continue;
    }
    if (at > copied) word += text.slice(copied, at);
    if (unit < 0x80) {
      if (unit >= 0x41 && unit <= 0x5a) word += String.fromCharCode(unit + 0x20);
      else end();
      at++;
    } else {
      const code = text.codePointAt(at) ?? 0;
      at += code > 0xffff ? 2 : 1;
      for (const folded of foldedCharacter(code)) {
        if (isSlugCharacter(folded.charCodeAt(0))) word += folded;
        else end();
      }
    }
    copied = at;
  }
  if (at > copied) word += text.slice(copied, at);
  end();
  return words.slice(0, maxWords).join('-');
}

/** Hands out IDs that collide neither with the author's nor with each other: `x`, then `x-2`, `x-3` … */
export class IdAllocator {
  private readonly taken: Set<string>;
  /**
   * Per wanted ID, the first suffix not yet tried: IDs are only ever added, so the ones tried before are still
   * taken. Without it a thousand untitled sections of one name cost half a million lookups.
   */
  private readonly nextSuffix = new Map<string, number>();

  constructor(existing: Iterable<string>) {
    this.taken = new Set(existing);
  }

  allocate(wanted: string): string {
    // Most wanted IDs are free at once: taken from then on, with nothing to remember (asked again, the search
    // starts at 1 and finds it taken, one lookup more).
    if (!this.nextSuffix.has(wanted) && !this.taken.has(wanted)) {
      this.taken.add(wanted);
      return wanted;
    }
    let n = this.nextSuffix.get(wanted) ?? 2;
    while (this.taken.has(`${wanted}-${n}`)) n++;
    this.nextSuffix.set(wanted, n + 1);
    const id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}
