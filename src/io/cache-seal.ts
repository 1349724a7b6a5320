// The seal on every cache entry: an HMAC-SHA256, under this user's secret (src/io/cache-secret.ts), of what the entry
// says and of what it was made for (its kind and version, its file name, which is a hash of its input, and for code
// the bundle it was compiled from). A cache is only a faster way to the same bytes: an entry whose seal does not hold
// (edited, planted, damaged, copied from another user or machine) is not used, and the value is made afresh. Without
// a secret nothing is read or kept.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { cacheSecret } from './cache-secret.js';

export type SealPart = string | Uint8Array;

/** The seal of `parts` under `secret` (32 bytes); each part is length-prefixed, so no two lists of parts share one. */
export function sealWith(secret: Uint8Array, parts: readonly SealPart[]): Buffer {
  const hmac = createHmac('sha256', secret);
  for (const part of parts) {
    hmac.update(`${typeof part === 'string' ? `s${part.length}` : `b${part.byteLength}`}:`);
    hmac.update(part);
  }
  return hmac.digest();
}

/** The seal of `parts` under this user's secret, or undefined when there is none (then nothing is kept). */
export function seal(parts: readonly SealPart[]): Buffer | undefined {
  const { secret } = cacheSecret();
  return secret && sealWith(secret, parts);
}

/** Whether `tag` (the seal's bytes, or its hex) is the seal of `parts` under this user's secret. */
export function sealHolds(tag: Uint8Array | string, parts: readonly SealPart[]): boolean {
  const expected = seal(parts);
  if (expected === undefined) return false;
  const given = typeof tag === 'string' ? Buffer.from(/^[0-9a-f]{64}$/.test(tag) ? tag : '', 'hex') : tag;
  return given.byteLength === expected.byteLength && timingSafeEqual(given, expected);
}

/** Whether caches can be sealed in this thread (a secret is there): else none is read or kept. */
export function canSeal(): boolean {
  return cacheSecret().secret !== undefined;
}
