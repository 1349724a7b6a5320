// Builds templates/fonts/symbols/ClausemarkSymbols.ttf, the fallback font the PDF and the Word document set check boxes
// and check marks in where the brand's font has none, and which such a Word document then embeds
// (src/brand/symbol-font.ts): the glyphs of ☐ ☑ ☒ ✓ ✔ ✗ ✘ (and of a space and a hyphen) taken from DejaVu Sans, 14 KB
// (9.5 of them its licence text) instead of its 740 KB. Word import writes Word's check boxes as ☐ and ☒, and neither shipped brand font (IBM Plex
// Sans, Source Sans 3) draws all of them.
//
// fontkit's subset (what pdfkit embeds) holds the glyphs but no character map, names or OS/2 and post tables; those
// are written here, so the result is a whole TrueType font that fontkit, pdfkit and a desktop can read. Renamed
// "Clausemark Symbols", as the Bitstream Vera licence asks of a modified font (templates/fonts/symbols/LICENSE).
// Run it once, offline, when the characters change (and list them in src/brand/symbol-font.ts too):
//
//   node scripts/make-symbol-font.mjs [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fontkit = createRequire(import.meta.url)('fontkit');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const out = join(root, 'templates', 'fonts', 'symbols', 'ClausemarkSymbols.ttf');

/** Space, hyphen (a line broken after the symbol), no-break space, ☐ ☑ ☒, ✓ ✔, ✗ ✘: ascending. */
const CODE_POINTS = [0x20, 0x2d, 0xa0, 0x2610, 0x2611, 0x2612, 0x2713, 0x2714, 0x2717, 0x2718];
const FAMILY = 'Clausemark Symbols';
const POSTSCRIPT = 'ClausemarkSymbols';
const NOTICE =
  'Copyright (c) 2003 by Bitstream, Inc. All Rights Reserved. Bitstream Vera is a trademark of Bitstream, Inc. ' +
  'DejaVu changes are in public domain. Glyphs of DejaVu Sans, subset and renamed for clausemark.';

const font = fontkit.openSync(source);
const subset = font.createSubset();
const glyphOf = new Map(CODE_POINTS.map((code) => [code, subset.includeGlyph(font.glyphForCodePoint(code).id)]));
const tables = readTables(Buffer.from(subset.encode()));
tables.set('cmap', cmapTable(glyphOf));
tables.set('name', nameTable());
tables.set('OS/2', os2Table(rawTable(font, 'OS/2')));
tables.set('post', postTable(rawTable(font, 'post')));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, fontFile(tables));
console.log(`${out}: ${readFileSync(out).length} bytes, ${CODE_POINTS.length} characters`);

/** The tables of a TrueType file, by tag. */
function readTables(bytes) {
  const tables = new Map();
  const count = bytes.readUInt16BE(4);
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const offset = bytes.readUInt32BE(record + 8);
    tables.set(
      bytes.toString('latin1', record, record + 4),
      bytes.subarray(offset, offset + bytes.readUInt32BE(record + 12)),
    );
  }
  return tables;
}

function rawTable(font, tag) {
  const entry = font.directory.tables[tag];
  return Buffer.from(font.stream.buffer.subarray(entry.offset, entry.offset + entry.length));
}

/** Format 4, one segment per character (and the closing 0xFFFF), for Unicode (platform 0) and Windows (3, 1). */
function cmapTable(glyphOf) {
  const codes = [...glyphOf.keys(), 0xffff];
  const segments = codes.length;
  const sub = Buffer.alloc(16 + segments * 8);
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(sub.length, 2);
  sub.writeUInt16BE(segments * 2, 6);
  const power = 2 ** Math.floor(Math.log2(segments));
  sub.writeUInt16BE(power * 2, 8);
  sub.writeUInt16BE(Math.log2(power), 10);
  sub.writeUInt16BE(segments * 2 - power * 2, 12);
  codes.forEach((code, index) => {
    const glyph = code === 0xffff ? 0 : glyphOf.get(code);
    sub.writeUInt16BE(code, 14 + index * 2); // end
    sub.writeUInt16BE(code, 16 + segments * 2 + index * 2); // start
    // idDelta: the glyph less the character, modulo 65536 (0xFFFF maps to glyph 0).
    sub.writeUInt16BE((glyph - code + 0x10000) % 0x10000, 16 + segments * 4 + index * 2);
  });
  const head = Buffer.alloc(4 + 2 * 8);
  head.writeUInt16BE(2, 2);
  for (const [index, [platform, encoding]] of [
    [0, 3],
    [3, 1],
  ].entries()) {
    head.writeUInt16BE(platform, 4 + index * 8);
    head.writeUInt16BE(encoding, 6 + index * 8);
    head.writeUInt32BE(head.length, 8 + index * 8);
  }
  return Buffer.concat([head, sub]);
}

