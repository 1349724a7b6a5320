// Checking the files a brand points at before any PDF is made: a font pdfkit cannot embed, or one without "ĳ",
// would otherwise fail (or print boxes) halfway through a build; a broken logo would draw half or nothing.
import type * as fontkit from 'fontkit';
import { createHash } from 'node:crypto';
import { errorById, type MessageIds } from '../io/messages.js';
import type { ErrorPlace } from '../model/errors.js';
import type { Point } from '../model/policy.js';
import type { BrandLogo } from './types.js';
import { passedBefore, rememberPassed } from './font-checks.js';
import { fontkitModule } from './fontkit.js';
import { checkXml } from './xml.js';

/** Characters Dutch policies need that fonts most often lack (ĳ is one letter in Dutch; € in fines and fees). */
export const DUTCH_CHARACTERS = ['ĳ', 'Ĳ', 'ë', 'é', 'ï', 'ü', '€'] as const;

/** Why fontkit could not read a font's bytes, by the id of its words (brand-font.cut-short …). */
class FontDamage extends Error {
  constructor(readonly detailId: string) {
    super(detailId);
  }
}

// Checking a brand's fonts and rendering with them read the same bytes: fontkit parses them once per process and
// the decoded tables (character map, metrics) serve both. Bytes read again from another file with the same content
// (a project that copies templates/, a font file touched but not changed under `serve --watch`, two brands that
// each point at their own copy) get the font already parsed, and with it the word layouts kept per font
// (src/render/engine/document.ts): parsing a font and laying out every word anew was most of such a rebuild.
const openedFonts = new WeakMap<Uint8Array, fontkit.Font | fontkit.FontCollection>();
const openedByContent = new Map<string, fontkit.Font | fontkit.FontCollection>();
/** A long-running process that sees many edited font files keeps only the most recently parsed ones by content. */
const MAX_FONTS_BY_CONTENT = 32;

const contentHashes = new WeakMap<Uint8Array, string>();

/** SHA-256 of a font's bytes (hex), worked out once per buffer. */
export function contentHash(bytes: Uint8Array): string {
  let hash = contentHashes.get(bytes);
  if (hash === undefined) contentHashes.set(bytes, (hash = createHash('sha256').update(bytes).digest('hex')));
  return hash;
}

/** fontkit's font for these bytes, parsed on first use; throws as fontkit.create does on unreadable bytes. */
export function openFont(bytes: Uint8Array): fontkit.Font | fontkit.FontCollection {
  let opened = openedFonts.get(bytes);
  if (!opened) {
    const content = contentHash(bytes);
    opened = openedByContent.get(content);
    if (!opened) {
      opened = fontkitModule().create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      if (openedByContent.size >= MAX_FONTS_BY_CONTENT) openedByContent.delete(openedByContent.keys().next().value!);
      openedByContent.set(content, opened);
    }
    openedFonts.set(bytes, opened);
  }
  return opened;
}

/** Forget the fonts parsed by content, as a new process would (see clearBrandCache). */
export function forgetParsedFonts(): void {
  openedByContent.clear();
}

function magic(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, 4));
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What the font check asks of a font besides being readable: the characters it must draw. */
export const FONT_CHECK_RULES = DUTCH_CHARACTERS.join('');

/** Refuse anything pdfkit cannot embed safely: only TrueType/OpenType with the glyphs Dutch text needs. */
export function checkFont(bytes: Uint8Array, place: ErrorPlace): void {
  // The same bytes passed before (src/brand/font-checks.ts): what the check reads depends on nothing else.
  if (passedBefore(contentHash(bytes), FONT_CHECK_RULES)) return;
  checkFontBytes(bytes, place);
  rememberPassed(contentHash(bytes), FONT_CHECK_RULES);
}

