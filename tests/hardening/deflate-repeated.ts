// A decompression bomb's Flate stream made without holding what it unpacks to: hundreds of megabytes of one byte,
// deflated as one segment of a MiB repeated (each segment ends in a full flush, so none refers to an earlier one),
// the rest in a last block, and zlib's checksum of the whole computed, not summed byte by byte. Deflating 256 MB
// itself took 0.3–0.7 CPU seconds a bomb (tests/fixtures/bad/cases-bounds*.yaml make four), and the bytes 0.26 GB.
import { constants, deflateRawSync } from 'node:zlib';

/** `count` bytes of the value `byte`, described rather than held. */
export interface RepeatedByte {
  byte: number;
  count: number;
}

const SEGMENT = 1024 * 1024;
/** zlib's header: deflate, a 32 KiB window, the default level; its check bits make the pair a multiple of 31. */
const ZLIB_HEADER = Buffer.from([0x78, 0x9c]);
const ADLER_MODULUS = 65521n;

/** Adler-32 (RFC 1950) of `count` bytes of `byte`: its sums in closed form. */
function adlerOfRepeated({ byte, count }: RepeatedByte): number {
  const n = BigInt(count);
  const value = BigInt(byte);
  const sum = (1n + n * value) % ADLER_MODULUS;
  const sumOfSums = (n + (value * n * (n + 1n)) / 2n) % ADLER_MODULUS;
  return Number((sumOfSums << 16n) | sum);
}

/** A zlib stream that inflates to `count` bytes of `byte` (what deflateSync of those bytes inflates to). */
export function deflateRepeated(repeated: RepeatedByte): Buffer {
  const { byte, count } = repeated;
  // Run-length matches, as a bomb's maker would pick: 1 MiB of one byte packs to about a kilobyte.
  const options = { strategy: constants.Z_RLE };
  const segment = deflateRawSync(Buffer.alloc(SEGMENT, byte), { ...options, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(count % SEGMENT, byte), options);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adlerOfRepeated(repeated));
  const segments = Array.from({ length: Math.floor(count / SEGMENT) }, () => segment);
  return Buffer.concat([ZLIB_HEADER, ...segments, last, checksum]);
}