/**
 * Format 0, Windows names in English (UTF-16BE): copyright, the new names, and DejaVu Sans's own licence (13) and
 * its address (14) as they are, since the licence asks that its notice be in every copy, and a Word document carries
 * this font whole.
 */
function nameTable() {
  const names = [NOTICE, FAMILY, 'Regular', `${FAMILY} Regular`, FAMILY, 'Version 1.0', POSTSCRIPT];
  const ids = names.map((_, index) => index);
  names.push(font.name.records.license.en, font.name.records.licenseURL.en);
  ids.push(13, 14);
  const strings = names.map((name) => Buffer.from(name, 'utf16le').swap16());
  const head = Buffer.alloc(6 + names.length * 12);
  head.writeUInt16BE(names.length, 2);
  head.writeUInt16BE(head.length, 4);
  let offset = 0;
  strings.forEach((string, index) => {
    const record = 6 + index * 12;
    head.writeUInt16BE(3, record);
    head.writeUInt16BE(1, record + 2);
    head.writeUInt16BE(0x409, record + 4);
    head.writeUInt16BE(ids[index], record + 6);
    head.writeUInt16BE(string.length, record + 8);
    head.writeUInt16BE(offset, record + 10);
    offset += string.length;
  });
  return Buffer.concat([head, ...strings]);
}

/**
 * DejaVu Sans's OS/2 table (version 1) as version 2, with the first and last character of this font and the heights
 * of DejaVu's "x" and "H" (pdfkit and the PDF's strike-through read them; version 1 has none).
 */
function os2Table(table) {
  const extra = Buffer.alloc(10);
  extra.writeInt16BE(font.glyphForCodePoint(0x78).bbox.maxY, 0);
  extra.writeInt16BE(font.glyphForCodePoint(0x48).bbox.maxY, 2);
  extra.writeUInt16BE(0x20, 6);
  extra.writeUInt16BE(1, 8);
  const upgraded = Buffer.concat([table.subarray(0, 86), extra]);
  upgraded.writeUInt16BE(2, 0);
  upgraded.writeUInt16BE(CODE_POINTS[0], 64);
  upgraded.writeUInt16BE(CODE_POINTS[CODE_POINTS.length - 1], 66);
  return upgraded;
}

/** DejaVu Sans's post header as version 3 (no glyph names). */
function postTable(table) {
  const header = Buffer.from(table.subarray(0, 32));
  header.writeUInt32BE(0x00030000, 0);
  return header;
}

function checksum(bytes) {
  const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

/** A TrueType file of `tables` (sorted by tag, each 4-byte aligned), with head's checkSumAdjustment. */
function fontFile(tables) {
  const tags = [...tables.keys()].sort();
  const head = Buffer.from(tables.get('head'));
  head.writeUInt32BE(0, 8);
  tables.set('head', head);
  const directory = Buffer.alloc(12 + tags.length * 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tags.length, 4);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(tags.length * 16 - power * 16, 10);
  const bodies = [];
  let offset = directory.length;
  tags.forEach((tag, index) => {
    const table = tables.get(tag);
    const record = 12 + index * 16;
    directory.write(tag, record, 'latin1');
    directory.writeUInt32BE(checksum(table), record + 4);
    directory.writeUInt32BE(offset, record + 8);
    directory.writeUInt32BE(table.length, record + 12);
    const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  const file = Buffer.concat([directory, ...bodies]);
  const headAt = directory.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8);
  return file;
}