function checkFontBytes(bytes: Uint8Array, place: ErrorPlace): void {
  const refuse = (ids: MessageIds, ruleId = 'brand-bad-font', cause?: unknown): never => {
    throw errorById(ids, { place, ruleId, ...(cause === undefined ? {} : { cause }) });
  };
  const signature = magic(bytes);
  if (signature === 'wOFF' || signature === 'wOF2') {
    refuse({
      messageId: 'brand-font.web-font',
      fixId: 'brand-font.use-ttf-not-web',
      params: { format: signature === 'wOFF' ? 'WOFF' : 'WOFF2' },
    });
  }
  if (signature === 'ttcf') refuse({ messageId: 'brand-font.collection', fixId: 'brand-font.use-ttf' });
  const isTrueType = bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0;
  if (!isTrueType && signature !== 'true' && signature !== 'OTTO')
    refuse({ messageId: 'brand-font.not-a-font', fixId: 'brand-font.use-ttf' });
  let font: fontkit.Font;
  try {
    const opened = openFont(bytes);
    if ('fonts' in opened) throw new Error('font collection');
    font = opened;
    // A cut-short download keeps its table directory; tables reaching past the end betray it.
    const tables = Object.values(
      (font as fontkit.Font & { directory: { tables: Record<string, { offset: number; length: number }> } }).directory
        .tables,
    );
    if (tables.some((table) => table.offset + table.length > bytes.length))
      throw new FontDamage('brand-font.cut-short');
    // Reading the character map forces the tables the glyph check needs to be parsed.
    if (font.numGlyphs <= 0 || font.characterSet.length === 0) throw new FontDamage('brand-font.no-glyphs');
  } catch (error) {
    const detail = { messageId: error instanceof FontDamage ? error.detailId : 'brand-font.unreadable' };
    return refuse(
      { messageId: 'brand-font.damaged', fixId: 'brand-font.download-again', params: { detail } },
      'brand-bad-font',
      error,
    );
  }
  const missing = DUTCH_CHARACTERS.filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0));
  if (missing.length > 0) {
    refuse(
      {
        messageId: 'brand-font.missing-glyphs',
        fixId: 'brand-font.latin-extended',
        params: { characters: missing.map((character) => `${character} (${codePoint(character)})`).join(', ') },
      },
      'brand-font-glyphs',
    );
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: [...(before[before.length - 1] ?? '')].length + 1 };
}

/** The kind of a logo from its file name; undefined for formats we do not draw. */
export function logoKind(path: string): BrandLogo['kind'] | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.svg')) return 'svg';
  if (lower.endsWith('.png')) return 'png';
  return undefined;
}

/** Check a logo file's content; errors inside an SVG point at the line and column in the SVG file. */
export function checkLogo(logo: BrandLogo, place: ErrorPlace): void {
  const bad = (ids: MessageIds, where: ErrorPlace = place): never => {
    throw errorById(ids, { place: where, ruleId: 'brand-bad-logo' });
  };
  if (logo.kind === 'png') {
    const signatureOk = PNG_SIGNATURE.every((byte, index) => logo.data[index] === byte);
    if (!signatureOk || magic(logo.data.subarray(12)) !== 'IHDR' || !pngSize(logo.data))
      bad({ messageId: 'brand-logo.not-png', fixId: 'brand-logo.export-png' });
    return;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(logo.data);
  } catch {
    return bad({ messageId: 'brand-logo.svg-not-utf8', fixId: 'brand-logo.save-utf8' });
  }
  const checked = checkXml(text);
  if (!checked.ok) {
    return bad(
      { messageId: 'brand-logo.not-xml', fixId: 'brand-logo.repair', params: { problem: checked.problem } },
      { file: logo.path, point: pointAt(text, checked.offset) },
    );
  }
  if (checked.root.name !== 'svg') {
    bad(
      { messageId: 'brand-logo.root-not-svg', fixId: 'brand-logo.use-svg', params: { name: checked.root.name } },
      { file: logo.path },
    );
  }
  if (!svgSize(checked.root.attributes))
    bad({ messageId: 'brand-logo.no-size', fixId: 'brand-logo.add-viewbox' }, { file: logo.path });
}

function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

function length(value: string | undefined): number | undefined {
  // Plain numbers and px/pt are absolute; percentages and other units say nothing about proportions here.
  const match = value?.trim().match(/^(\d+(?:\.\d+)?|\.\d+)(px|pt)?$/);
  const number = match ? Number(match[1]) * (match[2] === 'pt' ? 4 / 3 : 1) : NaN;
  return number > 0 ? number : undefined;
}

function svgSize(attributes: Record<string, string>): { width: number; height: number } | undefined {
  const box = attributes.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box.every(Number.isFinite) && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0) {
    return { width: box[2] ?? 0, height: box[3] ?? 0 };
  }
  const width = length(attributes.width);
  const height = length(attributes.height);
  return width && height ? { width, height } : undefined;
}

/** The logo's natural size (SVG user units or PNG pixels); only its proportions matter to the renderer. */
export function logoSize(logo: BrandLogo): { width: number; height: number } {
  if (logo.kind === 'png') return pngSize(logo.data) ?? { width: 1, height: 1 };
  const checked = checkXml(new TextDecoder().decode(logo.data));
  return (checked.ok ? svgSize(checked.root.attributes) : undefined) ?? { width: 1, height: 1 };
}
