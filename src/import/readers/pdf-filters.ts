// The PDF stream filters that can grow their data (Flate, LZW, run-length, ASCII85) and the ASCII hex one a chain may
// start with, each decoding at most `limit` bytes: pdfjs decodes a chain of them whole and without a limit, so the
// import checks each stage of a chain (FlateDecode twice, ASCIIHex then Flate) here first. No npm package decodes
// these with a bound; node's zlib does Flate. Damaged data decodes as far as it goes: reporting it is pdfjs's part.
import { constants, inflateSync } from 'node:zlib';

/** Thrown when a stage would decode to more than its limit. */
export class DecodedTooLarge extends Error {}

/** What a filter name (or its abbreviation) decodes with; undefined for image codecs and names not known here. */
export function decoderOf(name: string): ((data: Buffer, limit: number) => Buffer) | undefined {
  switch (name) {
    case 'FlateDecode':
    case 'Fl':
      return inflate;
    case 'LZWDecode':
    case 'LZW':
      return lzw;
    case 'RunLengthDecode':
    case 'RL':
      return runLength;
    case 'ASCIIHexDecode':
    case 'AHx':
      return asciiHex;
    case 'ASCII85Decode':
    case 'A85':
      return ascii85;
    default:
      return undefined;
  }
}

function inflate(data: Buffer, limit: number): Buffer {
  try {
    return inflateSync(data, { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new DecodedTooLarge();
    return Buffer.alloc(0);
  }
}

/** Collects output up to the limit in chunks, so a bomb costs at most the limit. */
class Output {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.alloc(64 * 1024);
  private used = 0;
  private total = 0;
  constructor(private readonly limit: number) {}

  push(byte: number): void {
    if (++this.total > this.limit) throw new DecodedTooLarge();
    if (this.used === this.chunk.length) {
      this.chunks.push(this.chunk);
      this.chunk = Buffer.alloc(this.chunk.length);
      this.used = 0;
    }
    this.chunk[this.used++] = byte;
  }

  bytes(): Buffer {
    return Buffer.concat([...this.chunks, this.chunk.subarray(0, this.used)]);
  }
}

/** LZW as PDF uses it (ISO 32000-1 7.4.4): codes of 9 to 12 bits, 256 clears, 257 ends, early change by default. */
function lzw(data: Buffer, limit: number): Buffer {
  const out = new Output(limit);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let code = 0; code < 256; code++) {
    prefix[code] = -1;
    suffix[code] = code;
    length[code] = 1;
  }
  const entry = new Uint8Array(4096);
  let next = 258;
  let width = 9;
  let previous = -1;
  let buffer = 0;
  let bits = 0;
  const write = (code: number): number => {
    let at = length[code] ?? 0;
    for (let walk = code; walk >= 0; walk = prefix[walk] ?? -1) entry[--at] = suffix[walk] ?? 0;
    for (let index = 0; index < (length[code] ?? 0); index++) out.push(entry[index] ?? 0);
    return entry[0] ?? 0;
  };
  for (const byte of data) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 256) {
        next = 258;
        width = 9;
        previous = -1;
        continue;
      }
      if (code === 257) return out.bytes();
      if (previous < 0) {
        if (code > 255) return out.bytes();
        write(code);
        previous = code;
        continue;
      }
      let first: number;
      if (code < next) first = write(code);
      else if (code === next) {
        // The code being defined: the previous string and its own first byte.
        write(previous);
        first = entry[0] ?? 0;
        out.push(first);
      } else return out.bytes();
      if (next < 4096) {
        prefix[next] = previous;
        suffix[next] = first;
        length[next] = (length[previous] ?? 0) + 1;
        next++;
      }
      if (next + 1 >= 1 << width && width < 12) width++;
      previous = code;
    }
  }
  return out.bytes();
}

function runLength(data: Buffer, limit: number): Buffer {
  const out = new Output(limit);
  let at = 0;
  while (at < data.length) {
    const count = data[at++] ?? 128;
    if (count === 128) break;
    if (count < 128) {
      for (let index = 0; index <= count && at < data.length; index++) out.push(data[at++] ?? 0);
    } else {
      const byte = data[at++] ?? 0;
      for (let index = 0; index < 257 - count; index++) out.push(byte);
    }
  }
  return out.bytes();
}

function asciiHex(data: Buffer, limit: number): Buffer {
  const text = data.toString('latin1');
  const end = text.indexOf('>');
  let digits = (end < 0 ? text : text.slice(0, end)).replace(/[^0-9a-fA-F]/g, '');
  if (digits.length % 2 === 1) digits += '0';
  if (digits.length / 2 > limit) throw new DecodedTooLarge();
  return Buffer.from(digits, 'hex');
}

function ascii85(data: Buffer, limit: number): Buffer {
  const out = new Output(limit);
  const group: number[] = [];
  const flush = (count: number): void => {
    let value = 0;
    for (let index = 0; index < 5; index++) value = value * 85 + (group[index] ?? 84);
    for (let index = 0; index < count; index++) out.push((value >>> (24 - 8 * index)) & 0xff);
    group.length = 0;
  };
  for (const byte of data) {
    if (byte === 0x7e) break; // ~> ends the data
    if (byte === 0x7a && group.length === 0) {
      for (let index = 0; index < 4; index++) out.push(0);
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue;
    group.push(byte - 0x21);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return out.bytes();
}
