// What the cache-attack tests do to a sealed cache entry (src/io/serialized-cache.ts): edit the words V8 wrote into
// its payload, and seal a payload under a secret that is not the user's. V8 writes a string one byte a character, or
// two where the string was sliced from a text with characters beyond Latin-1, so a word is looked for both ways.
import { createHmac, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { ENTRY_FORMAT } from '../../src/io/serialized-cache.js';

/** `word` as V8 may have written it: one byte a character, and two. */
const encodings = (word: string): Buffer[] => [Buffer.from(word, 'latin1'), Buffer.from(word, 'utf16le')];

/** Whether an entry holds `word` in either of V8's string encodings. */
export const holdsWord = (bytes: Buffer, word: string): boolean =>
  encodings(word).some((encoded) => bytes.includes(encoded));

/**
 * `payload` with the first character of every `word` made `replacement` (one character, so lengths stay as they
 * were), in whichever encoding V8 wrote it; fails the test when the payload holds no `word`.
 */
export function editedWord(payload: Buffer, word: string, replacement: string): Buffer {
  const copy = Buffer.from(payload);
  let count = 0;
  for (const encoding of ['latin1', 'utf16le'] as const) {
    const [from, to] = [Buffer.from(word, encoding), Buffer.from(replacement, encoding)];
    for (let at = copy.indexOf(from); at >= 0; at = copy.indexOf(from, at + 1), count++) to.copy(copy, at);
  }
  expect(count, `the entry holds "${word}"`).toBeGreaterThan(0);
  return copy;
}

/** A seal of the entry `name` made as the cache makes one (cache-seal.ts), under a secret of its own. */
export function foreignSeal(name: string, payload: Buffer): Buffer {
  const hmac = createHmac('sha256', randomBytes(32));
  for (const part of [ENTRY_FORMAT, name, payload]) {
    hmac.update(`${typeof part === 'string' ? `s${part.length}` : `b${part.byteLength}`}:`);
    hmac.update(part);
  }
  return hmac.digest();
}
