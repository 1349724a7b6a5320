// Embedded fonts with keys derived from the font, not drawn at random. Word stores an embedded font obfuscated
// (ECMA-376 Part 1 §17.8.1): the first 32 bytes XORed with the bytes of its w:fontKey GUID in reverse order. The
// docx library draws each key at random, which would make the same input give different bytes; here each part is
// read back with its key and obfuscated again with a GUID made from the font's own SHA-256.
import { createHash } from 'node:crypto';

const OBFUSCATED_BYTES = 32;

/** The key's 16 bytes in the order the XOR uses them: the GUID's hex digits as bytes, reversed. */
function keyBytes(guid: string): number[] {
  const hex = guid.replace(/[{}-]/g, '');
  return Array.from({ length: 16 }, (_, index) => Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16)).reverse();
}

/** Obfuscates a font file with `guid`, or reads an obfuscated one back (XOR is its own inverse). */
function obfuscateFont(data: Uint8Array, guid: string): Uint8Array {
  const key = keyBytes(guid);
  // A copy, also of a Buffer (whose slice() is a view of the same bytes).
  const out = new Uint8Array(data);
  for (let index = 0; index < Math.min(OBFUSCATED_BYTES, out.length); index++) out[index]! ^= key[index % 16]!;
  return out;
}

/** The SHA-256 of a font file, in hex: its key is made from it, and its prepared stream named by it (font-streams.ts). */
export function fontSha256(font: Uint8Array): string {
  return createHash('sha256').update(font).digest('hex');
}

/** A GUID in Word's spelling ({XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}) from the font's hash. */
function guidOf(sha256: string): string {
  const hex = sha256.slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** The part a font is embedded as: obfuscated with the key made from its own hash, and that key. */
export function embeddedFontPart(font: Uint8Array, sha256 = fontSha256(font)): { data: Uint8Array; key: string } {
  const key = guidOf(sha256);
  return { data: obfuscateFont(font, key), key };
}

/**
 * Re-keys every embedded font of a package: `texts` holds its XML parts (word/fontTable.xml and its relationships
 * are rewritten in place), `parts` its binary parts by name (the word/fonts/*.odttf are replaced). Returns the
 * SHA-256 of the font in each part it re-keyed, by the part's name.
 */
export function stableFontKeys(texts: Map<string, string>, parts: Map<string, Uint8Array>): Map<string, string> {
  const hashes = new Map<string, string>();
  const table = texts.get('word/fontTable.xml');
  const rels = texts.get('word/_rels/fontTable.xml.rels');
  if (!table || !rels) return hashes;
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, `word/${target.replace(/^\//, '').replace(/^word\//, '')}`);
  }
  const rekeyed = table.replace(/<w:embed(?:Regular|Bold|Italic|BoldItalic)\b[^>]*\/>/g, (element) => {
    const id = /\br:id="([^"]+)"/.exec(element)?.[1];
    const key = /\bw:fontKey="([^"]+)"/.exec(element)?.[1];
    const part = id ? targets.get(id) : undefined;
    const data = part ? parts.get(part) : undefined;
    if (!key || !part || !data) return element;
    const font = obfuscateFont(data, key);
    const sha256 = fontSha256(font);
    const embedded = embeddedFontPart(font, sha256);
    parts.set(part, embedded.data);
    hashes.set(part, sha256);
    return element.replace(key, embedded.key);
  });
  texts.set('word/fontTable.xml', rekeyed);
  return hashes;
}
