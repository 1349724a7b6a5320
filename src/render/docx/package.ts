// Packing a docx Document into reproducible bytes. The docx library stamps the ZIP entries and the core properties
// with the clock and names relationships with random ids; here the package is read back and written again with the
// document's own date (the PDF's: the policy's dates or SOURCE_DATE_EPOCH) and ids numbered in order of appearance,
// so the same input gives the same bytes; embedded fonts get keys made from the font (src/render/docx/font-keys.ts).
// Bookmark ids and the table of contents' _Toc names come from counters that live as long as the process: they are
// numbered again per document too.
import { Packer, type Document } from 'docx';
import { stableFontKeys } from './font-keys.js';
import { readZip, writeZip, type ZipEntry } from './zip.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
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

/** Bookmark ids and _Toc bookmark names, numbered in order of first appearance across the parts. */
function renumberBookmarks(texts: Map<string, string>): void {
  const ids = new Map<string, number>();
  const tocs = new Map<string, number>();
  for (const [name, text] of texts) {
    if (!text.includes('w:bookmark') && !text.includes('_Toc')) continue;
    const renumbered = text
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, id: string) => {
        if (!ids.has(id)) ids.set(id, ids.size + 1);
        return `${head}${ids.get(id)}"`;
      })
      .replace(/_Toc(\d+)/g, (_, id: string) => {
        if (!tocs.has(id)) tocs.set(id, tocs.size + 1);
        return `_Toc${tocs.get(id)}`;
      });
    texts.set(name, renumbered);
  }
}

function stampCore(xml: string, iso: string): string {
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
}

export async function packReproducibly(document: Document, date: Date): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(document));
  const entries = readZip(packed);
  const texts = new Map(
    entries.filter((entry) => isXml(entry.name)).map((entry) => [entry.name, decoder.decode(entry.data)]),
  );
  const fonts = new Map(entries.filter((entry) => entry.name.endsWith('.odttf')).map((e) => [e.name, e.data]));
  stableFontKeys(texts, fonts);
  renumberBookmarks(texts);
  const ids = stableIds(texts);
  const pattern =
    ids.size > 0
      ? new RegExp(`"(${[...ids.keys()].map((id) => id.replace(/[^\w]/g, '\\$&')).join('|')})"`, 'g')
      : undefined;
  const iso = `${date.toISOString().slice(0, 19)}Z`;
  const rewritten: ZipEntry[] = entries.map((entry) => {
    const font = fonts.get(entry.name);
    if (font) return { name: entry.name, data: font };
    let text = texts.get(entry.name);
    if (text === undefined) return entry;
    if (pattern) text = text.replace(pattern, (_, id: string) => `"${ids.get(id)}"`);
    if (entry.name === 'docProps/core.xml') text = stampCore(text, iso);
    return { name: entry.name, data: encoder.encode(text) };
  });
  return writeZip(rewritten, date);
}
