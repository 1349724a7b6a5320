// The pdfkit document: setup, fonts, metadata, attachment and the bytes at the end. Everything that decides whether
// two renders are byte-identical lives here (dates, document ID), and so do the few pdfkit internals we touch.
import './fontkit.js';
import PDFDocument from 'pdfkit';
import type * as fontkit from 'fontkit';
import { createHash } from 'node:crypto';
import { openFont } from '../../brand/assets.js';
import { isSymbolCodePoint } from '../../brand/symbol-font.js';
import { symbolFontBytes } from '../../brand/symbol-font-file.js';
import type { BrandFonts } from '../../brand/types.js';
import type { SetFont } from '../shared/measure.js';
import type { PolicyMeta } from '../../model/policy.js';
import { keepGlyphText } from './glyph-text.js';
import { plainRun } from './plain-shaping.js';
import type { PdfInput } from './input.js';
import type { FontKey, Theme } from '../shared/theme.js';
import { declarationSlot } from './ua-declare.js';

export type Doc = PDFKit.PDFDocument;

/**
 * What the document setup reads: brand, wording, options and the identity of the policy. A report that is not one
 * policy (a comparison of several) passes an identity of its own instead of a whole Policy.
 */
export type DocumentInput = Omit<PdfInput, 'policy'> & {
  policy: { meta: Pick<PolicyMeta, 'title' | 'organisation' | 'id' | 'org' | 'version' | 'status'> };
};
export type EmbeddedFont = PDFKit.EmbeddedFontLike;

export interface Fonts {
  get(key: SetFont): EmbeddedFont;
  /**
   * Whether the regular font, or for a check box or check mark the symbol font, has a glyph for the code point
   * (others are replaced before layout).
   */
  covers(codePoint: number): boolean;
  /** Whether the brand's face has a glyph for the code point (where not, a check box is set in the symbol font). */
  draws(codePoint: number, key: FontKey): boolean;
}

const FONT_KEYS: readonly FontKey[] = ['regular', 'bold', 'italic', 'boldItalic'];

// Parsed fonts (shared with the brand check, see openFont) and their per-word glyph layouts are kept for the life
// of the process, keyed by the brand's font bytes. Layout results depend only on font and text. They are kept per
// layout store too: a process that builds with one disk cache and then with another (or none) must fill the store
// it builds with now, not keep adding to the first one (which nobody flushes any more).
const sharedLayouts = new WeakMap<object, WeakMap<object, Record<string, unknown>>>();
/** The owner of the layouts made without a store. */
const NO_STORE = {};
const MAX_CACHED_WORDS = 200_000;
const cachedWordCounts = new WeakMap<object, number>();

/** fontkit's font for `bytes` as every document of the process uses it (honest glyph text, a lazy `post` table). */
export function parsedFont(bytes: Uint8Array): fontkit.Font {
  const opened = openFont(bytes);
  if ('fonts' in opened) throw new Error('font collections are not supported');
  keepGlyphText(opened);
  lazyPostTable(opened);
  return opened;
}

/** The fontkit internals lazyPostTable reads. */
interface FontTables {
  _tables: Record<string, unknown>;
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { buffer: Uint8Array };
  _decodeTable(entry: object): Record<string | symbol, unknown>;
}

/**
 * pdfkit reads two fields of a font's `post` table when it embeds the font (isFixedPitch, italicAngle), and fontkit
 * decodes the whole table for them, every glyph's name included: tens of milliseconds per font, four fonts per PDF.
 * The table's fixed header (32 bytes) is read here as fontkit decodes it (Fixed 16.16, int16, uint32); anything else
 * asked of the table (the glyph names) decodes the whole table as before.
 */
export function lazyPostTable(font: fontkit.Font): void {
  const internals = font as unknown as FontTables;
  const entry = internals.directory.tables.post;
  if (!entry || entry.length < 32 || 'post' in internals._tables) return;
  const bytes = internals.stream.buffer;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  const header: Record<string | symbol, unknown> = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: Record<string | symbol, unknown> | undefined;
  const decoded = () => (whole ??= internals._decodeTable(entry));
  internals._tables.post = new Proxy(header, {
    get: (fields, key) => (key in fields ? fields[key] : decoded()[key]),
    has: (fields, key) => key in fields || key in decoded(),
  });
}

/**
 * Somewhere word layouts outlive the process: the CLI's disk cache (src/build/shaping-cache.ts), because laying out
 * each distinct word of a document (and preparing its fonts for that) is a large part of a cold build. None by
 * default: library calls and tests stay pure.
 */
export interface LayoutStore {
  /** The object pdfkit keeps a font's word layouts in (text → run), asked for once per font per process. */
  layoutCache(font: fontkit.Font, bytes: Uint8Array): Record<string, unknown>;
  /**
   * The encoded subset of font `bytes` holding `glyphs` (in this order), kept or made by `encode` (fontkit's), which
   * is what pdfkit embeds; the same bytes either way.
   */
  fontSubset?(bytes: Uint8Array, glyphs: readonly number[], encode: () => Uint8Array): Uint8Array;
}

