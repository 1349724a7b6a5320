// The ZIP container of a .docx: the package the docx library writes is read back (fflate, already the import
// reader's ZIP library) and written here with fixed timestamps, so the same document gives the same bytes. The
// container is laid out as fflate's zipSync lays it out (the same headers, fields and order); the entries are
// DEFLATEd by node's zlib, which took a Word build's zip from ~190 ms (fflate's DEFLATE in JavaScript) to ~30 ms.
import * as zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** `data` DEFLATEd as deflatePart does it, made beforehand (a prepared font stream, font-streams.ts): used as it is. */
  deflated?: Uint8Array;
}

/**
 * The entries of a ZIP, read by fflate, which is loaded only here: a Word build reads back no ZIP (package.ts), and
 * evaluating fflate (its tables are computed when it loads) cost every Word build ~5 ms of CPU.
 */
export async function readZip(bytes: Uint8Array): Promise<ZipEntry[]> {
  const { unzipSync } = await import('fflate');
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

/**
 * DEFLATE level of node's zlib. Measured on the Word file of a 10-page policy (1.46 MB of parts, 1.24 MB of it the
 * four embedded fonts): level 4 took 25 ms and gave 592 KB, level 5 32 ms and 581 KB, level 6 97 ms and 580 KB
 * (fflate's level 4, used before: 189 ms, 591 KB). zlib's output is the same for the same input and zlib build, so
 * two builds give the same bytes; another node version (another zlib) may compress differently, never otherwise.
 */
export const DEFLATE_LEVEL = 5;

/** An entry's DEFLATE stream as writeZip writes it. */
export function deflatePart(data: Uint8Array): Uint8Array {
  return zlib.deflateRawSync(data, { level: DEFLATE_LEVEL });
}

/** `date` as ZIP's MS-DOS date and time, from its UTC fields (the bytes do not depend on TZ); 1980 is ZIP's first year. */
function dosTime(date: Date): number {
  const year = Math.max(1980, Math.min(2107, date.getUTCFullYear()));
  return (
    (((year - 1980) << 25) |
      ((date.getUTCMonth() + 1) << 21) |
      (date.getUTCDate() << 16) |
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      (date.getUTCSeconds() >> 1)) >>>
    0
  );
}

let crcTable: Uint32Array | undefined;

/** CRC-32 of `data`: zlib's where this node has it (20.15 on), else the same sum in JavaScript. */
function crc32(data: Uint8Array): number {
  // A namespace import: a named import of crc32 would fail to link on the node versions without it.
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data);
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Packed {
  name: Uint8Array;
  /** The name has characters beyond ASCII (general purpose flag bit 11: UTF-8). */
  utf8: boolean;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

/** A local (30 bytes) or, with `offset`, central (46 bytes) file header, as fflate writes them. */
function writeHeader(out: DataView, at: number, file: Packed, time: number, offset?: number): number {
  let b = at;
  const central = offset !== undefined;
  out.setUint32(b, central ? 0x02014b50 : 0x04034b50, true);
  b += 4;
  if (central) {
    out.setUint16(b, 20, true); // made by: version 2.0, MS-DOS
    b += 2;
  }
  out.setUint16(b, 20, true); // needed to extract: 2.0
  out.setUint16(b + 2, file.utf8 ? 0x0800 : 0, true);
  out.setUint16(b + 4, 8, true); // DEFLATE
  out.setUint32(b + 6, time, true);
  out.setUint32(b + 10, file.crc, true);
  out.setUint32(b + 14, file.data.length, true);
  out.setUint32(b + 18, file.size, true);
  out.setUint16(b + 22, file.name.length, true);
  out.setUint16(b + 24, 0, true); // no extra field
  b += 26;
  if (central) {
    // comment length, disk, internal and external attributes: 0; then where the local header is
    out.setUint32(b + 10, offset, true);
    b += 14;
  }
  new Uint8Array(out.buffer, out.byteOffset).set(file.name, b);
  return b + file.name.length;
}

/**
 * Entries in the order given, each DEFLATEd (or with the stream it carries) and stamped with `date`: the same entries
 * give the same bytes.
 */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const time = dosTime(date);
  const encoder = new TextEncoder();
  const files: Packed[] = [];
  let offset = 0;
  let central = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    if (name.length > 65535) throw new Error(`ZIP entry name too long: ${entry.name.slice(0, 80)}…`);
    const data = entry.deflated ?? deflatePart(entry.data);
    files.push({
      name,
      utf8: name.length !== entry.name.length,
      crc: crc32(entry.data),
      size: entry.data.length,
      data,
      offset,
    });
    offset += 30 + name.length + data.length;
    central += 46 + name.length;
  }
  const bytes = new Uint8Array(offset + central + 22);
  const out = new DataView(bytes.buffer);
  let at = offset;
  for (const file of files) {
    const start = writeHeader(out, file.offset, file, time);
    bytes.set(file.data, start);
    at = writeHeader(out, at, file, time, file.offset);
  }
  // End of central directory: entries on this disk and in all, the directory's size and where it starts.
  out.setUint32(at, 0x06054b50, true);
  out.setUint16(at + 8, files.length, true);
  out.setUint16(at + 10, files.length, true);
  out.setUint32(at + 12, central, true);
  out.setUint32(at + 16, offset, true);
  return bytes;
}
