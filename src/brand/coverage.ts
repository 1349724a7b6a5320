// Which characters a brand's fonts can draw. A PDF can only show a character its font has a glyph for; anything
// else used to be printed as "?" without a word (Arabic, Hebrew, emoji). The PDF renderer and the check that
// refuses such text before a build (src/check/rules/font-missing-glyphs.ts) decide here, in the same way. Check boxes
// and check marks a face lacks are not missing: the PDF sets them in the fallback symbol font (symbol-font.ts).
import type { Brand, BrandFonts } from './types.js';
import { contentHash, openFont } from './assets.js';
import { keepsCoverage, keptCoverage, readsCoverage, rememberCoverage } from './font-checks.js';
import { isSymbolCodePoint } from './symbol-font.js';

/** Characters drawn as another one when the font lacks them (or drawn as nothing). */
const REPLACEMENTS: Record<string, string> = {
  '\u2011': '-', // non-breaking hyphen
  '\u2212': '-', // minus
  '\u2010': '-',
  '\u00A0': '\u00A0',
  '\u2009': ' ',
  '\u200B': '',
  '\uFEFF': '',
};

/** Characters that never reach the page: line ends and tabs become spaces, control characters are dropped. */
export function isLayoutCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return character === ' ' || code < 0x20 || (code >= 0x7f && code < 0xa0);
}

/**
 * What the font draws for `character` (NFC, not a layout character): the character itself, a stand-in (a plain
 * hyphen for a minus, the letters of a ligature or full-width letter), or undefined when it cannot draw it.
 */
export function drawableForm(character: string, covers: (codePoint: number) => boolean): string | undefined {
  if (covers(character.codePointAt(0) ?? 0)) return character;
  const replacement = REPLACEMENTS[character];
  if (replacement !== undefined) return replacement;
  // Compatibility forms (ligatures, full-width letters) often decompose into drawable letters.
  const decomposed = character.normalize('NFKD').replace(/\p{M}/gu, '');
  return decomposed !== character && decomposed !== '' && [...decomposed].every((c) => covers(c.codePointAt(0) ?? 0))
    ? decomposed
    : undefined;
}

export type FontFace = keyof BrandFonts;
const FACES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface MissingGlyphs {
  /** Distinct characters in order of first use. */
  characters: string[];
  /** The first face (regular, bold …) lacking the first of them, as the brand names its file. */
  face: FontFace;
  fontPath: string;
}

const coverageByFont = new WeakMap<Uint8Array, Map<number, boolean>>();
/** Each font's prepared or kept coverage (src/brand/font-checks.ts), when there is one: no font is read for it. */
const keptByFont = new WeakMap<Uint8Array, ReadonlySet<number> | null>();

/** Every code point the font has a glyph for: what fontkit's hasGlyphForCodePoint says yes to. */
export function coveredCodePoints(bytes: Uint8Array): number[] {
  const font = openFont(bytes);
  if ('fonts' in font) return [];
  return [...new Set(font.characterSet)].filter((code) => font.hasGlyphForCodePoint(code)).sort((a, b) => a - b);
}

/**
 * The font's coverage as prepared with clausemark (a shipped font) or from the cache, kept there first (reading the
 * font once) when the CLI keeps a cache.
 */
function keptCoverageOf(bytes: Uint8Array): ReadonlySet<number> | null {
  let kept = keptByFont.get(bytes);
  if (kept === undefined) {
    kept = null;
    if (readsCoverage()) {
      const hash = contentHash(bytes);
      kept = keptCoverage(hash) ?? null;
      if (!kept && keepsCoverage()) {
        rememberCoverage(hash, coveredCodePoints(bytes));
        kept = keptCoverage(hash) ?? null;
      }
    }
    keptByFont.set(bytes, kept);
  }
  return kept;
}

/** Whether a font (its file's bytes) has a glyph for a code point: asked of fontkit once per font and code point. */
export function faceCovers(bytes: Uint8Array, codePoint: number): boolean {
  const kept = keptCoverageOf(bytes);
  if (kept) return kept.has(codePoint);
  let known = coverageByFont.get(bytes);
  if (!known) coverageByFont.set(bytes, (known = new Map()));
  let covered = known.get(codePoint);
  if (covered === undefined) {
    const font = openFont(bytes);
    covered = !('fonts' in font) && font.hasGlyphForCodePoint(codePoint);
    known.set(codePoint, covered);
  }
  return covered;
}

/** Per brand's fonts, the first face lacking each character (null: all draw it, or the symbol font does). */
const lackingByFonts = new WeakMap<BrandFonts, Map<string, FontFace | null>>();