let layoutStore: LayoutStore | undefined;

export function setLayoutStore(store: LayoutStore | undefined): void {
  layoutStore = store;
}

function layoutCacheFor(font: fontkit.Font, bytes: Uint8Array): Record<string, unknown> {
  const owner = layoutStore ?? NO_STORE;
  let byFont = sharedLayouts.get(owner);
  if (!byFont) {
    byFont = new WeakMap();
    sharedLayouts.set(owner, byFont);
  }
  let cache = byFont.get(font);
  const size = cachedWordCounts.get(font) ?? 0;
  if (!cache || size > MAX_CACHED_WORDS) {
    cache =
      !cache && layoutStore ? layoutStore.layoutCache(font, bytes) : (Object.create(null) as Record<string, unknown>);
    byFont.set(font, cache);
  }
  return cache;
}

/** pdfkit encodes a font's subset when the document ends (EmbeddedFont.embed): that encoding goes through `store`. */
function keepSubset(font: EmbeddedFont, bytes: Uint8Array, store: LayoutStore): void {
  const subset = font.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = () => store.fontSubset?.(bytes, subset.glyphs, encode) ?? encode();
}

/** Words fontkit's features cannot change beyond kerning are laid out without its layout engine (plain-shaping.ts). */
function shapePlainWords(font: EmbeddedFont): void {
  const internals = font as unknown as { font: fontkit.Font; layoutRun(text: string, features?: unknown): unknown };
  const fontkitRun = internals.layoutRun.bind(font);
  internals.layoutRun = (text, features) =>
    (features === undefined ? plainRun(internals.font, text) : undefined) ?? fontkitRun(text, features);
}

/** Registers a font with pdfkit as every document of the process uses it: `bytes` are what its layouts are kept by. */
function registerFont(doc: Doc, key: SetFont, bytes: Uint8Array): EmbeddedFont {
  const parsed = parsedFont(bytes);
  // pdfkit accepts an already parsed fontkit font wherever it accepts font bytes.
  doc.registerFont(key, parsed as unknown as Uint8Array);
  doc.font(key);
  const font = doc._font;
  shapePlainWords(font);
  font.layoutCache = layoutCacheFor(parsed, bytes);
  if (layoutStore?.fontSubset) keepSubset(font, bytes, layoutStore);
  return font;
}

/** Whether a font has a glyph for a code point, asked of fontkit once per font and code point. */
function coverage(font: fontkit.Font): (codePoint: number) => boolean {
  const known = new Map<number, boolean>();
  return (codePoint) => {
    let covered = known.get(codePoint);
    if (covered === undefined) {
      covered = font.hasGlyphForCodePoint(codePoint);
      known.set(codePoint, covered);
    }
    return covered;
  };
}

/**
 * The brand's four faces, and the symbol font after them (pdfkit embeds only a font some text is set in, so a PDF
 * without a check box is the same as without it, and the faces keep their names F1 to F4).
 */
function registerFonts(doc: Doc, fonts: BrandFonts): Fonts {
  const embedded = new Map<SetFont, EmbeddedFont>();
  const faces = new Map<FontKey, (codePoint: number) => boolean>();
  for (const key of FONT_KEYS) {
    embedded.set(key, registerFont(doc, key, fonts[key]));
    faces.set(key, coverage(parsedFont(fonts[key])));
  }
  embedded.set('symbol', registerFont(doc, 'symbol', symbolFontBytes()));
  doc.font(FONT_KEYS[FONT_KEYS.length - 1]!);
  const regular = faces.get('regular')!;
  return {
    get: (key) => embedded.get(key)!,
    covers: (codePoint) => regular(codePoint) || isSymbolCodePoint(codePoint),
    draws: (codePoint, key) => faces.get(key)!(codePoint),
  };
}

let rendersSinceCount = 0;

/**
 * Remember how many words each shared layout cache holds, so a long-running process (watch mode) does not grow
 * without end. Counting keys is not free, so it is done every 50 renders.
 */
