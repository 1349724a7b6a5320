// Packing a docx Document into reproducible bytes. The docx library stamps the ZIP entries and the core properties
// with the clock and names relationships with random ids; here the package is read back and written again with the
// document's own date (the PDF's: the policy's dates or SOURCE_DATE_EPOCH) and ids numbered in order of appearance,
// so the same input gives the same bytes; embedded fonts get keys made from the font (src/render/docx/font-keys.ts),
// and a font clausemark ships comes with its compressed stream prepared (src/build/font-streams.ts).
// Bookmark ids and the table of contents' _Toc names come from counters that live as long as the process, and a
// watermark's shape id is random: they are numbered again per document too.
// The parts are taken from docx's compiler before Packer zips them, where this docx version has one: zipping them
// there only to unzip and zip them again was a sixth of a Word build's CPU time (mostly the embedded fonts).
import { Packer, type Document } from 'docx';
import { stableFontKeys } from './font-keys.js';
import { readZip, writeZip, type ZipEntry } from './zip.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** Word's name for a watermark shape, followed by a random id in docx's TextWatermark. */
const WATERMARK = 'PowerPlusWaterMarkObject';
const WATERMARK_ID = new RegExp(`${WATERMARK}([^"]*)"`, 'g');
const isXml = (name: string): boolean => /\.(xml|rels)$/.test(name);

/** Relationship ids the library made up at random (not its own rIdN): "rId…" in the order they first appear. */
function stableIds(texts: Map<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [name, text] of texts) {
    if (!name.endsWith('.rels')) continue;
    for (const match of text.matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1]!;
      if (!/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdc${ids.size + 1}`);
    }
  }
  return ids;
}

/** Bookmark ids, _Toc bookmark names and watermark shape ids, numbered in order of first appearance across the parts. */
function renumberBookmarks(texts: Map<string, string>): void {
  const ids = new Map<string, number>();
  const tocs = new Map<string, number>();
  const watermarks = new Map<string, number>();
  for (const [name, text] of texts) {
    if (!text.includes('w:bookmark') && !text.includes('_Toc') && !text.includes(WATERMARK)) continue;
    const renumbered = text
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, id: string) => {
        if (!ids.has(id)) ids.set(id, ids.size + 1);
        return `${head}${ids.get(id)}"`;
      })
      .replace(/_Toc(\d+)/g, (_, id: string) => {
        if (!tocs.has(id)) tocs.set(id, tocs.size + 1);
        return `_Toc${tocs.get(id)}`;
      })
      .replace(WATERMARK_ID, (_, id: string) => {
        if (!watermarks.has(id)) watermarks.set(id, watermarks.size + 1);
        return `${WATERMARK}${watermarks.get(id)}"`;
      });
    texts.set(name, renumbered);
  }
}

function stampCore(xml: string, iso: string): string {
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
}

/** What docx's Packer zips: the package's files by path, in order (Packer's `compiler`, not in docx's types). */
interface PackageCompiler {
  compile(file: Document): Map<string, unknown>;
}

function compilerOf(packer: unknown): PackageCompiler | undefined {
  const compiler = (packer as { compiler?: unknown }).compiler;
  return typeof (compiler as PackageCompiler | undefined)?.compile === 'function'
    ? (compiler as PackageCompiler)
    : undefined;
}

/** A part's bytes as Packer would zip them, or undefined for a value it would not give (then Packer is used). */
function bytesOf(data: unknown): Uint8Array | undefined {
  if (typeof data === 'string') return encoder.encode(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return undefined;
}

/** The package's parts as Packer would zip them; through Packer and back where its compiler is not found. */
export async function packageParts(document: Document, packer: unknown = Packer): Promise<ZipEntry[]> {
  const files = compilerOf(packer)?.compile(document);
  if (files instanceof Map) {
    const entries: ZipEntry[] = [];
    for (const [name, data] of files) {
      const bytes = typeof name === 'string' ? bytesOf(data) : undefined;
      if (bytes === undefined) break;
      entries.push({ name, data: bytes });
    }
    if (entries.length === files.size) return entries;
  }
  return readZip(new Uint8Array(await Packer.toBuffer(document)));
}

/**
 * `packer` is docx's Packer; tests pass one without a compiler to check that both ways give the same bytes.
 * `addParts` adds parts the docx library cannot write (the carried source, source.ts), given the XML parts by name;
 * `fontStream` gives an embedded font's prepared DEFLATE stream by the font's SHA-256 (DocxOptions.preparedFontStream).
 */
export async function packReproducibly(
  document: Document,
  date: Date,
  packer: unknown = Packer,
  addParts?: (texts: Map<string, string>) => ZipEntry[],
  fontStream?: (fontSha256: string) => Uint8Array | undefined,
): Promise<Uint8Array> {
  const packed = await packageParts(document, packer);
  const texts = new Map(
    packed.filter((entry) => isXml(entry.name)).map((entry) => [entry.name, decoder.decode(entry.data)]),
  );
  const entries = [...packed, ...(addParts?.(texts) ?? [])];
  const fonts = new Map(entries.filter((entry) => entry.name.endsWith('.odttf')).map((e) => [e.name, e.data]));
  const fontHashes = stableFontKeys(texts, fonts);
  renumberBookmarks(texts);
  const ids = stableIds(texts);
  const pattern =
    ids.size > 0
      ? new RegExp(`"(${[...ids.keys()].map((id) => id.replace(/[^\w]/g, '\\$&')).join('|')})"`, 'g')
      : undefined;
  const iso = `${date.toISOString().slice(0, 19)}Z`;
  const rewritten: ZipEntry[] = entries.map((entry) => {
    const font = fonts.get(entry.name);
    if (font) {
      const hash = fontHashes.get(entry.name);
      const deflated = hash === undefined ? undefined : fontStream?.(hash);
      return { name: entry.name, data: font, ...(deflated ? { deflated } : {}) };
    }
    let text = texts.get(entry.name);
    if (text === undefined) return entry;
    if (pattern) text = text.replace(pattern, (_, id: string) => `"${ids.get(id)}"`);
    if (entry.name === 'docProps/core.xml') text = stampCore(text, iso);
    return { name: entry.name, data: encoder.encode(text) };
  });
  return writeZip(rewritten, date);
}
