// Throw-away project roots for the bad cases: tests never write into the repository.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterEach } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

export const SOURCE_SANS_REGULAR = join(
  PROJECT_ROOT,
  'templates',
  'fonts',
  'source-sans-3',
  'SourceSans3_400Regular.ttf',
);

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface TempProject {
  root: string;
  /** Write a file below the root (folders created); returns its absolute path. */
  write(relativePath: string, content: string | Uint8Array): string;
  /** Copy a file into the project; returns its absolute path. */
  copy(from: string, relativePath: string): string;
  /** Write templates/brands/<name>.yaml. */
  brand(name: string, yaml: string): string;
}

export function tempProject(): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'clausemark-project-'));
  made.push(root);
  const write = (relativePath: string, content: string | Uint8Array): string => {
    const path = join(root, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  return {
    root,
    write,
    copy(from, relativePath) {
      const path = join(root, relativePath);
      mkdirSync(dirname(path), { recursive: true });
      copyFileSync(from, path);
      return path;
    },
    brand: (name, yaml) => write(join('templates', 'brands', `${name}.yaml`), yaml),
  };
}

/** A temp dir outside any project, for escape targets. */
export function tempOutside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-outside-'));
  made.push(dir);
  return dir;
}

/**
 * A minimal but well-formed TrueType file that maps only `characters` (a cmap format 4 and a maxp table): enough
 * for fontkit to read its character map, so the Dutch-glyph check has a real font that lacks ĳ and €.
 */
export function tinyTrueType(characters: string): Uint8Array {
  const codes = [...new Set([...characters].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const segments = [
    ...codes.map((code, index) => ({ start: code, end: code, delta: (index + 1 - code + 0x10000) % 0x10000 })),
    { start: 0xffff, end: 0xffff, delta: 1 },
  ];
  const segCount = segments.length;
  const subtableLength = 16 + segCount * 8;
  const cmap = Buffer.alloc(12 + subtableLength);
  cmap.writeUInt16BE(0, 0); // version
  cmap.writeUInt16BE(1, 2); // one encoding record
  cmap.writeUInt16BE(3, 4); // Windows
  cmap.writeUInt16BE(1, 6); // Unicode BMP
  cmap.writeUInt32BE(12, 8);
  let at = 12;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  for (const value of [
    4,
    subtableLength,
    0,
    segCount * 2,
    searchRange,
    Math.log2(searchRange / 2),
    segCount * 2 - searchRange,
  ]) {
    cmap.writeUInt16BE(value, at);
    at += 2;
  }
  for (const segment of segments) {
    cmap.writeUInt16BE(segment.end, at);
    at += 2;
  }
  at += 2; // reservedPad
  for (const segment of segments) {
    cmap.writeUInt16BE(segment.start, at);
    at += 2;
  }
  for (const segment of segments) {
    cmap.writeUInt16BE(segment.delta, at);
    at += 2;
  }
  for (let i = 0; i < segCount; i++) {
    cmap.writeUInt16BE(0, at);
    at += 2;
  } // idRangeOffset
  const maxp = Buffer.alloc(32);
  maxp.writeUInt32BE(0x00010000, 0);
  maxp.writeUInt16BE(codes.length + 1, 4);
  const tables: [string, Buffer][] = [
    ['cmap', cmap],
    ['maxp', maxp],
  ];
  const headerLength = 12 + 16 * tables.length;
  const parts: Buffer[] = [];
  const header = Buffer.alloc(headerLength);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tables.length, 4);
  header.writeUInt16BE(32, 6);
  header.writeUInt16BE(1, 8);
  header.writeUInt16BE(0, 10);
  let offset = headerLength;
  tables.forEach(([tag, data], index) => {
    const record = 12 + index * 16;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(0, record + 4); // checksum: not verified by readers
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...parts]);
}

/** The ClausemarkError `run` throws (any other outcome fails the test): tests/support/thrown.ts, by its older name. */
export { thrownError as caught } from '../support/thrown.js';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  // zlib's CRC-32 (PNG's): the bitwise loop this was took 1.8 CPU seconds over the 10 MB of a photo-sized logo.
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of one solid RGB colour, for logo tests. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A real PNG of `width`×`height` pixels of noise (which does not compress): a photo-sized logo. Deterministic, so
 * two runs make the same bytes.
 */
export function noisyPng(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let state = 0x9e3779b9;
  for (let offset = 0; offset < raw.length; offset++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    raw[offset] = offset % (width * 3 + 1) === 0 ? 0 : state & 0xff;
  }
  // Stored, not compressed: noise does not compress, and deflating 10 MB of it took about a CPU second.
  const pixels = deflateSync(raw, { level: 0 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