export function noteLayoutCacheSizes(fonts: Fonts): void {
  if (++rendersSinceCount < 50) return;
  rendersSinceCount = 0;
  for (const key of FONT_KEYS) {
    const font = fonts.get(key);
    if (font.layoutCache) cachedWordCounts.set(font.font as object, Object.keys(font.layoutCache).length);
  }
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function isoSeconds(date: Date): string {
  return `${date.toISOString().split('.')[0]}Z`;
}

/** pdfkit's own XMP writer neither escapes XML nor writes ModifyDate and language, which PDF/A validators require. */
function xmpInfo(input: DocumentInput, info: PDFKit.DocumentInfo): string {
  const date = isoSeconds(input.options.creationDate);
  const lines = [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(info.Creator ?? '')}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.Title ?? '')}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(info.Author ?? '')}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.Subject ?? '')}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(input.texts.lang)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${xml(info.Producer ?? '')}</pdf:Producer>`,
    `<pdf:Keywords>${xml(info.Keywords ?? '')}</pdf:Keywords>`,
    '</rdf:Description>',
    // Room for the PDF/UA claim, filled in only when the finished file passes the self-check (ua-declare.ts).
    declarationSlot(input.options.pdfa),
  ];
  return lines.join('\n');
}

/** Trailer /ID: from the source hash and everything else that changes the output, never from the clock. */
function documentId(input: DocumentInput): Uint8Array {
  const seed = [
    input.options.sourceHash,
    input.brand.name,
    input.texts.lang,
    input.options.pdfa,
    input.options.showIds,
  ].join('\n');
  return createHash('sha256').update(seed).digest().subarray(0, 16);
}

export interface CreatedDocument {
  doc: Doc;
  fonts: Fonts;
  /** Resolves with the PDF bytes once `doc.end()` has been called. */
  bytes: Promise<Uint8Array>;
}

/** Document-info fields a caller may set itself (a board pack is titled after the change, not the policy). */
export type InfoOverrides = Partial<Pick<PDFKit.DocumentInfo, 'Title' | 'Subject' | 'Keywords' | 'Author'>>;

export function createDocument(input: DocumentInput, theme: Theme, overrides: InfoOverrides = {}): CreatedDocument {
  const { policy, options } = input;
  const meta = policy.meta;
  const info = documentInfo(input, overrides);
  const settings: PDFKit.PDFDocumentOptions = {
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: input.texts.lang,
    displayTitle: true,
    size: [theme.page.width, theme.page.height],
    margin: 0,
    info,
    ...(options.pdfa ? { subset: 'PDF/A-3a' as const } : {}),
  };
  // font: null keeps pdfkit from loading Helvetica, which we never use.
  const doc = new PDFDocument({ ...settings, font: null } as unknown as PDFKit.PDFDocumentOptions);
  doc._id = documentId(input);
  doc._addInfo = () => doc.metadata.append(xmpInfo(input, info));
  inCodePointOrder(doc);

  // pdfkit pushes every line it writes (four or more per object) through its Readable stream, which costs about a
  // sixth of a long report's render; the bytes are kept here instead, as pdfkit's own _write would encode them
  // (a string's UTF-16 code units cut to their low byte: latin1), and the stream only carries the end. The header
  // pdfkit's constructor wrote is still in the stream's buffer: read first.
  const header = doc.read() as Uint8Array | null;
  const chunks: Uint8Array[] = header ? [header] : [];
  doc._write = (data: string | Uint8Array) => {
    const chunk = typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data;
    chunks.push(chunk);
    doc._offset += chunk.length;
  };
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.resume();
  });

  const fonts = registerFonts(doc, input.brand.fonts);
  if (options.pdfa) {
    doc.file(Buffer.from(options.source, 'utf8'), {
      name: options.sourceName,
      type: 'text/markdown',
      relationship: 'Source',
      description: `Markdown source of ${meta.title}`,
      creationDate: options.creationDate,
      modifiedDate: options.creationDate,
    });
  }
  return { doc, fonts, bytes };
}

function documentInfo(input: DocumentInput, overrides: InfoOverrides): PDFKit.DocumentInfo {
  const { meta } = input.policy;
  return {
    Title: overrides.Title ?? meta.title,
    Author: overrides.Author ?? meta.organisation,
    Subject: overrides.Subject ?? input.texts.header,
    Keywords: overrides.Keywords ?? [meta.id, meta.org, meta.version, meta.status].filter(Boolean).join(', '),
    Creator: input.options.producer,
    Producer: input.options.producer,
    CreationDate: input.options.creationDate,
    ModDate: input.options.creationDate,
  };
}

/**
 * pdfkit sorts a name tree's keys (the clauses' named destinations, attachments) with localeCompare in the machine's
 * locale, so a Danish machine ("aa" after "z") wrote other bytes than ours from the same policy. The PDF standard asks
 * for the keys in lexical (byte) order; for our ids, lower-case ASCII, that is the order English machines wrote. Set on
 * pdfkit's name tree class (reached through the tree every document has), so trees made later sort the same way.
 */
function inCodePointOrder(doc: PDFKit.PDFDocument): void {
  const names = doc._root.data.Names as { data: { Dests?: object } } | undefined;
  const nameTree = names?.data.Dests ? (Object.getPrototypeOf(names.data.Dests) as { _compareKeys?: unknown }) : {};
  nameTree._compareKeys = compareCodePoints;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
