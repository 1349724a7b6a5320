// A cache entry of bytes as the binary caches keep it (the font subsets, src/build/subset-cache.ts; values in V8's
// serialisation, src/io/serialized-cache.ts): this user's seal (src/io/cache-seal.ts) of the entry's format, the
// file's name and every byte after the seal, then those bytes. A file edited, cut short, planted or copied from
// another entry reads as missing, and the value is made afresh. Written as every cache file is (cache-file.ts).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeCacheFile } from './cache-file.js';
import { seal, sealHolds } from './cache-seal.js';

const SEAL_BYTES = 32;

/** The bytes kept in `file` under `format` when the file is there and its seal holds; else undefined. */
export function readSealedFile(file: string, format: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined; // not there yet
  }
  const payload = bytes.subarray(SEAL_BYTES);
  const holds =
    bytes.length > SEAL_BYTES && sealHolds(bytes.subarray(0, SEAL_BYTES), [format, basename(file), payload]);
  return holds ? payload : undefined;
}

/** Keeps `payload` in `file` under `format`, sealed; false when nothing was written (no secret, or a failed write). */
export function writeSealedFile(file: string, format: string, payload: Uint8Array): boolean {
  const tag = seal([format, basename(file), payload]);
  return tag !== undefined && writeCacheFile(file, Buffer.concat([tag, payload]));
}

/** The bytes a sealed file of `payloadBytes` takes on disk. */
export const sealedFileBytes = (payloadBytes: number): number => payloadBytes + SEAL_BYTES;