function lackingFaces(fonts: BrandFonts): (character: string) => FontFace | undefined {
  let known = lackingByFonts.get(fonts);
  if (!known) lackingByFonts.set(fonts, (known = new Map()));
  const table = known;
  return (character) => {
    let lacking = table.get(character);
    if (lacking === undefined) {
      lacking = isSymbolCodePoint(character.codePointAt(0) ?? 0)
        ? null
        : (FACES.find((face) => drawableForm(character, (code) => faceCovers(fonts[face], code)) === undefined) ??
          null);
      table.set(character, lacking);
    }
    return lacking ?? undefined;
  };
}

/**
 * Characters of `text` that some face of the brand cannot draw (text may be set in any of them: emphasis, headings),
 * or undefined when every face draws all of it.
 */
export function missingGlyphs(text: string, brand: Pick<Brand, 'fonts' | 'fontPaths'>): MissingGlyphs | undefined {
  const characters: string[] = [];
  let first: FontFace | undefined;
  const lackingFace = lackingFaces(brand.fonts);
  const passed = passedCharacters(brand.fonts, lackingFace);
  // NFC leaves ASCII as it is; most clause text is ASCII, and a law-size text is 10^6 characters.
  const normal = NOT_ASCII.test(text) ? text.normalize('NFC') : text;
  // Only the characters not yet known to be passed over are looked at; the pattern skips the others without a string
  // made for each (a civil code is 1.3 M characters of a few hundred kinds).
  const unknown = unknownPattern(passed);
  unknown.lastIndex = 0;
  while (unknown.test(normal)) {
    const at = unknown.lastIndex - 1;
    // Known since the pattern was made (earlier in this text).
    if (passed.units[normal.charCodeAt(at)] === 1) continue;
    const code = normal.codePointAt(at) ?? 0;
    const character = String.fromCodePoint(code);
    unknown.lastIndex = at + character.length;
    if (characters.includes(character)) continue;
    const lacking = isLayoutCharacter(character) ? undefined : lackingFace(character);
    if (!lacking) {
      pass(passed, code);
      continue;
    }
    characters.push(character);
    first ??= lacking;
  }
  return first ? { characters, face: first, fontPath: brand.fontPaths[first] } : undefined;
}

const NOT_ASCII = /[^\u0000-\u007f]/;

/** Per brand's fonts, the characters missingGlyphs passes over: layout characters and those every face draws. */
interface PassedCharacters {
  /** 1 by code unit, for characters of the basic plane (a surrogate alone says nothing: a pair is one character). */
  units: Uint8Array;
  /** The same code units as a list, for the pattern. */
  codes: number[];
  /** Finds a code unit not in `codes` (undefined when more were found since it was made). */
  pattern: RegExp | undefined;
}

const passedByFonts = new WeakMap<BrandFonts, PassedCharacters>();

/**
 * The characters passed over for these fonts, starting with those of ASCII and Latin-1 the fonts draw: asked once
 * for all of them, the pattern has a few ranges instead of one per character met (a pattern of many small ranges
 * scans text several times slower).
 */
function passedCharacters(
  fonts: BrandFonts,
  lackingFace: (character: string) => FontFace | undefined,
): PassedCharacters {
  let passed = passedByFonts.get(fonts);
  if (!passed) {
    passed = { units: new Uint8Array(0x10000), codes: [], pattern: undefined };
    for (let code = 0; code <= 0xff; code++) {
      const character = String.fromCharCode(code);
      if (isLayoutCharacter(character) || !lackingFace(character)) pass(passed, code);
    }
    passedByFonts.set(fonts, passed);
  }
  return passed;
}

function pass(passed: PassedCharacters, code: number): void {
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff) || passed.units[code] === 1) return;
  passed.units[code] = 1;
  passed.codes.push(code);
  passed.pattern = undefined;
}

/** A pattern for one code unit that is not known to be passed over: `[^\u0020-\u007e\u00e4…]`, by code unit. */
function unknownPattern(passed: PassedCharacters): RegExp {
  if (passed.pattern) return passed.pattern;
  const codes = [...passed.codes].sort((a, b) => a - b);
  const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (let index = 0; index < codes.length; ) {
    const from = codes[index] as number;
    let to = from;
    while (codes[index + 1] === to + 1) to = codes[++index] as number;
    index++;
    ranges += to === from ? unit(from) : `${unit(from)}-${unit(to)}`;
  }
  passed.pattern = new RegExp(ranges === '' ? '[^]' : `[^${ranges}]`, 'g');
  return passed.pattern;
}

/**
 * `"م" (U+0645)`; characters that show nothing (joiners, variation selectors, marks, private-use, unassigned) as
 * their code point alone.
 */
export function describeCharacter(character: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{Cf}\p{M}\p{Z}\p{Cc}\p{Cs}\p{Co}\p{Cn}]$/u.test(character) ? code : `"${character}" (${code})`;
}
